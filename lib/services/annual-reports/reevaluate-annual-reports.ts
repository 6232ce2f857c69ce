import type { SqlRunner } from "@/lib/db/sql-runner";
import type { Facts } from "@/lib/rules";
import type { Tx } from "../db-types";
import { ruleSetById, type LoadedRuleSet } from "../rule-sets/load-rule-set";
import { annualFacts, annualVerdict } from "@/lib/domain/annual-reports/annual-verdict";

/**
 * Re-evaluates every annual report of one data year in bulk — after a correction to a rule-set
 * revision's data, or for an import of reports — and flags the titles that no longer qualify.
 * Set-based: reports are read a batch at a time by keyset (with the facts the title was granted on
 * and earlier reports, in the same query), judged in memory by compiled rule sets (each compiled
 * once), and written back with one UPDATE … FROM unnest(…) per batch. Reading the next batch
 * overlaps with judging this one, so the database and the engine work side by side.
 *
 * Idempotent: a title already flagged for this year is not flagged again, and a report whose
 * verdict is unchanged is rewritten with the same values.
 */
export interface ReevaluationReport {
  reports: number;
  flagged: number;
  newlyFlagged: number;
  batches: number;
  readMs: number;
  evaluateMs: number;
  writeMs: number;
}

interface Row extends Record<string, unknown> {
  id: string;
  recognition_id: string;
  rule_set_id: string | null;
  tier: "innovative" | "specialized" | "little_giant";
  valid_until: string;
  facts: Facts;
  base: Facts | null;
  earlier: Facts[] | null;
  already_flagged: boolean;
}

/** Batches written at the same time (each on its own connection). */
const WRITERS = 2;

const READ = `
  SELECT a.id, a.recognition_id, r.rule_set_id, r.tier::text AS tier, to_char(r.valid_until, 'YYYY-MM-DD') AS valid_until,
         a.facts, ap.facts AS base,
         (SELECT jsonb_agg(p.facts ORDER BY p.data_year) FROM annual_report p WHERE p.recognition_id = a.recognition_id AND p.data_year < a.data_year) AS earlier,
         coalesce(r.flag_reason->'items', '[]'::jsonb) @> jsonb_build_array(jsonb_build_object('kind', 'criteria-not-met', 'dataYear', a.data_year)) AS already_flagged
  FROM annual_report a
  JOIN recognition r ON r.id = a.recognition_id
  LEFT JOIN application ap ON ap.id = r.application_id
  WHERE a.data_year = $1 AND a.id > $2 AND r.status IN ('active', 'under_rereview')
  ORDER BY a.id
  LIMIT $3`;

const WRITE_REPORTS = `
  UPDATE annual_report a SET evaluation = v.evaluation, flagged = v.flagged
  FROM unnest($1::uuid[], $2::jsonb[], $3::boolean[]) AS v(id, evaluation, flagged)
  WHERE a.id = v.id`;

const FLAG_TITLES = `
  WITH v AS (SELECT * FROM unnest($1::uuid[], $2::jsonb[]) AS v(recognition_id, item)),
  flagged AS (
    UPDATE recognition r SET
      flagged_at = coalesce(r.flagged_at, now()),
      flag_reason = jsonb_build_object('items', coalesce(r.flag_reason->'items', '[]'::jsonb) || jsonb_build_array(v.item)),
      version = r.version + 1
    FROM v WHERE r.id = v.recognition_id
    RETURNING r.id, r.company_id, v.item->'dataYear' AS data_year
  )
  -- The explanation is kept once on the title (flag_reason) and once on the report; the event
  -- only says which year's data it was.
  INSERT INTO recognition_event (id, recognition_id, company_id, kind, reason_category, reason_text, evidence, occurred_on)
  SELECT gen_random_uuid(), id, company_id, 'flagged', 'criteria-not-met', 'annual data re-evaluated', jsonb_build_object('dataYear', data_year), $3::date FROM flagged`;

export async function reevaluateAnnualReports(
  db: { tx: Tx; sql: SqlRunner },
  options: { dataYear: number; asOf: string; batchSize?: number; onBatch?: (done: number) => void },
): Promise<ReevaluationReport> {
  const size = options.batchSize ?? 5_000;
  const ruleSets = new Map<string, LoadedRuleSet>();
  const report: ReevaluationReport = { reports: 0, flagged: 0, newlyFlagged: 0, batches: 0, readMs: 0, evaluateMs: 0, writeMs: 0 };
  const read = async (after: string) => {
    const started = performance.now();
    const rows = await db.sql.query<Row>(READ, [options.dataYear, after, size]);
    report.readMs += performance.now() - started;
    return rows;
  };
  const writes: Promise<void>[] = [];
  let next = read("00000000-0000-0000-0000-000000000000");
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    // Start reading the next batch before judging this one.
    next = read(rows[rows.length - 1]!.id);
    for (const id of new Set(rows.map((r) => r.rule_set_id).filter((id): id is string => id !== null))) {
      if (!ruleSets.has(id)) ruleSets.set(id, await ruleSetById(db.tx, id));
    }
    const started = performance.now();
    const ids: string[] = [];
    const evaluations: string[] = [];
    const flags: boolean[] = [];
    const flagIds: string[] = [];
    const flagItems: string[] = [];
    for (const row of rows) {
      const ruleSet = row.rule_set_id ? ruleSets.get(row.rule_set_id) : undefined;
      if (!ruleSet) continue;
      const facts = annualFacts(row.base ?? {}, [...(row.earlier ?? []), row.facts], row.tier, row.valid_until);
      const verdict = annualVerdict(ruleSet.compiled, facts, options.dataYear, options.asOf);
      ids.push(row.id);
      evaluations.push(JSON.stringify(verdict.explanation));
      flags.push(verdict.flagged);
      if (verdict.flagged) {
        report.flagged += 1;
        if (!row.already_flagged) {
          flagIds.push(row.recognition_id);
          flagItems.push(JSON.stringify({ kind: "criteria-not-met", ...verdict.explanation }));
        }
      }
    }
    report.evaluateMs += performance.now() - started;
    report.reports += ids.length;
    report.newlyFlagged += flagIds.length;
    report.batches += 1;
    // Writes of one batch overlap with judging the next, and up to WRITERS batches are written at
    // once on separate connections (their rows are disjoint), so the server uses more than one core.
    if (writes.length >= WRITERS) await writes.shift();
    const write = (async () => {
      const writeStarted = performance.now();
      await db.sql.transaction(async (tx) => {
        await tx.query(WRITE_REPORTS, [ids, evaluations, flags]);
        if (flagIds.length > 0) await tx.query(FLAG_TITLES, [flagIds, flagItems, options.asOf]);
      });
      report.writeMs += performance.now() - writeStarted;
    })();
    // A failed write is reported when it is awaited, not as an unhandled rejection meanwhile.
    write.catch(() => undefined);
    writes.push(write);
    options.onBatch?.(report.reports);
  }
  for (const write of writes) await write;
  return report;
}
