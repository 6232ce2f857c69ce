import { describe, expect, it } from "vitest";
import {
  RECOGNITION_ACTION_LABELS,
  RECOGNITION_ACTIONS,
  RECOGNITION_STATUS_LABELS,
  RECOGNITION_STATUSES,
  REVOCATION_REASON_INFO,
  REVOCATION_REASONS,
  TITLE_VALID_STATUSES,
  allowedRecognitionActions,
  isForCause,
  isTitleValid,
  transitionRecognition,
  type RecognitionAction,
  type RecognitionStatus,
  type RevocationReason,
} from "@/lib/workflow/recognition-lifecycle";

// The specification, written out independently of the module's table.
const DESTINATIONS: Record<RecognitionStatus, Partial<Record<RecognitionAction, RecognitionStatus>>> = {
  active: { start_rereview: "under_rereview", expire: "expired", revoke: "revoked", withdraw: "withdrawn" },
  under_rereview: { renew: "active", fail_rereview: "expired", expire: "expired", revoke: "revoked" },
  expired: {},
  revoked: {},
  withdrawn: {},
};

const FAILED = { rereviewFailed: true };
const RUNNING = { rereviewFailed: false };
const PRODUCT = RECOGNITION_STATUSES.flatMap((status) => RECOGNITION_ACTIONS.map((action) => [status, action] as const));

describe("recognition lifecycle: the full status × action product", () => {
  it("covers 5 statuses and 6 actions, none forgotten", () => {
    expect(PRODUCT).toHaveLength(30);
  });

  it.each(PRODUCT)("from %s, %s goes where dynamic management says, or is refused as invalid", (status, action) => {
    const to = DESTINATIONS[status][action];
    const result = transitionRecognition(status, action, FAILED);
    if (to === undefined) {
      expect(result).toMatchObject({ ok: false, code: "invalid-transition", from: status, action });
    } else {
      expect(result).toMatchObject({ ok: true, from: status, action, to });
    }
  });

  it.each(PRODUCT.filter(([s, a]) => DESTINATIONS[s][a] === undefined))(
    "%s + %s is refused whatever the re-review outcome, naming the state and the allowed actions",
    (status, action) => {
      for (const context of [FAILED, RUNNING]) {
        const result = transitionRecognition(status, action, context);
        if (result.ok || result.code !== "invalid-transition") throw new Error("expected an invalid transition");
        expect(result.allowed).toEqual(allowedRecognitionActions(status, context));
        expect(result.message.zh).toContain(RECOGNITION_STATUS_LABELS[status].zh);
        expect(result.message.en).toContain(RECOGNITION_STATUS_LABELS[status].en);
        expect(result.message.zh).toContain(RECOGNITION_ACTION_LABELS[action].zh);
        for (const allowed of result.allowed) expect(result.message.en).toContain(RECOGNITION_ACTION_LABELS[allowed].en);
      }
    },
  );

  it.each([
    ["active", RUNNING, ["start_rereview", "expire", "revoke", "withdraw"]],
    ["under_rereview", RUNNING, ["renew", "fail_rereview", "revoke"]],
    ["under_rereview", FAILED, ["renew", "fail_rereview", "expire", "revoke"]],
    ["expired", FAILED, []],
    ["revoked", FAILED, []],
    ["withdrawn", FAILED, []],
  ] as const)("%s with %j allows %j", (status, context, actions) => {
    expect(allowedRecognitionActions(status, context)).toEqual(actions);
  });
});

describe("recognition lifecycle: the title stays valid while a re-review runs", () => {
  it("the expiry job cannot expire a title whose re-review is still running", () => {
    const result = transitionRecognition("under_rereview", "expire", RUNNING);
    expect(result).toMatchObject({ ok: false, code: "guard-failed", failed: ["rereview-pending"] });
    if (result.ok) return;
    expect(result.message.zh).toContain("复核期间原称号继续有效");
    expect(result.message.en).toContain("the title stays valid while it runs");
  });

  it("the expiry job expires a title whose re-review has failed", () => {
    expect(transitionRecognition("under_rereview", "expire", FAILED)).toMatchObject({ ok: true, to: "expired", actor: "system" });
  });

  it("an active title expires whatever the re-review flag says, since none is running", () => {
    expect(transitionRecognition("active", "expire", RUNNING)).toMatchObject({ ok: true, to: "expired" });
  });

  it("passing the re-review makes the title active again", () => {
    expect(transitionRecognition("under_rereview", "renew", RUNNING)).toMatchObject({ ok: true, to: "active", actor: "authority" });
  });

  it("a title counts as held while active or under re-review, and not otherwise", () => {
    expect(RECOGNITION_STATUSES.filter(isTitleValid)).toEqual([...TITLE_VALID_STATUSES]);
    expect([...TITLE_VALID_STATUSES]).toEqual(["active", "under_rereview"]);
  });
});

describe("recognition lifecycle: actors and requirements", () => {
  it.each(["active", "under_rereview"] as const)("revoking from %s is the authority's and requires a reason category", (status) => {
    expect(transitionRecognition(status, "revoke", RUNNING)).toMatchObject({
      ok: true,
      to: "revoked",
      actor: "authority",
      requires: ["reasonCategory"],
    });
  });

  it("failing a re-review requires a reason", () => {
    expect(transitionRecognition("under_rereview", "fail_rereview", RUNNING)).toMatchObject({ ok: true, requires: ["reason"] });
  });

  it("only the firm withdraws its own title, and only while it is active", () => {
    expect(transitionRecognition("active", "withdraw", RUNNING)).toMatchObject({ ok: true, to: "withdrawn", actor: "company" });
    expect(allowedRecognitionActions("active", RUNNING, "company")).toEqual(["withdraw"]);
    expect(transitionRecognition("under_rereview", "withdraw", RUNNING).ok).toBe(false);
  });

  it("the system performs only expiry", () => {
    expect(allowedRecognitionActions("active", RUNNING, "system")).toEqual(["expire"]);
    expect(allowedRecognitionActions("under_rereview", FAILED, "system")).toEqual(["expire"]);
  });
});

describe("revocation reasons", () => {
  const FOR_CAUSE: RevocationReason[] = [
    "major_safety_accident",
    "major_quality_accident",
    "major_environmental_accident",
    "serious_dishonesty",
    "tax_evasion",
    "falsified_data",
    "confirmed_fraud_complaint",
  ];

  it.each(FOR_CAUSE)("%s is a cancellation for cause and starts the re-application cooling-off", (reason) => {
    expect(isForCause(reason)).toBe(true);
  });

  it("every other reason — no longer qualifying after a major change, not reporting one — is not for cause", () => {
    expect(REVOCATION_REASONS.filter((r) => !isForCause(r))).toEqual(["no_longer_qualifies_after_change", "failure_to_report"]);
  });

  it("lists nine categories, each labelled in both languages", () => {
    expect(REVOCATION_REASONS).toHaveLength(9);
    for (const reason of REVOCATION_REASONS) {
      expect(REVOCATION_REASON_INFO[reason].label.zh.length).toBeGreaterThan(0);
      expect(REVOCATION_REASON_INFO[reason].label.en.length).toBeGreaterThan(0);
    }
  });
});
