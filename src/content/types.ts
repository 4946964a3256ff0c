/**
 * Types shared by the content pipeline (scripts/content) and the site.
 * Content is data: nothing that renders these hard-codes a place or a quote.
 */

/** A citation for a fact: something a reader can open and check. */
export interface Source {
  /** Short human-readable label, e.g. "GeoNames 2037013 (Harbin)". */
  label: string;
  /** Where to check it. A link for people to follow; the site never fetches it. */
  url: string;
}

// ---------------------------------------------------------------------------
// The document

export interface Sentence {
  /** Stable id: `opening.s1`, `preamble.s3`, `I.5.s12`. */
  id: string;
  /** Verbatim text of the sentence, without leading or trailing whitespace. */
  text: string;
}

export interface Paragraph {
  /** Stable id: `opening`, `preamble`, `I.1` … */
  id: string;
  /**
   * The paragraph exactly as in the source line, trimmed of surrounding
   * whitespace; for a clause, without its "N. " number prefix.
   */
  text: string;
  sentences: Sentence[];
}

export interface Clause {
  /** The clause's printed number; the Opinions number clauses straight through all sections. */
  number: number;
  /** Stable id, e.g. `I.3`. */
  id: string;
  /** The clause's first sentence, which is its heading, e.g. "Speed up merger and restructuring of enterprises". */
  heading: string;
  paragraph: Paragraph;
}

export interface Section {
  /** Roman numeral, e.g. "I". */
  numeral: string;
  id: string;
  heading: string;
  clauses: Clause[];
}

export interface OmittedSection {
  numeral: string;
  /** "English heading / Chinese heading". */
  heading: string;
  /**
   * Whose English the heading is: `translation` where a copy of the English
   * translation shows it, `project` where it is this project's own rendering
   * of the Chinese heading, not to be quoted as the translation's.
   */
  headingEnBy: 'translation' | 'project';
  source: Source;
}

export interface DocumentMeta {
  title: string;
  titleZh: string;
  issuedBy: string;
  issuedByZh: string;
  documentNumber: string;
  documentNumberZh: string;
  /** ISO date on which the State Council issued the Opinions. */
  dateIssued: string;
  /**
   * The earliest known publication of this English translation in the
   * wording used here: its ISO date is the one date the atlas gives for the
   * translation (overview, citations, data package). `note` says how it
   * relates to other copies.
   */
  translationFirstPublished: { date: string; source: Source; note: string };
  /** ISO date of the republication the text was copied from (`translationSource`); never the translation's date. */
  dateRepublished: string;
  /** The page the text was copied from: a republication. */
  translationSource: Source;
  originalSource: Source;
  /** A copy of the Chinese text that shows `titleZh` as its title (the subtitle quotes it). */
  titleZhSource: Source;
  /** What part of the document this is, e.g. "Part (1): Section I, clauses 1–6". */
  part: string;
  /** Sections of the full Opinions not included in this translation part. */
  omittedSections: OmittedSection[];
}

export interface PolicyDocument {
  meta: DocumentMeta;
  /** The address line ("People’s governments of provinces, …"). */
  opening: Paragraph;
  /** The introductory paragraph before Section I. */
  preamble: Paragraph;
  sections: Section[];
  /** Number of paragraphs in the body: opening, preamble, section headings and clauses. */
  paragraphCount: number;
}

// ---------------------------------------------------------------------------
// Places

export type CategoryId =
  | 'region'
  | 'economic-zone'
  | 'corridor'
  | 'resource-base'
  | 'city'
  | 'industrial-site'
  | 'institution'
  | 'wider-area'
  | 'logistics-hub';

/** How a place's geometry is made. Resolved to GeoJSON by the content pipeline. */
export type PlaceGeometrySpec =
  /** A point, WGS84 longitude/latitude in degrees. */
  | { kind: 'point'; lonLat: [number, number] }
  /** The union of prefecture-level divisions of the base map, by division id (GB/T 2260 code). */
  | { kind: 'divisions'; members: string[] }
  /** A band of `halfWidthKm` either side of the line through the given points' places. */
  | { kind: 'corridor'; through: string[]; halfWidthKm: number }
  /** Countries of the base map, by Natural Earth name. */
  | { kind: 'countries'; names: string[] }
  /**
   * No geometry of its own: a region-wide network or institution with no
   * sourced seat. The open data gives it `geometry: null`; `regionWide` names
   * the place it serves, which the panel can show instead.
   */
  | { kind: 'none'; regionWide: string };

/**
 * Where a place is drawn larger than the policy means: whole prefectures for
 * a zone that covers parts of them, or for a base that is a few coalfields.
 */
export interface Approximation {
  /** The area the policy's own sources give, in km², or `null` where they give none. */
  actualKm2: number | null;
  noteEn: string;
  noteZh: string;
  source: Source;
}

export interface PlaceRecord {
  id: string;
  nameEn: string;
  nameZh: string;
  category: CategoryId;
  /** Other English spellings that name this place, e.g. text variants or common names. */
  aliases: string[];
  /** `named`: the document names it; `context`: added to help read the map. */
  provenance: 'named' | 'context';
  geometry: PlaceGeometrySpec;
  /** One or two sentences on what the place is and why it has this geometry. */
  note: string;
  /**
   * The note in Chinese, for the Chinese panel: the atlas's own prose, so it
   * is written in both languages; words quoted from the English translation
   * stay English, with a Chinese gloss where the note needs one.
   */
  noteZh: string;
  /** Sources for the geometry (coordinates or membership). At least one. */
  sources: Source[];
  /** Set where the geometry is drawn larger than the policy means; see {@link Approximation}. */
  approximation?: Approximation;
  /**
   * Clauses the note cites in which no mention quotes this place, each with
   * the reason (e.g. the text names the corridor, not the city on it).
   */
  unquotedClauses?: { clause: number; reason: string }[];
}

/** A link from a sentence to a place it names. */
export interface Mention {
  sentence: string;
  place: string;
  /**
   * The exact words in the sentence that name the place, or `null` when the
   * sentence names no place and is linked to the region as a whole.
   */
  words: string | null;
}
