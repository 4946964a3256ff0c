import { formatDate, formatList, formatNumber, plural } from './format.ts';
import type { Strings } from './strings.ts';

export const EN: Strings = {
  languageName: 'English',
  languageSwitch: 'Language',

  appTitle: 'Northeast China Revitalization Atlas',
  appSubtitle:
    'Where the State Council’s 2009 Opinions on revitalizing the old industrial bases of Northeast China apply',
  pageTitle: 'Northeast China Revitalization Atlas · Guo Fa [2009] No. 33',
  documentNumber: 'Guo Fa [2009] No. 33',
  skipToPanel: 'Skip to the policy panel',

  mapLabel: 'Map of Northeast China',
  namesInView: 'Names shown on the map',
  attribution:
    'Boundaries: Natural Earth (public domain) · Chinese divisions: china-geojson (MIT) · Rendering: MapLibre',
  mapLoading: 'Loading the map…',
  loadFailed: 'The map could not be loaded.',

  panelLabel: 'Policy panel',
  tabDetails: 'Explore',
  tabReader: 'Read the policy',
  close: 'Close',
  backToOverview: 'Back to the overview',

  legendTitle: 'Map key',
  legendToggle: (label) => `Show ${label}`,
  legendCount: (count) => formatNumber('en', count),

  overviewLead:
    'Click a place on the map to read every sentence of the policy that names it, or open the text and see where each sentence applies.',
  overviewBrowse: 'Places the policy names',
  documentIssued: (number, by, isoDate) => `${number}. Issued by the ${by} on ${formatDate('en', isoDate)}.`,
  documentTranslation: (isoDate, section, firstClause, lastClause) =>
    `English translation published ${formatDate('en', isoDate)}; this atlas covers Section ${section}, clauses ${firstClause}–${lastClause}.`,
  quotedInEnglish: 'The policy is quoted verbatim from its English translation.',
  documentOmitted: 'Not included in this translation part',

  contextNote: 'Context: not named in the text on its own.',
  whatPolicySays: (count) =>
    `What the policy says · ${formatNumber('en', count)} ${plural('en', count, { one: 'sentence', other: 'sentences' })}`,
  noSentences: 'No sentence names this place on its own; the note above says how the text refers to it.',
  regionWide: 'names no place; linked to the region by this atlas',
  viewSwitch: 'Panel view',
  readInContext: 'Read in context',
  clauseLabel: (number) => `Clause ${number}`,
  clauseTitle: (number, heading) => `Clause ${number} · ${heading}`,
  openingLabel: 'Opening',
  preambleLabel: 'Preamble',
  members: 'Member prefectures',
  liesIn: 'Lies in',
  liesInNone: 'No zone or base the text names covers it.',
  placesNamed: 'Places named',
  divisionOf: (province) => `Prefecture-level division of ${province}`,
  zonesCovering: 'Zones and bases that include it',
  partOf: 'Part of',
  sources: 'Sources',
  showClause: (number) => `Show clause ${number} on the map`,
  sentenceHeading: 'Sentence',

  tooltipContext: (category) => `${category} (context)`,
  chooserTitle: 'Several places here',
  chooserDivision: (name) => `${name} (prefecture)`,

  searchLabel: 'Search places and text',
  searchPlaceholder: 'e.g. Harbin, 大连, futures',
  searchResultsLabel: 'Search results',
  searchResultCount: (count) =>
    count === 0 ? 'No results' : `${formatNumber('en', count)} ${plural('en', count, { one: 'result', other: 'results' })}`,
  searchPlaceOption: (name, otherName, category) => `${name} ${otherName}, ${category}`,
  searchSentenceOption: (where, text) => `${where}: ${text}`,

  // Graceful failure: what could not load, and what still works (issue 13)
  failedPart: (part) =>
    ({
      document: 'the policy text',
      places: 'the list of places',
      basemap: 'the base map',
      worker: 'the map’s drawing program (its worker script)',
    })[part],
  partsFailed: (parts) => {
    const list = formatList('en', parts);
    return `${list.charAt(0).toUpperCase()}${list.slice(1)} could not be loaded.`;
  },
  textNeedsData: 'The atlas cannot be shown without it. Check the connection and try again.',
  textStillWorks: 'The policy text and search still work.',
  retry: 'Retry',
  retrying: 'Trying again…',
  noWebgl:
    'This browser cannot draw the map: WebGL is turned off or not supported. The policy text, search and the list of places still work.',
  searchUnavailable: 'Search could not be loaded. It will try again as you type.',
};
