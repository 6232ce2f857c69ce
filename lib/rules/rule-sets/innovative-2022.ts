import type { RuleSet } from "../rule-set-schema";
import { t } from "./builders";
import { innovativeAnnex1 } from "./innovative-annex-1";

/** Tier 1, version 2022 (rules.md "Tier 1, version 2022 — innovative SME"). */
export const innovative2022: RuleSet = {
  schemaVersion: 1,
  code: "innovative-2022",
  tier: "innovative",
  version: "2022",
  region: null,
  title: t("创新型中小企业（2022年标准）", "Innovative SME (2022 standard)"),
  source: {
    document: "工信部企业〔2022〕63号",
    title: t("优质中小企业梯度培育管理暂行办法 附件1 创新型中小企业评价标准", "Interim Measures for Tiered Cultivation of Quality SMEs, Annex 1"),
  },
  effectiveFrom: "2022-08-01",
  effectiveTo: "2026-03-31",
  notes: [
    t(
      "通过标准：总分≥60分且创新能力≥20分、成长性≥15分、专业化≥15分（?），或满足任一直通条件",
      "Pass: total ≥ 60 with innovation ≥ 20, growth ≥ 15 and specialisation ≥ 15 (?), or any direct route",
    ),
  ],
  regionalIndicators: [],
  ...innovativeAnnex1("工信部企业〔2022〕63号"),
};
