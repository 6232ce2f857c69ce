/**
 * Property-based tests draw from one fixed seed by default, so `npm test` (and CI) judges a commit
 * the same way every time: a red run is the code's doing, and reproducible. New draws are explored
 * on purpose with `npm run test:fuzz` (FC_SEED=random), or a reported failure is replayed with
 * FC_SEED=<the seed fast-check printed>.
 */
import fc from "fast-check";

const DEFAULT_SEED = 20_261_123;

export function fastCheckSeed(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return DEFAULT_SEED;
  if (value === "random") return undefined;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return seed;
}

const seed = fastCheckSeed(process.env.FC_SEED);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
