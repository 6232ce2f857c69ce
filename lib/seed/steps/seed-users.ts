import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS } from "../demo-accounts";

/** One demo account for every role and level; the company account belongs to `demoCompanyId`. */
export async function seedUsers(db: PrismaClient, demoCompanyId: string): Promise<number> {
  const hashes = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    if (!hashes.has(account.password)) hashes.set(account.password, await hashPassword(account.password));
  }
  await db.user.createMany({
    data: DEMO_ACCOUNTS.map((account) => ({
      email: account.email,
      name: account.nameZh,
      role: account.role,
      jurisdictionCode: account.jurisdictionCode,
      companyId: account.companyKey === "demo-company" ? demoCompanyId : null,
      passwordHash: hashes.get(account.password)!,
    })),
    skipDuplicates: true,
  });
  return DEMO_ACCOUNTS.length;
}
