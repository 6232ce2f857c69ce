import semver from "semver";

/**
 * The offline half of the dependency audit: every package in package-lock.json against a vendored
 * snapshot of advisories (scripts/audit/advisories-snapshot.json), by semver range. Pure, so the
 * test can feed it a lockfile of its own.
 */
export type Severity = "low" | "moderate" | "high" | "critical";

export interface Advisory {
  id: string;
  package: string;
  vulnerable: string;
  severity: Severity;
  title: string;
}

export interface AdvisorySnapshot {
  taken: string;
  source: string;
  advisories: Advisory[];
}

export interface Finding {
  advisory: Advisory;
  version: string;
  /** Where in node_modules, e.g. "node_modules/next-auth/node_modules/cookie". */
  path: string;
  /** Shipped with the app (not a development-only dependency). */
  shipped: boolean;
}

type LockPackages = Record<string, { name?: string; version?: string; dev?: boolean; devOptional?: boolean; link?: boolean }>;

const SEVERITIES: readonly Severity[] = ["low", "moderate", "high", "critical"];

/** A snapshot with a malformed entry would silently check nothing for that package: refuse it. */
export function checkSnapshot(snapshot: AdvisorySnapshot): AdvisorySnapshot {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(snapshot.taken)) throw new Error(`advisory snapshot: "taken" must be a date, not ${JSON.stringify(snapshot.taken)}`);
  for (const a of snapshot.advisories) {
    if (!a.id || !a.package || !a.title) throw new Error(`advisory snapshot: incomplete entry ${JSON.stringify(a)}`);
    if (semver.validRange(a.vulnerable) === null) throw new Error(`advisory snapshot: ${a.id} has no valid range (${a.vulnerable})`);
    if (!SEVERITIES.includes(a.severity)) throw new Error(`advisory snapshot: ${a.id} has an unknown severity (${a.severity})`);
  }
  return snapshot;
}

export function findAdvisories(packages: LockPackages, snapshot: AdvisorySnapshot): Finding[] {
  const byPackage = new Map<string, Advisory[]>();
  for (const advisory of snapshot.advisories) byPackage.set(advisory.package, [...(byPackage.get(advisory.package) ?? []), advisory]);
  const findings: Finding[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (path === "" || entry.link || !entry.version) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    for (const advisory of byPackage.get(name) ?? []) {
      if (semver.satisfies(entry.version, advisory.vulnerable, { includePrerelease: true })) {
        findings.push({ advisory, version: entry.version, path, shipped: !entry.dev && !entry.devOptional });
      }
    }
  }
  return findings;
}

/** Days between the snapshot and today: an old snapshot knows nothing of recent advisories. */
export function snapshotAgeDays(snapshot: AdvisorySnapshot, today = new Date()): number {
  return Math.floor((today.getTime() - Date.parse(`${snapshot.taken}T00:00:00Z`)) / 86_400_000);
}

export const serious = (finding: Finding) => finding.shipped && (finding.advisory.severity === "high" || finding.advisory.severity === "critical");
