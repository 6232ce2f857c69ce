import { createHash, createHmac, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Spam protection for the public objection form without any third-party service: a signed form
 * token carries when the form was served and a small sum to solve, so a bot that posts at once,
 * replays an old form or cannot add is turned away; a hidden "website" field (honeypot) catches
 * form-fillers. The rate limit per client lives in objection-rate-limit.ts.
 */
export const MIN_SECONDS_TO_SUBMIT = 3;
export const MAX_FORM_AGE_SECONDS = 2 * 60 * 60;

function secret(): string {
  return process.env.NEXTAUTH_SECRET || "sme-registry-development-form-secret";
}

const sign = (payload: string) => createHmac("sha256", secret()).update(`objection-form:${payload}`).digest("base64url");

export interface FormChallenge {
  token: string;
  /** The sum to show, e.g. "3 + 4". */
  question: string;
}

export function issueFormChallenge(now = new Date()): FormChallenge {
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const payload = Buffer.from(JSON.stringify({ t: now.getTime(), a, b })).toString("base64url");
  return { token: `${payload}.${sign(payload)}`, question: `${a} + ${b}` };
}

export type SpamVerdict = "ok" | "honeypot" | "bad-token" | "too-fast" | "expired" | "wrong-answer";

export function judgeSubmission(input: { token: string; answer: string; honeypot: string }, now = new Date()): SpamVerdict {
  if (input.honeypot.trim() !== "") return "honeypot";
  const [payload, signature] = input.token.split(".");
  if (!payload || !signature) return "bad-token";
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "bad-token";
  let data: { t: number; a: number; b: number };
  try {
    data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { t: number; a: number; b: number };
  } catch {
    return "bad-token";
  }
  const age = (now.getTime() - data.t) / 1000;
  if (age < MIN_SECONDS_TO_SUBMIT) return "too-fast";
  if (age > MAX_FORM_AGE_SECONDS) return "expired";
  if (Number(input.answer.trim()) !== data.a + data.b) return "wrong-answer";
  return "ok";
}

/** What is stored about the sender's address: a keyed hash, enough to spot a flood, not the IP. */
export function clientHash(ip: string): string {
  return createHash("sha256").update(`${secret()}:${ip}`).digest("hex");
}
