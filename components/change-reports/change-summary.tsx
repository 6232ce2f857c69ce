import type { ChangeReportPayload } from "@/lib/domain/change-reports/change-report-input";
import { LEGACY_KIND_LABELS } from "@/lib/domain/change-reports/change-report-input";
import { pick } from "../recognitions/labels";

const WORDS = {
  to: { zh: "变更为", en: "to" },
  from: { zh: "原", en: "from" },
  moveTo: { zh: "迁至", en: "moving to" },
  legacy: { zh: "文字报告", en: "Free-text report" },
} as const;

type Names = Readonly<Record<string, { zh: string; en: string }>>;

const place = (codes: readonly string[], names: Names, locale: string) =>
  codes
    .filter((code, i, all) => all.indexOf(code) === i)
    .map((code) => (names[code] ? pick(names[code], locale) : code))
    .join(locale === "en" ? ", " : "");

/** One line saying what a change report asks for (before → after). Server- and client-safe. */
export function ChangeSummary({ payload, regionNames = {}, locale }: { payload: ChangeReportPayload; regionNames?: Names; locale: string }) {
  switch (payload.kind) {
    case "rename":
    case "merger": {
      const newName = payload.kind === "rename" ? payload.newNameZh : payload.newNameZh;
      return (
        <span data-testid="change-summary">
          {payload.kind === "merger" && <span className="whitespace-pre-wrap">{payload.description} </span>}
          {newName && (
            <>
              {payload.before && `${pick(WORDS.from, locale)} ${payload.before.nameZh} `}
              {pick(WORDS.to, locale)} <strong>{newName}</strong>
              {payload.newNameEn && ` (${payload.newNameEn})`}
            </>
          )}
        </span>
      );
    }
    case "move":
      return (
        <span data-testid="change-summary">
          {payload.before &&
            `${pick(WORDS.from, locale)} ${place([payload.before.provinceCode, payload.before.cityCode, payload.before.regionCode], regionNames, locale)} `}
          {pick(WORDS.moveTo, locale)} <strong>{place([payload.newProvinceCode, payload.newCityCode, payload.newRegionCode], regionNames, locale)}</strong>
        </span>
      );
    case "other":
      return (
        <span data-testid="change-summary">
          {pick(WORDS.legacy, locale)}
          {payload.legacyKind && LEGACY_KIND_LABELS[payload.legacyKind] ? ` · ${pick(LEGACY_KIND_LABELS[payload.legacyKind]!, locale)}` : ""}
        </span>
      );
  }
}
