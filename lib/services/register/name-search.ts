import { escapeLike } from "@/lib/db/escape-like";

/**
 * The text search over company names, as the database index sees it (migration
 * 20261123130000_register_search): every name is indexed by its lower-cased single characters
 * and character bigrams. A query of two or more characters asks for all of its bigrams; one
 * character asks for itself. The caller still confirms the exact substring with LIKE, because
 * bigrams found in a name need not be next to each other there.
 */
export function nameGramsOf(text: string): string[] {
  const chars = [...text.toLowerCase()];
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** A tsquery literal: each gram quoted as a lexeme (quotes doubled, backslashes escaped), all required. */
export function nameTsquery(text: string): string {
  return nameGramsOf(text)
    .map((gram) => `'${gram.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`)
    .join(" & ");
}

/** A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
