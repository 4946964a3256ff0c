/**
 * What the panel's views need from the rest of the page, passed in rather
 * than imported, so each view is a function of its inputs.
 */
import type { AtlasData, PlaceFeature, SentenceEntry } from '../content/atlas-data.ts';
import { type Category, categoryById } from '../content/categories.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Strings } from '../i18n/strings.ts';
import type { PanelView, Selection } from '../state/app-state.ts';
import type { InvestorTools } from './investor-tools.ts';
import type { LaterDesignationsShown } from './later-designation-entry.ts';
import type { DivisionName } from '../state/atlas-index.ts';
import { clauseTitleRuns } from './clause-heading.ts';
import { textRuns } from './dom.ts';

export interface PanelContext {
  data: AtlasData;
  lang: Lang;
  strings: Strings;
  /** The year the view shows (the state's, through `yearShown`): dated answers are given as of it. */
  year: number;
  categories: readonly Category[];
  /** Names of the base map's divisions and their provinces, by code. */
  divisionNames: ReadonlyMap<string, DivisionName>;
  /** The division a point lies in, by its code. */
  divisionAt(point: [number, number]): string | undefined;
  select(selection: Selection, view?: PanelView): void;
  /** Lights places on the map while a sentence is pointed at; `null` ends it. */
  preview(placeIds: string[] | null): void;
  /** The URL that opens a selection, for links that also work when opened in a new tab. */
  hrefFor(selection: Selection, view?: PanelView): string;
  /** What's here, distances and the comparison button. */
  investor: InvestorTools;
  /** The designations made after the policy, up to the year the page shows. */
  since: LaterDesignationsShown;
}

/** "Clause 5", or "Preamble": where a sentence stands, briefly. */
export function sentencePlace(strings: Strings, entry: SentenceEntry): string {
  if (!entry.clause) return entry.part === 'opening' ? strings.openingLabel : strings.preambleLabel;
  return strings.clauseLabel(entry.clause.number);
}

/**
 * "Clause 5 · Speed up the development of modern service industry", or
 * "Preamble", as nodes: the heading is the translation's own English words,
 * so it is marked as English when the interface is not.
 */
export function clauseTitleNodes(strings: Strings, entry: SentenceEntry): (Node | string)[] {
  if (!entry.clause) return [sentencePlace(strings, entry)];
  return textRuns(clauseTitleRuns(strings, entry.clause.number, entry.clause.heading));
}

export function categoryOf(place: PlaceFeature): Category {
  return categoryById(place.properties.category);
}
