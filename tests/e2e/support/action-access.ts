import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hasPermission, PERMISSIONS, type Permission, type PermissionTable } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";

/**
 * What every server action lets through its gate, read from the code itself: each action's
 * `permission` in its `defineAction` call, answered by the permission table. The suite expects
 * exactly what the table says, so a change of one entry changes the expectation (see
 * tests/unit/auth/action-expectations.test.ts). The per-record jurisdiction and tier checks
 * (own / other city or province) are tested against the database in tests/integration.
 */
export type ActionGate = Permission | "signed-in" | "public";

/** The actions anyone may call, with no session, besides every `definePublicAction`: choosing a language and signing up. */
const PUBLIC_ACTIONS = [
  "lib/i18n/set-locale.ts#setLocale",
  "lib/actions/signup/register-company.ts#registerCompanyAction",
  "lib/actions/signup/list-region-children.ts#listRegionChildrenAction",
] as const;

/** Every `export const X = defineAction({ permission: "…" ...` under lib/actions, by key. */
export function actionGatesInCode(root = "lib/actions"): Record<string, ActionGate> {
  const gates: Record<string, ActionGate> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".ts")) {
        const source = readFileSync(file, "utf8");
        for (const match of source.matchAll(/export const (\w+) = defineAction\(\{\s*permission: "([\w:-]+)"/g)) {
          gates[`${file}#${match[1]}`] = match[2] as ActionGate;
        }
        for (const match of source.matchAll(/export const (\w+) = definePublicAction\(/g)) gates[`${file}#${match[1]}`] = "public";
      }
    }
  };
  walk(root);
  for (const key of PUBLIC_ACTIONS) gates[key] = "public";
  return gates;
}

export interface Caller {
  role: Role;
  jurisdictionCode: string | null;
}

/**
 * The answer the gate gives a direct POST whose argument every schema refuses: 401 without a
 * session, 403 without the permission, 400 (the schema's refusal) for a caller who holds it.
 */
export function expectedGateAnswer(gate: ActionGate, caller: Caller | null, table: PermissionTable = PERMISSIONS): 400 | 401 | 403 {
  if (gate === "public") return 400;
  if (caller === null) return 401;
  if (gate === "signed-in") return 400;
  return hasPermission(caller, gate, table) ? 400 : 403;
}
