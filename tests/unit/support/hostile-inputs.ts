import fc from "fast-check";

/**
 * Inputs an attacker or a broken client sends, shared by the fuzz tests of the rule engine, the
 * route handlers and the server actions. Pure data: no database, no Next.js.
 */

/** Strings that have broken real systems: injection shapes, markup, traversal, invisible and bidi characters. */
export const NASTY_STRINGS = [
  "",
  " ",
  "'; DROP TABLE application; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(10)",
  "\\'; DELETE FROM company WHERE ''='",
  "<script>alert(document.cookie)</script>",
  '"><img src=x onerror=alert(1)>',
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/dev/null",
  "\u0000",
  "a\u0000b",
  "\u200b\u200c\u200d\ufeff",
  "\u202eevil\u202c",
  "\u05e9\u05dc\u05d5\u05dd",
  "𠜎𠜱𠝹🏭👨‍👩‍👧‍👦",
  "\ud800",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x10",
  "null",
  "undefined",
  "true",
  "[object Object]",
  "__proto__",
  "constructor",
  "00000000-0000-0000-0000-000000000000",
  "%00",
  "${7*7}",
  "{{7*7}}",
] as const;

export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4000 }).map((s) => s.repeat(3)) },
);

export const nastyNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, -0.001, 0.1 + 0.2, 2 ** 31, -(2 ** 63)),
  fc.double(),
  fc.integer(),
);

/** Any value a JSON body or a server action's argument can carry, and a few it cannot (NaN, -0). */
export const nastyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom("__proto__", "constructor", "prototype")), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A value nested `depth` levels deep in objects and arrays, as junk that blows naive recursion. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/** What a value looks like after a trip through JSON, the only form a request body can take. */
export function throughJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}
