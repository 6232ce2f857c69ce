import fc from "fast-check";
import { expect } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Actor } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/open-database";
import { nastyString, nastyValue } from "../../unit/support/hostile-inputs";
import { actAs } from "./acting-as";
import { rowCounts } from "./row-counts";

/**
 * Drives one server action with random callers and inputs. Every call must come back as a
 * result (never a throw); a refusal must carry a 4xx status and a message, and leave every table
 * count and the target record exactly as they were. Returns how often each status was seen.
 */
export async function fuzzAction<I>(options: {
  db: Database;
  action: (input: FormData | unknown) => Promise<ActionResult<unknown>>;
  callers: fc.Arbitrary<Actor | null>;
  inputs: fc.Arbitrary<I>;
  /** The record the action would change, read in full, so a partial write shows. */
  target: () => Promise<unknown>;
  numRuns?: number;
}): Promise<Map<number | "ok", number>> {
  const seen = new Map<number | "ok", number>();
  await fc.assert(
    fc.asyncProperty(options.callers, options.inputs, async (caller, input) => {
      actAs(caller);
      const [counts, target] = [await rowCounts(options.db), await options.target()];
      const result = await options.action(input);
      const key = result.ok ? "ok" : result.status;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (result.ok) return;
      expect([400, 401, 403, 404, 409], result.message).toContain(result.status);
      expect(result.message.length).toBeGreaterThan(0);
      expect(await rowCounts(options.db)).toEqual(counts);
      expect(await options.target()).toEqual(target);
    }),
    { numRuns: options.numRuns ?? 60 },
  );
  return seen;
}

/** A valid input with some fields replaced by hostile values, unknown keys added, or all of it junk. */
export function corrupted(valid: () => Record<string, unknown>, fields: readonly string[]): fc.Arbitrary<unknown> {
  const changes = fc.dictionary(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fields) }, { weight: 1, arbitrary: nastyString }), nastyValue, {
    minKeys: 1,
    maxKeys: 3,
  });
  return fc.oneof(
    { weight: 6, arbitrary: changes.map((c) => ({ ...valid(), ...c })) },
    { weight: 1, arbitrary: changes.map((c) => asForm({ ...valid(), ...c })) },
    { weight: 1, arbitrary: nastyValue },
  );
}

/** The same input as a form would post it: every value a string. */
function asForm(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    form.append(key, typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
  }
  return form;
}
