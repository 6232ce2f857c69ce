import type { RuleSet } from "../rule-set-schema";
import { t } from "./builders";
import { innovativeAnnex1 } from "./innovative-annex-1";

/**
 * Tier 1 under the 2026 measures (工信部企业〔2026〕2号, from 2026-04-01): the tier is renamed
 * 科技和创新型中小企业 and keeps the 2022 Annex 1 standard until a merged one is issued.
 */
export const innovative2026: RuleSet = {
  schemaVersion: 1,
  code: "innovative-2026",
  tier: "innovative",
  version: "2026",
  region: null,
  title: t("科技和创新型中小企业（2026年，沿用2022年评价标准）", "Tech and innovative SME (2026, keeping the 2022 standard)"),
  source: {
    document: "工信部企业〔2026〕2号",
    title: t("优质中小企业梯度培育管理办法（沿用工信部企业〔2022〕63号附件1）", "Measures for Tiered Cultivation of Quality SMEs (keeping 2022 Annex 1)"),
  },
  effectiveFrom: "2026-04-01",
  effectiveTo: null,
  notes: [t("合并后的科技和创新型中小企业标准发布后应另立新版本规则集", "Replace with a new rule-set version when the merged standard is issued")],
  regionalIndicators: [],
  ...innovativeAnnex1("工信部企业〔2026〕2号 沿用工信部企业〔2022〕63号"),
};
