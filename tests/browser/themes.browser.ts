/**
 * The map's themes as a reader meets them: switching one off hides only the
 * places that hold nothing else, and the default view is captured at two
 * sizes. (That the key lists the product's four themes first, with their
 * counts, in both languages, needs no map: tests/unit/views/map-key.test.ts.)
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE } from '../../src/map/palette-dark.ts';
import { DESKTOP, saveScreenshot } from './harness.ts';
import { namesShown, useSharedAtlas } from './fixtures.ts';
import { colourCoverage, hexToRgb } from './pixels.ts';

const atlas = useSharedAtlas();

/** The English names of what the overview frames: the policy's places and the provinces of the Northeast. */
const REGION_NAMES = [
  ...(JSON.parse(readFileSync(new URL('../../geodata/places.geojson', import.meta.url), 'utf8')) as FeatureCollection).features.map((f) => String(f.properties?.name_en)),
  'Heilongjiang',
  'Jilin',
  'Liaoning',
  'Inner Mongolia',
];

function key(page: Page) {
  return page.locator('details.legend');
}

const shows = async (page: Page, name: string) => (await namesShown(page)).some((n) => n.startsWith(name));

describe('the key by theme', () => {
  it('hides Tonghua but keeps Dalian when hi-tech industrial bases are switched off', async () => {
    const page = await atlas.show();
    await expect.poll(() => shows(page, 'Tonghua')).toBe(true);
    await expect.poll(() => shows(page, 'Dalian')).toBe(true);
    await page.getByRole('checkbox', { name: 'Show Hi-tech industrial bases' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('hi-tech-bases');
    await expect.poll(() => shows(page, 'Tonghua')).toBe(false);
    expect(await shows(page, 'Dalian')).toBe(true);
    await page.getByRole('checkbox', { name: 'Show Hi-tech industrial bases' }).check();
    await expect.poll(() => shows(page, 'Tonghua')).toBe(true);
  });

  it('opens an old link that hid the city category with the cities’ themes off', async () => {
    const page = await atlas.show('?hide=city');
    await expect(page.getByRole('checkbox', { name: 'Show Hi-tech industrial bases' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Show Service-outsourcing cities' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Show Economic zones' }).isChecked()).resolves.toBe(true);
    await expect.poll(() => shows(page, 'Suifenhe')).toBe(false);
  });
});

describe('the default view', () => {
  it.each([
    { name: '1280x800', viewport: DESKTOP },
    { name: '1920x1080', viewport: { width: 1920, height: 1080 } },
  ])('frames the region clear of the key at $name', async ({ name, viewport }) => {
    const page = await atlas.show('', viewport);
    await saveScreenshot(page, `themes-default-${name}.png`);
    const box = await key(page).boundingBox();
    // Every name of the region the map frames (the policy's places and the Northeast's provinces) lies
    // outside the open key; names beyond the region, west of it, may lie under a long key.
    const items = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem');
    const points = await items.evaluateAll((li) => li.map((item) => [item.textContent, Number(item.getAttribute('data-x')), Number(item.getAttribute('data-y'))] as const));
    const mapBox = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(box && mapBox).toBeTruthy();
    const under = points.filter(([, x, y]) => {
      const px = (mapBox?.x ?? 0) + x;
      const py = (mapBox?.y ?? 0) + y;
      return box !== null && px >= box.x && px <= box.x + box.width && py >= box.y && py <= box.y + box.height;
    });
    expect(under.map(([text]) => text).filter((text) => REGION_NAMES.some((name) => text?.startsWith(name)))).toEqual([]);
    // The check can fail: the region's names are among those listed.
    expect(points.filter(([text]) => REGION_NAMES.some((name) => text?.startsWith(name))).length).toBeGreaterThan(10);
  });

  it('frames a selected place clear of the key', async () => {
    const page = await atlas.show('?place=dalian');
    await saveScreenshot(page, `themes-dalian.png`);
    const box = await key(page).boundingBox();
    const mapBox = await page.locator('canvas.maplibregl-canvas').boundingBox();
    const items = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem').filter({ hasText: /^Dalian/ });
    const x = Number(await items.first().getAttribute('data-x'));
    expect((mapBox?.x ?? 0) + x).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0));
  });
});

describe('the dark colour scheme', () => {
  it('switches the map and the page to dark and back, keeping the selection and the key', async () => {
    const page = await atlas.show('?place=dalian&hide=logistics');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    // How much of the map is the dark palette's water: none before, much after.
    const darkWater = async () =>
      colourCoverage(await page.locator('canvas.maplibregl-canvas').screenshot(), hexToRgb(DARK_PALETTE.colors.water), 3).share;
    expect(await darkWater()).toBe(0);
    const dark = page.getByRole('button', { name: 'Dark' });
    await expect(dark.getAttribute('aria-pressed')).resolves.toBe('false');
    await dark.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('scheme')).toBe('dark');
    await expect(dark.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(background).not.toBe(light);
    await expect.poll(darkWater).toBeGreaterThan(0.2);
    await saveScreenshot(page, `themes-dark-dalian.png`);
    // The selection and the key's choice are kept.
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toContain('Dalian');
    expect(new URL(page.url()).searchParams.get('hide')).toBe('logistics');
    await expect(page.getByRole('checkbox', { name: 'Show Logistics' }).isChecked()).resolves.toBe(false);
    await dark.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('scheme')).toBe('light');
    await expect.poll(background).toBe(light);
  });
});
