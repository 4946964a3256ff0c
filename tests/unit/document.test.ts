import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentMeta } from '../../content/document-meta.ts';
import { parseDocument, splitSentences, stripPageChrome } from '../../scripts/content/document.ts';
import type { Paragraph, PolicyDocument } from '../../src/content/types.ts';

const raw = readFileSync(
  new URL('../../content/source/state-council-opinions-northeast-revitalization-part1.txt', import.meta.url),
  'utf8',
);

/**
 * The body as the brief describes the page, independently of stripPageChrome:
 * non-blank lines without the two header lines and the two advertisement lines.
 */
const bodyLines = raw
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '')
  .slice(2, -2);

const doc: PolicyDocument = parseDocument(raw, documentMeta);

function allParagraphs(document: PolicyDocument): Paragraph[] {
  return [
    document.opening,
    document.preamble,
    ...document.sections.flatMap((section) => section.clauses.map((clause) => clause.paragraph)),
  ];
}

const clause = (id: string) => doc.sections.flatMap((section) => section.clauses).find((c) => c.id === id);

describe('stripPageChrome', () => {
  it('keeps exactly the body lines between the page header and the advertisement', () => {
    expect(stripPageChrome(raw)).toEqual(bodyLines);
    expect(bodyLines[0]).toMatch(/^People’s governments of provinces/);
    expect(bodyLines.at(-1)).toMatch(/^6\. Support the fast development of clusters of key industries\./);
  });

  it('throws when the page header is missing', () => {
    const withoutHeader = raw.split('\n').slice(2).join('\n');
    expect(() => stripPageChrome(withoutHeader)).toThrow(/page header/);
  });

  it('throws when the byline is not the second line', () => {
    const withoutTitle = raw.split('\n').slice(1).join('\n');
    expect(() => stripPageChrome(withoutTitle)).toThrow(/Source: MOFCOM/);
  });

  it('throws when the advertisement is missing', () => {
    const withoutAd = raw.slice(0, raw.indexOf('Devott Publications'));
    expect(() => stripPageChrome(withoutAd)).toThrow(/advertisement/);
  });
});

describe('splitSentences', () => {
  it.each([
    ['One sentence.', ['One sentence.']],
    ['First one. Second one.', ['First one.', 'Second one.']],
    ['Is it? Yes! It is.', ['Is it?', 'Yes!', 'It is.']],
    ['It ends “quoted”. Then more.', ['It ends “quoted”.', 'Then more.']],
    ['He said “stop.” Then he left.', ['He said “stop.”', 'Then he left.']],
    ['Heading first. “Shares converted from debts” are handled.', ['Heading first.', '“Shares converted from debts” are handled.']],
    ['Cities---Dalian, Harbin and Daqing---are supported.', ['Cities---Dalian, Harbin and Daqing---are supported.']],
    ['See Guo Fa [2009] No. 33. It applies.', ['See Guo Fa [2009] No. 33.', 'It applies.']],
    ['Under Guo Fa [2009] No. Thirty-three the rule holds.', ['Under Guo Fa [2009] No. Thirty-three the rule holds.']],
    ['Partners, e.g. Russia, take part. Others follow.', ['Partners, e.g. Russia, take part.', 'Others follow.']],
    ['The U.S. Treasury agreed. Talks went on.', ['The U.S. Treasury agreed.', 'Talks went on.']],
    ['Written by J. Smith in 2009. Read it.', ['Written by J. Smith in 2009.', 'Read it.']],
    ['Version 2.0 is out. Use it.', ['Version 2.0 is out.', 'Use it.']],
    ['Ends with lowercase. and goes on.', ['Ends with lowercase. and goes on.']],
    ['Two spaces.  Stay in one sentence.', ['Two spaces.  Stay in one sentence.']],
  ])('splits %j into its sentences', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
    expect(splitSentences(input).join(' ')).toBe(input);
  });

  it('throws on a paragraph with surrounding whitespace or none at all', () => {
    expect(() => splitSentences(' Padded.')).toThrow(/trimmed/);
    expect(() => splitSentences('')).toThrow(/non-empty/);
  });
});

describe('parseDocument', () => {
  it('gives back each source paragraph exactly when its sentences are joined with single spaces', () => {
    for (const paragraph of allParagraphs(doc)) {
      expect(paragraph.sentences.map((sentence) => sentence.text).join(' ')).toBe(paragraph.text);
    }
  });

  it('gives sentences without surrounding whitespace', () => {
    for (const paragraph of allParagraphs(doc)) {
      for (const sentence of paragraph.sentences) {
        expect(sentence.text).toBe(sentence.text.trim());
        expect(sentence.text).not.toBe('');
      }
    }
  });

  it('keeps every body line: the body rebuilds from opening, preamble, section headings and numbered clauses', () => {
    const rebuilt = [
      doc.opening.text,
      doc.preamble.text,
      ...doc.sections.flatMap((section) => [
        `${section.numeral}. ${section.heading}`,
        ...section.clauses.map((c) => `${c.number}. ${c.paragraph.text}`),
      ]),
    ];
    expect(rebuilt).toEqual(bodyLines);
    expect(doc.paragraphCount).toBe(bodyLines.length);
  });

  it('has the opening address, the preamble, Section I and its six clauses', () => {
    expect(doc.opening.id).toBe('opening');
    expect(doc.opening.text).toMatch(/^People’s governments of provinces, .* directly under the State Council,$/);
    expect(doc.preamble.id).toBe('preamble');
    expect(doc.preamble.text).toMatch(/^Important by-stage achievements .* opinions are proposed as follows:$/);
    expect(doc.sections.map((s) => [s.numeral, s.id, s.heading])).toEqual([
      ['I', 'I', 'Optimize economic structure and build a modern industrial system'],
    ]);
    expect(doc.paragraphCount).toBe(9);
  });

  it('takes the six clause headings from the clauses’ first sentences', () => {
    expect(doc.sections[0]?.clauses.map((c) => [c.number, c.id, c.heading])).toEqual([
      [1, 'I.1', 'Speed up merger and restructuring of enterprises'],
      [2, 'I.2', 'Make great efforts to facilitate nonpublic economy and small and medium sized enterprises'],
      [3, 'I.3', 'Improve and empower pillar industries'],
      [4, 'I.4', 'Take initiatives to nurture industries with potentials'],
      [5, 'I.5', 'Speed up the development of modern service industry'],
      [6, 'I.6', 'Support the fast development of clusters of key industries'],
    ]);
    expect(clause('I.1')?.paragraph.sentences[0]?.text).toBe('Speed up merger and restructuring of enterprises.');
  });

  it('gives sentence ids that are unique and follow `<paragraph>.s<n>` from s1', () => {
    const paragraphs = allParagraphs(doc);
    const ids = paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const paragraph of paragraphs) {
      expect(paragraph.id).toMatch(/^(?:opening|preamble|[IVXLC]+\.\d+)$/);
      paragraph.sentences.forEach((sentence, i) => expect(sentence.id).toBe(`${paragraph.id}.s${i + 1}`));
    }
    expect(ids).toContain('opening.s1');
    expect(ids).toContain('I.6.s1');
  });

  it('keeps the demonstration cities and Yanji and Suifenhe in one whole sentence', () => {
    const sentences = clause('I.5')?.paragraph.sentences ?? [];
    const matching = sentences.filter((s) => s.text.includes('Yanji and Suifenhe are encouraged'));
    expect(matching).toHaveLength(1);
    expect(matching[0]?.text).toBe(
      'Three service outsourcing demonstration cities---Dalian, Harbin and Daqing---are under major support and Yanji and Suifenhe are encouraged to take advantages of their unique locations to develop software and service outsourcing industries.',
    );
  });

  it('keeps a sentence ending after a closing quote whole', () => {
    const sentences = clause('I.2')?.paragraph.sentences.map((s) => s.text) ?? [];
    expect(sentences).toContain(
      'The advantages of concentration of large enterprises in the old industrial bases including Northeast China shall be fully exerted and small and medium sized enterprises are encouraged to establish cooperation relationships with large enterprises to form industrial chains and develop to be “professional, unique and superior”.',
    );
  });

  it('contains nothing from the page header or the advertisement', () => {
    const parsed = JSON.stringify({ ...doc, meta: undefined });
    for (const chrome of ['MOFCOM View', 'View: 525', 'Source: MOFCOM', 'Devott', 'TGOD', 'Outsourcing Destinations']) {
      expect(parsed).not.toContain(chrome);
    }
    expect(parsed).not.toContain('Including Northeast China (1)');
  });

  it('carries the metadata it is given', () => {
    expect(doc.meta).toBe(documentMeta);
  });

  it('throws on a line that is neither a section heading nor a clause', () => {
    const stray = raw.replace('2. Make great efforts', 'Make great efforts');
    expect(() => parseDocument(stray, documentMeta)).toThrow(/section heading .* or a clause/);
  });

  it('throws when a clause is missing', () => {
    const skipped = raw.replace('3. Improve and empower', '4. Improve and empower');
    expect(() => parseDocument(skipped, documentMeta)).toThrow(/Clause 4 follows clause 2/);
  });
});

describe('documentMeta', () => {
  it('names the eight sections the translation part leaves out, II to IX, each in English and Chinese', () => {
    expect(documentMeta.omittedSections.map((s) => s.numeral)).toEqual(['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    for (const section of documentMeta.omittedSections) {
      expect(section.heading).toMatch(/^[A-Z][^/]+ \/ [\u4e00-\u9fff，]+$/);
      expect(section.source.url).toMatch(/^https?:\/\//);
    }
  });

  it('marks as this project’s own the English headings that no copy of the translation shows', () => {
    const own = documentMeta.omittedSections.filter((s) => s.headingEnBy === 'project').map((s) => s.numeral);
    expect(own).toEqual(['III', 'V', 'VIII', 'IX']);
    // A heading taken from the translation cites a copy of the English translation.
    for (const section of documentMeta.omittedSections.filter((s) => s.headingEnBy === 'translation')) {
      expect(section.source.label, section.numeral).toMatch(/English/);
    }
  });

  it('dates the translation from its earliest known publication in this wording, and the copied page’s date as a republication', () => {
    const bylineDate = /Date: (\d{4}-\d{2}-\d{2})/.exec(raw)?.[1];
    const first = documentMeta.translationFirstPublished;
    expect(documentMeta.dateRepublished).toBe(bylineDate);
    expect(first.date < documentMeta.dateRepublished).toBe(true);
    expect(documentMeta.dateIssued <= first.date).toBe(true);
    expect(first.source.url).toMatch(/^https?:\/\//);
    // The first publication is of this wording, not of Beijing Review's edited "stage-by-stage" version.
    expect(raw).toContain('Important by-stage achievements');
    expect(first.note).toContain('by-stage');
    // Dates live in the date fields only, so that no label can contradict them.
    for (const label of [first.source.label, documentMeta.translationSource.label]) expect(label).not.toMatch(/\b(19|20)\d\d\b/);
  });

  it('holds the translation’s date in one place: no code, page or script writes it or another date for it', () => {
    const root = new URL('../../', import.meta.url);
    const files = ['src/', 'scripts/', 'content/']
      .flatMap((folder) => (readdirSync(new URL(folder, root), { recursive: true }) as string[]).map((name) => `${folder}${name}`))
      .filter((path) => /\.(ts|html|md)$/.test(path) && path !== 'content/document-meta.ts')
      .concat('index.html');
    const [year, month, day] = documentMeta.translationFirstPublished.date.split('-').map(Number);
    const spellings = [documentMeta.translationFirstPublished.date, `${year}年${month}月${day}日`, '2009-12-10', '10 December 2009', '2009年12月10日'];
    const writing = files.filter((path) => spellings.some((date) => readFileSync(new URL(path, root), 'utf8').includes(date)));
    expect(writing).toEqual([]);
  });

  it('uses the title of the source line without the part marker', () => {
    expect(raw.split('\n')[0]).toBe(`${documentMeta.title} (1)`);
  });
});
