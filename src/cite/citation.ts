/**
 * "Cite this": every form of a citation for a sentence, a clause, a place
 * or the whole document, in the interface's language.
 */
import type { AtlasData } from '../content/atlas-data.ts';
import { bibtexEntry } from './bibtex.ts';
import { type CiteOptions, type CiteTarget, citeFacts } from './cite-facts.ts';
import { type CslItem, cslItem } from './csl-json.ts';
import { fullCitation, shortCitation } from './plain-text.ts';

export type { CiteOptions, CiteTarget } from './cite-facts.ts';
export type { CslItem } from './csl-json.ts';

export interface Citation {
  short: string;
  full: string;
  bibtex: string;
  csl: CslItem;
}

/** All forms of the citation, or `null` when the target is not in the data. */
export function citation(data: AtlasData, target: CiteTarget, options: CiteOptions): Citation | null {
  const facts = citeFacts(data, target, options);
  if (!facts) return null;
  return { short: shortCitation(facts), full: fullCitation(facts), bibtex: bibtexEntry(facts), csl: cslItem(facts) };
}
