import type { LocalizedText } from "../localized-text";
import { SME_SIZES } from "../facts";
import { invalid, missing, ok, readBoolean, readCount, readString, section } from "./fact-readers";
import { choice, flag } from "./profile-metrics";
import type { AwardScope, MetricDefinition, MetricParams } from "./metric-types";

/**
 * Standing of the company: preconditions (size, lists, accidents), titles already held, awards,
 * and answers to a province's own indicators.
 *
 * Event windows ("a national or provincial S&T award in the last 3 years") cover the N calendar
 * years before the application year and the application year itself: an award already received
 * when applying is not ignored (judgement call; financial windows, by contrast, end last year).
 */

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const SCOPE_TEXT: Record<AwardScope, LocalizedText> = {
  national: t("国家级", "national"),
  provincial: t("省级", "provincial"),
  "provincial-or-national": t("省级及以上", "provincial or national"),
};

function rankText(p: MetricParams): LocalizedText {
  return p.maxRank === null
    ? t("", "")
    : t(`且在获奖单位中排名前${p.maxRank}`, ` ranked in the top ${p.maxRank} of the award-winning units`);
}

const scienceTechAward: MetricDefinition = {
  id: "scienceTechAward",
  type: "boolean",
  unit: "boolean",
  params: ["years", "awardScope", "maxRank"],
  reads: ["awards.scienceTech[].level", "awards.scienceTech[].year", "awards.scienceTech[].rank"],
  label(p, appYear) {
    const rank = rankText(p);
    const scope = SCOPE_TEXT[p.awardScope];
    return t(
      `${appYear - p.years}年以来获得${scope.zh}科技奖励${rank.zh}`,
      `A ${scope.en} S&T award since ${appYear - p.years}${rank.en}`,
    );
  },
  compute(facts, p, ctx) {
    const list = section(facts, "awards")?.["scienceTech"];
    if (!Array.isArray(list)) return missing("awards.scienceTech");
    const absent: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const award = list[i] as Record<string, unknown> | null;
      if (typeof award !== "object" || award === null) continue;
      const level = award["level"];
      if (level !== "national" && level !== "provincial") continue;
      if (p.awardScope !== "provincial-or-national" && level !== p.awardScope) continue;
      const year = award["year"];
      if (typeof year !== "number" || year < ctx.applicationYear - p.years || year > ctx.applicationYear) continue;
      if (p.maxRank === null) return ok(true);
      const rank = readCount(award, "rank");
      if (rank === undefined) absent.push(`awards.scienceTech[${i}].rank`);
      else if (rank >= 1 && rank <= p.maxRank) return ok(true);
    }
    return absent.length > 0 ? missing(...absent) : ok(false);
  },
};

const makerChinaTop500: MetricDefinition = {
  id: "makerChinaTop500",
  type: "boolean",
  unit: "boolean",
  params: ["years"],
  reads: ["awards.makerChinaTop500", "awards.makerChinaTop500Year"],
  label: (p, appYear) => t(`${appYear - p.years}年以来进入“创客中国”全国500强`, `Maker China national top 500 since ${appYear - p.years}`),
  compute(facts, p, ctx) {
    const awards = section(facts, "awards");
    const entered = readBoolean(awards, "makerChinaTop500");
    if (entered === undefined) return missing("awards.makerChinaTop500");
    if (!entered) return ok(false);
    const year = readCount(awards, "makerChinaTop500Year");
    if (year === undefined) return missing("awards.makerChinaTop500Year");
    return ok(year >= ctx.applicationYear - p.years && year <= ctx.applicationYear);
  },
};

/** A lower-tier title held and still valid on the evaluation date (rules.md: each tier requires the one below). */
function titleValid(id: string, held: "innovative" | "specialized", label: LocalizedText): MetricDefinition {
  const untilField = `${held}ValidUntil`;
  return {
    id,
    type: "boolean",
    unit: "boolean",
    params: [],
    reads: [`titlesHeld.${held}`, `titlesHeld.${untilField}`],
    label: () => label,
    compute(facts, _p, ctx) {
      const titles = section(facts, "titlesHeld");
      const has = readBoolean(titles, held);
      if (has === undefined) return missing(`titlesHeld.${held}`);
      if (!has) return ok(false);
      const until = readString(titles, untilField);
      if (until === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(until)) return missing(`titlesHeld.${untilField}`);
      // ISO dates compare correctly as strings.
      return ok(until >= ctx.asOf);
    },
  };
}

function regionalKeyLabel(p: MetricParams): LocalizedText {
  return p.keyLabel ?? t(`省级特色指标“${p.key}”`, `Provincial indicator "${p.key}"`);
}

/** Answers to a province's own indicators, declared by its rule set (facts.regional[key]). */
const regionalFlag: MetricDefinition = {
  id: "regionalFlag",
  type: "boolean",
  unit: "boolean",
  params: ["key"],
  reads: ["regional.{key}"],
  label: (p) => regionalKeyLabel(p),
  compute(facts, p) {
    const v = section(facts, "regional")?.[p.key];
    if (v === undefined) return missing(`regional.${p.key}`);
    return typeof v === "boolean" ? ok(v) : invalid(t("应填写“是”或“否”", "expected a yes/no answer"), `regional.${p.key}`);
  },
};

const regionalNumber: MetricDefinition = {
  id: "regionalNumber",
  type: "number",
  unit: "number",
  params: ["key"],
  reads: ["regional.{key}"],
  label: (p) => regionalKeyLabel(p),
  compute(facts, p) {
    const v = section(facts, "regional")?.[p.key];
    if (v === undefined) return missing(`regional.${p.key}`);
    return typeof v === "number" && Number.isFinite(v) ? ok(v) : invalid(t("应填写数值", "expected a number"), `regional.${p.key}`);
  },
};

export const STANDING_METRICS: readonly MetricDefinition[] = [
  flag("independentLegalPerson", "compliance", "independentLegalPerson", t("境内注册、具有独立法人资格", "Registered in mainland China with independent legal personality")),
  choice(
    "smeSize",
    "compliance",
    "smeSize",
    t("企业规模", "Enterprise size"),
    SME_SIZES.map((s) => ({
      value: s,
      label: { micro: t("微型", "micro"), small: t("小型", "small"), medium: t("中型", "medium"), large: t("大型", "large") }[s],
    })),
  ),
  flag("onAbnormalOperationsList", "compliance", "onAbnormalOperationsList", t("被列入经营异常名录", "On the abnormal-operations list")),
  flag("onSeriousDishonestyList", "compliance", "onSeriousDishonestyList", t("被列入严重失信主体名单", "On the serious-dishonesty list")),
  flag("bannedOrPhaseOutProducts", "compliance", "bannedOrPhaseOutProducts", t("产品属于禁止、限制或淘汰类", "Products in a banned or phase-out category")),
  flag("majorAccidentLast3Years", "compliance", "majorAccidentLast3Years", t("近三年发生重大安全、质量、环境污染事故", "Major safety, quality or environmental accident in the last 3 years")),
  flag("taxEvasionLast3Years", "compliance", "taxEvasionLast3Years", t("近三年存在偷漏税行为", "Tax evasion in the last 3 years")),
  titleValid("innovativeTitleValid", "innovative", t("持有有效的创新型中小企业称号", "Holds a valid innovative SME title")),
  titleValid("specializedTitleValid", "specialized", t("持有有效的专精特新中小企业称号", "Holds a valid specialized SME title")),
  scienceTechAward,
  makerChinaTop500,
  regionalFlag,
  regionalNumber,
];
