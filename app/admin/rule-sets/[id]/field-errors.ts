import type { ActionResult } from "@/lib/actions/action-result";

type Bilingual = { zh: string; en: string };

/** The service's field errors (details.fieldErrors: path → bilingual messages) in the reader's language. */
export function fieldErrorsOf(result: ActionResult<unknown> | null, locale: string): Record<string, string> {
  if (!result || result.ok) return {};
  const errors: Record<string, string> = {};
  const fromService = (result.details?.fieldErrors ?? {}) as Record<string, Bilingual[]>;
  for (const [path, messages] of Object.entries(fromService)) errors[path] = messages.map((m) => (locale === "en" ? m.en : m.zh)).join(" ");
  // Schema errors of the action's own input (rare: the form sends what it was given).
  for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) errors[path] ??= messages.join(" ");
  return errors;
}
