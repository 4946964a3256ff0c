import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  INLINE_SOURCE_IDS,
  SourceLoadError,
  SourceLoader,
  isOneFileCopy,
  loadAtlasSources,
  readInlineSources,
} from '../../src/data/data-source.ts';
import type { PlaceProperties } from '../../src/content/atlas-data.ts';
import { serveStatic, type StaticSite } from '../browser/static-server.ts';

const GEODATA = fileURLToPath(new URL('../../geodata', import.meta.url));
const files = {
  basemap: 'site/basemap.topo.json',
  document: 'document.json',
  places: 'site/places.topo.json',
  infrastructure: 'infrastructure.geojson',
} as const;
/** The open files the site's copies are made from, which the loader must give back. */
const openPlaces = () => JSON.parse(text('places.geojson')) as FeatureCollection<Geometry | null, PlaceProperties>;
const idsAndProperties = (places: FeatureCollection<Geometry | null, PlaceProperties>) =>
  places.features.map((f) => [f.id, f.properties]);
const text = (name: string) => readFileSync(`${GEODATA}/${name}`, 'utf8');

type Block = { type: string; text: string };

/** A page holding the given blocks by id: what `getElementById` sees of a real one. */
function pageWith(blocks: Record<string, Block>): Pick<Document, 'getElementById'> {
  return {
    getElementById: (id: string) =>
      blocks[id]
        ? ({ getAttribute: (name: string) => (name === 'type' ? blocks[id].type : null), textContent: blocks[id].text } as unknown as HTMLElement)
        : null,
  };
}

const json = (name: string): Block => ({ type: 'application/json', text: text(name) });
const allInline = pageWith({
  [INLINE_SOURCE_IDS.basemap]: json(files.basemap),
  [INLINE_SOURCE_IDS.document]: json(files.document),
  [INLINE_SOURCE_IDS.places]: json(files.places),
  [INLINE_SOURCE_IDS.infrastructure]: json(files.infrastructure),
});

describe('reading the data a page carries inline', () => {
  it('finds nothing on a page without data blocks', () => {
    expect(readInlineSources(pageWith({}))).toBeNull();
  });

  it('gives back the document, the places and the whole base map when the page has all the blocks', () => {
    const sources = readInlineSources(allInline);
    expect(sources?.policyDocument).toEqual(JSON.parse(text(files.document)));
    expect(idsAndProperties(sources?.placeCollection as never)).toEqual(idsAndProperties(openPlaces()));
    expect(sources?.topology.arcs).toHaveLength(
      JSON.parse(text(files.basemap)).arcs.length + JSON.parse(text(files.places)).arcs.length,
    );
  });

  it('refuses a base map block made for another places block', () => {
    const places = JSON.parse(text(files.places));
    const otherBuild = pageWith({
      [INLINE_SOURCE_IDS.basemap]: json(files.basemap),
      [INLINE_SOURCE_IDS.document]: json(files.document),
      [INLINE_SOURCE_IDS.places]: { type: 'application/json', text: JSON.stringify({ ...places, arcs: places.arcs.slice(1) }) },
      [INLINE_SOURCE_IDS.infrastructure]: json(files.infrastructure),
    });
    expect(() => readInlineSources(otherBuild)).toThrow('arcs from the places file');
  });

  it('refuses a page that carries some blocks but not all', () => {
    const partial = pageWith({ [INLINE_SOURCE_IDS.document]: json(files.document) });
    expect(() => readInlineSources(partial)).toThrow('1 of its 4');
  });

  it('refuses a block of another type, which would be a script', () => {
    const wrong = pageWith({ [INLINE_SOURCE_IDS.basemap]: { type: 'text/javascript', text: '{}' } });
    expect(() => readInlineSources(wrong)).toThrow('not an application/json block');
  });
});

describe('isOneFileCopy', () => {
  it('tells the one-file copy, which carries its data, from the site, which fetches it', () => {
    expect(isOneFileCopy(allInline)).toBe(true);
    expect(isOneFileCopy(pageWith({}))).toBe(false);
  });
});

describe('loadAtlasSources', () => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(GEODATA);
  });
  afterAll(async () => {
    await site?.close();
  });
  const urls = () => ({
    basemap: `${site.url}${files.basemap}`,
    document: `${site.url}${files.document}`,
    places: `${site.url}${files.places}`,
    infrastructure: `${site.url}${files.infrastructure}`,
  });

  it('uses the inline blocks without fetching when the page has them', async () => {
    const unreachable = { basemap: 'http://127.0.0.1:1/x', document: 'http://127.0.0.1:1/y', places: 'http://127.0.0.1:1/z', infrastructure: 'http://127.0.0.1:1/w' };
    const sources = await loadAtlasSources(allInline, unreachable);
    expect(sources.policyDocument.meta.documentNumber).toBe('Guo Fa [2009] No. 33');
  });

  it('fetches the four files when the page carries none', async () => {
    const sources = await loadAtlasSources(pageWith({}), urls());
    expect(sources.policyDocument).toEqual(JSON.parse(text(files.document)));
    expect(idsAndProperties(sources.placeCollection)).toEqual(idsAndProperties(openPlaces()));
    expect(Object.keys(sources.topology.objects)).toContain('divisions');
  });

  it('names the file that could not be fetched', async () => {
    await expect(loadAtlasSources(pageWith({}), { ...urls(), places: `${site.url}missing.geojson` })).rejects.toThrow(
      'missing.geojson: HTTP 404',
    );
  });

  it('fails plainly in the one-file build when its blocks are missing', async () => {
    await expect(loadAtlasSources(pageWith({}), null)).rejects.toThrow('no data blocks');
  });
});

describe('SourceLoader', () => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(GEODATA);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('names the file when a host answers with an HTML page instead of the data', async () => {
    // The static server has no index.html in geodata/, so serve a JSON file of the wrong kind instead.
    const loader = new SourceLoader(pageWith({}), {
      basemap: `${site.url}${files.places}`,
      document: `${site.url}${files.document}`,
      places: `${site.url}${files.places}`,
      infrastructure: `${site.url}${files.infrastructure}`,
    });
    const error = await loader.load('basemap').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceLoadError);
    expect((error as SourceLoadError).source).toBe('basemap');
    await expect(loader.load('document')).resolves.toHaveProperty('meta');
  });

  it('keeps a file that loaded and fetches a failed one again when asked', async () => {
    const loader = new SourceLoader(pageWith({}), {
      basemap: `${site.url}${files.basemap}`,
      document: `${site.url}missing.json`,
      places: `${site.url}${files.places}`,
      infrastructure: `${site.url}${files.infrastructure}`,
    });
    const places = loader.load('places');
    const first = loader.load('document');
    await expect(first).rejects.toThrow('missing.json: HTTP 404');
    expect(loader.load('places')).toBe(places);
    // A failure is forgotten: the next ask is a new attempt, not the cached rejection.
    const again = loader.load('document');
    expect(again).not.toBe(first);
    await expect(again).rejects.toBeInstanceOf(SourceLoadError);
  });

  it('checks the infrastructure file too, and leaves the other three usable when it is wrong', async () => {
    const loader = new SourceLoader(pageWith({}), {
      basemap: `${site.url}${files.basemap}`,
      document: `${site.url}${files.document}`,
      places: `${site.url}${files.places}`,
      infrastructure: `${site.url}${files.document}`,
    });
    const error = await loader.load('infrastructure').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceLoadError);
    expect((error as SourceLoadError).source).toBe('infrastructure');
    await expect(loader.load('places')).resolves.toHaveProperty('type', 'FeatureCollection');
  });

  it('gives the places without the base map, and the base map once a failed base map file loads on a retry', async () => {
    const urls = {
      basemap: `${site.url}missing.topo.json`,
      document: `${site.url}${files.document}`,
      places: `${site.url}${files.places}`,
      infrastructure: `${site.url}${files.infrastructure}`,
    };
    const loader = new SourceLoader(pageWith({}), urls);
    await expect(loader.load('places')).resolves.toHaveProperty('type', 'FeatureCollection');
    await expect(loader.load('basemap')).rejects.toThrow('missing.topo.json: HTTP 404');
    urls.basemap = `${site.url}${files.basemap}`;
    const fetched = vi.spyOn(globalThis, 'fetch');
    try {
      await expect(loader.load('basemap')).resolves.toHaveProperty('type', 'Topology');
      // Only the base map's own file is fetched again: the places' arcs are the ones already loaded.
      expect(fetched.mock.calls.map(([url]) => String(url))).toEqual([urls.basemap]);
    } finally {
      fetched.mockRestore();
    }
  });
});
