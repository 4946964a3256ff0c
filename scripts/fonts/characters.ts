/**
 * The characters the site can show: what the font subsets must cover. Pure
 * functions over file contents; the CLI and the build plugin read the files.
 */

/**
 * Characters the page may show that no data file spells out: all printable
 * ASCII (numbers, the URL of a copied link, Latin names typed into search)
 * and the common Chinese punctuation a Chinese string table will use.
 */
export const ALWAYS_SHOWN = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...'，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～％－',
].join('');

/** Every character of every string value in a parsed JSON document (keys are never shown, so not included). */
export function charactersOfJson(value: unknown, into: Set<number> = new Set()): Set<number> {
  if (typeof value === 'string') for (const character of value) into.add(character.codePointAt(0) as number);
  else if (Array.isArray(value)) for (const item of value) charactersOfJson(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) charactersOfJson(item, into);
  return into;
}

/**
 * The characters of a TypeScript or HTML source that may reach the screen.
 * Whole-line comments (`//` lines and block comments that open a line) are
 * left out: they hold examples like "Ｈａｒｂｉｎ" that no reader sees. Only
 * comments that start a line are recognised, because telling a `//` inside a
 * string from a comment needs a full parser; what is left over is a superset
 * of the string literals, which errs on the safe side (a glyph too many, never
 * one too few).
 */
export function charactersOfSource(text: string, into: Set<number> = new Set()): Set<number> {
  let inBlock = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (inBlock) {
      if (trimmed.includes('*/')) inBlock = false;
      continue;
    }
    if (trimmed.startsWith('//')) continue;
    if (trimmed.startsWith('/*')) {
      inBlock = !trimmed.includes('*/');
      continue;
    }
    for (const character of line) into.add(character.codePointAt(0) as number);
  }
  return into;
}

/** Control characters and whitespace other than the space draw nothing; no font needs them. */
const DRAWS_NOTHING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** The union of the given sets and ALWAYS_SHOWN, without characters that draw nothing. */
export function siteCharacters(sets: Iterable<Set<number>>): Set<number> {
  const all = new Set<number>();
  for (const set of [charactersOfSource(ALWAYS_SHOWN), ...sets]) for (const point of set) all.add(point);
  for (const point of all) if (DRAWS_NOTHING.test(String.fromCodePoint(point))) all.delete(point);
  return all;
}
