/**
 * The compare table as CSV, for a spreadsheet: RFC 4180 quoting, CRLF line
 * ends and a UTF-8 byte-order mark, without which Excel reads the Chinese
 * names as mojibake.
 */
import type { InfrastructureFeature } from './infrastructure-types.ts';
import { type Near, underLandBorderPrecision } from './nearest.ts';
import type { ClauseRef, CompareRow } from './compare.ts';

/** The column headings and words of the export, in the reader's language. */
export interface CompareCsvLabels {
  /** Which name of each place and item to write. */
  lang: 'en' | 'zh';
  place: string;
  designations: string;
  zones: string;
  sentenceCount: string;
  clauses: string;
  seaport: string;
  borderCrossing: string;
  airport: string;
  /** Heading of a distance column; `{what}` is replaced by the item's heading, e.g. "{what}, straight-line km". */
  kmOf: string;
  landBorderKm: string;
  /** What the land-border column says for a distance below the border line's precision, with the reason. */
  landBorderUnderPrecision: string;
  /** Heading of an opening-year column; `{what}` is replaced by the item's heading. */
  openedOf: string;
  /** Heading of the last column, and what it says on every row: what the nearest facilities were chosen from. */
  searchedHeading: string;
  searched: string;
  /** A clause by number, e.g. "clause {n}" or "第{n}条". */
  clause: string;
  opening: string;
  preamble: string;
}

export const BOM = '\uFEFF';

/**
 * A cell, quoted if it holds a comma, quote or line break; a cell that a
 * spreadsheet would run as a formula (= + - @ or a tab first) gets a leading
 * apostrophe, since place names and notes come from data.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function nameIn(lang: 'en' | 'zh', properties: { name_en: string; name_zh: string }): string {
  return lang === 'zh' ? properties.name_zh : properties.name_en;
}

function km(value: number | null): string {
  return value === null ? '' : String(Math.round(value));
}

function clauseName(ref: ClauseRef, labels: CompareCsvLabels): string {
  if (ref.number !== null) return labels.clause.replace('{n}', String(ref.number));
  return ref.id === 'opening' ? labels.opening : labels.preamble;
}

export function compareCsv(rows: readonly CompareRow[], labels: CompareCsvLabels): string {
  const list = labels.lang === 'zh' ? '；' : '; ';
  const nearest = (near: Near<InfrastructureFeature> | null) =>
    near ? [nameIn(labels.lang, near.item.properties), String(near.item.properties.opened), km(near.km)] : ['', '', ''];
  const landBorder = (value: number | null) =>
    value !== null && underLandBorderPrecision(value) ? labels.landBorderUnderPrecision : km(value);
  const facility = (what: string) => [what, labels.openedOf.replace('{what}', what), labels.kmOf.replace('{what}', what)];
  const header = [
    labels.place,
    labels.designations,
    labels.zones,
    labels.sentenceCount,
    labels.clauses,
    ...facility(labels.seaport),
    ...facility(labels.borderCrossing),
    ...facility(labels.airport),
    labels.landBorderKm,
    labels.searchedHeading,
  ];
  const body = rows.map((row) => [
    nameIn(labels.lang, row.place.properties),
    row.designations.join(list),
    row.zones.map((zone) => nameIn(labels.lang, zone.properties)).join(list),
    String(row.sentenceCount),
    row.clauses.map((ref) => clauseName(ref, labels)).join(list),
    ...nearest(row.distances.seaport),
    ...nearest(row.distances.borderCrossing),
    ...nearest(row.distances.airport),
    landBorder(row.distances.landBorderKm),
    labels.searched,
  ]);
  return BOM + [header, ...body].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
