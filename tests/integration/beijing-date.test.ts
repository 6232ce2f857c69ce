import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chinaDate, dateOf } from "@/lib/calendar/today";
import { DomainError } from "@/lib/errors/domain-error";
import { startApplication } from "@/lib/services/applications/start-application";
import { companyDashboard } from "@/lib/services/company-portal/company-dashboard";
import { listOpenProgrammes } from "@/lib/services/rule-sets/open-programmes";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

/**
 * A call's window is in Beijing dates. The public list, the company's dashboard and starting an
 * application must agree on which day it is: at 02:00 Beijing time on the opening day the UTC
 * date is still the day before, and starting was once refused while the list showed it open.
 */
let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => db.destroy());

async function callOpening(opensOn: string, closesOn: string) {
  const programme = await createProgramme(db, "innovative", 2027);
  await db.prisma.programme.update({ where: { id: programme.id }, data: { opensOn: dateOf(opensOn), closesOn: dateOf(closesOn) } });
  const company = await createCompany(db, FUZHOU, FUJIAN);
  return { programme, actor: await createActor(db, "company", null, company.id) };
}

describe("the Beijing date decides a call's window", () => {
  it("at 02:00 Beijing time on the opening day the call is open everywhere, and a company can start", async () => {
    const { programme, actor } = await callOpening("2027-03-01", "2027-03-31");
    const at0200 = new Date("2027-03-01T02:00:00+08:00");
    expect(at0200.toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(chinaDate(at0200)).toBe("2027-03-01");

    const publicList = await listOpenProgrammes(chinaDate(at0200));
    expect(publicList.map((p) => p.code)).toContain(programme.code);
    const dashboard = await companyDashboard(actor, {}, at0200);
    expect(dashboard.programmes.find((p) => p.id === programme.id)?.availability).toEqual({ kind: "open" });
    await expect(startApplication(actor, { programmeId: programme.id }, at0200)).resolves.toHaveProperty("id");
  });

  it("one second before the opening day begins in Beijing, starting is refused", async () => {
    const { programme, actor } = await callOpening("2027-03-01", "2027-03-31");
    const error = await startApplication(actor, { programmeId: programme.id }, new Date("2027-02-28T23:59:59+08:00")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).bilingual.en).toContain("not open");
  });

  it("the closing day lasts until midnight in Beijing, not until 08:00", async () => {
    const { programme, actor } = await callOpening("2027-03-01", "2027-03-31");
    await expect(startApplication(actor, { programmeId: programme.id }, new Date("2027-03-31T23:30:00+08:00"))).resolves.toHaveProperty("id");
    const late = await createActor(db, "company", null, (await createCompany(db, FUZHOU, FUJIAN)).id);
    const error = await startApplication(late, { programmeId: programme.id }, new Date("2027-04-01T00:30:00+08:00")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
  });
});
