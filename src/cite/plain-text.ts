/**
 * The short and the full citation as plain text, for pasting into an
 * article or a footnote.
 */
import { localName } from '../i18n/lang.ts';
import { isoDateParts, longDate } from './cite-dates.ts';
import type { CiteFacts } from './cite-facts.ts';
import { CITE_STRINGS } from './cite-strings.ts';

/** The document as named in the citation's language: the Chinese title and number in Chinese. */
export function citedWork(facts: CiteFacts): { issuer: string; title: string; number: string } {
  const { meta, lang } = facts;
  return lang === 'zh'
    ? { issuer: meta.issuedByZh, title: meta.titleZh, number: meta.documentNumberZh }
    : { issuer: meta.issuedBy, title: meta.title, number: meta.documentNumber };
}

export function placeName(facts: CiteFacts): string | null {
  if (!facts.place) return null;
  return localName(facts.place, facts.lang);
}

/**
 * Where in the document. The short form gives clause numbers (and a
 * sentence's id); the full form adds each clause's heading and, for a place,
 * every sentence that names it.
 */
export function locators(facts: CiteFacts, form: 'short' | 'full'): string[] {
  const s = CITE_STRINGS[facts.lang];
  const name = placeName(facts);
  const clauses =
    facts.clauses.length === 0
      ? []
      : form === 'full'
        ? facts.clauses.map((c) => s.clauseWithHeading(c.number, c.heading))
        : [s.clauses(facts.clauses.map((c) => c.number))];
  const listSentences = facts.sentenceIds.length > 0 && (form === 'full' || !facts.place);
  return [...clauses, ...(listSentences ? [s.sentences(facts.sentenceIds)] : []), ...(name ? [s.onPlace(name)] : [])];
}

/**
 * The translation, first published and as copied, with dates written by
 * `date` (long dates in prose, ISO dates in BibTeX and CSL notes). Both dates
 * come from the data; the republication's is never given as the translation's.
 */
export function translationNote(facts: CiteFacts, date: (iso: string) => string): string {
  const { meta } = facts;
  const first = meta.translationFirstPublished;
  return CITE_STRINGS[facts.lang].translation(
    { label: first.source.label, date: date(first.date), url: first.source.url },
    { label: meta.translationSource.label, date: date(meta.dateRepublished), url: meta.translationSource.url },
  );
}

/** "State Council, Guo Fa [2009] No. 33 (2009), clause 5, sentence I.5.s12; English translation of 29 September 2009." */
export function shortCitation(facts: CiteFacts): string {
  const s = CITE_STRINGS[facts.lang];
  const year = String(isoDateParts(facts.meta.dateIssued)[0]);
  const translated = longDate(facts.meta.translationFirstPublished.date, s.locale);
  return s.short(s.issuerShort, citedWork(facts).number, year, locators(facts, 'short'), translated);
}

/** Issuer, title, number, date of issue, locators with headings, translation, view URL, access date. */
export function fullCitation(facts: CiteFacts): string {
  const s = CITE_STRINGS[facts.lang];
  const { issuer, title, number } = citedWork(facts);
  const { meta } = facts;
  const where = locators(facts, 'full');
  const sentences = [
    s.work(issuer, title, number, longDate(meta.dateIssued, s.locale)),
    ...(where.length > 0 ? [s.where(where)] : []),
    translationNote(facts, (iso) => longDate(iso, s.locale)),
    ...(facts.url && facts.accessed
      ? [`${s.viewedIn(s.atlasName, facts.url, facts.asOf)}${s.listSeparator}${s.accessed(longDate(facts.accessed, s.locale))}`]
      : []),
  ];
  return sentences.map((sentence) => sentence + s.stop).join(s.stop === '.' ? ' ' : '');
}
