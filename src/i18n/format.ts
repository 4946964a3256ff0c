/**
 * Numbers, lists and dates through Intl, so that each language writes them
 * its own way ("3 places" / "3 个地点", "A, B and C" / "A、B和C").
 */
import { LANG_TAG, type Lang } from './lang.ts';

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LANG_TAG[lang]).format(value);
}

export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LANG_TAG[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/** An ISO date (YYYY-MM-DD) as the language writes it, e.g. "9 September 2009" / "2009年9月9日". */
export function formatDate(lang: Lang, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number);
  // Noon UTC, formatted in UTC: the calendar date never shifts with the reader's time zone.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  const locale = lang === 'en' ? 'en-GB' : LANG_TAG[lang];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An ISO date or month as the sources give it: a day ("22 December 2015") or a month ("February 2016"). */
export function formatIsoDate(lang: Lang, isoDate: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(isoDate);
  if (!month) return formatDate(lang, isoDate);
  const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15, 12));
  const locale = lang === 'en' ? 'en-GB' : LANG_TAG[lang];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** English plural choice ("1 sentence", "2 sentences"); Chinese has one form. */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(LANG_TAG[lang]).select(count) === 'one' ? forms.one : forms.other;
}
