/**
 * Parses the English translation of the Opinions (Guo Fa [2009] No. 33) from
 * the web page it was copied from into a PolicyDocument.
 *
 * Pure functions, no file I/O: the caller reads the source text.
 *
 * Layout of the source, one paragraph per line, blank lines between:
 *
 *     <title line>                                   page header
 *     Source: MOFCOM View: 525 Date: 2011-05-16      page header
 *     People’s governments of provinces, …           opening address
 *     Important by-stage achievements …              preamble
 *     I. Optimize economic structure and …           section heading
 *     1. Speed up merger and restructuring … .       clause
 *     …
 *     Devott Publications                            advertisement, to the end
 *
 * The parse is lossless: the body lines can be rebuilt exactly from the
 * opening, the preamble, `${numeral}. ${heading}` for each section and
 * `${number}. ${paragraph.text}` for each clause. Anything that does not fit
 * this layout is an error, not a guess.
 */
import type {
  Clause,
  DocumentMeta,
  Paragraph,
  PolicyDocument,
  Section,
  Sentence,
} from '../../src/content/types.ts';

/** The page's byline under the title, e.g. "Source: MOFCOM View: 525 Date: 2011-05-16". */
const BYLINE = /^Source: .+ Date: \d{4}-\d{2}-\d{2}$/;

/** First line of the advertisement that the page appends after the document. */
const ADVERTISEMENT_START = 'Devott Publications';

/**
 * Returns the document's body lines, trimmed: the page header (title line and
 * byline), the trailing advertisement and blank lines are dropped.
 *
 * @throws Error if the byline is not the second non-blank line, if no line
 *   starts the advertisement, or if nothing is left between the two.
 */
export function stripPageChrome(raw: string): string[] {
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

  const byline = lines[1];
  if (byline === undefined || !BYLINE.test(byline)) {
    throw new Error(
      `Expected the page header: a title line, then a byline like "Source: MOFCOM View: 525 Date: 2011-05-16"; ` +
        `the second non-blank line is ${JSON.stringify(byline ?? null)}`,
    );
  }

  const adStart = lines.findIndex((line) => line.startsWith(ADVERTISEMENT_START));
  if (adStart === -1) {
    throw new Error(`Expected the page's trailing advertisement, starting "${ADVERTISEMENT_START}"; none found`);
  }

  const body = lines.slice(2, adStart);
  if (body.length === 0) {
    throw new Error('No document text between the page header and the advertisement');
  }
  return body;
}

/**
 * A sentence ends at `.`, `!` or `?`, perhaps followed by closing quotes or
 * brackets, where a single space and then an uppercase letter or an opening
 * quote follow. Matches the separating space.
 *
 * Only a single space separates: wider whitespace is left inside a sentence,
 * so joining the sentences with single spaces always gives the paragraph back.
 */
const SENTENCE_BOUNDARY = /(?<=[.!?][”’")\]]*) (?=[A-Z“‘"])/g;

/** Words whose period is an abbreviation's, not a sentence's: "Guo Fa [2009] No. 33". */
const ABBREVIATIONS = new Set(['No', 'Nos', 'Art', 'Arts', 'Para', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'cf', 'vs']);

/** Whether `text` ends with an abbreviation's period rather than a sentence's. */
function endsWithAbbreviation(text: string): boolean {
  const lastWord = /(\S+)\.$/.exec(text)?.[1]?.replace(/^[(“‘"]+/, '');
  if (lastWord === undefined) return false;
  return (
    ABBREVIATIONS.has(lastWord) ||
    // An initial, as in "J. Smith".
    /^[A-Z]$/.test(lastWord) ||
    // Dotted abbreviations: "e.g", "i.e", "U.S", "P.R.C".
    /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(lastWord)
  );
}

/**
 * Splits a paragraph into sentences such that
 * `splitSentences(p).join(' ') === p` for every paragraph `p`.
 *
 * A sentence ends at `.`, `!` or `?` (and any closing quotes after it) followed
 * by a single space and an uppercase letter or an opening quote; not after an
 * abbreviation ("No.", "e.g.") or an initial. Dashes and quotes inside a
 * sentence ("cities---Dalian, Harbin and Daqing---are") never split it.
 *
 * @throws Error if the paragraph is empty or has surrounding whitespace, as
 *   its sentences could not then be both trimmed and lossless.
 */
export function splitSentences(paragraph: string): string[] {
  if (paragraph === '' || paragraph !== paragraph.trim()) {
    throw new Error(`A paragraph must be non-empty and trimmed: ${JSON.stringify(paragraph)}`);
  }
  const sentences: string[] = [];
  let start = 0;
  for (const boundary of paragraph.matchAll(SENTENCE_BOUNDARY)) {
    const sentence = paragraph.slice(start, boundary.index);
    if (endsWithAbbreviation(sentence)) continue;
    sentences.push(sentence);
    start = boundary.index + 1;
  }
  sentences.push(paragraph.slice(start));
  return sentences;
}

/** A paragraph whose sentences have ids `${id}.s1`, `${id}.s2`, … */
function toParagraph(id: string, text: string): Paragraph {
  const sentences: Sentence[] = splitSentences(text).map((sentence, i) => ({
    id: `${id}.s${i + 1}`,
    text: sentence,
  }));
  return { id, text, sentences };
}

/** "I. Optimize economic structure …": a Roman numeral, a period, one space. */
const SECTION_HEADING = /^([IVXLC]+)\. (\S.*)$/;

/** "1. Speed up merger …": a number, a period, one space. */
const CLAUSE = /^(\d+)\. (\S.*)$/;

/**
 * A clause from its source line.
 *
 * The paragraph's text is the line without its "N. " number prefix, which
 * lives on as `number`; so the first sentence is the heading as written
 * ("Speed up merger and restructuring of enterprises.") rather than one
 * starting "1.". The heading is that sentence without its final period.
 */
function toClause(sectionId: string, number: number, text: string): Clause {
  const id = `${sectionId}.${number}`;
  const paragraph = toParagraph(id, text);
  const first = paragraph.sentences[0]?.text ?? '';
  if (!first.endsWith('.')) {
    throw new Error(`Clause ${id} should open with a heading sentence ending in a period: ${JSON.stringify(first)}`);
  }
  return { number, id, heading: first.slice(0, -1), paragraph };
}

/**
 * Groups body lines after the preamble into sections of clauses.
 *
 * Clause numbers run on across sections in the Opinions (Section II opens
 * with clause 7), so each clause must number one more than the previous.
 */
function toSections(lines: string[]): Section[] {
  const sections: Section[] = [];
  let lastNumber = 0;
  for (const line of lines) {
    const heading = SECTION_HEADING.exec(line);
    if (heading) {
      const [, numeral = '', text = ''] = heading;
      sections.push({ numeral, id: numeral, heading: text, clauses: [] });
      continue;
    }
    const clause = CLAUSE.exec(line);
    const section = sections.at(-1);
    if (!clause || !section) {
      throw new Error(`Expected a section heading ("I. …") or a clause ("1. …") within a section: ${JSON.stringify(line.slice(0, 80))}`);
    }
    const number = Number(clause[1]);
    if (number !== lastNumber + 1) {
      throw new Error(`Clause ${number} follows clause ${lastNumber}; a clause is missing or out of order`);
    }
    lastNumber = number;
    section.clauses.push(toClause(section.id, number, clause[2] ?? ''));
  }
  return sections;
}

/**
 * Parses the translation's web page into the document's structure.
 *
 * The body opens with the address line (id `opening`) and the preamble
 * (id `preamble`); every line after them is a section heading or a clause.
 *
 * @throws Error if the page chrome is not where expected (see
 *   {@link stripPageChrome}), if anything but the opening and the preamble
 *   precedes the first section, or if a later line is neither a section
 *   heading nor a clause in sequence.
 */
export function parseDocument(raw: string, meta: DocumentMeta): PolicyDocument {
  const lines = stripPageChrome(raw);
  const firstSection = lines.findIndex((line) => SECTION_HEADING.test(line));
  if (firstSection !== 2) {
    throw new Error(
      firstSection === -1
        ? 'Expected sections ("I. …") after the opening address and the preamble; found none'
        : `Expected exactly two paragraphs, the opening address and the preamble, before the first section; found ${firstSection}`,
    );
  }
  const [opening = '', preamble = ''] = lines;
  const sections = toSections(lines.slice(2));
  const clauseCount = sections.reduce((count, section) => count + section.clauses.length, 0);
  return {
    meta,
    opening: toParagraph('opening', opening),
    preamble: toParagraph('preamble', preamble),
    sections,
    paragraphCount: 2 + sections.length + clauseCount,
  };
}
