import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./support/test";
import { ROLE_PROBES } from "./support/role-probes";
import { actionGatesInCode, expectedGateAnswer } from "./support/action-access";
import { builtServerActions, postServerAction, signInRequest } from "./support/server-actions";

/**
 * Direct POSTs to every server action the build exposes, as an attacker would send them: no
 * session, then each role. What to expect comes from the permission table (each action's
 * `permission`, answered by lib/auth/permissions.ts): 401 without a session, 403 without the
 * permission, and 400 with it — the probe's argument is a bare string, which every action's
 * schema refuses, so passing the gate changes nothing (an empty object would run actions whose
 * input is all optional, such as the jobs).
 */
const actions = builtServerActions();
const gates = actionGatesInCode();
const guarded = actions.filter((a) => gates[a.key] !== undefined && gates[a.key] !== "public");

function defineActionExports(): string[] {
  const keys: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".ts")) {
        for (const match of readFileSync(file, "utf8").matchAll(/export const (\w+) = defineAction\(/g)) keys.push(`${file}#${match[1]}`);
      }
    }
  };
  walk("lib/actions");
  return keys.sort();
}

test("every server action, in the build and in the code, has a gate the suite can read", () => {
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.map((a) => a.key).filter((key) => !(key in gates))).toEqual([]);
  expect(defineActionExports().filter((key) => !(key in gates))).toEqual([]);
});

for (const probe of ROLE_PROBES) {
  test(`${probe.label}: every server action answers as the permission table says to a direct POST`, async ({ baseURL }) => {
    const request = await playwrightRequest.newContext({ baseURL });
    try {
      if (probe.email && probe.password) await signInRequest(request, probe.email, probe.password);
      const caller = probe.role === null ? null : { role: probe.role, jurisdictionCode: probe.jurisdictionCode ?? null };
      const answers: Record<string, number | null> = {};
      const expected: Record<string, number> = {};
      for (const action of guarded) {
        const result = await postServerAction(request, baseURL!, action, ["__authorization-probe__"]);
        expect(result.httpStatus, `${action.key}: HTTP status`).toBeLessThan(500);
        answers[action.key] = result.resultStatus;
        expected[action.key] = expectedGateAnswer(gates[action.key]!, caller);
      }
      expect(answers).toEqual(expected);
    } finally {
      await request.dispose();
    }
  });
}
