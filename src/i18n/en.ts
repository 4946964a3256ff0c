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
  // Investor tools (issue 12): what's here, distances, comparison, context layers.
  whatsHereTitle: 'What’s here',
  spotCoordinates: (lat, lng) => {
    const degrees = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 4 }).format(Math.abs(value));
    return `${degrees(lat)}° ${lat >= 0 ? 'N' : 'S'}, ${degrees(lng)}° ${lng >= 0 ? 'E' : 'W'}`;
  },
  whatsHereAtCentre: 'What’s here? Describe the spot at the centre of the map',
  chooserSpot: 'What’s here at this spot',
  spotDivision: 'Prefecture',
  spotProvince: 'Province',
  spotAlsoOnBorderOf: (names) => `On the border with ${formatList('en', names)}.`,
  spotOutside: 'This spot lies outside the region the policy covers. Distances are still given below.',
  spotZones: 'Zones and bases that cover this spot',
  spotNoZones: 'No zone or base that the policy names covers this spot.',
  spotCity: 'City the policy names in this prefecture',
  spotNoCity: 'The policy names no city in this prefecture.',
  spotCityDesignations: 'What the policy makes of it',
  nearestPlaces: 'Nearest places the policy names',
  distancesTitle: 'Distances',
  straightLineNote: 'Straight-line distances, as the crow flies: not road or rail distances, nor travel times.',
  km: (value) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value)} km`,
  nearItem: (name, km) => `${name}, ${km}`,
  nearestSeaport: 'Nearest seaport',
  nearestBorderCrossing: 'Nearest land border crossing',
  nearestAirport: 'Nearest airport',
  landBorder: 'China’s land border',
  addToCompare: 'Add to comparison',
  removeFromCompareButton: 'Remove from comparison',
  compareFull: 'The comparison holds four places at most: remove one to add another.',
  compareTrayLabel: 'Comparison',
  compareOpen: (count) => `Compare ${formatNumber('en', count)} ${plural('en', count, { one: 'place', other: 'places' })}`,
  compareNeedsTwo: 'Add one more place to compare.',
  compareTitle: 'Places compared',
  compareCaption: (names) =>
    `${formatList('en', names)}: what the policy makes of each, where each lies, and straight-line distances`,
  compareRowDesignations: 'Designations',
  compareRowZones: 'Zones and bases it lies in',
  compareRowSentences: 'Sentences naming it',
  compareRowClauses: 'Where the text names it',
  sentenceCount: (count) => `${formatNumber('en', count)} ${plural('en', count, { one: 'sentence', other: 'sentences' })}`,
  compareRemove: (name) => `Remove ${name} from the comparison`,
  compareExportCsv: 'Download as CSV',
  compareCsvPlace: 'Place',
  compareCsvKmOf: '{what}, straight-line km',
  compareCsvClause: 'clause {n}',
  noneListed: 'None',
  contextGroupTitle: 'Context',
  contextGroupNote: 'Not named in the policy; each item is sourced and dated.',
  contextLayer: (kind) =>
    ({ seaport: 'Seaports', 'border-crossing': 'Land border crossings', airport: 'Airports', railway: 'Trunk railways (schematic)' })[kind],
  contextKind: (kind) =>
    ({ seaport: 'Seaport', 'border-crossing': 'Land border crossing', airport: 'Airport', railway: 'Trunk railway, drawn through its main stations' })[kind],
  contextOpened: (year, approximate) => (approximate ? `Opened about ${year}` : `Opened ${year}`),
  contextPostDates: 'Opened after the 2009 policy',
  contextNeighbour: (country) =>
    `Crossing to ${({ Russia: 'Russia', 'North Korea': 'North Korea', Mongolia: 'Mongolia' } as Record<string, string>)[country] ?? country}`,
  searchInfrastructureOption: (name, otherName, kind) => `${name} ${otherName}, ${kind}`,
};
