import { describe, expect, it } from "vitest";
import {
  ACTIVE_APPLICATION_STATUSES,
  APPLICATION_ACTION_LABELS,
  APPLICATION_ACTIONS,
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  COMPANY_EDITABLE_STATUSES,
  DECIDED_STATUSES,
  NO_REVIEW_FINDINGS,
  REVIEW_LEVELS,
  TIERS,
  allowedApplicationActions,
  isActiveApplication,
  isDecided,
  isEditableByCompany,
  transitionApplication,
  type ApplicationAction,
  type ApplicationContext,
  type ApplicationStatus,
  type ReviewLevel,
  type Tier,
  type WorkflowRole,
} from "@/lib/workflow/application-lifecycle";

// The specification, written out independently of the module's table.
const ALLOWED: Record<ApplicationStatus, ApplicationAction[]> = {
  draft: ["submit", "withdraw"],
  municipal_review: ["approve", "return", "reject", "withdraw"],
  provincial_review: ["approve", "return", "reject", "withdraw"],
  ministry_review: ["approve", "return", "reject", "withdraw"],
  returned: ["resubmit", "withdraw"],
  approved: ["recognise", "reopen"],
  rejected: [],
  withdrawn: [],
  recognised: [],
};

const CONTEXTS: ApplicationContext[] = TIERS.flatMap((tier) => REVIEW_LEVELS.map((returnedByLevel) => ({ tier, returnedByLevel, ...NO_REVIEW_FINDINGS })));
const PRODUCT = APPLICATION_STATUSES.flatMap((status) => APPLICATION_ACTIONS.map((action) => [status, action] as const));

describe("application lifecycle: the full status × action product", () => {
  it.each(PRODUCT)("from %s, %s is allowed exactly when the procedure lists it", (status, action) => {
    for (const context of CONTEXTS) {
      const result = transitionApplication(status, action, context);
      expect(result.ok).toBe(ALLOWED[status].includes(action));
      if (!result.ok) {
        expect(result).toMatchObject({ code: "invalid-transition", from: status, action, allowed: ALLOWED[status] });
      }
    }
  });

  it.each(APPLICATION_STATUSES)("allowedApplicationActions(%s) lists the allowed actions in action order", (status) => {
    for (const context of CONTEXTS) expect(allowedApplicationActions(status, context)).toEqual(ALLOWED[status]);
  });

  it("covers 9 statuses and 8 actions, none forgotten", () => {
    expect(PRODUCT).toHaveLength(72);
  });
});

type Row = [
  rule: string,
  from: ApplicationStatus,
  action: ApplicationAction,
  tiers: readonly Tier[],
  returnedByLevel: ReviewLevel | null,
  to: ApplicationStatus,
  actor: WorkflowRole,
];

const ALL = TIERS;
const destinations: Row[] = [
  ["the company submits a draft to the city", "draft", "submit", ALL, null, "municipal_review", "company"],
  ["the company may withdraw a draft", "draft", "withdraw", ALL, null, "withdrawn", "company"],
  ["the city's approval passes every tier to the province", "municipal_review", "approve", ALL, null, "provincial_review", "municipal"],
  ["the province recognises innovative SMEs itself", "provincial_review", "approve", ["innovative"], null, "approved", "provincial"],
  ["the province recognises specialized SMEs itself", "provincial_review", "approve", ["specialized"], null, "approved", "provincial"],
  ["the province only recommends little giants to MIIT", "provincial_review", "approve", ["little-giant"], null, "ministry_review", "provincial"],
  ["MIIT decides little giants", "ministry_review", "approve", ALL, null, "approved", "ministry"],
  ["a resubmission returned by the city goes back to the city", "returned", "resubmit", ALL, "municipal", "municipal_review", "company"],
  ["a resubmission returned by the province goes back to the province", "returned", "resubmit", ALL, "provincial", "provincial_review", "company"],
  ["a resubmission returned by MIIT goes back to MIIT", "returned", "resubmit", ALL, "ministry", "ministry_review", "company"],
  ["the company may withdraw a returned application", "returned", "withdraw", ALL, "provincial", "withdrawn", "company"],
  ["announcing the batch recognises an approved application", "approved", "recognise", ALL, null, "recognised", "system"],
  ["an upheld objection reopens an innovative SME at the province", "approved", "reopen", ["innovative"], null, "provincial_review", "provincial"],
  ["an upheld objection reopens a specialized SME at the province", "approved", "reopen", ["specialized"], null, "provincial_review", "provincial"],
  ["an upheld objection reopens a little giant at MIIT", "approved", "reopen", ["little-giant"], null, "ministry_review", "ministry"],
];
for (const level of REVIEW_LEVELS) {
  const review = `${level}_review` as ApplicationStatus;
  destinations.push(
    [`the ${level} level may return the file`, review, "return", ALL, null, "returned", level],
    [`the ${level} level may reject the file`, review, "reject", ALL, null, "rejected", level],
    [`the company may withdraw during ${level} review, before a decision`, review, "withdraw", ALL, null, "withdrawn", "company"],
  );
}

describe("application lifecycle: destinations and actors", () => {
  it.each(destinations)("%s", (_rule, from, action, tiers, returnedByLevel, to, actor) => {
    for (const tier of tiers) {
      expect(transitionApplication(from, action, { tier, returnedByLevel, ...NO_REVIEW_FINDINGS })).toMatchObject({ ok: true, from, action, to, actor });
    }
  });

  it.each(REVIEW_LEVELS)("a return by the %s level records that level, so the resubmission goes back to it", (level) => {
    const returned = transitionApplication(`${level}_review`, "return", { tier: "little-giant", returnedByLevel: null, ...NO_REVIEW_FINDINGS });
    expect(returned).toMatchObject({ ok: true, to: "returned", returnedByLevel: level });
    const resubmitted = transitionApplication("returned", "resubmit", {
      tier: "little-giant",
      returnedByLevel: returned.ok ? returned.returnedByLevel : null,
      ...NO_REVIEW_FINDINGS,
    });
    expect(resubmitted).toMatchObject({ ok: true, to: `${level}_review`, returnedByLevel: null });
  });

  it("every transition other than return clears the recorded returning level", () => {
    for (const status of APPLICATION_STATUSES) {
      for (const action of ALLOWED[status].filter((a) => a !== "return")) {
        const result = transitionApplication(status, action, { tier: "specialized", returnedByLevel: "municipal", ...NO_REVIEW_FINDINGS });
        expect(result.ok && result.returnedByLevel).toBeNull();
      }
    }
  });

  it("a returned application with no recorded level cannot be resubmitted, only withdrawn", () => {
    const result = transitionApplication("returned", "resubmit", { tier: "innovative", returnedByLevel: null, ...NO_REVIEW_FINDINGS });
    expect(result).toMatchObject({ ok: false, code: "invalid-transition", allowed: ["withdraw"] });
  });

  it("walks a little giant through every level to recognition", () => {
    let status: ApplicationStatus = "draft";
    let context: ApplicationContext = { tier: "little-giant", returnedByLevel: null, ...NO_REVIEW_FINDINGS };
    const steps: ApplicationAction[] = ["submit", "approve", "approve", "return", "resubmit", "approve", "recognise"];
    const visited: ApplicationStatus[] = [];
    for (const action of steps) {
      const result = transitionApplication(status, action, context);
      if (!result.ok) throw new Error(result.message.en);
      status = result.to;
      context = { ...context, returnedByLevel: result.returnedByLevel };
      visited.push(status);
    }
    expect(visited).toEqual(["municipal_review", "provincial_review", "ministry_review", "returned", "ministry_review", "approved", "recognised"]);
  });
});

describe("application lifecycle: requirements stated as data", () => {
  it.each(REVIEW_LEVELS)("returning at the %s level requires a reason and the sections to change", (level) => {
    const result = transitionApplication(`${level}_review`, "return", { tier: "innovative", returnedByLevel: null, ...NO_REVIEW_FINDINGS });
    expect(result.ok && result.requires).toEqual(["reason", "sections"]);
  });

  it.each(REVIEW_LEVELS)("rejecting at the %s level requires a reason", (level) => {
    const result = transitionApplication(`${level}_review`, "reject", { tier: "innovative", returnedByLevel: null, ...NO_REVIEW_FINDINGS });
    expect(result.ok && result.requires).toEqual(["reason"]);
  });

  it("reopening after an upheld objection requires the recorded reason", () => {
    const result = transitionApplication("approved", "reopen", { tier: "specialized", returnedByLevel: null, ...NO_REVIEW_FINDINGS });
    expect(result.ok && result.requires).toEqual(["reason"]);
  });

  it("submitting, approving and withdrawing require nothing further", () => {
    const context: ApplicationContext = { tier: "specialized", returnedByLevel: null, ...NO_REVIEW_FINDINGS };
    for (const [from, action] of [
      ["draft", "submit"],
      ["municipal_review", "approve"],
      ["draft", "withdraw"],
    ] as const) {
      const result = transitionApplication(from, action, context);
      expect(result.ok && result.requires).toEqual([]);
    }
  });
});

describe("application lifecycle: roles", () => {
  const context: ApplicationContext = { tier: "specialized", returnedByLevel: "municipal", ...NO_REVIEW_FINDINGS };

  it.each([
    ["municipal_review", "municipal", ["approve", "return", "reject"]],
    ["municipal_review", "provincial", []],
    ["municipal_review", "company", ["withdraw"]],
    ["provincial_review", "provincial", ["approve", "return", "reject"]],
    ["ministry_review", "ministry", ["approve", "return", "reject"]],
    ["ministry_review", "provincial", []],
    ["returned", "company", ["resubmit", "withdraw"]],
    ["approved", "system", ["recognise"]],
    ["approved", "provincial", ["reopen"]],
    ["approved", "ministry", []],
    ["draft", "municipal", []],
  ] as const)("from %s, the %s role may do %j", (status, role, actions) => {
    expect(allowedApplicationActions(status, context, role)).toEqual(actions);
  });

  it("only MIIT reopens an approved little giant", () => {
    expect(allowedApplicationActions("approved", { tier: "little-giant", returnedByLevel: null, ...NO_REVIEW_FINDINGS }, "ministry")).toEqual(["reopen"]);
  });
});

describe("application lifecycle: refusal messages", () => {
  const context: ApplicationContext = { tier: "innovative", returnedByLevel: null, ...NO_REVIEW_FINDINGS };

  it("names the current state and the allowed actions in Chinese and English", () => {
    const result = transitionApplication("draft", "approve", context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.zh).toBe("申报当前状态为“草稿”，不能执行“审核通过”。当前可执行的操作：“提交申报”、“撤回申报”。");
    expect(result.message.en).toBe('The application is in state "Draft", so "Approve" is not possible. Allowed now: "Submit", "Withdraw".');
  });

  it.each(["rejected", "withdrawn", "recognised"] as const)("says that nothing is allowed from the final state %s", (status) => {
    const result = transitionApplication(status, "submit", context);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.allowed).toEqual([]);
    expect(result.message.zh).toContain(`“${APPLICATION_STATUS_LABELS[status].zh}”`);
    expect(result.message.zh).toContain("此状态下没有可执行的操作");
    expect(result.message.en).toContain(`"${APPLICATION_STATUS_LABELS[status].en}"`);
    expect(result.message.en).toContain("No action is allowed in this state");
  });

  it.each(PRODUCT.filter(([status, action]) => !ALLOWED[status].includes(action)))(
    "refusing %s + %s names the state, the action and every allowed action",
    (status, action) => {
      const result = transitionApplication(status, action, { tier: "little-giant", returnedByLevel: "ministry", ...NO_REVIEW_FINDINGS });
      if (result.ok) throw new Error("expected a refusal");
      expect(result.message.zh).toContain(APPLICATION_STATUS_LABELS[status].zh);
      expect(result.message.en).toContain(APPLICATION_STATUS_LABELS[status].en);
      expect(result.message.zh).toContain(APPLICATION_ACTION_LABELS[action].zh);
      expect(result.message.en).toContain(APPLICATION_ACTION_LABELS[action].en);
      for (const allowed of ALLOWED[status]) {
        expect(result.message.zh).toContain(`“${APPLICATION_ACTION_LABELS[allowed].zh}”`);
        expect(result.message.en).toContain(`"${APPLICATION_ACTION_LABELS[allowed].en}"`);
      }
    },
  );
});

describe("application status groups", () => {
  it("one active application per company, programme and year: every status except rejected and withdrawn", () => {
    expect([...ACTIVE_APPLICATION_STATUSES].sort()).toEqual(APPLICATION_STATUSES.filter((s) => s !== "rejected" && s !== "withdrawn").sort());
    expect(APPLICATION_STATUSES.filter(isActiveApplication)).toEqual([...ACTIVE_APPLICATION_STATUSES]);
  });

  it("the company edits only a draft or a returned application", () => {
    expect(APPLICATION_STATUSES.filter(isEditableByCompany)).toEqual([...COMPANY_EDITABLE_STATUSES]);
    expect([...COMPANY_EDITABLE_STATUSES]).toEqual(["draft", "returned"]);
  });

  it("approved, rejected and recognised count as decided; withdrawal is not a decision", () => {
    expect(APPLICATION_STATUSES.filter(isDecided)).toEqual([...DECIDED_STATUSES]);
    expect([...DECIDED_STATUSES]).toEqual(["approved", "rejected", "recognised"]);
  });

  it("the company may withdraw from every undecided active status and from no decided one", () => {
    for (const status of APPLICATION_STATUSES) {
      const canWithdraw = ALLOWED[status].includes("withdraw");
      expect(canWithdraw).toBe(isActiveApplication(status) && !isDecided(status));
    }
  });

  it("every status and action has a label in both languages", () => {
    for (const s of APPLICATION_STATUSES) expect(APPLICATION_STATUS_LABELS[s].zh && APPLICATION_STATUS_LABELS[s].en).toBeTruthy();
    for (const a of APPLICATION_ACTIONS) expect(APPLICATION_ACTION_LABELS[a].zh && APPLICATION_ACTION_LABELS[a].en).toBeTruthy();
  });
});
