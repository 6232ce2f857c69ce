import { describe, expect, it } from "vitest";
import {
  BATCH_ACTION_LABELS,
  BATCH_ACTIONS,
  BATCH_STATUS_LABELS,
  BATCH_STATUSES,
  allowedBatchActions,
  transitionBatch,
  type BatchAction,
  type BatchContext,
  type BatchStatus,
} from "@/lib/workflow/batch-lifecycle";

// The specification, written out independently of the module's table.
const DESTINATIONS: Record<BatchStatus, Partial<Record<BatchAction, BatchStatus>>> = {
  draft: { publish_notice: "notice", withdraw: "withdrawn" },
  notice: { extend_notice: "notice", announce: "announced", withdraw: "withdrawn", return_to_draft: "draft" },
  announced: {},
  withdrawn: {},
};

const READY: BatchContext = { hasOpenObjection: false, noticePeriodEnded: true };
const CONTEXTS: BatchContext[] = [
  READY,
  { hasOpenObjection: true, noticePeriodEnded: true },
  { hasOpenObjection: false, noticePeriodEnded: false },
  { hasOpenObjection: true, noticePeriodEnded: false },
];
const PRODUCT = BATCH_STATUSES.flatMap((status) => BATCH_ACTIONS.map((action) => [status, action] as const));

describe("batch lifecycle: the full status × action product", () => {
  it("covers 4 statuses and 5 actions, none forgotten", () => {
    expect(PRODUCT).toHaveLength(20);
  });

  it.each(PRODUCT)("from %s, %s goes where the procedure says, or is refused as invalid", (status, action) => {
    const to = DESTINATIONS[status][action];
    const result = transitionBatch(status, action, READY);
    if (to === undefined) {
      expect(result).toMatchObject({ ok: false, code: "invalid-transition", from: status, action });
    } else {
      expect(result).toEqual({ ok: true, from: status, action, to });
    }
  });

  it.each(PRODUCT.filter(([s, a]) => DESTINATIONS[s][a] === undefined))(
    "%s + %s is refused in every context, naming the state and the allowed actions",
    (status, action) => {
      for (const context of CONTEXTS) {
        const result = transitionBatch(status, action, context);
        if (result.ok || result.code !== "invalid-transition") throw new Error("expected an invalid transition");
        expect(result.allowed).toEqual(allowedBatchActions(status, context));
        expect(result.message.zh).toContain(BATCH_STATUS_LABELS[status].zh);
        expect(result.message.en).toContain(BATCH_STATUS_LABELS[status].en);
        for (const allowed of result.allowed) {
          expect(result.message.zh).toContain(BATCH_ACTION_LABELS[allowed].zh);
          expect(result.message.en).toContain(BATCH_ACTION_LABELS[allowed].en);
        }
      }
    },
  );

  it.each([
    ["draft", ["publish_notice", "withdraw"]],
    ["notice", ["extend_notice", "announce", "withdraw", "return_to_draft"]],
    ["announced", []],
    ["withdrawn", []],
  ] as const)("once nothing blocks it, %s allows %j", (status, actions) => {
    expect(allowedBatchActions(status, READY)).toEqual(actions);
  });
});

describe("batch lifecycle: announcing waits for the notice period and for every objection", () => {
  it("announces when the notice period has ended and no objection is open", () => {
    expect(transitionBatch("notice", "announce", READY)).toEqual({ ok: true, from: "notice", action: "announce", to: "announced" });
  });

  it.each([
    [{ hasOpenObjection: true, noticePeriodEnded: true }, ["open-objection"]],
    [{ hasOpenObjection: false, noticePeriodEnded: false }, ["notice-period-running"]],
    [{ hasOpenObjection: true, noticePeriodEnded: false }, ["open-objection", "notice-period-running"]],
  ] as const)("refuses to announce in %j, naming every unmet condition", (context, failed) => {
    const result = transitionBatch("notice", "announce", context);
    expect(result).toMatchObject({ ok: false, code: "guard-failed", from: "notice", action: "announce", failed });
    expect(allowedBatchActions("notice", context)).toEqual(["extend_notice", "withdraw", "return_to_draft"]);
  });

  it("says in both languages why announcing must wait", () => {
    const result = transitionBatch("notice", "announce", { hasOpenObjection: true, noticePeriodEnded: false });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.message.zh).toBe(
      "批次当前状态为“公示中”，暂不能执行“正式公告”：尚有未处理完毕的异议（全部异议处理完毕后方可公告）；公示期尚未结束。当前可执行的操作：“延长公示”、“撤销批次”、“退回草稿”。",
    );
    expect(result.message.en).toBe(
      'The batch is in state "On public notice", but "Announce" is not possible yet: an objection is still open (a batch is announced only once every objection is decided); the notice period has not ended. Allowed now: "Extend notice", "Withdraw batch", "Return to draft".',
    );
  });

  it("names the rule and the first day announcing becomes possible when the caller knows it", () => {
    const result = transitionBatch("notice", "announce", { hasOpenObjection: false, noticePeriodEnded: false, announcePossibleFrom: "2026-09-30" });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.message.zh).toContain("公示期尚未结束（公示期满后方可公告，最早可于2026-09-30公告）");
    expect(result.message.en).toContain("the notice period has not ended (a batch is announced only after its last notice day; possible from 2026-09-30)");
  });

  it("an open objection does not block withdrawing or returning the batch to draft", () => {
    const context = { hasOpenObjection: true, noticePeriodEnded: false };
    expect(transitionBatch("notice", "withdraw", context).ok).toBe(true);
    expect(transitionBatch("notice", "return_to_draft", context).ok).toBe(true);
  });

  it("an announced batch cannot be withdrawn: recognition has been published", () => {
    expect(transitionBatch("announced", "withdraw", READY)).toMatchObject({ ok: false, code: "invalid-transition", allowed: [] });
  });
});
