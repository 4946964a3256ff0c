/**
 * Every way of choosing a place is one change of state: a click on the map,
 * a search result and a link in the text give the same view and the same URL.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { pointSymbols } from '../../src/map/point-symbols.ts';
import { describePageHygiene } from './harness.ts';
import { clickMap, positionOf, searchBox, useSharedAtlas } from './fixtures.ts';

// What is compared is the state each way gives, not the camera (left out of the URL compared) nor how the map moves to
// it: the map jumps rather than eases.
const atlas = useSharedAtlas({ reducedMotion: 'reduce' });

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const data = atlasData(
  readJson<PolicyDocument>('../../geodata/document.json'),
  readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson'),
);

/** What the user sees of the state: the URL less its camera, the view shown, and the panel's heading. */
async function seen(page: Page): Promise<{ query: string; view: string | null; heading: string }> {
  const params = new URL(page.url()).searchParams;
  params.delete('map');
  const pressed = page.getByRole('group', { name: 'Panel view' }).locator('[aria-pressed="true"]');
  const heading = page.getByRole('complementary', { name: 'Policy panel' }).getByRole('heading', { level: 2 }).first();
  return { query: params.toString(), view: await pressed.textContent(), heading: (await heading.textContent()) ?? '' };
}

async function bySearch(page: Page, query: string): Promise<void> {
  const box = searchBox(page);
  await box.fill(query);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

describe('one path for every change of state', () => {
  it('gives the same view and URL for Suifenhe chosen on the map, by search and from the text', async () => {
    const start = '?view=reader';

    // The three ways, one after the other in the one page, each from the same start.
    const fromMap = await atlas.show(start);
    await clickMap(fromMap, await positionOf(fromMap, 'Suifenhe'));
    await expect.poll(() => seen(fromMap).then((s) => s.query)).toContain('place=suifenhe');
    const mapView = await seen(fromMap);

    const fromSearch = await atlas.show(start);
    await bySearch(fromSearch, 'Suifenhe');
    await expect.poll(() => seen(fromSearch).then((s) => s.query)).toContain('place=suifenhe');
    const searchView = await seen(fromSearch);

    const fromText = await atlas.show(start);
    await fromText.getByRole('article', { name: 'Read the policy' }).getByRole('link', { name: 'Suifenhe', exact: true }).first().click();
    await expect.poll(() => seen(fromText).then((s) => s.query)).toContain('place=suifenhe');
    const textView = await seen(fromText);

    const views = [mapView, searchView, textView];
    expect(views[0]).toEqual({ query: 'place=suifenhe&view=reader', view: 'Read the policy', heading: expect.any(String) });
    expect(views[1]).toEqual(views[0]);
    expect(views[2]).toEqual(views[0]);
  }, 240_000);

  it('opens a place the text never names in Explore, whether chosen on the map or by search', async () => {
    // Zoomed in on Shenyang, where the logistics node's marker is drawn beside the city's.
    const start = '?view=reader&map=8/41.8/123.43';
    const node = pointSymbols(data.places).find((symbol) => symbol.id === 'logistics-shenyang');
    if (!node || node.host !== 'shenyang') throw new Error('the logistics node is not drawn around Shenyang');

    const fromMap = await atlas.show(start);
    const { x, y } = await positionOf(fromMap, /^Shenyang 沈阳市$/);
    await clickMap(fromMap, { x: x + node.offset[0], y: y + node.offset[1] });
    // The node's marker touches the city's: the map asks which was meant, as it does wherever places overlap.
    await fromMap.getByRole('dialog', { name: 'Several places here' }).getByRole('button', { name: /Shenyang logistics node/ }).click();
    await expect.poll(() => seen(fromMap).then((s) => s.query)).toContain('place=logistics-shenyang');
    const mapView = await seen(fromMap);

    const fromSearch = await atlas.show(start);
    await bySearch(fromSearch, 'Shenyang logistics node');
    await expect.poll(() => seen(fromSearch).then((s) => s.query)).toContain('place=logistics-shenyang');
    const searchView = await seen(fromSearch);

    expect(mapView).toEqual({ query: 'place=logistics-shenyang', view: 'Explore', heading: expect.stringContaining('Shenyang logistics node') });
    expect(searchView).toEqual(mapView);
  }, 180_000);
});

describePageHygiene(() => atlas.session);
