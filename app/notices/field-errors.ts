import type { Bilingual } from "@/lib/errors/domain-error";

/**
 * The public forms pick one language in the browser, so each field error goes out as { zh, en }.
 * Schema messages in this code base are written "中文 / English"; one without the separator
 * (a library default) is the same in both.
 */
export function bilingualOf(message: string): Bilingual {
  const at = message.indexOf(" / ");
  return at < 0 ? { zh: message, en: message } : { zh: message.slice(0, at), en: message.slice(at + 3) };
}

export function bilingualFieldErrors(errors: Record<string, string[]>): Record<string, Bilingual[]> {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map(bilingualOf)]));
}
