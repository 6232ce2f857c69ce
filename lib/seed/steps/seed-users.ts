import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS } from "../demo-accounts";

/**
 * One demo account for every role and level; the company account belongs to `demoCompanyId`.
 * The specialized firm's account is added once that firm holds its title (seedSpecializedUser).
 */
export async function seedUsers(db: PrismaClient, demoCompanyId: string): Promise<number> {
  const hashes = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    if (!hashes.has(account.password)) hashes.set(account.password, await hashPassword(account.password));
  }
  await db.user.createMany({
    data: DEMO_ACCOUNTS.filter((account) => account.companyKey !== "specialized-company").map((account) => ({
      email: account.email,
      name: account.nameZh,
      role: account.role,
      jurisdictionCode: account.jurisdictionCode,
      companyId: account.companyKey === "demo-company" ? demoCompanyId : null,
      companyAdministrator: account.companyKey === "demo-company",
      passwordHash: hashes.get(account.password)!,
    })),
    skipDuplicates: true,
  });
  return DEMO_ACCOUNTS.length;
}

/** The account of a Fuzhou firm holding a valid specialized title, able to apply as a little giant. */
export async function seedSpecializedUser(db: PrismaClient, companyId: string): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => a.companyKey === "specialized-company")!;
  await db.user.createMany({
    data: [
      {
        email: account.email,
        name: account.nameZh,
        role: account.role,
        jurisdictionCode: null,
        companyId,
        companyAdministrator: true,
        passwordHash: await hashPassword(account.password),
      },
    ],
    skipDuplicates: true,
  });
}
