import type { EvaluationContext } from "../metrics/metric-types";

/** A bad context is a programming error, not a business outcome: it throws. */
export function checkContext(context: EvaluationContext): void {
  // Most callers pass the same context object for a whole batch: it was checked the first time.
  if (context === lastChecked) return;
  const { applicationYear, asOf } = context ?? ({} as EvaluationContext);
  if (!Number.isInteger(applicationYear) || applicationYear < 1990 || applicationYear > 2100) {
    throw new RangeError(`applicationYear must be a year between 1990 and 2100, got ${String(applicationYear)}`);
  }
  if (typeof asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), got ${String(asOf)}`);
  }
  // Only a frozen context can be trusted not to change before the next call.
  lastChecked = Object.isFrozen(context) ? context : null;
}

let lastChecked: EvaluationContext | null = null;
