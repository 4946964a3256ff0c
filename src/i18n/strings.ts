/**
 * The shape every language's table of interface strings has. Each table is
 * typed by this interface, so a key missing from either fails the type
 * check. One template style: a string that takes values is a function of
 * them, and formats numbers, lists and dates through Intl (./format.ts).
 * Whole sentences only: nothing is assembled from fragments elsewhere.
 */
export interface Strings {
  /** The language's own name, for the switch. */
  languageName: string;
  languageSwitch: string;

  appTitle: string;
  appSubtitle: string;
  /** The page's `<title>`. */
  pageTitle: string;
  /** The document's number, as the masthead gives it before the data loads. */
  documentNumber: string;
  skipToPanel: string;

  mapLabel: string;
  namesInView: string;
  attribution: string;
  mapLoading: string;
  loadFailed: string;

  panelLabel: string;
  tabDetails: string;
  tabReader: string;
  close: string;
  backToOverview: string;

  legendTitle: string;
  legendToggle(label: string): string;
  legendCount(count: number): string;

  overviewLead: string;
  overviewBrowse: string;
  /** "Guo Fa [2009] No. 33. Issued by … on 9 September 2009." */
  documentIssued(number: string, by: string, isoDate: string): string;
  /** Where the English text comes from, and which part of the Opinions it holds: a section's clauses. */
  documentTranslation(isoDate: string, section: string, firstClause: number, lastClause: number): string;
  /** Said where the policy is quoted: the text is the English translation, verbatim. */
  quotedInEnglish: string;
  documentOmitted: string;

  contextNote: string;
  whatPolicySays(count: number): string;
  noSentences: string;
  regionWide: string;
  viewSwitch: string;
  readInContext: string;
  clauseLabel(number: number): string;
  /** "Clause 5 · Speed up …": where a sentence stands, with its clause's heading. */
  clauseTitle(number: number, heading: string): string;
  openingLabel: string;
  preambleLabel: string;
  members: string;
  liesIn: string;
  liesInNone: string;
  placesNamed: string;
  divisionOf(province: string): string;
  zonesCovering: string;
  partOf: string;
  sources: string;
  showClause(number: number): string;
  sentenceHeading: string;

  tooltipContext(category: string): string;
  chooserTitle: string;
  chooserDivision(name: string): string;

  searchLabel: string;
  searchPlaceholder: string;
  searchResultsLabel: string;
  searchResultCount(count: number): string;
  searchPlaceOption(name: string, otherName: string, category: string): string;
  searchSentenceOption(where: string, text: string): string;

  // Graceful failure: what could not load, and what still works (issue 13)
  /** A part of the page that can fail on its own, as a message names it. */
  failedPart(part: 'document' | 'places' | 'basemap' | 'worker'): string;
  /** "The base map could not be loaded.", naming one part or several. */
  partsFailed(parts: readonly string[]): string;
  /** Said when the text itself could not load: nothing else can be shown. */
  textNeedsData: string;
  /** Said when only the map failed. */
  textStillWorks: string;
  retry: string;
  retrying: string;
  noWebgl: string;
  /** The search box's status when its index could not be loaded. */
  searchUnavailable: string;
}
