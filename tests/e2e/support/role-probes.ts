import type { Role } from "@/lib/auth/roles";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";

export interface RoleProbe {
  label: string;
  role: Role | null;
  jurisdictionCode?: string | null;
  email?: string;
  password?: string;
}

/**
 * Who the access suites call as: nobody, one demo account of every role, and the provincial
 * administrator beside the national one (the same role, a narrower reach).
 */
export const ROLE_PROBES: RoleProbe[] = [
  { label: "no session", role: null },
  ...(["company", "municipal", "provincial", "ministry", "administrator", "expert"] as const).map((role) => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
    return { label: role, role, jurisdictionCode: account.jurisdictionCode, email: account.email, password: account.password };
  }),
  ...DEMO_ACCOUNTS.filter((a) => a.role === "administrator" && a.jurisdictionCode !== null).map((account) => ({
    label: "provincial administrator",
    role: account.role,
    jurisdictionCode: account.jurisdictionCode,
    email: account.email,
    password: account.password,
  })),
];
