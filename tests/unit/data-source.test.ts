import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INLINE_SOURCE_IDS,
  SourceLoadError,
  SourceLoader,
  isOneFileCopy,
  loadAtlasSources,
  readInlineSources,
} from '../../src/data/data-source.ts';
import { serveStatic, type StaticSite } from '../browser/static-server.ts';

const GEODATA = fileURLToPath(new URL('../../geodata', import.meta.url));
const files = {
  basemap: 'basemap.topo.json',
  document: 'document.json',
  places: 'places.geojson',
  infrastructure: 'infrastructure.geojson',
} as const;
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

  it('parses all three blocks when the page has them', () => {
    const sources = readInlineSources(allInline);
    expect(sources?.policyDocument).toEqual(JSON.parse(text(files.document)));
    expect(sources?.placeCollection).toEqual(JSON.parse(text(files.places)));
    expect(sources?.topology.type).toBe('Topology');
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

  it('fetches the three files when the page carries none', async () => {
    const sources = await loadAtlasSources(pageWith({}), urls());
    expect(sources.policyDocument).toEqual(JSON.parse(text(files.document)));
    expect(sources.placeCollection.features.length).toBeGreaterThan(0);
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
});
