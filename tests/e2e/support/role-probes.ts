import type { Role } from "@/lib/auth/roles";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";

/** Who the access suites call as: nobody, then one demo account of every role. */
export const ROLE_PROBES: { label: string; role: Role | null; email?: string; password?: string }[] = [
  { label: "no session", role: null },
  ...(["company", "municipal", "provincial", "ministry", "administrator", "expert"] as const).map((role) => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
    return { label: role, role, email: account.email, password: account.password };
  }),
];
