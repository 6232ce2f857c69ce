import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { ROLE_PROBES } from "./support/role-probes";
import { ACTION_ACCESS } from "./support/action-access";
import { builtServerActions, postServerAction, signInRequest } from "./support/server-actions";

/**
 * Direct POSTs to every server action the build exposes, as an attacker would send them: no
 * session, then each role. The documented answer is 401 without a session, 403 for a role that
 * may not call the action, and 400 for a role that may: the probe's argument is a bare string,
 * which every action's schema refuses, so passing the gate changes nothing (an empty object
 * would run actions whose input is all optional, such as the jobs).
 */
const actions = builtServerActions();
const guarded = actions.filter((a) => ACTION_ACCESS[a.key] !== "public");

function actionsInCode(): string[] {
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

test("every server action, in the build and in the code, has a documented answer for each role", () => {
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.map((a) => a.key).filter((key) => !(key in ACTION_ACCESS))).toEqual([]);
  expect(actionsInCode().filter((key) => !(key in ACTION_ACCESS))).toEqual([]);
});

const probes = ROLE_PROBES;

for (const probe of probes) {
  test(`${probe.label}: every server action answers as documented to a direct POST`, async ({ baseURL }) => {
    const request = await playwrightRequest.newContext({ baseURL });
    try {
      if (probe.email && probe.password) await signInRequest(request, probe.email, probe.password);
      const answers: Record<string, number | null> = {};
      const expected: Record<string, number> = {};
      for (const action of guarded) {
        const access = ACTION_ACCESS[action.key];
        if (!access || access === "public") continue;
        const result = await postServerAction(request, baseURL!, action, ["__authorization-probe__"]);
        expect(result.httpStatus, `${action.key}: HTTP status`).toBeLessThan(500);
        answers[action.key] = result.resultStatus;
        expected[action.key] = probe.role === null ? 401 : access.includes(probe.role) ? 400 : 403;
      }
      expect(answers).toEqual(expected);
    } finally {
      await request.dispose();
    }
  });
}
