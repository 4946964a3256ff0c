/**
 * Where the atlas's four data files come from. The site fetches them from
 * its own origin; the one-file classroom copy carries them inline, as JSON
 * in `<script type="application/json">` blocks, because a page opened from
 * disk (file://) may not fetch. The loader takes whichever the page has.
 *
 * The places and the base map arrive as the compact topologies of
 * geodata/site/, which share their outlines (see `shared-arcs.ts`); the
 * loader gives back the places collection and the whole base map topology.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { PlaceProperties } from '../content/atlas-data.ts';
import type { PolicyDocument } from '../content/types.ts';
import type { InfrastructureCollection } from '../content/infrastructure-types.ts';
import { SOURCE_URLS } from './asset-urls.ts';
import type { AtlasSourceUrls } from './source-urls.ts';
import { INLINE_SOURCE_IDS } from './inline-source-ids.ts';
import { type BasemapOnPlaceArcs, PLACES_OBJECT, basemapWithPlaceArcs, placesFromTopology } from './shared-arcs.ts';

export interface AtlasSources {
  topology: Topology;
  policyDocument: PolicyDocument;
  placeCollection: FeatureCollection<Geometry, PlaceProperties>;
  /** Ports, border crossings, airports and railways: context the policy names none of. */
  infrastructure: InfrastructureCollection;
}

export { INLINE_SOURCE_IDS };

/** The page's inline copy of one source, parsed, or `undefined` if it has none. */
function inlineJson(page: Pick<Document, 'getElementById'>, id: string): unknown {
  const block = page.getElementById(id);
  if (!block) return undefined;
  if (block.getAttribute('type') !== 'application/json') throw new Error(`#${id} is not an application/json block`);
  return JSON.parse(block.textContent ?? '');
}

/**
 * The files the page carries inline, parsed as they are stored, or `null` if
 * it carries none. A page with some blocks but not all is a broken build,
 * and says so.
 */
function readInlineFiles(page: Pick<Document, 'getElementById'>): StoredFiles | null {
  const files = Object.fromEntries(SOURCE_IDS.map((source) => [source, inlineJson(page, INLINE_SOURCE_IDS[source])]));
  const found = SOURCE_IDS.filter((source) => files[source] !== undefined).length;
  if (found === 0) return null;
  if (found < SOURCE_IDS.length) throw new Error(`the page carries ${found} of its ${SOURCE_IDS.length} data blocks`);
  return files as unknown as StoredFiles;
}

/** The sources the page carries inline, ready to use, or `null` if it carries none. */
export function readInlineSources(page: Pick<Document, 'getElementById'>): AtlasSources | null {
  const files = readInlineFiles(page);
  if (!files) return null;
  return {
    topology: basemapWithPlaceArcs(files.basemap, files.places),
    policyDocument: files.document,
    placeCollection: placesFromTopology(files.places) as AtlasSources['placeCollection'],
    infrastructure: files.infrastructure,
  };
}

/**
 * Whether this page is the one-file classroom copy: it carries its data
 * inline. The site can then hide its "download the classroom copy" link.
 */
export function isOneFileCopy(page: Pick<Document, 'getElementById'> = document): boolean {
  return page.getElementById(INLINE_SOURCE_IDS.document) !== null;
}

/** One of the four data files, by the name the loader and its messages use. */
export type SourceId = keyof AtlasSourceUrls;

export const SOURCE_IDS: readonly SourceId[] = ['basemap', 'document', 'places', 'infrastructure'];

export interface SourceTypes {
  basemap: AtlasSources['topology'];
  document: AtlasSources['policyDocument'];
  places: AtlasSources['placeCollection'];
  infrastructure: AtlasSources['infrastructure'];
}

/** Each file as it is stored and sent. */
interface StoredFiles {
  basemap: BasemapOnPlaceArcs;
  document: PolicyDocument;
  places: Topology;
  infrastructure: InfrastructureCollection;
}

/**
 * A data file that could not be used, and which one: a message can then
 * say what failed, and a retry fetch only that file.
 */
export class SourceLoadError extends Error {
  readonly source: SourceId;

  constructor(source: SourceId, url: string, reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'SourceLoadError';
    this.source = source;
  }
}

/**
 * What each file must at least look like. A host that answers a missing file
 * with its HTML fallback page, or a proxy that serves the wrong file, would
 * otherwise pass for data and fail later, far from its cause.
 */
const LOOKS_RIGHT: { [K in SourceId]: (value: unknown) => boolean } = {
  basemap: (value) => isTopology(value) && typeof value.placeArcCount === 'number',
  document: (value) => isObject(value) && isObject(value.meta) && Array.isArray(value.sections),
  places: (value) => isTopology(value) && isObject(value.objects[PLACES_OBJECT]),
  infrastructure: (value) => isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isTopology(value: unknown): value is Record<string, unknown> & { objects: Record<string, unknown> } {
  return isObject(value) && value.type === 'Topology' && isObject(value.objects) && Array.isArray(value.arcs);
}

/**
 * Fetches and parses one data file, as it is stored. Every way it can fail
 * (no connection, an HTTP error, a truncated body, an HTML page served in
 * its place) is a `SourceLoadError` naming the file.
 */
async function fetchFile<K extends SourceId>(source: K, url: string): Promise<StoredFiles[K]> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new SourceLoadError(source, url, `no response (${String(error)})`);
  }
  if (!response.ok) throw new SourceLoadError(source, url, `HTTP ${response.status}`);
  let value: unknown;
  try {
    value = JSON.parse(await response.text());
  } catch (error) {
    throw new SourceLoadError(source, url, `not JSON, or cut short (${String(error)})`);
  }
  if (!LOOKS_RIGHT[source](value)) throw new SourceLoadError(source, url, 'not the expected data');
  return value as StoredFiles[K];
}

/**
 * Loads each data file on its own, so that one failing leaves the others
 * usable. A file that loaded is kept; one that failed is forgotten, so that
 * asking for it again (a retry) fetches only it. All four start at once,
 * when the loader is made.
 *
 * The base map is built on the places file's arcs, so it is ready once both
 * files are; the places need nothing else, so the text never waits on the map.
 */
export class SourceLoader {
  private readonly urls: AtlasSourceUrls | null;
  private readonly inline: AtlasSources | null;
  private readonly files = new Map<SourceId, Promise<unknown>>();
  private readonly pending = new Map<SourceId, Promise<unknown>>();

  constructor(page: Pick<Document, 'getElementById'> = document, urls: AtlasSourceUrls | null = SOURCE_URLS) {
    this.inline = readInlineSources(page);
    this.urls = urls;
    if (!this.inline && !urls) throw new Error('this build carries its data inline, but the page has no data blocks');
    for (const source of SOURCE_IDS) this.load(source).catch(() => undefined);
  }

  load<K extends SourceId>(source: K): Promise<SourceTypes[K]> {
    return remembered(this.pending, source, () => this.ready(source));
  }

  private async ready<K extends SourceId>(source: K): Promise<SourceTypes[K]> {
    if (this.inline) {
      const { topology, policyDocument, placeCollection, infrastructure } = this.inline;
      const values: SourceTypes = { basemap: topology, document: policyDocument, places: placeCollection, infrastructure };
      return values[source];
    }
    const ready: { [S in SourceId]: () => Promise<SourceTypes[S]> } = {
      basemap: async () => {
        const [basemap, places] = await Promise.all([this.file('basemap'), this.file('places')]);
        return this.built('basemap', () => basemapWithPlaceArcs(basemap, places));
      },
      document: () => this.file('document'),
      places: async () => {
        const places = await this.file('places');
        return this.built('places', () => placesFromTopology(places) as SourceTypes['places']);
      },
      infrastructure: () => this.file('infrastructure'),
    };
    return ready[source]();
  }

  /** What `build` makes of the stored files; a file it cannot use is a `SourceLoadError` naming it. */
  private built<T>(source: SourceId, build: () => T): T {
    try {
      return build();
    } catch (error) {
      throw new SourceLoadError(source, this.url(source), `not usable (${String(error)})`);
    }
  }

  private file<K extends SourceId>(source: K): Promise<StoredFiles[K]> {
    return remembered(this.files, source, () => fetchFile(source, this.url(source)));
  }

  private url(source: SourceId): string {
    return (this.urls as AtlasSourceUrls)[source];
  }
}

/** The promise `cache` holds for `key`, else a new one from `make`, which is forgotten if it fails. */
function remembered<T>(cache: Map<SourceId, Promise<unknown>>, key: SourceId, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key) as Promise<T> | undefined;
  if (known) return known;
  const made = make();
  cache.set(key, made);
  made.catch(() => {
    if (cache.get(key) === made) cache.delete(key);
  });
  return made;
}

/** Loads the atlas's data: from the page's inline blocks if it has them, else from the site. */
export async function loadAtlasSources(
  page: Pick<Document, 'getElementById'> = document,
  urls: AtlasSourceUrls | null = SOURCE_URLS,
): Promise<AtlasSources> {
  const loader = new SourceLoader(page, urls);
  const [topology, policyDocument, placeCollection, infrastructure] = await Promise.all([
    loader.load('basemap'),
    loader.load('document'),
    loader.load('places'),
    loader.load('infrastructure'),
  ]);
  return { topology, policyDocument, placeCollection, infrastructure };
}
