import { describe, expect, it } from 'vitest';
import { atlasData, sentencesNaming } from '../../src/content/atlas-data.ts';
import { escapeTex, texUrl } from '../../src/cite/bibtex.ts';
import { type CiteTarget, type Citation, citation } from '../../src/cite/citation.ts';
import type { CiteLang } from '../../src/cite/cite-strings.ts';
import { documentJson, loadAtlasData, placesJson } from './atlas-fixture.ts';

const data = loadAtlasData();
const meta = data.document.meta;
const URL_OF_VIEW = 'https://example.org/atlas/?sentence=I.5.s12';
const ACCESSED = new Date('2025-05-03T10:00:00Z');

function cite(target: CiteTarget, lang: CiteLang, atlas = data): Citation {
  const result = citation(atlas, target, { lang, url: URL_OF_VIEW, accessed: ACCESSED, timeZone: 'UTC' });
  if (!result) throw new Error(`no citation for ${JSON.stringify(target)}`);
  return result;
}

const clause5 = data.clauseById.get('I.5')!;
const suifenheClauses = [...new Set(data.sentences.filter((e) => e.sentence.text.includes('Suifenhe')).map((e) => e.clause!.number))];

describe('short citations', () => {
  it.each<[string, CiteTarget, CiteLang, string]>([
    ['a sentence, in English', { kind: 'sentence', id: 'I.5.s12' }, 'en', 'State Council, Guo Fa [2009] No. 33 (2009), clause 5, sentence I.5.s12; English translation of 29 September 2009.'],
    ['a clause, in English', { kind: 'clause', id: 'I.3' }, 'en', 'State Council, Guo Fa [2009] No. 33 (2009), clause 3; English translation of 29 September 2009.'],
    ['a sentence outside the clauses, in English', { kind: 'sentence', id: 'preamble.s2' }, 'en', 'State Council, Guo Fa [2009] No. 33 (2009), sentence preamble.s2; English translation of 29 September 2009.'],
    ['the whole document, in English', { kind: 'document' }, 'en', 'State Council, Guo Fa [2009] No. 33 (2009); English translation of 29 September 2009.'],
    ['a sentence, in Chinese', { kind: 'sentence', id: 'I.5.s12' }, 'zh', '国务院国发〔2009〕33号，第5条，句 I.5.s12；2009年9月29日英文译本。'],
    ['a clause, in Chinese', { kind: 'clause', id: 'I.3' }, 'zh', '国务院国发〔2009〕33号，第3条；2009年9月29日英文译本。'],
  ])('cite %s', (_, target, lang, expected) => {
    expect(cite(target, lang).short).toBe(expected);
  });

  it('a place names the place and the clauses whose sentences name it', () => {
    expect(suifenheClauses.length).toBeGreaterThan(0);
    const short = cite({ kind: 'place', id: 'suifenhe' }, 'en').short;
    expect(short).toContain('Suifenhe');
    for (const number of suifenheClauses) expect(short).toContain(String(number));
    expect(cite({ kind: 'place', id: 'suifenhe' }, 'zh').short).toContain('绥芬河');
  });
});

describe('full citations hold every fact a reader needs to find the words', () => {
  const cases: [string, CiteTarget, CiteLang, string[]][] = [
    [
      'a sentence in English: issuer, title, number, date of issue, clause and heading, sentence id, translation, URL and access date',
      { kind: 'sentence', id: 'I.5.s12' },
      'en',
      [meta.issuedBy, meta.title, meta.documentNumber, '9 September 2009', `Clause 5, “${clause5.heading}”`, 'I.5.s12',
        meta.translationSource.label, meta.translationSource.url, '16 May 2011', URL_OF_VIEW, '3 May 2025'],
    ],
    [
      'a sentence in Chinese: the Chinese title and number, dates written in Chinese, the heading quoted in English',
      { kind: 'sentence', id: 'I.5.s12' },
      'zh',
      [meta.issuedByZh, `《${meta.titleZh}》`, meta.documentNumberZh, '2009年9月9日', `第5条“${clause5.heading}”`, 'I.5.s12',
        meta.translationSource.url, '2011年5月16日', URL_OF_VIEW, '2025年5月3日'],
    ],
    [
      'a clause in English',
      { kind: 'clause', id: 'I.5' },
      'en',
      [meta.issuedBy, meta.title, meta.documentNumber, `Clause 5, “${clause5.heading}”`, meta.translationSource.url, URL_OF_VIEW],
    ],
    [
      'a place in English: every sentence that names it',
      { kind: 'place', id: 'suifenhe' },
      'en',
      [meta.title, 'Suifenhe', ...sentencesNaming(data, 'suifenhe').map((e) => e.sentence.id), URL_OF_VIEW, '3 May 2025'],
    ],
  ];
  it.each(cases)('%s', (_, target, lang, parts) => {
    const full = cite(target, lang).full;
    for (const part of parts) expect(full).toContain(part);
  });

  it('every form dates the translation from the data’s first publication, and the 2011 date only as the copy’s republication', () => {
    const first = meta.translationFirstPublished;
    const forms = (lang: CiteLang) => {
      const { short, full, bibtex, csl } = cite({ kind: 'sentence', id: 'I.5.s12' }, lang);
      return { short, full, bibtex, csl: JSON.stringify(csl) };
    };
    const en = forms('en');
    expect(en.short).toContain('English translation of 29 September 2009');
    expect(en.full).toContain(`first published 29 September 2009, ${first.source.url}`);
    expect(en.full).toContain(`text as republished 16 May 2011: ${meta.translationSource.label}`);
    for (const machine of [en.bibtex, en.csl]) {
      expect(machine).toContain(`first published ${first.date}`);
      expect(machine).toContain(`text as republished ${meta.dateRepublished}`);
    }
    const zh = forms('zh');
    expect(zh.short).toContain('2009年9月29日英文译本');
    expect(zh.full).toContain('2009年9月29日首次发布');
    expect(zh.full).toContain('所用文本据2011年5月16日转载');
    for (const machine of [zh.bibtex, zh.csl]) expect(machine).toContain(`${first.date}首次发布`);
    // Beijing Review's edited version is not the translation quoted: its date is in no form.
    for (const form of [...Object.values(en), ...Object.values(zh)]) expect(form).not.toMatch(/10 December 2009|2009-12-10|2009年12月10日/);
  });

  it('a citation follows the data’s date: another first publication in the data changes every form', () => {
    const moved = atlasData(
      { ...documentJson(), meta: { ...meta, translationFirstPublished: { ...meta.translationFirstPublished, date: '2009-10-02' } } },
      placesJson(),
    );
    const { short, full, bibtex, csl } = cite({ kind: 'clause', id: 'I.5' }, 'en', moved);
    expect(short).toContain('2 October 2009');
    expect(full).toContain('first published 2 October 2009');
    expect(bibtex).toContain('first published 2009-10-02');
    expect(csl.note).toContain('first published 2009-10-02');
  });

  it('the English form names no Chinese title and the Chinese form no English one', () => {
    expect(cite({ kind: 'clause', id: 'I.5' }, 'en').full).not.toContain(meta.titleZh);
    expect(cite({ kind: 'clause', id: 'I.5' }, 'zh').full).not.toContain(meta.title);
  });

  it('the access date is the reader’s day in their time zone', () => {
    const lateInUtc = new Date('2025-05-03T23:30:00Z');
    const inShanghai = citation(data, { kind: 'document' }, { lang: 'en', url: URL_OF_VIEW, accessed: lateInUtc, timeZone: 'Asia/Shanghai' });
    expect(inShanghai?.full).toContain('accessed 4 May 2025');
    expect(inShanghai?.csl.accessed?.['date-parts']).toEqual([[2025, 5, 4]]);
  });

  it('without a view there is no URL and no access date in any form', () => {
    const withoutView = citation(data, { kind: 'clause', id: 'I.5' }, { lang: 'en', accessed: ACCESSED });
    expect(withoutView?.full).not.toMatch(/Viewed|accessed/);
    expect(withoutView?.bibtex).not.toMatch(/url/);
    expect(withoutView?.csl).not.toHaveProperty('URL');
    expect(withoutView?.full).toContain(meta.translationSource.url);
  });

  it.each<CiteTarget>([
    { kind: 'sentence', id: 'I.99.s1' },
    { kind: 'clause', id: 'IX.1' },
    { kind: 'place', id: 'atlantis' },
  ])('an id not in the data gives no citation: %o', (target) => {
    expect(citation(data, target, { lang: 'en', url: URL_OF_VIEW, accessed: ACCESSED })).toBeNull();
  });
});

/** Unescaped braces of a TeX text: each `{` closed by a `}`, never closing below zero. */
function bracesBalance(tex: string): boolean {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    if (tex[i] === '\\') {
      i++;
      continue;
    }
    if (tex[i] === '{') depth++;
    if (tex[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The document with clause 5's heading made of every TeX special character. */
function atlasWithHeading(heading: string) {
  const document = documentJson();
  const clause = document.sections.flatMap((s) => s.clauses).find((c) => c.id === 'I.5')!;
  clause.heading = heading;
  return atlasData(document, placesJson());
}

describe('BibTeX', () => {
  const targets: CiteTarget[] = [{ kind: 'document' }, { kind: 'sentence', id: 'I.5.s12' }, { kind: 'clause', id: 'I.5' }, { kind: 'place', id: 'suifenhe' }];
  it.each(targets.flatMap((t) => (['en', 'zh'] as const).map((lang) => [t, lang] as const)))(
    'an entry for %o in %s is one @misc entry whose braces balance',
    (target, lang) => {
      const entry = cite(target, lang).bibtex;
      expect(entry).toMatch(/^@misc\{[A-Za-z0-9:._-]+,\n/);
      expect(entry.trimEnd().endsWith('}')).toBe(true);
      expect(bracesBalance(entry)).toBe(true);
      expect(entry).toMatch(/^ {2}number = \{.+\},$/m);
      expect(entry).toMatch(/^ {2}urldate = \{2025-05-03\},$/m);
    },
  );

  it('a heading with TeX’s special characters is escaped, and the entry still balances', () => {
    const heading = 'R&D {50%} of $_#~^ \\ costs';
    const entry = cite({ kind: 'clause', id: 'I.5' }, 'en', atlasWithHeading(heading)).bibtex;
    expect(entry).toContain('R\\&D \\{50\\%\\} of \\$\\_\\#\\textasciitilde{}\\textasciicircum{} \\textbackslash{} costs');
    expect(bracesBalance(entry)).toBe(true);
  });

  it.each([
    ['&', '\\&'],
    ['%', '\\%'],
    ['{}', '\\{\\}'],
    ['a_b', 'a\\_b'],
    ['\\{', '\\textbackslash{}\\{'],
    ['Guo Fa [2009] No. 33', 'Guo Fa [2009] No. 33'],
    ['国发〔2009〕33号', '国发〔2009〕33号'],
  ])('escapeTex(%j) is %j', (text, escaped) => {
    expect(escapeTex(text)).toBe(escaped);
  });

  it('a URL keeps its percent-escapes and query but cannot unbalance the field', () => {
    expect(texUrl('https://x.org/?place=a%20b&map=6/44/131')).toBe('https://x.org/?place=a%20b&map=6/44/131');
    expect(bracesBalance(`{${texUrl('https://x.org/{}')}}`)).toBe(true);
  });
});

const CSL_TYPES = new Set([
  'article', 'article-journal', 'bill', 'book', 'chapter', 'document', 'legal_case', 'legislation', 'regulation', 'report', 'standard', 'treaty', 'webpage',
]);

/** The CSL-JSON fields a citation processor needs, with the types the CSL-JSON schema gives them. */
function cslProblems(item: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const isDate = (value: unknown) => {
    const parts = (value as { 'date-parts'?: unknown })?.['date-parts'];
    if (!Array.isArray(parts) || parts.length !== 1 || !Array.isArray(parts[0])) return false;
    const [y, m, d] = parts[0] as unknown[];
    return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && (m as number) >= 1 && (m as number) <= 12 && (d as number) >= 1 && (d as number) <= 31;
  };
  if (typeof item.id !== 'string' || item.id === '') problems.push('id');
  if (!CSL_TYPES.has(item.type as string)) problems.push('type');
  for (const field of ['title', 'authority', 'number', 'URL']) if (typeof item[field] !== 'string' || item[field] === '') problems.push(field);
  const author = item.author as unknown[];
  if (!Array.isArray(author) || author.length === 0 || !author.every((a) => typeof (a as { literal?: unknown }).literal === 'string')) problems.push('author');
  for (const field of ['issued', 'accessed']) if (!isDate(item[field])) problems.push(field);
  if (!/^https?:\/\//.test(String(item.URL))) problems.push('URL scheme');
  return problems;
}

describe('CSL-JSON', () => {
  it.each<[CiteTarget, CiteLang]>([
    [{ kind: 'sentence', id: 'I.5.s12' }, 'en'],
    [{ kind: 'clause', id: 'I.2' }, 'zh'],
    [{ kind: 'place', id: 'harbin' }, 'en'],
    [{ kind: 'document' }, 'zh'],
  ])('an item for %o in %s has every field CSL uses, with CSL’s types', (target, lang) => {
    const item = JSON.parse(JSON.stringify(cite(target, lang).csl)) as Record<string, unknown>;
    expect(cslProblems(item)).toEqual([]);
  });

  it('the item is the legislation issued on the document’s date, under its number, by the State Council', () => {
    const item = cite({ kind: 'sentence', id: 'I.5.s12' }, 'en').csl;
    expect(item).toMatchObject({
      type: 'legislation',
      title: meta.title,
      number: meta.documentNumber,
      authority: meta.issuedBy,
      issued: { 'date-parts': [[2009, 9, 9]] },
      accessed: { 'date-parts': [[2025, 5, 3]] },
      URL: URL_OF_VIEW,
    });
    expect(item.section).toContain('I.5.s12');
    expect(cite({ kind: 'sentence', id: 'I.5.s12' }, 'zh').csl).toMatchObject({ title: meta.titleZh, number: meta.documentNumberZh });
  });

  it('the validator itself rejects an item without a date of issue', () => {
    const item = JSON.parse(JSON.stringify(cite({ kind: 'document' }, 'en').csl)) as Record<string, unknown>;
    delete item.issued;
    expect(cslProblems(item)).toEqual(['issued']);
  });
});

describe('the year of the cited view', () => {
  const withYear = (lang: CiteLang, asOf: number) =>
    citation(data, { kind: 'place', id: 'daqing' }, { lang, url: `${URL_OF_VIEW}&asof=${asOf}`, asOf, accessed: ACCESSED, timeZone: 'UTC' })!;

  it('is said beside the view’s URL in the full citation, in both languages', () => {
    expect(withYear('en', 2009).full).toContain(`Viewed in the Northeast China Revitalization Atlas as of 2009, ${URL_OF_VIEW}&asof=2009, accessed`);
    expect(withYear('zh', 2009).full).toContain(`见东北振兴政策地图（截至2009年）：${URL_OF_VIEW}&asof=2009`);
  });

  it('is said at the latest year too, so that the citation stays true when the atlas’s data moves on', () => {
    expect(withYear('en', 2025).full).toContain('as of 2025');
  });

  it('is a note of the BibTeX entry and the CSL-JSON item', () => {
    const cited = withYear('en', 2009);
    expect(cited.bibtex).toMatch(/note = \{.*Atlas view as of 2009\}/);
    expect(cited.csl.note).toMatch(/Atlas view as of 2009$/);
    expect(withYear('zh', 2009).csl.note).toMatch(/地图视图截至2009年$/);
  });

  it('is not said without a view: the short form and a citation with no URL cite the document alone', () => {
    expect(withYear('en', 2009).short).not.toContain('2009,');
    const noView = citation(data, { kind: 'place', id: 'daqing' }, { lang: 'en', asOf: 2009, accessed: ACCESSED })!;
    expect(noView.full).not.toContain('as of');
    expect(noView.bibtex).not.toContain('as of');
  });
});
