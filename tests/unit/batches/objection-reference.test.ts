import { describe, expect, it } from "vitest";
import { newObjectionReference, normaliseReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from "@/lib/domain/batches/objection-reference";

describe("objection references", () => {
  it("are the Beijing year and six characters from Crockford's alphabet", () => {
    const reference = newObjectionReference("2026-09-22");
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.slice(0, 3)).toBe("26-");
    expect(REFERENCE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it("are drawn at random, not counted: 2,000 in a row are all different and not in order", () => {
    const references = Array.from({ length: 2_000 }, () => newObjectionReference("2026-09-22"));
    expect(new Set(references).size).toBe(references.length);
    const sorted = [...references].sort();
    expect(references).not.toEqual(sorted);
  });

  it("use every character of the alphabet", () => {
    let n = 0;
    const reference = newObjectionReference("2027-01-01", () => n++ % REFERENCE_ALPHABET.length);
    expect(reference).toBe("27-012345");
  });

  it.each([
    ["26-7k3qx9", "26-7K3QX9"],
    [" 26 - 7K3QX9 ", "26-7K3QX9"],
    ["267K3QX9", "26-7K3QX9"],
    ["26-7K3QXO", "26-7K3QX0"],
    ["26–IL0000", "26-110000"],
  ] as const)("what a person types back, %j, reads as %s", (typed, reference) => {
    expect(normaliseReference(typed)).toBe(reference);
  });
});
