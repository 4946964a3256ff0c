/**
 * Every way of choosing a place is one change of state: a click on the map,
 * a search result and a link in the text give the same view and the same URL.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { pointSymbols } from '../../src/map/point-symbols.ts';
import { DESKTOP, describePageHygiene, openSession, type Session, waitForMap } from './harness.ts';

let session: Session;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const data = atlasData(
  readJson<PolicyDocument>('../../geodata/document.json'),
  readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson'),
);

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

async function open(query: string): Promise<Page> {
  const page = await session.newPage(DESKTOP);
  await page.goto(`${session.site.url}${query}`);
  await waitForMap(page);
  return page;
}

/** What the user sees of the state: the URL less its camera, the view shown, and the panel's heading. */
async function seen(page: Page): Promise<{ query: string; view: string | null; heading: string }> {
  const params = new URL(page.url()).searchParams;
  params.delete('map');
  const pressed = page.getByRole('group', { name: 'Panel view' }).locator('[aria-pressed="true"]');
  const heading = page.getByRole('complementary', { name: 'Policy panel' }).getByRole('heading', { level: 2 }).first();
  return { query: params.toString(), view: await pressed.textContent(), heading: (await heading.textContent()) ?? '' };
}

async function positionOf(page: Page, name: string | RegExp): Promise<{ x: number; y: number }> {
  const item = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem').filter({ hasText: name }).first();
  await item.waitFor({ state: 'attached' });
  return { x: Number(await item.getAttribute('data-x')), y: Number(await item.getAttribute('data-y')) };
}

async function bySearch(page: Page, query: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search places and text' });
  await box.fill(query);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

describe('one path for every change of state', () => {
  it('gives the same view and URL for Suifenhe chosen on the map, by search and from the text', async () => {
    const start = '?view=reader';

    const fromMap = await open(start);
    await fromMap.locator('canvas.maplibregl-canvas').click({ position: await positionOf(fromMap, 'Suifenhe') });
    await expect.poll(() => seen(fromMap).then((s) => s.query)).toContain('place=suifenhe');

    const fromSearch = await open(start);
    await bySearch(fromSearch, 'Suifenhe');
    await expect.poll(() => seen(fromSearch).then((s) => s.query)).toContain('place=suifenhe');

    const fromText = await open(start);
    await fromText.getByRole('article', { name: 'Read the policy' }).getByRole('link', { name: 'Suifenhe', exact: true }).first().click();
    await expect.poll(() => seen(fromText).then((s) => s.query)).toContain('place=suifenhe');

    const views = await Promise.all([seen(fromMap), seen(fromSearch), seen(fromText)]);
    expect(views[0]).toEqual({ query: 'place=suifenhe&view=reader', view: 'Read the policy', heading: expect.any(String) });
    expect(views[1]).toEqual(views[0]);
    expect(views[2]).toEqual(views[0]);
  }, 240_000);

  it('opens a place the text never names in Explore, whether chosen on the map or by search', async () => {
    // Zoomed in on Shenyang, where the logistics node's marker is drawn beside the city's.
    const start = '?view=reader&map=8/41.8/123.43';
    const node = pointSymbols(data.places).find((symbol) => symbol.id === 'logistics-shenyang');
    if (!node || node.host !== 'shenyang') throw new Error('the logistics node is not drawn around Shenyang');

    const fromMap = await open(start);
    const { x, y } = await positionOf(fromMap, /^Shenyang 沈阳市$/);
    await fromMap.locator('canvas.maplibregl-canvas').click({ position: { x: x + node.offset[0], y: y + node.offset[1] } });
    // The node's marker touches the city's: the map asks which was meant, as it does wherever places overlap.
    await fromMap.getByRole('dialog', { name: 'Several places here' }).getByRole('button', { name: /Shenyang logistics node/ }).click();
    await expect.poll(() => seen(fromMap).then((s) => s.query)).toContain('place=logistics-shenyang');

    const fromSearch = await open(start);
    await bySearch(fromSearch, 'Shenyang logistics node');
    await expect.poll(() => seen(fromSearch).then((s) => s.query)).toContain('place=logistics-shenyang');

    const [mapView, searchView] = await Promise.all([seen(fromMap), seen(fromSearch)]);
    expect(mapView).toEqual({ query: 'place=logistics-shenyang', view: 'Explore', heading: expect.stringContaining('Shenyang logistics node') });
    expect(searchView).toEqual(mapView);
  }, 180_000);
});

describePageHygiene(() => session);
