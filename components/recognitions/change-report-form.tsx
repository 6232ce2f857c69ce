"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { submitChangeReportAction } from "@/lib/actions/change-reports/submit-change-report";
import { listRegionChildrenAction, type RegionOption } from "@/lib/actions/signup/list-region-children";
import { CHANGE_KIND_LABELS, CHANGE_KINDS, type ChangeKind } from "@/lib/domain/change-reports/change-report-input";
import { useActionForm } from "./use-action-form";
import { buttonClass, Field, inputClass, InputField, ResultMessage, TextAreaField } from "./form-parts";
import { pick } from "./labels";

interface Uploaded {
  id: string;
  fileName: string;
}

/**
 * A firm reports a major change — rename, merger or restructuring, move — with its evidence:
 * each file is uploaded first (/api/change-reports/evidence) and its id sent with the report.
 */
export function ChangeReportForm({ provinces }: { provinces: RegionOption[] }) {
  const t = useTranslations("changeReports.company");
  const locale = useLocale();
  const { result, submit, pending, issue } = useActionForm(submitChangeReportAction, "changeReports");
  const [kind, setKind] = useState<ChangeKind | "">("");
  const [documents, setDocuments] = useState<Uploaded[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [province, setProvince] = useState("");
  const [city, setCity] = useState("");
  const [county, setCounty] = useState("");
  const [cities, setCities] = useState<RegionOption[]>([]);
  const [counties, setCounties] = useState<RegionOption[]>([]);
  const name = (r: RegionOption) => (locale === "en" ? r.nameEn : r.nameZh);

  async function chooseProvince(code: string) {
    setProvince(code);
    setCity("");
    setCounty("");
    setCounties([]);
    setCities(code ? await listRegionChildrenAction(code) : []);
  }
  async function chooseCity(code: string) {
    setCity(code);
    setCounty("");
    setCounties(code ? await listRegionChildrenAction(code) : []);
  }
  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/api/change-reports/evidence", { method: "POST", body });
      const answer = (await response.json()) as { ok: boolean; message?: string; document?: Uploaded };
      if (answer.ok && answer.document) setDocuments((list) => [...list, { id: answer.document!.id, fileName: answer.document!.fileName }]);
      else setUploadError(answer.message ?? "");
    } finally {
      setUploading(false);
      input.value = "";
    }
  }
  const documentsIssue = uploadError ?? issue("documentIds");

  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="change-form-title">
      <h2 id="change-form-title" className="text-lg font-semibold">
        {t("formTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <Field id="change-kind" label={t("kind")} error={issue("kind")}>
        {(describedBy, invalid) => (
          <select
            id="change-kind"
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as ChangeKind | "")}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          >
            <option value="">{t("choose")}</option>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {pick(CHANGE_KIND_LABELS[k], locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === "merger" && (
        <TextAreaField
          id="change-description"
          label={t("description")}
          hint={t("descriptionHint")}
          error={issue("description")}
          name="description"
          rows={3}
          maxLength={4000}
          required
        />
      )}
      {(kind === "rename" || kind === "merger") && (
        <>
          <InputField
            id="change-newNameZh"
            label={kind === "rename" ? t("newNameZh") : t("mergerNameZh")}
            error={issue("newNameZh")}
            name="newNameZh"
            maxLength={100}
            required={kind === "rename"}
          />
          <InputField id="change-newNameEn" label={t("newNameEn")} error={issue("newNameEn")} name="newNameEn" maxLength={200} />
        </>
      )}
      {kind === "move" && (
        <fieldset className="space-y-2">
          <input type="hidden" name="newRegionCode" value={county || city} />
          <Field id="change-province" label={t("province")} error={issue("newRegionCode")}>
            {(describedBy, invalid) => (
              <select
                id="change-province"
                value={province}
                onChange={(e) => void chooseProvince(e.target.value)}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              >
                <option value="">{t("choose")}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {name(p)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="change-city" label={t("city")}>
            {(describedBy) => (
              <select
                id="change-city"
                value={city}
                disabled={!province}
                onChange={(e) => void chooseCity(e.target.value)}
                className={inputClass}
                aria-describedby={describedBy}
              >
                <option value="">{t("choose")}</option>
                {cities.map((c) => (
                  <option key={c.code} value={c.code}>
                    {name(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {counties.length > 0 && (
            <Field id="change-county" label={t("county")}>
              {(describedBy) => (
                <select id="change-county" value={county} onChange={(e) => setCounty(e.target.value)} className={inputClass} aria-describedby={describedBy}>
                  <option value="">{t("countyNone")}</option>
                  {counties.map((c) => (
                    <option key={c.code} value={c.code}>
                      {name(c)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </fieldset>
      )}
      <InputField id="change-effectiveOn" label={t("effectiveOn")} error={issue("effectiveOn")} name="effectiveOn" type="date" required />
      <InputField
        id="change-evidence"
        label={t("evidence")}
        hint={t("evidenceHint")}
        error={documentsIssue}
        type="file"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        onChange={(e) => void upload(e)}
        disabled={uploading}
      />
      {uploading && <p className="text-sm text-slate-600">{t("uploading")}</p>}
      {documents.length > 0 && (
        <ul className="space-y-1 text-sm" data-testid="change-evidence-list">
          {documents.map((d) => (
            <li key={d.id} className="flex items-center gap-2">
              <input type="hidden" name="documentIds" value={d.id} />
              <span>{d.fileName}</span>
              <button type="button" className="text-accent-600 underline" onClick={() => setDocuments((list) => list.filter((x) => x.id !== d.id))}>
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <TextAreaField id="change-details" label={t("details")} hint={t("detailsHint")} error={issue("details")} name="details" rows={2} maxLength={4000} />
      <button type="submit" disabled={pending || uploading} className={buttonClass}>
        {t("submit")}
      </button>
      <ResultMessage
        result={result}
        success={result?.ok ? (result.data.late ? t("doneLate", { deadline: result.data.deadline }) : t("done")) : ""}
        testId="change-result"
      />
    </form>
  );
}
