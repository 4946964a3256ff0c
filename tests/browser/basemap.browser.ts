import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, describePageHygiene, saveScreenshot, waitForMap } from './harness.ts';
import { namesShown, useSharedAtlas } from './fixtures.ts';
import { colourCoverage, hexToRgb, pixelAt, summarizePixels } from './pixels.ts';
import { THEMES } from '../../src/content/designations.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';

const atlas = useSharedAtlas();

const BASE_ONLY = THEMES.map((t) => t.id).join(',');

describe.each([
  // On a desktop the region is framed clear of the open key, which takes the map's left quarter.
  // On a phone it is framed in the strip of map above the panel's sheet, wider than it is tall,
  // where a region wider than it is tall leaves bands at its sides.
  { device: 'desktop', viewport: DESKTOP, isMobile: false, minRegionShare: 0.15 },
  { device: 'phone', viewport: PHONE, isMobile: true, minRegionShare: 0.15 },
])('the base map on a $device', ({ device, viewport, isMobile, minRegionShare }) => {
  let page: Page;

  beforeAll(async () => {
    // With every policy layer switched off in the key, the base map shows alone.
    const query = `?hide=${BASE_ONLY}`;
    if (isMobile) {
      // A phone of its own, loaded: the layout a phone opens with (the key folded, the sheet) is chosen at load.
      const context = await atlas.session.newContext(viewport, { isMobile });
      page = await context.newPage();
      await page.goto(`${atlas.session.site.url}${query}`);
      await waitForMap(page);
    } else {
      page = await atlas.show(query, viewport);
    }
    await saveScreenshot(page, `basemap-${device}.png`);
  });

  it('has a proper title, description and favicon', async () => {
    await expect(page.title()).resolves.toContain('Northeast China');
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(/State Council/);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(new URL(icon ?? '', page.url()).href);
    expect(response.ok()).toBe(true);
  });

  it('shows the heading naming the document', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Northeast China/);
    await expect(page.getByRole('banner').getByText('Guo Fa [2009] No. 33').isVisible()).resolves.toBe(true);
  });

  it('draws a map, not a blank canvas', async () => {
    const canvas = await page.locator('canvas.maplibregl-canvas').screenshot();
    const { distinctColours, dominantShare } = summarizePixels(canvas);
    expect(distinctColours).toBeGreaterThan(12);
    expect(dominantShare).toBeLessThan(0.75);
  });

  it('labels the four largest cities’ divisions in English and Chinese', async () => {
    const names = await namesShown(page);
    for (const [en, zh] of [
      ['Shenyang', '沈阳'],
      ['Harbin', '哈尔滨'],
      ['Changchun', '长春'],
      ['Dalian', '大连'],
    ]) {
      expect(names.some((name) => name.includes(en) && name.includes(zh)), `${en} ${zh} in ${names}`).toBe(true);
    }
  });

  it('fetches nothing of the city-zoom context at the overview: no data, no style, no faces of its names', async () => {
    const fetched = (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))) as string[];
    expect(fetched.filter((url) => /city-context|font-faces-detail|detail-noto/.test(url))).toEqual([]);
    await expect(page.locator('.map').getAttribute('data-city-context')).resolves.toBeNull();
  });

  it('labels the provinces and the neighbouring countries', async () => {
    const names = await namesShown(page);
    for (const name of ['Liaoning', 'Jilin', 'Heilongjiang', 'Russia 俄罗斯', 'North Korea 朝鲜']) {
      expect(names.some((shown) => shown.includes(name)), name).toBe(true);
    }
  });

  it('frames the whole region, filling the map without touching its edges', async () => {
    // The region is the only land drawn in the region colour, so its pixels
    // show where it lies on screen.
    // On a phone the panel is a sheet over the foot of the map: what counts is the map above it.
    const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
    const sheet = await page.locator('.panel').boundingBox();
    if (!box || !sheet) throw new Error('no map or panel');
    const overlaps = sheet.x < box.x + box.width && sheet.y < box.y + box.height && sheet.y > box.y;
    const height = overlaps ? sheet.y - box.y : box.height;
    const canvas = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height } });
    const { share, onEdge } = colourCoverage(canvas, hexToRgb(LIGHT_PALETTE.colors.region));
    expect(onEdge).toBe(0);
    expect(share).toBeGreaterThan(minRegionShare);
  });

  it('draws its labels with the page’s own Latin and Chinese fonts, loaded from its own origin', async () => {
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replaceAll('"', '')),
    );
    expect(loaded).toContain('Noto Sans');
    expect(loaded).toContain('Noto Sans SC');
  });

  it('has a scale bar, zoom buttons and an attribution naming the sources', async () => {
    await expect(page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.maplibregl-ctrl-scale').isVisible()).resolves.toBe(true);
    const attribution = await page.locator('.maplibregl-ctrl-attrib').textContent();
    expect(attribution).toContain('Natural Earth');
    expect(attribution).toContain('china-geojson');
    expect(attribution).toContain('GeoNames (CC BY 4.0)');
    expect(attribution).toContain('© OpenStreetMap contributors (ODbL)');
  });
});

/** Shows a link's view and waits until the city-zoom context, which loads once the map is zoomed in, is drawn and listed. */
async function showCityZoom(query: string, expected: string): Promise<Page> {
  const page = await atlas.show(query);
  await page.locator('.map[data-city-context="shown"]').waitFor({ timeout: 60_000 });
  await expect.poll(() => namesShown(page), { timeout: 30_000 }).toContainEqual(expect.stringContaining(expected));
  return page;
}

describe('the map at city zoom', () => {
  it('names the Songhua and the towns around Harbin at zoom 9, in English and in Chinese', async () => {
    const page = await showCityZoom('?map=9/45.78/126.62', 'Songhua');
    const names = await namesShown(page);
    expect(names.some((name) => name.startsWith('Songhua') && name.includes('松花江')), names.join(' | ')).toBe(true);
    // Acheng and Shuangcheng are GeoNames towns with a sourced Chinese name; Hulan has none.
    expect(names.some((name) => /^(Acheng|Shuangcheng|Hulan)\b/.test(name)), names.join(' | ')).toBe(true);
    const zh = await showCityZoom('?map=9/45.78/126.62&lang=zh', '松花江');
    const namesZh = await namesShown(zh);
    expect(namesZh.some((name) => name.startsWith('松花江') && name.includes('Songhua')), namesZh.join(' | ')).toBe(true);
    expect(namesZh.some((name) => /双城|Acheng|Hulan/.test(name)), namesZh.join(' | ')).toBe(true);
  });

  it('draws Dalian Bay as sea at zoom 10 and names it, where the 1:10m coast had land', async () => {
    // Dalian Bay is centred at 121.70 E, 38.96 N; the base map's coast and its prefectures fill it with land.
    const page = await showCityZoom(`?map=10/38.96/121.70&hide=${BASE_ONLY}`, 'Dalian Bay');
    const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map');
    // East of the map's middle, clear of the bay's own name, the key and the panel: water, all of it.
    const bay = await page.screenshot({ clip: { x: box.x + box.width / 2 + 60, y: box.y + box.height / 2 - 20, width: 40, height: 40 } });
    expect(colourCoverage(bay, hexToRgb(LIGHT_PALETTE.colors.water)).share).toBeGreaterThan(0.9);
    const zh = await showCityZoom('?map=10/38.96/121.70&lang=zh', '大连湾');
    expect(await namesShown(zh)).toContainEqual(expect.stringContaining('大连湾'));
  });

  it('washes the shore of Dalian that the 1:10m prefectures leave out as it washes the zone itself', async () => {
    // 121.607 E, 38.942 N is land on the shore of Dalian Bay, outside the Liaoning coastal zone's
    // 1:10m outline; 121.55 E, 39.0 N is well inside it. At zoom 10 a degree is 1,456 px across and,
    // at this latitude, about 1,870 px down.
    const onlyZones = THEMES.map((t) => t.id).filter((id) => id !== 'economic-zones').join(',');
    const page = await showCityZoom(`?map=10/38.942/121.607&hide=${onlyZones}`, 'Dalian Bay');
    const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map');
    const colourAt = async (dx: number, dy: number) =>
      pixelAt(await page.screenshot({ clip: { x: box.x + box.width / 2 + dx - 2, y: box.y + box.height / 2 + dy - 2, width: 4, height: 4 } }), 2, 2);
    const shore = await colourAt(0, 0);
    const inland = await colourAt(Math.round(-0.057 * 1456), Math.round(-0.058 * 1870));
    expect(shore).toEqual(inland);
    expect(shore).not.toEqual(hexToRgb(LIGHT_PALETTE.colors.region));
  });

  // Screenshots for a person to look at (SCREENSHOTS=1): the three views the issue names, in both languages and schemes.
  it.runIf(process.env.SCREENSHOTS === '1')('is drawn for a person to look at around Harbin, Yanji, Dalian and Suifenhe', async () => {
    for (const [where, camera, expected] of [
      ['harbin', '9/45.78/126.62', 'Songhua'],
      ['yanji', '8.5/42.9/129.5', 'Tumen'],
      ['dalian', '10/38.95/121.6', 'Dalian Bay'],
      ['suifenhe', '9/44.4/131.1', ''],
    ] as const) {
      for (const lang of ['en', 'zh'] as const) {
        for (const scheme of ['light', 'dark'] as const) {
          const page = await showCityZoom(`?map=${camera}&lang=${lang}&scheme=${scheme}`, lang === 'en' ? expected : '');
          await saveScreenshot(page, `city-${where}-${lang}-${scheme}.png`);
        }
      }
    }
  });
});

describePageHygiene(() => atlas.session);
