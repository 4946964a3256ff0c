/**
 * Where the atlas's four data files come from. The site fetches them from
 * its own origin; the one-file classroom copy carries them inline, as JSON
 * in `<script type="application/json">` blocks, because a page opened from
 * disk (file://) may not fetch. The loader takes whichever the page has.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { PlaceProperties } from '../content/atlas-data.ts';
import type { PolicyDocument } from '../content/types.ts';
import type { InfrastructureCollection } from '../spatial/infrastructure-types.ts';
import { SOURCE_URLS } from './asset-urls.ts';
import { INLINE_SOURCE_IDS } from './inline-source-ids.ts';

export interface AtlasSources {
  topology: Topology;
  policyDocument: PolicyDocument;
  placeCollection: FeatureCollection<Geometry, PlaceProperties>;
  /** Ports, border crossings, airports and railways: context the policy names none of. */
  infrastructure: InfrastructureCollection;
}

/** Where each source is fetched from when the page does not carry it. */
export interface AtlasSourceUrls {
  basemap: string;
  document: string;
  places: string;
  infrastructure: string;
}

export { INLINE_SOURCE_IDS };

/** The page's inline copy of one source, parsed, or `undefined` if it has none. */
function inlineJson<T>(page: Pick<Document, 'getElementById'>, id: string): T | undefined {
  const block = page.getElementById(id);
  if (!block) return undefined;
  if (block.getAttribute('type') !== 'application/json') throw new Error(`#${id} is not an application/json block`);
  return JSON.parse(block.textContent ?? '') as T;
}

/**
 * The sources the page carries inline, or `null` if it carries none. A page
 * with some blocks but not all is a broken build, and says so.
 */
export function readInlineSources(page: Pick<Document, 'getElementById'>): AtlasSources | null {
  const topology = inlineJson<Topology>(page, INLINE_SOURCE_IDS.basemap);
  const policyDocument = inlineJson<PolicyDocument>(page, INLINE_SOURCE_IDS.document);
  const placeCollection = inlineJson<AtlasSources['placeCollection']>(page, INLINE_SOURCE_IDS.places);
  const infrastructure = inlineJson<InfrastructureCollection>(page, INLINE_SOURCE_IDS.infrastructure);
  const found = [topology, policyDocument, placeCollection, infrastructure].filter((x) => x !== undefined).length;
  if (found === 0) return null;
  if (!topology || !policyDocument || !placeCollection || !infrastructure) {
    throw new Error(`the page carries ${found} of its 4 data blocks`);
  }
  return { topology, policyDocument, placeCollection, infrastructure };
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
  basemap: (value) => isObject(value) && value.type === 'Topology' && isObject(value.objects),
  document: (value) => isObject(value) && isObject(value.meta) && Array.isArray(value.sections),
  places: (value) => isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features),
  infrastructure: (value) => isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Fetches and parses one data file. Every way it can fail (no connection,
 * an HTTP error, a truncated body, an HTML page served in its place) is a
 * `SourceLoadError` naming the file.
 */
export async function fetchSource<K extends SourceId>(source: K, url: string): Promise<SourceTypes[K]> {
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
  return value as SourceTypes[K];
}

/**
 * Loads each data file on its own, so that one failing leaves the others
 * usable. A file that loaded is kept; one that failed is forgotten, so that
 * asking for it again (a retry) fetches only it. All four start at once,
 * when the loader is made.
 */
export class SourceLoader {
  private readonly urls: AtlasSourceUrls | null;
  private readonly inline: AtlasSources | null;
  private readonly pending = new Map<SourceId, Promise<unknown>>();

  constructor(page: Pick<Document, 'getElementById'> = document, urls: AtlasSourceUrls | null = SOURCE_URLS) {
    this.inline = readInlineSources(page);
    this.urls = urls;
    if (!this.inline && !urls) throw new Error('this build carries its data inline, but the page has no data blocks');
    for (const source of SOURCE_IDS) this.load(source).catch(() => undefined);
  }

  load<K extends SourceId>(source: K): Promise<SourceTypes[K]> {
    const known = this.pending.get(source) as Promise<SourceTypes[K]> | undefined;
    if (known) return known;
    const loading = this.fetch(source);
    this.pending.set(source, loading);
    loading.catch(() => {
      if (this.pending.get(source) === loading) this.pending.delete(source);
    });
    return loading;
  }

  private fetch<K extends SourceId>(source: K): Promise<SourceTypes[K]> {
    if (this.inline) {
      const { topology, policyDocument, placeCollection, infrastructure } = this.inline;
      const values: SourceTypes = { basemap: topology, document: policyDocument, places: placeCollection, infrastructure };
      return Promise.resolve(values[source]);
    }
    return fetchSource(source, (this.urls as AtlasSourceUrls)[source]);
  }
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
