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

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Loads the atlas's data: from the page's inline blocks if it has them, else from the site. */
export async function loadAtlasSources(
  page: Pick<Document, 'getElementById'> = document,
  urls: AtlasSourceUrls | null = SOURCE_URLS,
): Promise<AtlasSources> {
  const inline = readInlineSources(page);
  if (inline) return inline;
  if (!urls) throw new Error('this build carries its data inline, but the page has no data blocks');
  const [topology, policyDocument, placeCollection, infrastructure] = await Promise.all([
    fetchJson<Topology>(urls.basemap),
    fetchJson<PolicyDocument>(urls.document),
    fetchJson<AtlasSources['placeCollection']>(urls.places),
    fetchJson<InfrastructureCollection>(urls.infrastructure),
  ]);
  return { topology, policyDocument, placeCollection, infrastructure };
}
