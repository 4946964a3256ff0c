/**
 * The words of a citation in each interface language. Both tables have one
 * shape, so a key missing from either fails the type check. Quoted policy
 * text (a clause heading) is never translated: the atlas quotes the English
 * translation only.
 */
export type CiteLang = 'en' | 'zh';

export interface CiteStrings {
  /** BCP 47 locale the dates are formatted in. */
  locale: string;
  /** The issuing body as a short form names it. */
  issuerShort: string;
  atlasName: string;
  clause(number: number): string;
  clauses(numbers: readonly number[]): string;
  sentence(id: string): string;
  sentences(ids: readonly string[]): string;
  /** What a place citation is about. */
  onPlace(name: string): string;
  clauseWithHeading(number: number, heading: string): string;
  /**
   * The translation: where it was first published and when, then the copy the
   * atlas's text was taken from and when that copy was republished.
   */
  translation(first: DatedSource, copy: DatedSource): string;
  /** Where the view is, and as of which year it shows the atlas, when the citation knows. */
  viewedIn(atlas: string, url: string, asOf: number | null): string;
  /** The view's year as a note of BibTeX and CSL-JSON, beside their URL. */
  viewAsOf(year: number): string;
  accessed(date: string): string;
  /** Joins the view's URL and the access date. */
  listSeparator: string;
  /** Ends a sentence of the citation. */
  stop: string;
  /** The short form: issuer, number, year, then locators, and the date of the translation quoted. */
  short(issuer: string, number: string, year: string, locators: readonly string[], translated: string): string;
  /** The document as the full form names it: issuer, title, number and date of issue. */
  work(issuer: string, title: string, number: string, issued: string): string;
  /** Locators as a sentence of the full form. */
  where(locators: readonly string[]): string;
}

/** A source with the date it gives, already written out in the citation's form. */
export interface DatedSource {
  label: string;
  date: string;
  url: string;
}

const listEn = (items: readonly (string | number)[]) =>
  items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const CITE_STRINGS: Record<CiteLang, CiteStrings> = {
  en: {
    locale: 'en-GB',
    issuerShort: 'State Council',
    atlasName: 'Northeast China Revitalization Atlas',
    clause: (n) => `clause ${n}`,
    clauses: (ns) => (ns.length === 1 ? `clause ${ns[0]}` : `clauses ${listEn(ns)}`),
    sentence: (id) => `sentence ${id}`,
    sentences: (ids) => (ids.length === 1 ? `sentence ${ids[0]}` : `sentences ${ids.join(', ')}`),
    onPlace: (name) => `on ${name}`,
    clauseWithHeading: (n, heading) => `clause ${n}, “${heading}”`,
    translation: (first, copy) =>
      `English translation: ${first.label}, first published ${first.date}, ${first.url}; text as republished ${copy.date}: ${copy.label}, ${copy.url}`,
    viewedIn: (atlas, url, asOf) => `Viewed in the ${atlas}${asOf === null ? '' : ` as of ${asOf}`}, ${url}`,
    viewAsOf: (year) => `Atlas view as of ${year}`,
    accessed: (date) => `accessed ${date}`,
    listSeparator: ', ',
    stop: '.',
    short: (issuer, number, year, locators, translated) =>
      `${[`${issuer}, ${number} (${year})`, ...locators].join(', ')}; English translation of ${translated}.`,
    work: (issuer, title, number, issued) => `${issuer}. ${title}. ${number}, issued ${issued}`,
    where: (locators) => {
      const text = locators.join('; ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
  },
  zh: {
    locale: 'zh-CN',
    issuerShort: '国务院',
    atlasName: '东北振兴政策地图',
    clause: (n) => `第${n}条`,
    clauses: (ns) => `第${ns.join('、')}条`,
    sentence: (id) => `句 ${id}`,
    sentences: (ids) => `句 ${ids.join('、')}`,
    onPlace: (name) => `涉及${name}`,
    clauseWithHeading: (n, heading) => `第${n}条“${heading}”`,
    translation: (first, copy) => `英文译本：${first.label}，${first.date}首次发布，${first.url}；所用文本据${copy.date}转载：${copy.label}，${copy.url}`,
    viewedIn: (atlas, url, asOf) => `见${atlas}${asOf === null ? '' : `（截至${asOf}年）`}：${url}`,
    viewAsOf: (year) => `地图视图截至${year}年`,
    accessed: (date) => `访问于${date}`,
    listSeparator: '，',
    stop: '。',
    // The number already holds the year.
    short: (issuer, number, _year, locators, translated) => `${[`${issuer}${number}`, ...locators].join('，')}；${translated}英文译本。`,
    work: (issuer, title, number, issued) => `${issuer}：《${title}》（${number}），${issued}发布`,
    where: (locators) => locators.join('；'),
  },
};
