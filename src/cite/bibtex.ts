/**
 * A BibTeX entry (biblatex fields, which BibTeX ignores harmlessly). Text
 * fields escape TeX's special characters so that a heading with "&" or "%"
 * cannot break a bibliography; the URL is left verbatim, as the url package
 * reads it, with only the characters that would unbalance braces encoded.
 */
import type { CiteFacts } from './cite-facts.ts';
import { isoDateParts } from './cite-dates.ts';
import { citedWork, locators, translationNote } from './plain-text.ts';
import { CITE_STRINGS } from './cite-strings.ts';

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a TeX field value: every special character escaped, in one pass. */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => TEX_SPECIALS[character]);
}

/** A URL safe inside a braced field: braces, backslashes and spaces percent-encoded. */
export function texUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (character) => encodeURIComponent(character));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function bibtexEntry(facts: CiteFacts): string {
  const s = CITE_STRINGS[facts.lang];
  const { issuer, title, number } = citedWork(facts);
  const { meta } = facts;
  const [year, month] = isoDateParts(meta.dateIssued);
  const where = locators(facts, 'full');
  const note = [
    ...(where.length > 0 ? [s.where(where)] : []),
    translationNote(facts, (iso) => iso),
    ...(facts.asOf === null ? [] : [s.viewAsOf(facts.asOf)]),
  ].join(s.stop === '.' ? '. ' : '。');
  type Field = [name: string, value: string, kind?: 'macro'];
  const view: Field[] = facts.url && facts.accessed ? [['url', texUrl(facts.url)], ['urldate', facts.accessed]] : [];
  const fields: Field[] = [
    // Double braces: an institution, not a person's family and given names.
    ['author', `{${escapeTex(issuer)}}`],
    ['title', `{${escapeTex(title)}}`],
    ['number', escapeTex(number)],
    ['date', meta.dateIssued],
    ['year', String(year)],
    // A month macro, unbraced, so that styles print it in their own language.
    ['month', MONTHS[month - 1], 'macro'],
    ['note', escapeTex(note)],
    ...view,
    ['langid', facts.lang === 'zh' ? 'chinese' : 'english'],
  ];
  const key = facts.key.replace(/[^A-Za-z0-9:._-]/g, '-');
  return `@misc{${key},\n${fields.map(([name, value, kind]) => `  ${name} = ${kind === 'macro' ? value : `{${value}}`},`).join('\n')}\n}\n`;
}
