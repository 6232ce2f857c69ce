import type { LocalizedText } from "../localized-text";
import { SME_SIZES } from "../facts";
import { invalid, missing, missingPath, ok, okShared, readBoolean, readCount, readString, section } from "./fact-readers";
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
  return p.maxRank === null ? t("", "") : t(`且在获奖单位中排名前${p.maxRank}`, ` ranked in the top ${p.maxRank} of the award-winning units`);
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
    return t(`${appYear - p.years}年以来获得${scope.zh}科技奖励${rank.zh}`, `A ${scope.en} S&T award since ${appYear - p.years}${rank.en}`);
  },
  compute(facts, p, ctx) {
    const list = section(facts, "awards")?.["scienceTech"];
    if (!Array.isArray(list)) return missingPath("awards.scienceTech");
    const absent: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const award = list[i] as Record<string, unknown> | null;
      if (typeof award !== "object" || award === null) continue;
      const level = award["level"];
      if (level !== "national" && level !== "provincial") continue;
      if (p.awardScope !== "provincial-or-national" && level !== p.awardScope) continue;
      const year = award["year"];
      if (typeof year !== "number" || year < ctx.applicationYear - p.years || year > ctx.applicationYear) continue;
      if (p.maxRank === null) return okShared(true);
      const rank = readCount(award, "rank");
      if (rank === undefined) absent.push(`awards.scienceTech[${i}].rank`);
      else if (rank >= 1 && rank <= p.maxRank) return okShared(true);
    }
    return absent.length > 0 ? missing(...absent) : okShared(false);
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
    if (entered === undefined) return missingPath("awards.makerChinaTop500");
    if (!entered) return okShared(false);
    const year = readCount(awards, "makerChinaTop500Year");
    if (year === undefined) return missingPath("awards.makerChinaTop500Year");
    return okShared(year >= ctx.applicationYear - p.years && year <= ctx.applicationYear);
  },
};

/** A lower-tier title held and still valid on the evaluation date (rules.md: each tier requires the one below). */
function titleValid(id: string, held: "innovative" | "specialized", label: LocalizedText): MetricDefinition {
  const untilField = `${held}ValidUntil`;
  const heldPath = `titlesHeld.${held}`;
  const untilPath = `titlesHeld.${untilField}`;
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
      if (has === undefined) return missingPath(heldPath);
      if (!has) return okShared(false);
      const until = readString(titles, untilField);
      if (until === undefined || !isIsoDate(until)) return missingPath(untilPath);
      // ISO dates compare correctly as strings.
      return okShared(until >= ctx.asOf);
    },
  };
}

/** YYYY-MM-DD, checked by character codes (this runs for every evaluation). */
function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_POSITIONS) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];

function regionalKeyLabel(p: MetricParams): LocalizedText {
  return p.keyLabel ?? t(`省级特色指标“${p.key}”`, `Provincial indicator "${p.key}"`);
}

/** facts.regional[key] as the company's own answer (never an inherited property such as "constructor"). */
function regionalAnswer(facts: Parameters<MetricDefinition["compute"]>[0], key: string): unknown {
  const bag = section(facts, "regional");
  return bag !== undefined && Object.hasOwn(bag, key) ? bag[key] : undefined;
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
    const v = regionalAnswer(facts, p.key);
    if (v === undefined) return missingPath(`regional.${p.key}`);
    return typeof v === "boolean" ? okShared(v) : invalid(t("应填写“是”或“否”", "expected a yes/no answer"), `regional.${p.key}`);
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
    const v = regionalAnswer(facts, p.key);
    if (v === undefined) return missingPath(`regional.${p.key}`);
    return typeof v === "number" && Number.isFinite(v) ? ok(v) : invalid(t("应填写数值", "expected a number"), `regional.${p.key}`);
  },
};

export const STANDING_METRICS: readonly MetricDefinition[] = [
  flag(
    "independentLegalPerson",
    "compliance",
    "independentLegalPerson",
    t("境内注册、具有独立法人资格", "Registered in mainland China with independent legal personality"),
  ),
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
  flag(
    "majorAccidentLast3Years",
    "compliance",
    "majorAccidentLast3Years",
    t("近三年发生重大安全、质量、环境污染事故", "Major safety, quality or environmental accident in the last 3 years"),
  ),
  flag("taxEvasionLast3Years", "compliance", "taxEvasionLast3Years", t("近三年存在偷漏税行为", "Tax evasion in the last 3 years")),
  titleValid("innovativeTitleValid", "innovative", t("持有有效的创新型中小企业称号", "Holds a valid innovative SME title")),
  titleValid("specializedTitleValid", "specialized", t("持有有效的专精特新中小企业称号", "Holds a valid specialized SME title")),
  scienceTechAward,
  makerChinaTop500,
  regionalFlag,
  regionalNumber,
];
