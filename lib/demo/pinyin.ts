/**
 * Joins toneless pinyin syllables into one capitalised word, with the standard apostrophe
 * before a syllable starting with a, o or e ("xi" + "an" → "Xi'an", not "Xian").
 */
export function joinPinyin(syllables: readonly string[]): string {
  let word = "";
  syllables.forEach((syllable, i) => {
    const lower = syllable.toLowerCase();
    if (i > 0 && /^[aoe]/.test(lower)) word += "'";
    word += lower;
  });
  return word.charAt(0).toUpperCase() + word.slice(1);
}
