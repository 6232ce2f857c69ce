import { compareRatioCells, percentThreshold } from "../ratio";
import type { ThresholdOp } from "../rule-set-schema";
import type { CompiledMetric } from "./compiled-metric";

/**
 * Threshold tests and band comparisons on a metric value stored flat (flat-metrics.ts), for
 * `decide`. Same exactness as compile-condition's comparator: amounts in integer fen, ratios on
 * their float value away from an edge and by exact BigInt arithmetic near one.
 */
export type CellTest = (cells: Float64Array, at: number) => boolean;
export type CellComparator = (cells: Float64Array, at: number) => number;

export function cellComparator(metric: CompiledMetric, value: number): CellComparator {
  switch (metric.def.type) {
    case "ratio": {
      const threshold = percentThreshold(value);
      return (cells, at) => compareRatioCells(cells, at, threshold);
    }
    case "amount": {
      const fen = Math.round(value * 100);
      return (cells, at) => cells[at]! - fen;
    }
    default:
      return (cells, at) => cells[at]! - value;
  }
}

export function cellThresholdTest(metric: CompiledMetric, op: ThresholdOp, value: number): CellTest {
  if (metric.def.type === "ratio") {
    const t = percentThreshold(value);
    switch (op) {
      case ">=":
        return (cells, at) => compareRatioCells(cells, at, t) >= 0;
      case ">":
        return (cells, at) => compareRatioCells(cells, at, t) > 0;
      case "<=":
        return (cells, at) => compareRatioCells(cells, at, t) <= 0;
      case "<":
        return (cells, at) => compareRatioCells(cells, at, t) < 0;
      case "=":
        return (cells, at) => compareRatioCells(cells, at, t) === 0;
    }
  }
  const t = metric.def.type === "amount" ? Math.round(value * 100) : value;
  switch (op) {
    case ">=":
      return (cells, at) => cells[at]! >= t;
    case ">":
      return (cells, at) => cells[at]! > t;
    case "<=":
      return (cells, at) => cells[at]! <= t;
    case "<":
      return (cells, at) => cells[at]! < t;
    case "=":
      return (cells, at) => cells[at]! === t;
  }
}
