/**
 * The form in which region names are compared: Unicode-normalised (full-width letters become
 * ASCII), accents dropped ("Lüliang" → "luliang"), lower case, without spaces, apostrophes,
 * hyphens, dots or the middle dot.
 */
export function normalizeRegionName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s'’‘`.\-·・]/g, "");
}
