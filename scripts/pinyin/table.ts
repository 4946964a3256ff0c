/**
 * Romanises the Chinese names once, at build time, so that the browser
 * never loads a pinyin dictionary (pinyin-pro is 287 kB) for a few dozen
 * names. Pure: names in, table out; the CLI reads and writes the files.
 */
import { pinyin } from 'pinyin-pro';
import type { Topology } from 'topojson-specification';
import { hanOf, zhForms } from '../../src/search/chinese-forms.ts';

/** Toneless syllables of each Han string, space-separated, keyed by the string: { "牡丹江": "mu dan jiang" }. */
export type PinyinTable = Record<string, string>;

/** The Chinese names the search index romanises: the places' and the base map's prefectures'. */
export function namesToRomanise(
  places: { features: { properties: { name_zh: string } }[] },
  basemap: Topology,
): string[] {
  const divisions = basemap.objects.divisions;
  const divisionNames =
    divisions && 'geometries' in divisions
      ? divisions.geometries.map((geometry) => String((geometry.properties as { name_zh?: string } | undefined)?.name_zh ?? ''))
      : [];
  return [...places.features.map((feature) => feature.properties.name_zh), ...divisionNames];
}

/** Pinyin of every Chinese form of every name, sorted by key so the file diffs cleanly. */
export function pinyinTable(names: readonly string[]): PinyinTable {
  const keys = new Set(names.flatMap(zhForms).map(hanOf).filter((han) => han !== ''));
  return Object.fromEntries(
    [...keys].sort().map((han) => [han, pinyin(han, { toneType: 'none', type: 'array', nonZh: 'removed' }).join(' ')]),
  );
}
