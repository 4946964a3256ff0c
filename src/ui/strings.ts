/**
 * Every string the interface shows, in one table, so that a translation is
 * one more table and no component carries text of its own.
 */
export const STRINGS = {
  title: 'Northeast China Revitalization Atlas',
  subtitle:
    'Where the State Council’s 2009 Opinions on revitalizing the old industrial bases of Northeast China apply (Guo Fa [2009] No. 33)',
  mapLabel: 'Map of Northeast China',
  namesInView: 'Names shown on the map',
  attribution:
    'Boundaries: Natural Earth (public domain) · Chinese divisions: china-geojson (MIT) · Rendering: MapLibre',
  loadFailed: 'The map could not be loaded.',

  panelLabel: 'Policy panel',
  tabDetails: 'Explore',
  tabReader: 'Read the policy',
  close: 'Close',

  legendTitle: 'Map key',
  legendToggle: (label: string) => `Show ${label}`,
  legendCount: (count: number) => `${count}`,

  overviewLead:
    'Click a place on the map to read every sentence of the policy that names it, or open the text and see where each sentence applies.',
  overviewBrowse: 'Places the policy names',
  overviewContext: 'Context',
  documentIssued: (by: string, date: string) => `Issued by the ${by} on ${date}.`,
  documentTranslation: (date: string) => `English translation published ${date}; this atlas covers`,
  documentOmitted: 'Not included in this translation part',

  contextNote: 'Context: not named in the text on its own.',
  whatPolicySays: 'What the policy says',
  sentenceCount: (count: number) => (count === 1 ? '1 sentence' : `${count} sentences`),
  noSentences: 'The text does not name this place; it is shown as context.',
  regionWide: 'About the region as a whole',
  readInContext: 'Read in context',
  clauseLabel: (number: number) => `Clause ${number}`,
  openingLabel: 'Opening',
  preambleLabel: 'Preamble',
  members: 'Member prefectures',
  liesIn: 'Lies in',
  liesInNone: 'No zone or base the text names covers it.',
  placesNamed: 'Places named',
  divisionKind: 'Prefecture-level division',
  divisionOf: (province: string) => `Prefecture-level division of ${province}`,
  zonesCovering: 'Zones and bases that include it',
  sources: 'Sources',
  showClause: (number: number) => `Show clause ${number} on the map`,
  sentenceHeading: 'Sentence',

  tooltipContext: 'context',
  chooserTitle: 'Several places here',
  chooserDivision: (name: string) => `${name} (prefecture)`,

  searchLabel: 'Search places and text',
  searchPlaceholder: 'e.g. Harbin, 大连, futures',
  searchResultsLabel: 'Search results',
  searchNoResults: 'No results',
  searchOneResult: '1 result',
  searchManyResults: '{count} results',
  searchPlaceOption: '{name} {nameZh}, {category}',
  searchSentenceOption: '{clause}: {text}',
  searchClause: 'Clause {number}',
  searchPreamble: 'Preamble',
  searchOpening: 'Opening',
} as const;

export type Strings = typeof STRINGS;
