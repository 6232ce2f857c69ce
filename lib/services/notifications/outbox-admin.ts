import { z } from "zod";
import { scopeFilter } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import { DomainError } from "@/lib/errors/domain-error";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { wallClock } from "@/lib/calendar/today";

export const OUTBOX_STATES = ["pending", "sending", "sent", "dead", "discarded"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxRow {
  id: string;
  channel: string;
  recipient: string;
  kind: string;
  title: { zh: string; en: string };
  state: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxPage {
  rows: OutboxRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Messages per state, for the filter's labels. */
  counts: Record<OutboxState, number>;
}

/**
 * The messages an administrator's reach covers: every one for the national office, for a
 * provincial administrator those to the accounts of their province (its officials, its firms'
 * users); a message to an address without an account or to a national account is the national office's.
 */
function reachOf(actor: Actor) {
  const filter = scopeFilter(actor, "outbox:manage");
  return filter?.provinceCode !== undefined ? { provinceCode: filter.provinceCode } : {};
}

/** What an administrator sees of the outbox, newest first, by state (default: the dead ones), optionally by recipient. */
export async function listOutbox(
  actor: Actor,
  options: { state?: OutboxState | "all"; recipient?: string; page?: number; pageSize?: number } = {},
): Promise<OutboxPage> {
  requirePermission(actor, "outbox:manage");
  const db = await prisma();
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 50), 1), 200);
  const state = options.state ?? "dead";
  const recipient = options.recipient?.trim().toLowerCase().slice(0, 200);
  const reach = { ...reachOf(actor), ...(recipient ? { recipient: { contains: escapeLike(recipient), mode: "insensitive" as const } } : {}) };
  const where = state === "all" ? reach : { ...reach, state };
  const [total, grouped] = await Promise.all([db.outbox.count({ where }), db.outbox.groupBy({ by: ["state"], where: reach, _count: { _all: true } })]);
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), Math.max(1, Math.ceil(total / pageSize)));
  const rows = await db.outbox.findMany({
    where,
    select: {
      id: true,
      channel: true,
      recipient: true,
      kind: true,
      titleZh: true,
      titleEn: true,
      state: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
  for (const group of grouped) if ((OUTBOX_STATES as readonly string[]).includes(group.state)) counts[group.state as OutboxState] = group._count._all;
  return {
    rows: rows.map(({ titleZh, titleEn, state: rowState, ...row }) => ({ ...row, state: rowState as OutboxState, title: { zh: titleZh, en: titleEn } })),
    total,
    page,
    pageSize,
    counts,
  };
}

// A form sends one id as a plain value, several as a list.
export const outboxSelectionSchema = z.union([
  z.object({ ids: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().uuid()).min(1).max(200)) }),
  // After an outage of the mail server: every dead message at once.
  z.object({ all: z.literal("dead") }),
]);
type Selection = z.infer<typeof outboxSelectionSchema>;
const deadOnes = (actor: Actor, input: Selection) => ({ ...reachOf(actor), state: "dead", ...("ids" in input ? { id: { in: input.ids } } : {}) });

const notDead = () =>
  new DomainError(
    "conflict",
    { zh: "只能重试或放弃投递失败（已停止重试）的消息。", en: "Only messages whose delivery has failed for good can be retried or discarded." },
    { allowedState: "dead" },
  );

/**
 * Gives dead messages a fresh start: pending, attempts from zero, due now, then asks the worker to
 * deliver them. Only dead ones: a pending or sent message is never sent a second time this way.
 */
export async function retryOutbox(actor: Actor, input: Selection, now = wallClock()): Promise<{ retried: number }> {
  requirePermission(actor, "outbox:manage");
  const db = await prisma();
  const result = await db.outbox.updateMany({ where: deadOnes(actor, input), data: { state: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null } });
  if (result.count === 0) throw notDead();
  await requestDelivery("ids" in input ? input.ids : undefined);
  return { retried: result.count };
}

/** Gives up on dead messages for good; they stay listed as discarded. */
export async function discardOutbox(actor: Actor, input: Selection): Promise<{ discarded: number }> {
  requirePermission(actor, "outbox:manage");
  const db = await prisma();
  const result = await db.outbox.updateMany({ where: deadOnes(actor, input), data: { state: "discarded", lockedUntil: null } });
  if (result.count === 0) throw notDead();
  return { discarded: result.count };
}
