/**
 * A CSL-JSON item, the format Zotero, Pandoc and citeproc read. The
 * Opinions are a normative document of the State Council, typed as
 * `legislation` (CSL 1.0.1 and later), whose `authority` and `number` hold
 * the issuing body and the document number.
 */
import type { CiteFacts } from './cite-facts.ts';
import { isoDateParts } from './cite-dates.ts';
import { citedWork, locators, translationNote } from './plain-text.ts';
import { CITE_STRINGS } from './cite-strings.ts';

export interface CslDate {
  'date-parts': [[number, number, number]];
}

export interface CslItem {
  id: string;
  type: 'legislation';
  title: string;
  'original-title'?: string;
  author: { literal: string }[];
  authority: string;
  number: string;
  issued: CslDate;
  section?: string;
  note: string;
  URL?: string;
  accessed?: CslDate;
  language: string;
}

const cslDate = (iso: string): CslDate => ({ 'date-parts': [isoDateParts(iso)] });

export function cslItem(facts: CiteFacts): CslItem {
  const s = CITE_STRINGS[facts.lang];
  const { issuer, title, number } = citedWork(facts);
  const { meta } = facts;
  const where = locators(facts, 'full');
  return {
    id: facts.key,
    type: 'legislation',
    title,
    // The other language's title, so that either can be found.
    'original-title': facts.lang === 'zh' ? meta.title : meta.titleZh,
    author: [{ literal: issuer }],
    authority: issuer,
    number,
    issued: cslDate(meta.dateIssued),
    ...(where.length > 0 ? { section: s.where(where) } : {}),
    note: [translationNote(facts, (iso) => iso), ...(facts.asOf === null ? [] : [s.viewAsOf(facts.asOf)])].join(s.stop === '.' ? '. ' : '。'),
    ...(facts.url && facts.accessed ? { URL: facts.url, accessed: cslDate(facts.accessed) } : {}),
    language: facts.lang === 'zh' ? 'zh-CN' : 'en',
  };
}
