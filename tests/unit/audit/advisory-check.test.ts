import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSnapshot, findAdvisories, serious, snapshotAgeDays, type AdvisorySnapshot } from "@/scripts/support/advisory-check";

const snapshot = checkSnapshot(JSON.parse(readFileSync("scripts/audit/advisories-snapshot.json", "utf8")) as AdvisorySnapshot);

describe("the offline dependency audit", () => {
  it("flags a vulnerable version wherever it sits in node_modules, and not a fixed one", () => {
    const findings = findAdvisories(
      {
        "": { version: "0.1.0" },
        "node_modules/next-auth": { version: "4.24.4" },
        "node_modules/next-auth/node_modules/cookie": { version: "0.6.0" },
        "node_modules/cookie": { version: "1.1.1" },
        "node_modules/next": { version: "15.2.2" },
        "node_modules/semver": { version: "7.5.1", dev: true },
      },
      snapshot,
    );
    const ids = findings.map((f) => `${f.path} ${f.advisory.id}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        "node_modules/next-auth GHSA-7rqj-j65f-68wh",
        "node_modules/next-auth GHSA-v64w-49xw-qq89",
        "node_modules/next-auth/node_modules/cookie GHSA-pxg6-pf52-xh8x",
        "node_modules/next GHSA-f82v-jwr5-mffw",
        "node_modules/semver GHSA-c2qf-rxjj-qqgw",
      ]),
    );
    expect(ids.some((id) => id.startsWith("node_modules/cookie "))).toBe(false);
    // Critical on a shipped package fails the step; a moderate one on a development tool does not.
    expect(findings.filter(serious).map((f) => f.path)).toEqual(expect.arrayContaining(["node_modules/next-auth", "node_modules/next"]));
    expect(findings.find((f) => f.path === "node_modules/semver")!.shipped).toBe(false);
    expect(findings.some((f) => f.path === "node_modules/semver" && serious(f))).toBe(false);
  });

  it("finds nothing high or critical in the shipped tree of package-lock.json today", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version?: string }> };
    expect(findAdvisories(lock.packages, snapshot).filter(serious)).toEqual([]);
  });

  it("refuses a snapshot with a range that would match nothing, an unknown severity or no date", () => {
    const one = snapshot.advisories[0]!;
    expect(() => checkSnapshot({ ...snapshot, advisories: [{ ...one, vulnerable: "not a range" }] })).toThrow(/no valid range/);
    expect(() => checkSnapshot({ ...snapshot, advisories: [{ ...one, severity: "severe" as never }] })).toThrow(/unknown severity/);
    expect(() => checkSnapshot({ ...snapshot, taken: "recently" })).toThrow(/must be a date/);
  });

  it("says how old the snapshot is", () => {
    expect(snapshotAgeDays({ ...snapshot, taken: "2026-12-03" }, new Date("2027-03-03T12:00:00Z"))).toBe(90);
  });
});
