/**
 * Every string the interface shows, in one table, so that a translation is
 * one more table and no component carries text of its own. The page's static
 * shell (its title, masthead and skip link) is in index.html, so that it
 * reads before any script runs.
 */
export const STRINGS = {
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
  documentIssued: (by: string, date: string) => `Issued by the ${by} on ${date}.`,
  documentTranslation: (date: string) => `English translation published ${date}; this atlas covers`,
  documentOmitted: 'Not included in this translation part',

  contextNote: 'Context: not named in the text on its own.',
  whatPolicySays: 'What the policy says',
  sentenceCount: (count: number) => (count === 1 ? '1 sentence' : `${count} sentences`),
  noSentences: 'No sentence names this place on its own; the note above says how the text refers to it.',
  regionWide: 'names no place; linked to the region by this atlas',
  viewSwitch: 'Panel view',
  readInContext: 'Read in context',
  clauseLabel: (number: number) => `Clause ${number}`,
  openingLabel: 'Opening',
  preambleLabel: 'Preamble',
  members: 'Member prefectures',
  liesIn: 'Lies in',
  liesInNone: 'No zone or base the text names covers it.',
  placesNamed: 'Places named',
  divisionOf: (province: string) => `Prefecture-level division of ${province}`,
  zonesCovering: 'Zones and bases that include it',
  partOf: 'Part of',
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
} as const;

export type Strings = typeof STRINGS;
