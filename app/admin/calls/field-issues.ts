import type { ActionResult } from "@/lib/actions/action-result";
import { CALL_ISSUES, type CallIssue } from "@/lib/domain/calls/call-input";

type Bilingual = { zh: string; en: string };

/** Each field's problems in the reader's language: the schema's issue codes and the service's bilingual refusals. */
export function callFieldIssues(result: ActionResult<unknown> | null, locale: string): Record<string, string> {
  if (!result || result.ok) return {};
  const say = (m: Bilingual) => (locale === "en" ? m.en : m.zh);
  const errors: Record<string, string> = {};
  for (const [path, codes] of Object.entries(result.fieldErrors ?? {})) {
    errors[path] = codes.map((code) => say(CALL_ISSUES[code as CallIssue] ?? CALL_ISSUES.invalid)).join(" ");
  }
  const fromService = (result.details?.fieldErrors ?? {}) as Record<string, Bilingual[]>;
  for (const [path, messages] of Object.entries(fromService)) errors[path] = messages.map(say).join(" ");
  return errors;
}
