/**
 * What a citation says, gathered once from the data so that the plain-text,
 * BibTeX and CSL-JSON forms cannot disagree about a clause or a sentence.
 */
import { type AtlasData, sentencesNaming } from '../content/atlas-data.ts';
import type { Clause, DocumentMeta } from '../content/types.ts';
import type { CiteLang } from './cite-strings.ts';
import { isoDay } from './cite-dates.ts';

/** What is cited: the whole document, or a sentence, a clause or a place of the atlas. */
export type CiteTarget =
  | { kind: 'document' }
  | { kind: 'sentence'; id: string }
  | { kind: 'clause'; id: string }
  | { kind: 'place'; id: string };

export interface CiteOptions {
  lang: CiteLang;
  /**
   * The view's URL; for a sentence, its stable link. Omitted where there is no
   * view (the data package's README): the citation then has no URL and no access date.
   */
  url?: string;
  /**
   * The year the cited view shows (its distances and context are as of it).
   * Said with the view's URL, at every year, so that a citation stays
   * true after the atlas's data (and its default year) moves on.
   */
  asOf?: number;
  /** When the reader looked. */
  accessed: Date;
  /** Time zone in which the access date is the reader's day; the runtime's own when omitted. */
  timeZone?: string;
}

export interface CiteFacts {
  meta: DocumentMeta;
  lang: CiteLang;
  /** Clauses cited, in document order; for a place, those whose sentences name it. */
  clauses: Pick<Clause, 'id' | 'number' | 'heading'>[];
  /** Sentence ids cited; for a clause, none (the clause is the locator). */
  sentenceIds: string[];
  place: { id: string; nameEn: string; nameZh: string } | null;
  url: string | null;
  /** ISO date of access; `null` without a URL. */
  accessed: string | null;
  /** The year the view shows; `null` without a URL or a year. */
  asOf: number | null;
  /** A key naming the work and locator, for BibTeX and CSL ids. */
  key: string;
}

/** The facts of a citation, or `null` when the target names nothing in the data. */
export function citeFacts(data: AtlasData, target: CiteTarget, options: CiteOptions): CiteFacts | null {
  const base = {
    meta: data.document.meta,
    lang: options.lang,
    url: options.url ?? null,
    accessed: options.url ? isoDay(options.accessed, options.timeZone) : null,
    asOf: options.url && options.asOf !== undefined ? options.asOf : null,
  };
  const workKey = data.document.meta.documentNumber.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
  switch (target.kind) {
    case 'document':
      return { ...base, clauses: [], sentenceIds: [], place: null, key: workKey };
    case 'sentence': {
      const entry = data.sentenceById.get(target.id);
      if (!entry) return null;
      const clauses = entry.clause ? [entry.clause] : [];
      return { ...base, clauses, sentenceIds: [target.id], place: null, key: `${workKey}-${target.id}` };
    }
    case 'clause': {
      const clause = data.clauseById.get(target.id);
      if (!clause) return null;
      return { ...base, clauses: [clause], sentenceIds: [], place: null, key: `${workKey}-${clause.id}` };
    }
    case 'place': {
      const place = data.placeById.get(target.id);
      if (!place) return null;
      const entries = sentencesNaming(data, target.id);
      const clauses = [...new Set(entries.flatMap((e) => (e.clause ? [e.clause] : [])))];
      const { id, name_en: nameEn, name_zh: nameZh } = place.properties;
      return {
        ...base,
        clauses,
        sentenceIds: entries.map((e) => e.sentence.id),
        place: { id, nameEn, nameZh },
        key: `${workKey}-${id}`,
      };
    }
  }
}
