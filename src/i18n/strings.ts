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
  /** A theme's counts by standing, e.g. "3 designated · 2 encouraged". */
  legendRoleCounts(parts: readonly { count: number; role: string }[]): string;
  /** A row of the exported image's key: the theme and its count, as the screen's key gives them. */
  imageKeyEntry(label: string, count: string): string;

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
  /** Beside a quote that confers a designation but does not name the place on its own. */
  quotedForDesignation: string;
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

  // Share, embed, image, data, cite and print (issue 9)
  share: string;
  shareTitle: string;
  shareSections: string;
  shareLink: string;
  shareEmbed: string;
  shareImage: string;
  shareData: string;
  shareCite: string;
  shareLinkLead: string;
  /**
   * In the one-file copy, where the Link and Embed parts would be: the page is a
   * file on the reader's disk, with no address anyone else can open.
   */
  shareNeedsSite: string;
  shareLinkField: string;
  copy: string;
  /** Said in a live region when a copy succeeded. */
  copied: string;
  /** Said when the clipboard refused: the text is selected for the reader to copy. */
  copySelected: string;
  embedLead: string;
  embedHeight: string;
  embedHeightPixels(height: number): string;
  embedHeightCustom: string;
  embedCustomHeight: string;
  embedResize: string;
  embedCode: string;
  embedPreview: string;
  /** The embed's iframe title: what it shows. */
  embedFrameTitle(selection: string | null): string;
  embedOpenFull: string;
  embedCaptionLabel: string;
  imageLead: string;
  imageSize: string;
  imageSizeSocial: string;
  imageSizePrint: string;
  imageQuotes: string;
  imageDownload: string;
  imageMaking: string;
  imageDone(fileName: string): string;
  imageFailed: string;
  imageScale(km: number): string;
  dataLead: string;
  dataZip: string;
  /** In the one-file copy, instead of the ZIP: where the package is, and that this copy does not hold it. */
  dataZipNotInCopy: string;
  dataSelectionHeading(selection: string): string;
  dataSelectionGeoJson: string;
  dataSelectionCsv: string;
  dataNoSelection: string;
  citeLead(selection: string): string;
  citeDocument: string;
  citeFormat: string;
  citeShort: string;
  citeFull: string;
  citeBibtex: string;
  citeCsl: string;
  citeField: string;
  printCiteAs: string;
  printLink: string;
  // Investor tools (issue 12): what's here, distances, comparison, context layers.
  whatsHereTitle: string;
  /** A spot's coordinates, e.g. "41.0817° N, 122.9949° E". */
  spotCoordinates(lat: number, lng: number): string;
  /** The map's button that describes the spot at the map's centre. */
  whatsHereAtCentre: string;
  /** The chooser's option for the spot under a click, beside the places there. */
  chooserSpot: string;
  spotDivision: string;
  spotProvince: string;
  spotAlsoOnBorderOf(names: string[]): string;
  spotOutside: string;
  spotZones: string;
  spotNoZones: string;
  spotCity: string;
  spotNoCity: string;
  spotCityDesignations: string;
  nearestPlaces: string;
  /** The distances' heading, with the year they answer for: "Distances as of 2025". */
  distancesTitle(year: number): string;
  /** Said wherever distances are shown: they are straight lines, not routes or travel times. */
  straightLineNote: string;
  /** After a facility's name: the year it opened, and whether that was after the policy (2009). */
  openedIn: (year: number, afterPolicy: boolean) => string;
  /** What the nearest answers were chosen from: counts of items open in the year shown, and that year. */
  searchedAmong: (counts: { seaports: number; crossings: number; airports: number }, year: number) => string;
  km(value: number): string;
  /** A distance to the land border below the border line's precision, with the reason. */
  underLandBorderPrecision: (precisionKm: number) => string;
  /** Heading of a CSV column with a facility's opening year; `{what}` is the facility's heading. */
  compareCsvOpenedOf: string;
  /** Heading of the CSV column that says what the nearest facilities were chosen from. */
  compareCsvSearched: string;
  /** Heading of the CSV column with the year the distances answer for. */
  compareCsvAsOf: string;
  /** "Port of Dalian, 12 km". */
  nearItem(name: string, km: string): string;
  nearestSeaport: string;
  nearestBorderCrossing: string;
  nearestAirport: string;
  landBorder: string;
  addToCompare: string;
  removeFromCompareButton: string;
  compareFull: string;
  compareTrayLabel: string;
  compareOpen(count: number): string;
  compareNeedsTwo: string;
  compareTitle: string;
  compareCaption(names: string[], year: number): string;
  compareRowDesignations: string;
  compareRowZones: string;
  compareRowSentences: string;
  compareRowClauses: string;
  sentenceCount(count: number): string;
  compareRemove(name: string): string;
  compareExportCsv: string;
  compareCsvPlace: string;
  /** Heading of a CSV distance column; `{what}` stands for the item's heading. */
  compareCsvKmOf: string;
  /** A clause by number in the CSV; `{n}` stands for the number. */
  compareCsvClause: string;
  noneListed: string;
  contextGroupTitle: string;
  contextGroupNote: string;
  contextLayer(kind: 'seaport' | 'border-crossing' | 'airport' | 'railway'): string;
  contextKind(kind: 'seaport' | 'border-crossing' | 'airport' | 'railway'): string;
  contextOpened(year: number, approximate: boolean): string;
  contextPostDates: string;
  contextNeighbour(country: string): string;
  /** How a land port crossed in the year shown: "As of 2009, by river". */
  contextCrossesBy(kinds: readonly ('road' | 'rail' | 'river' | 'bridge')[], year: number): string;

  // The year shown (issue 20)
  /** "as of 2025": the phrase every dated answer carries. */
  asOf(year: number): string;
  /** The key's group for the year control. */
  asOfTitle: string;
  /** The year control's accessible name. */
  asOfLabel: string;
  /** Under the control: what the year changes. */
  asOfNote: string;
  asOfEarlier: string;
  asOfLater: string;
  asOfPlay: string;
  asOfPause: string;
  /** The key's title and the PNG's header say the year with it: "As of 2025". */
  asOfCaption(year: number): string;
  searchInfrastructureOption(name: string, otherName: string, kind: string): string;

  // Keyboard, screen readers and phone (issue 11)
  /** Said by the live region when something is selected: "Dalian selected". */
  announceSelected(name: string): string;
  announceOverview: string;
  /** The button that opens the list of places in view, with how many there are. */
  placesInViewButton(count: number): string;
  placesInViewTitle: string;
  placesInViewNone: string;
  /** The phone panel's handle: its size now, e.g. "Panel size: half". */
  sheetHandle(size: string): string;
  sheetPeek: string;
  sheetHalf: string;
  sheetFull: string;
  /** How the reader's sentences are moved through, for screen readers. */
  readerKeys: string;
  // Themes on the map and in the panel (issue 8)
  legendOtherThemes(count: number): string;
  /** Under the logistics row: its cities are context, the text names no park. */
  legendLogisticsNote: string;
  legendSizeNote: string;
  legendSegmentsNote: string;
  designationsHeading: string;
  designationContext: string;
  approximationHeading: string;
  approximationFigures(drawnKm2: number, actualKm2: number | null): string;
  approximationSource: string;
  colorSchemeDark: string;
  // Presentation tour, locator inset and classroom copy (issue 10)
  /** The button that opens the tour. */
  tourStart: string;
  /** The tour's region, for screen readers. */
  tourLabel: string;
  tourPrevious: string;
  tourNext: string;
  tourExit: string;
  tourFullscreen: string;
  tourContrast: string;
  /** The option of a step for each sentence that names a place. */
  tourSentenceSteps: string;
  tourStepList: string;
  tourTitleLabel: string;
  /** "Step 7 of 9". */
  tourStepOf(step: number, steps: number): string;
  /** Under a step longer than the column, while more follows: "Page 1 of 3 · more below" (the arrow after it is drawn, not a glyph). */
  tourMoreBelow(page: number, pages: number): string;
  /** Under a step longer than the column, on its last page: "Page 3 of 3". */
  tourPageOf(page: number, pages: number): string;
  /** "Clause 5 of 6". */
  tourClauseOf(number: number, count: number): string;
  /** "Sentence 11 (2 of 4 naming places)": the sentence's number in its clause, and its place among the clause's sentence steps. */
  tourSentenceOf(number: number, position: number, count: number): string;
  /** What the live region says on a new step: "Step 3 of 8: Clause 3 · …". */
  tourAnnounce(step: number, steps: number, what: string): string;
  tourPlacesOnMap: string;
  /** Said when a step names no place the map can show closer than the region. */
  tourWholeRegion: string;
  /** The link to the one-file copy of the atlas. */
  classroomCopy: string;
  /** The locator inset's title: where the region lies. */
  locatorLabel: string;
  /** The broad places the inset highlights: "Named here: China and Northeast Asia". */
  locatorNamed(names: readonly string[]): string;
  // Graceful failure: what could not load, and what still works (issue 13)
  /** A part of the page that can fail on its own, as a message names it. */
  failedPart(part: 'document' | 'places' | 'infrastructure' | 'basemap' | 'worker'): string;
  /** "The base map could not be loaded.", naming one part or several. */
  partsFailed(parts: readonly string[]): string;
  /** Said when the text itself could not load: nothing else can be shown. */
  textNeedsData: string;
  /** Said when only the map failed. */
  textStillWorks: string;
  /** Said when the places could not be loaded: the text shows without its place links. */
  textWithoutPlaces: string;
  retry: string;
  retrying: string;
  noWebgl: string;
  /** The search box's status when its index could not be loaded. */
  searchUnavailable: string;

  // Since 2009: what was designated after the policy (issue 20)
  /** The panel section, the key group and the tour's epilogue: "Since 2009". */
  sinceHeading: string;
  /** Under the panel's heading: what the list holds, up to the year shown. */
  sinceLead(year: number): string;
  /** The key group's note: how the designations are drawn. */
  sinceKeyNote: string;
  /** The key's switch for the designations drawn on the map. */
  sinceKeyLayer: string;
  /** Beside a plan approved in 2009 before the policy (September). */
  sinceBeforePolicy: string;
  /** A designation's date as its sources give it (a day or a month), with what it is the date of. */
  sinceDate(date: string, meaning: string): string;
  sinceIssuedBy(by: string): string;
  sinceDocumentNumber(number: string): string;
  sinceArea(km2: number): string;
  sincePartOf(name: string): string;
  /** How the map shows it: a marker at its host city, on the policy's zone, through its areas, or not at all. */
  sincePrecision(precision: 'host-city' | 'zone' | 'in-parts' | 'region-wide', hostCity: string | null): string;
  /** What the sources did not confirm; the words that follow are English. */
  sinceUnverified: string;
  /** A source with the day it was read. */
  sinceSourceRead(date: string): string;
  /** Under a clause in the reader: the designations that followed in the places it names. */
  sinceFollowedBy(items: readonly string[]): string;
  /** A designation's year, after its name in an entry's title: "2015" / "2015年". */
  sinceYear(year: number): string;
  /** A designation in a list: its name and year. */
  sinceItem(name: string, year: number): string;
  /** The tour's epilogue switch, and the kicker of its steps. */
  tourEpilogue: string;
  /** An epilogue step's kicker: "Since 2009 · 2015". */
  tourEpilogueYear(year: number): string;
}
