/**
 * What a selection is called and what the policy says about it, in one
 * form for everything that shows a view outside the panel: the embed's
 * caption, the exported image, the print sheet and the share dialog.
 */
import type { FeatureCollection } from 'geojson';
import type { AtlasData, SentenceEntry } from '../content/atlas-data.ts';
import type { CiteTarget } from '../cite/citation.ts';
import { selectionContents } from '../export/selection-download.ts';
import type { Strings } from '../i18n/index.ts';
import { type Lang, type Named, localName } from '../i18n/lang.ts';
import type { Selection } from '../state/app-state.ts';

export interface SummarySources {
  data: AtlasData;
  /** The base map's prefecture-level divisions. */
  divisions: FeatureCollection;
  divisionNames: ReadonlyMap<string, { nameEn: string; nameZh: string }>;
}

export interface SelectionSummary {
  /** The selection's name in the interface's language; `null` for the overview. */
  name: string | null;
  /** For a place or a division, its names in both languages. */
  named: Named | null;
  /** The sentences that speak of it, in reading order. */
  quotes: SentenceEntry[];
  /** What a citation of this view cites. */
  citeTarget: CiteTarget;
}

export function summarize(sources: SummarySources, selection: Selection | null, strings: Strings, lang: Lang): SelectionSummary {
  const { data } = sources;
  if (!selection) return { name: null, named: null, quotes: [], citeTarget: { kind: 'document' } };
  const quotes = selectionContents(selection, data, sources.divisions).sentences;
  switch (selection.kind) {
    case 'place': {
      const place = data.placeById.get(selection.id);
      const named = place ? place.properties : null;
      return { name: named ? localName(named, lang) : null, named, quotes, citeTarget: selection };
    }
    case 'division': {
      const division = sources.divisionNames.get(selection.id);
      const named = division ? { name_en: division.nameEn, name_zh: division.nameZh } : null;
      return { name: named ? localName(named, lang) : null, named, quotes, citeTarget: { kind: 'document' } };
    }
    case 'clause': {
      const clause = data.clauseById.get(selection.id);
      return { name: clause ? strings.clauseTitle(clause.number, clause.heading) : null, named: null, quotes, citeTarget: selection };
    }
    case 'sentence': {
      const entry = data.sentenceById.get(selection.id);
      const where = entry?.clause ? `${strings.clauseLabel(entry.clause.number)} · ` : '';
      return { name: entry ? `${where}${strings.sentenceHeading} ${selection.id}` : null, named: null, quotes, citeTarget: selection };
    }
  }
}
