import type { ConditionCriterion } from "../rule-set-schema";
import { allOf, anyOf, atLeast, threshold, t } from "./builders";

/**
 * The little-giant R&D requirement, graded by revenue last year (附件3 一(四)1(1); the same three
 * routes in the 2018 version):
 * - revenue ≥ 100M: R&D ≥ 3% of revenue in each of the last 2 years;
 * - 50M ≤ revenue < 100M: R&D ≥ 6% in each;
 * - revenue < 50M: equity financing ≥ 80M over 2 years, R&D ≥ 30M over 2 years, R&D staff ≥ 50%.
 * Each branch states its revenue range, so exactly one applies.
 */
export function rdByRevenueSize(id: string, clause: string): ConditionCriterion {
  return anyOf(
    id,
    t("按营业收入规模的研发投入要求", "R&D requirement by revenue size"),
    [
      allOf(`${id}-large`, t("营业收入1亿元以上：近2年研发费用占比均不低于3%", "Revenue ≥ 100M: R&D ≥ 3% of revenue in each of the last 2 years"), [
        atLeast(`${id}-large-revenue`, "revenue", 100_000_000),
        atLeast(`${id}-large-share-1`, "rdShare", 3, { yearsBack: 1 }),
        atLeast(`${id}-large-share-2`, "rdShare", 3, { yearsBack: 2 }),
      ]),
      allOf(`${id}-medium`, t("营业收入5000万—1亿元：近2年研发费用占比均不低于6%", "Revenue 50M–100M: R&D ≥ 6% of revenue in each of the last 2 years"), [
        atLeast(`${id}-medium-revenue`, "revenue", 50_000_000),
        threshold(`${id}-medium-revenue-cap`, "revenue", "<", 100_000_000),
        atLeast(`${id}-medium-share-1`, "rdShare", 6, { yearsBack: 1 }),
        atLeast(`${id}-medium-share-2`, "rdShare", 6, { yearsBack: 2 }),
      ]),
      allOf(
        `${id}-small`,
        t(
          "营业收入5000万元以下：近2年股权融资8000万元以上、研发费用3000万元以上且研发人员占比50%以上",
          "Revenue < 50M: equity financing ≥ 80M and R&D ≥ 30M over 2 years, R&D staff ≥ 50%",
        ),
        [
          threshold(`${id}-small-revenue`, "revenue", "<", 50_000_000),
          atLeast(`${id}-small-equity`, "equityFinancingTotal", 80_000_000, { years: 2 }),
          atLeast(`${id}-small-rd-total`, "rdExpenseTotal", 30_000_000, { years: 2 }),
          atLeast(`${id}-small-rd-staff`, "rdStaffShare", 50),
        ],
      ),
    ],
    { clause },
  );
}
