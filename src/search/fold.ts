/**
 * Folds case, width and diacritics, so that "Ｈａｒｂｉｎ", "hā'ěrbīn" and
 * "HARBIN" compare as the reader means them. NFKD leaves Han characters as
 * they are (apart from compatibility ideographs, which it unifies, as wanted).
 * A module of its own: the search over context items, loaded with the page,
 * uses it without pulling in the search index, which loads on demand.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
