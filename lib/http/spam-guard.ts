import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { wallClock } from "@/lib/calendar/today";

/**
 * Spam protection for the public objection form without any third-party service: a signed form
 * token carries when the form was served, which notice's form it is, and a keyed digest of the
 * answer to a small sum (the sum itself is only on the page, never readable from the token), so a
 * bot that posts at once, replays an old form or cannot add is turned away; a hidden "website"
 * field (honeypot) catches form-fillers. Each token lodges one objection: form-token-store.ts
 * records it as spent in the objection's own transaction. The rate limit per client lives in
 * objection-rate-limit.ts.
 */
export const MIN_SECONDS_TO_SUBMIT = 3;
export const MAX_FORM_AGE_SECONDS = 2 * 60 * 60;

/** The only form that uses these tokens today; part of the signed payload so no other form's token passes. */
const FORM_KIND = "objection";

function secret(): string {
  return process.env.NEXTAUTH_SECRET || "sme-registry-development-form-secret";
}

const mac = (label: string, text: string) => createHmac("sha256", secret()).update(`${label}:${text}`).digest("base64url");
const sign = (payload: string) => mac("objection-form", payload);
const answerDigest = (nonce: string, answer: number) => mac("objection-answer", `${nonce}:${answer}`).slice(0, 22);

interface TokenPayload {
  /** Form kind and the batch whose notice served the form. */
  k: string;
  b: string;
  /** Served at (ms since the epoch). */
  t: number;
  /** Random, so that two forms served in the same millisecond still differ. */
  n: string;
  /** Keyed digest of the right answer. */
  h: string;
}

export interface FormChallenge {
  token: string;
  /** The sum to show, e.g. "3 + 4". */
  question: string;
}

export function issueFormChallenge(batchId: string, now = wallClock()): FormChallenge {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const n = randomBytes(12).toString("base64url");
  const data: TokenPayload = { k: FORM_KIND, b: batchId, t: now.getTime(), n, h: answerDigest(n, a + b) };
  const payload = Buffer.from(JSON.stringify(data)).toString("base64url");
  return { token: `${payload}.${sign(payload)}`, question: `${a} + ${b}` };
}

export type SpamVerdict = "ok" | "honeypot" | "bad-token" | "wrong-form" | "too-fast" | "expired" | "wrong-answer";

const equal = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function readPayload(payload: string): TokenPayload | null {
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<TokenPayload>;
    const ok =
      typeof data.k === "string" && typeof data.b === "string" && typeof data.t === "number" && typeof data.n === "string" && typeof data.h === "string";
    return ok ? (data as TokenPayload) : null;
  } catch {
    return null;
  }
}

/** Judges one submission of the form served for `batchId`. Whether the token was already spent is the store's question. */
export function judgeSubmission(input: { token: string; answer: string; honeypot: string; batchId: string }, now = wallClock()): SpamVerdict {
  if (input.honeypot.trim() !== "") return "honeypot";
  const [payload, signature, extra] = input.token.split(".");
  if (!payload || !signature || extra !== undefined || !equal(sign(payload), signature)) return "bad-token";
  const data = readPayload(payload);
  if (!data) return "bad-token";
  if (data.k !== FORM_KIND || data.b !== input.batchId) return "wrong-form";
  const age = (now.getTime() - data.t) / 1000;
  if (age < MIN_SECONDS_TO_SUBMIT) return "too-fast";
  if (age > MAX_FORM_AGE_SECONDS) return "expired";
  const answer = input.answer.trim();
  if (!/^\d{1,3}$/.test(answer) || !equal(answerDigest(data.n, Number(answer)), data.h)) return "wrong-answer";
  return "ok";
}

/** When a token stops being accepted in any case: how long its spent record must be kept. */
export function formTokenExpiry(token: string): Date {
  const data = readPayload(token.split(".")[0] ?? "");
  return new Date((data?.t ?? Date.now()) + MAX_FORM_AGE_SECONDS * 1000);
}

/** What is stored about the sender's address: a keyed hash, enough to spot a flood, not the IP. */
export function clientHash(ip: string): string {
  return createHash("sha256").update(`${secret()}:${ip}`).digest("hex");
}
