import { FINANCIAL_METRICS } from "./financial-metrics";
import { GROWTH_METRICS } from "./growth-metrics";
import type { MetricDefinition } from "./metric-types";
import { PROFILE_METRICS } from "./profile-metrics";
import { STANDING_METRICS } from "./standing-metrics";
import { WINDOW_METRICS } from "./window-metrics";

/** Every metric a rule set may refer to, by id. Adding a metric is a code change; using one is data. */
export const METRICS: ReadonlyMap<string, MetricDefinition> = new Map(
  [...FINANCIAL_METRICS, ...GROWTH_METRICS, ...WINDOW_METRICS, ...PROFILE_METRICS, ...STANDING_METRICS].map((m) => [m.id, m]),
);

export const METRIC_IDS: readonly string[] = [...METRICS.keys()];
