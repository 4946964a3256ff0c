/**
 * A clause's heading as the interface shows it: the label of its number in
 * the interface's language, and the heading itself in the translation's own
 * English words, marked as English so that a screen reader and the fonts
 * treat it as such. Pure, so that the marking is tested without a page.
 */
import type { Lang } from '../i18n/lang.ts';
import type { Strings } from '../i18n/strings.ts';

/** A run of text; `lang` is set on the translation's words, which are English in either interface. */
export interface TextRun {
  text: string;
  lang?: Lang;
}

/** "第5条 · " + "Speed up the development…" (English), or "Clause 5 · " + the same. */
export function clauseTitleRuns(strings: Strings, number: number, heading: string): TextRun[] {
  const marker = '\u0000';
  const [before = '', after = ''] = strings.clauseTitle(number, marker).split(marker);
  return [{ text: before }, { text: heading, lang: 'en' as const }, { text: after }].filter((run) => run.text !== '');
}

/** The reader's heading: "5. Speed up…" in English; in Chinese the number's label leads, in Chinese. */
export function readerClauseHeadingRuns(strings: Strings, lang: Lang, number: number, heading: string): TextRun[] {
  return lang === 'en' ? [{ text: `${number}. ${heading}`, lang: 'en' }] : clauseTitleRuns(strings, number, heading);
}
