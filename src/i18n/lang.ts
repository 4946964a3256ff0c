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

export interface Named {
  name_en: string;
  name_zh: string;
}

/** A name in the order the language reads it: the leading name, then the other, each with its language. */
export interface LocalName {
  primary: { text: string; lang: Lang };
  secondary: { text: string; lang: Lang };
}

export function localName(named: Named, lang: Lang): LocalName {
  const en = { text: named.name_en, lang: 'en' as const };
  const zh = { text: named.name_zh, lang: 'zh' as const };
  return lang === 'zh' ? { primary: zh, secondary: en } : { primary: en, secondary: zh };
}

/** The leading name alone, e.g. for an accessible name or a compact list. */
export function primaryName(named: Named, lang: Lang): string {
  return localName(named, lang).primary.text;
}
