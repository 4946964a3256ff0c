/**
 * The one camera, as the reader sees it: a place opened from a link on a
 * phone shows above the half-open sheet, not under it; and during the tour a
 * click on the map moves neither the camera nor the tour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, describePageHygiene, openSession, waitForMap, type Session } from './harness.ts';

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

/** Software rendering on a busy machine: the first frame can take a minute or more. */
const SLOW = { timeout: 400_000 };

async function open(query: string, viewport: { width: number; height: number }, isMobile = false): Promise<Page> {
  const page = await session.newPage(viewport, { isMobile });
  await page.goto(`${session.site.url}${query}`);
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 180_000 });
  return page;
}

/** Where the map draws a name's point, on the page: from the list of names shown, which screen readers read. */
async function pointOnPage(page: Page, name: RegExp): Promise<{ x: number; y: number } | null> {
  const item = page.getByRole('list', { name: /^(Names shown on the map|地图上显示的地名)$/ }).getByRole('listitem').filter({ hasText: name }).first();
  if ((await item.count()) === 0) return null;
  const [x, y, canvas] = await Promise.all([item.getAttribute('data-x'), item.getAttribute('data-y'), page.locator('canvas.maplibregl-canvas').boundingBox()]);
  return { x: Number(x) + (canvas?.x ?? 0), y: Number(y) + (canvas?.y ?? 0) };
}

/** How far above the sheet's top edge the place's point is drawn (negative: under the sheet). */
async function clearanceAboveSheet(page: Page, name: RegExp): Promise<number> {
  const [point, sheet] = await Promise.all([pointOnPage(page, name), page.locator('.panel').boundingBox()]);
  if (!point || !sheet) return Number.NEGATIVE_INFINITY;
  return sheet.y - point.y;
}

describe('a link to a place, opened on a 390×844 phone', () => {
  const links = [
    { query: '?place=suifenhe&lang=zh', name: /^绥芬河/ },
    { query: '?place=dalian', name: /^Dalian 大连/ },
  ];
  it.each(links)('shows $query’s marker above the half-open sheet', SLOW, async ({ query, name }) => {
    const page = await open(query, PHONE, true);
    await expect.poll(() => page.locator('.panel').getAttribute('data-sheet')).toBe('half');
    // The marker (about 8 px across) is drawn wholly in the map above the sheet, with room to spare.
    await expect.poll(() => clearanceAboveSheet(page, name), { timeout: 30_000 }).toBeGreaterThan(24);
    const map = await page.locator('canvas.maplibregl-canvas').boundingBox();
    const point = await pointOnPage(page, name);
    expect(point?.y ?? 0).toBeGreaterThan((map?.y ?? 0) + 24);
    expect(point?.x ?? 0).toBeGreaterThan(24);
    expect(point?.x ?? 0).toBeLessThan(PHONE.width - 24);
  });

  it('keeps the marker above the sheet when a tap on it raises the sheet to half', SLOW, async () => {
    const page = await open('', PHONE, true);
    await expect.poll(() => page.locator('.panel').getAttribute('data-sheet')).toBe('peek');
    const suifenhe = await pointOnPage(page, /^Suifenhe 绥芬河市$/);
    expect(suifenhe).not.toBeNull();
    await page.touchscreen.tap(suifenhe!.x, suifenhe!.y);
    await expect.poll(() => page.locator('.panel').getAttribute('data-sheet')).toBe('half');
    await expect.poll(() => clearanceAboveSheet(page, /^Suifenhe/), { timeout: 30_000 }).toBeGreaterThan(24);
  });
});

/** Every name the map shows, with where it is drawn: what the reader sees of the camera. */
async function namesDrawn(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem');
  return items.evaluateAll((list) => list.map((item) => `${item.textContent} ${(item as HTMLElement).dataset.x},${(item as HTMLElement).dataset.y}`));
}

describe('a click on the map during the tour', () => {
  it('moves neither the camera nor the tour', SLOW, async () => {
    const page = await open('?tour=I.5', DESKTOP);
    const status = page.getByRole('region', { name: 'Presentation' }).getByRole('status');
    const before = { url: page.url(), status: await status.textContent(), names: await namesDrawn(page) };
    const suifenhe = await pointOnPage(page, /^Suifenhe 绥芬河市$/);
    expect(suifenhe).not.toBeNull();
    // A click on Suifenhe's marker, one of the step's places: outside the tour it would select Suifenhe and frame it.
    await page.mouse.click(suifenhe!.x, suifenhe!.y);
    // Long enough for any eased move (under a second) to have ended and the map to be idle again.
    await page.waitForTimeout(2500);
    await waitForMap(page);
    expect(page.url()).toBe(before.url);
    await expect(status.textContent()).resolves.toBe(before.status);
    expect(await namesDrawn(page)).toEqual(before.names);
  });
});

describePageHygiene(() => session);
