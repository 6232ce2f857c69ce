import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("the newest migration was made from the current Prisma schema (run npm run db:migration <name> after changing it)", () => {
    const newest = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .at(-1);
    const snapshot = readFileSync(`prisma/migrations/${newest}/schema.snapshot.prisma`, "utf8");
    expect(snapshot).toBe(readFileSync("prisma/schema.prisma", "utf8"));
  });
});
