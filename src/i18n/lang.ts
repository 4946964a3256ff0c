/**
 * The interface's languages, and how a name is shown in each: the reader's
 * language leads and the other follows, so that either reader finds the
 * name they look for first.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The BCP 47 tag a language is marked up with (`<html lang>`, `lang=` on a span). */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The first of the reader's preferred languages that the interface speaks,
 * e.g. ['zh-TW', 'en'] → 'zh'; English when none is.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/**
 * Anything named in both languages: the data's features (`name_en`,
 * `name_zh`), or what the code derives from them, such as search results
 * and prefecture names (`nameEn`, `nameZh`).
 */
export type Named = { name_en: string; name_zh: string } | { nameEn: string; nameZh: string };

function bothNames(named: Named): { en: string; zh: string } {
  return 'name_en' in named ? { en: named.name_en, zh: named.name_zh } : { en: named.nameEn, zh: named.nameZh };
}

/** The name in the reader's language, e.g. for an accessible name, a compact list or a CSV cell. */
export function localName(named: Named, lang: Lang): string {
  return bothNames(named)[lang];
}

/** A name in the order the language reads it: the leading name, then the other, each with its language. */
export interface NamesInOrder {
  primary: { text: string; lang: Lang };
  secondary: { text: string; lang: Lang };
}

export function namesInOrder(named: Named, lang: Lang): NamesInOrder {
  const { en, zh } = bothNames(named);
  const english = { text: en, lang: 'en' as const };
  const chinese = { text: zh, lang: 'zh' as const };
  return lang === 'zh' ? { primary: chinese, secondary: english } : { primary: english, secondary: chinese };
}
