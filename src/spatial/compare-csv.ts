/**
 * The compare table as CSV, for a spreadsheet, written by the one CSV writer
 * (export/csv.ts: quoting, byte-order mark, formula guard).
 */
import type { InfrastructureFeature } from '../content/infrastructure-types.ts';
import { csvRows } from '../export/csv.ts';
import { localName } from '../i18n/lang.ts';
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
  /** Heading of the last column but one, and what it says on every row: what the nearest facilities were chosen from. */
  searchedHeading: string;
  searched: string;
  /** Heading of the last column, and the year it gives on every row: the year the distances answer for. */
  asOfHeading: string;
  asOf: number;
  /** A clause by number, e.g. "clause {n}" or "第{n}条". */
  clause: string;
  opening: string;
  preamble: string;
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
    near ? [localName(near.item.properties, labels.lang), String(near.item.properties.opened), km(near.km)] : ['', '', ''];
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
    labels.asOfHeading,
  ];
  const body = rows.map((row) => [
    localName(row.place.properties, labels.lang),
    row.designations.join(list),
    row.zones.map((zone) => localName(zone.properties, labels.lang)).join(list),
    String(row.sentenceCount),
    row.clauses.map((ref) => clauseName(ref, labels)).join(list),
    ...nearest(row.distances.seaport),
    ...nearest(row.distances.borderCrossing),
    ...nearest(row.distances.airport),
    landBorder(row.distances.landBorderKm),
    labels.searched,
    String(labels.asOf),
  ]);
  return csvRows([header, ...body]);
}
