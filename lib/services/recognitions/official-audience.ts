import type { Tier } from "@/generated/prisma/client";
import type { Audience } from "../notifications/notify";

/** The officials of a firm's jurisdiction: its city, its province, and MIIT for little giants. */
export function officialsOf(record: { tier: Tier; cityCode: string; provinceCode: string }): Audience {
  return [
    { role: "municipal", jurisdictionCode: record.cityCode },
    { role: "provincial", jurisdictionCode: record.provinceCode },
    ...(record.tier === "little_giant" ? [{ role: "ministry" as const }] : []),
  ];
}

export function companyUsers(companyId: string): Audience {
  return [{ role: "company", companyId }];
}
