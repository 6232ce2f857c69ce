import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { missingDatabaseMessage } from "@/lib/db/require-existing-database";

describe("a command that needs the portal's data", () => {
  it("explains a missing embedded database instead of creating an empty one", () => {
    const absent = path.join(tmpdir(), `sme-no-db-${process.pid}`, "pglite");
    expect(missingDatabaseMessage({ kind: "pglite", dataDir: absent })).toMatch(/No embedded database at .*npm run demo/);
  });

  it("lets an existing folder, an in-memory database and a PostgreSQL server through", () => {
    expect(missingDatabaseMessage({ kind: "pglite", dataDir: mkdtempSync(path.join(tmpdir(), "sme-db-")) })).toBeNull();
    expect(missingDatabaseMessage({ kind: "pglite", dataDir: null })).toBeNull();
    expect(missingDatabaseMessage({ kind: "postgres", url: "postgresql://db/sme" })).toBeNull();
  });
});
