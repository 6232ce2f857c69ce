"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";
import type { SectionProgress } from "@/lib/application/sections";
import type { FormSection } from "@/lib/rules";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { AwardList, type AwardRow } from "./award-list";
import { ConflictBanner } from "./conflict-banner";
import { EligibilitySlot, type EligibilityInputs } from "./eligibility-slot";
import { getFact, setFact, type FactsObject } from "./fact-paths";
import { FieldControl } from "./field-control";
import { formatFieldValue, parseFieldValue, type FieldProblem } from "./field-value";
import { financialYears, sectionLayout, sectionPaths, yearPath } from "./form-fields";
import { SaveStatus } from "./save-status";
import { useDraftAutosave } from "./use-draft-autosave";
import { checkFacts } from "./validate-facts";

export interface SectionFormProps {
  applicationId: string;
  section: FormSection;
  sectionTitle: string;
  applicationYear: number;
  initialFacts: FactsObject;
  initialVersion: number;
  progress: SectionProgress;
  editable: boolean;
  /** Inputs of the live eligibility panel; without them (tests) no panel is shown. */
  eligibility?: EligibilityInputs;
  taskListHref: string;
}

const AWARDS = "awards.scienceTech";

function rawFrom(facts: FactsObject, paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, formatFieldValue(getFact(facts, p))]));
}

function awardsFrom(facts: FactsObject): AwardRow[] {
  const list = getFact(facts, AWARDS);
  return Array.isArray(list)
    ? list.map((a: Record<string, unknown>) => ({ level: formatFieldValue(a.level), year: formatFieldValue(a.year), rank: formatFieldValue(a.rank) }))
    : [];
}

/**
 * One section of the application, generated from the fact catalogue. Every change is parsed at
 * once (a problem is shown beside its field) and saved shortly after; invalid values are shown
 * but never saved, so the stored draft always passes the engine's schema.
 */
export function SectionForm(props: SectionFormProps) {
  const { applicationId, section, sectionTitle, applicationYear, initialFacts, initialVersion, progress, editable, eligibility, taskListHref } = props;
  const t = useTranslations("company.form");
  const locale = useLocale();
  const router = useRouter();
  const layout = useMemo(() => sectionLayout(section), [section]);
  const paths = useMemo(() => sectionPaths(section, applicationYear), [section, applicationYear]);
  const years = financialYears(applicationYear);
  const draft = useDraftAutosave({ applicationId, initialFacts, initialVersion, enabled: editable });
  const [raw, setRaw] = useState(() => rawFrom(initialFacts, paths));
  const [awards, setAwards] = useState<AwardRow[]>(() => awardsFrom(initialFacts));
  const [parseProblems, setParseProblems] = useState<Record<string, FieldProblem>>({});
  const [complete, setComplete] = useState(progress === "complete");
  const [leaving, setLeaving] = useState(false);

  // Facts replaced from outside the inputs (reload, merge, restored backup): show them, from the
  // render that sees the new generation rather than an effect after it.
  const [shownGeneration, setShownGeneration] = useState(draft.generation);
  if (draft.generation !== shownGeneration) {
    setShownGeneration(draft.generation);
    setRaw(rawFrom(draft.facts, paths));
    setAwards(awardsFrom(draft.facts));
    setParseProblems({});
  }

  const schemaProblems = useMemo(() => checkFacts(draft.facts).problems, [draft.facts]);
  const message = (problem: FieldProblem) => t(`errors.${problem.key}`, problem.values ?? {});
  const errorFor = (path: string): string | undefined => {
    const problem = parseProblems[path] ?? schemaProblems[path];
    if (problem) return message(problem);
    return draft.serverErrors[`facts.${path}`]?.[0];
  };

  function change(path: string, value: string) {
    setRaw((r) => ({ ...r, [path]: value }));
    const field = [...layout.single, ...layout.perYear].find((f) => f.path === path || years.some((y) => yearPath(f, y) === path));
    if (!field) return;
    const parsed = parseFieldValue(field, value);
    setParseProblems((p) => {
      const next = { ...p };
      if (parsed.ok) delete next[path];
      else next[path] = parsed.problem;
      return next;
    });
    draft.update(setFact(draft.facts, path, parsed.ok ? parsed.value : undefined));
  }

  function changeAwards(rows: AwardRow[]) {
    setAwards(rows);
    const problems: Record<string, FieldProblem> = {};
    const saved: Record<string, unknown>[] = [];
    rows.forEach((row, index) => {
      const item: Record<string, unknown> = {};
      for (const field of layout.listItems) {
        const key = field.path.slice(field.path.lastIndexOf(".") + 1) as keyof AwardRow;
        const path = `${AWARDS}[${index}].${key}`;
        const parsed = parseFieldValue(field, row[key]);
        if (!parsed.ok) problems[path] = parsed.problem;
        else if (parsed.value !== undefined) item[key] = parsed.value;
        else if (key !== "rank") problems[path] = { key: "required" };
      }
      // An award is saved once its level and year are known; until then it stays on screen only.
      if (item.level !== undefined && item.year !== undefined) saved.push(item);
    });
    setParseProblems((p) => ({ ...Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith(AWARDS))), ...problems }));
    draft.update(setFact(draft.facts, AWARDS, saved));
  }

  async function finish(event: FormEvent) {
    event.preventDefault();
    if (!editable) return router.push(taskListHref);
    setLeaving(true);
    const ok = await draft.save(complete ? { complete: [section] } : { incomplete: [section] });
    if (ok) router.push(taskListHref);
    else setLeaving(false);
  }

  const label = (f: { label: { zh: string; en: string } }) => (locale === "en" ? f.label.en : f.label.zh);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form onSubmit={finish} noValidate className="space-y-5" aria-labelledby="section-title" data-testid="section-form">
        {draft.state.kind === "conflict" && <ConflictBanner onReload={() => void draft.reload()} onKeepMine={() => void draft.keepMine()} />}
        {draft.restorable && (
          <div role="alert" className="space-y-2 rounded border border-brand-600 bg-brand-50 p-3" data-testid="restore-banner">
            <p>{t("restoreText")}</p>
            <div className="flex gap-3">
              <button type="button" onClick={draft.restore} className="rounded bg-brand-600 px-3 py-1 text-sm text-white">
                {t("restoreApply")}
              </button>
              <button type="button" onClick={draft.discardRestorable} className="rounded border border-slate-500 px-3 py-1 text-sm">
                {t("restoreDiscard")}
              </button>
            </div>
          </div>
        )}
        {!editable && (
          <p className="rounded bg-slate-100 p-3 text-sm" data-testid="section-locked">
            {t("locked")}
          </p>
        )}

        {layout.single.length > 0 && (
          <div className="space-y-4">
            {layout.single.map((field) => (
              <FieldControl
                key={field.path}
                field={field}
                path={field.path}
                value={raw[field.path] ?? ""}
                error={errorFor(field.path)}
                disabled={!editable}
                onChange={change}
              />
            ))}
          </div>
        )}

        {layout.perYear.length > 0 && (
          <ScrollRegion label={t("perYearCaption", { section: sectionTitle })}>
            <table className="w-full text-left text-sm">
              <caption className="pb-2 text-left font-medium">{t("perYearCaption", { section: sectionTitle })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3">
                    {t("indicator")}
                  </th>
                  {years.map((y) => (
                    <th key={y} scope="col" className="pr-3">
                      {t("yearColumn", { year: y })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {layout.perYear.map((field) => (
                  <tr key={field.path} className="align-top">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {label(field)}
                    </th>
                    {years.map((y) => {
                      const path = yearPath(field, y);
                      return (
                        <td key={y} className="py-1 pr-3">
                          <FieldControl
                            field={field}
                            path={path}
                            label={`${label(field)} ${t("yearColumn", { year: y })}`}
                            hideLabel
                            value={raw[path] ?? ""}
                            error={errorFor(path)}
                            disabled={!editable}
                            onChange={change}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}

        {layout.list && (
          <AwardList
            list={layout.list}
            items={layout.listItems}
            rows={awards}
            errors={Object.fromEntries(
              layout.listItems.flatMap((f) =>
                awards.map((_, i) => {
                  const p = f.path.replace("[]", `[${i}]`);
                  return [p, errorFor(p)];
                }),
              ),
            )}
            disabled={!editable}
            onChange={changeAwards}
          />
        )}

        {editable && (
          <div className="space-y-3 border-t pt-4">
            <div className="flex items-center gap-2">
              <input id="section-complete" type="checkbox" checked={complete} onChange={(e) => setComplete(e.target.checked)} className="h-4 w-4" />
              <label htmlFor="section-complete">{t("markComplete")}</label>
            </div>
            <SaveStatus state={draft.state} />
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                onClick={() => void draft.save()}
                className="rounded border border-brand-600 px-4 py-2 text-brand-700"
                disabled={draft.state.kind === "conflict"}
              >
                {t("saveNow")}
              </button>
              <button
                type="submit"
                disabled={leaving || draft.state.kind === "conflict"}
                className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
              >
                {t("saveAndReturn")}
              </button>
            </div>
          </div>
        )}
        {!editable && (
          <Link href={taskListHref} className="text-brand-700 underline">
            {t("backToTasks")}
          </Link>
        )}
      </form>
      {eligibility && <EligibilitySlot facts={draft.facts} inputs={eligibility} />}
    </div>
  );
}
