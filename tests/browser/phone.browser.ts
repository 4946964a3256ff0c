/**
 * The atlas on a phone: the panel is a sheet over the map, at peek, half or
 * full height; at half a place's first quote is in sight; search results
 * sit above where the on-screen keyboard rises; a tap leaves no tooltip; and
 * the map's popups stay inside the window at every size.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, describePageHygiene, saveScreenshot } from './harness.ts';
import { mapCanvas, positionOf, searchBox, useSharedAtlas } from './fixtures.ts';

/** A phone: touch and a mobile viewport, a context's own settings, shared by the file's checks. */
const atlas = useSharedAtlas({ viewport: PHONE, isMobile: true, readyTimeout: 180_000 });

/** Software rendering on a busy machine: the first frame can take a minute or more. */
const SLOW = { timeout: 400_000 };
const SMALL_PHONE = { width: 320, height: 568 };

const handle = (page: Page) => page.getByRole('button', { name: /^Panel size:/ });

/**
 * Lowers the sheet to its smallest, as a reader would with the handle's keys:
 * where the sheet stands is not part of a link, so a check that starts from
 * it puts it there.
 */
async function lowerSheet(page: Page): Promise<void> {
  await handle(page).focus();
  for (let presses = 0; presses < 3; presses += 1) await page.keyboard.press('ArrowDown');
  await expect.poll(() => handle(page).getAttribute('aria-label')).toBe('Panel size: small');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The box of a located element, which must be wholly inside the window. */
async function insideWindow(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
  });
}

describe('the panel as a sheet on a 390×844 phone', () => {
  it('opens at half on a place, with its first quote in sight and the map above', SLOW, async () => {
    // The file's first load: a link that opens on a selection opens the sheet at half.
    const page = await atlas.show('?place=dalian');
    await expect(handle(page).getAttribute('aria-label')).resolves.toBe('Panel size: half');
    const quote = page.locator('.quotes blockquote').first();
    await expect(quote.textContent()).resolves.toContain('Dalian');
    const name = page.locator('.panel .details__title');
    await expect(name.textContent()).resolves.toContain('Dalian');
    // The sheet opens on the place: its name first, under the handle, then the quote, the controls a scroll up.
    await expect.poll(async () => ((await name.boundingBox())?.y ?? 0) - ((await page.locator('.panel').boundingBox())?.y ?? 0)).toBeLessThan(60);
    const [sheet, quoteBox, nameBox] = await Promise.all([page.locator('.panel').boundingBox(), quote.boundingBox(), name.boundingBox()]);
    expect(nameBox?.y ?? 0).toBeGreaterThan(sheet?.y ?? 0);
    // The quote begins inside the sheet and on screen: it can be read without scrolling.
    expect(quoteBox?.y ?? 0).toBeGreaterThan(sheet?.y ?? 0);
    expect((quoteBox?.y ?? 0) + 40).toBeLessThan(PHONE.height);
    // The search is still the sheet's first field, in the tab order before the place.
    await expect(page.getByRole('combobox').first().evaluate((box, title) => Boolean(box.compareDocumentPosition(title as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await name.elementHandle())).resolves.toBe(true);
    // A good part of the map shows above the sheet.
    expect(sheet?.y ?? 0).toBeGreaterThan(PHONE.height * 0.35);
    await saveScreenshot(page, `phone-sheet-half.png`);
  });

  it('moves between peek, half and full by the handle, with a tap or the arrow keys', SLOW, async () => {
    // Loaded: the sheet's first height is the page's own choice.
    const page = await atlas.load('');
    await expect(handle(page).getAttribute('aria-label')).resolves.toBe('Panel size: small');
    const heightOf = async () => (await page.locator('.panel').boundingBox())?.height ?? 0;
    const peek = await heightOf();
    await handle(page).click();
    await expect(handle(page).getAttribute('aria-label')).resolves.toBe('Panel size: half');
    const half = await heightOf();
    await handle(page).focus();
    await page.keyboard.press('ArrowUp');
    await expect(handle(page).getAttribute('aria-label')).resolves.toBe('Panel size: full');
    const full = await heightOf();
    expect(peek).toBeLessThan(half);
    expect(half).toBeLessThan(full);
    await saveScreenshot(page, `phone-sheet-full.png`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(handle(page).getAttribute('aria-label')).resolves.toBe('Panel size: small');
    await saveScreenshot(page, `phone-sheet-peek.png`);
    // A drag up from peek lets go nearest to full.
    const box = await handle(page).boundingBox();
    const x = (box?.x ?? 0) + (box?.width ?? 0) / 2;
    const y = (box?.y ?? 0) + (box?.height ?? 0) / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 300, { steps: 6 });
    await page.mouse.move(x, 60, { steps: 6 });
    await page.mouse.up();
    await expect(handle(page).getAttribute('aria-label')).resolves.toBe('Panel size: full');
  });

  it('opens the sheet full for search, so its results sit above the on-screen keyboard', SLOW, async () => {
    const page = await atlas.show('');
    await lowerSheet(page);
    const box = searchBox(page);
    await box.tap();
    await expect(handle(page).getAttribute('aria-label')).resolves.toBe('Panel size: full');
    await box.fill('Harbin');
    const list = page.getByRole('listbox');
    await list.getByRole('option').first().waitFor();
    const listBox = await list.boundingBox();
    // A phone's keyboard takes about the lower 40 % of the screen.
    expect((listBox?.y ?? 0) + (listBox?.height ?? 0)).toBeLessThan(PHONE.height * 0.6);
    await saveScreenshot(page, `phone-search.png`);
  });
});

describe('the map popups', () => {
  it('shows no tooltip after a tap on a place', SLOW, async () => {
    const page = await atlas.show('?map=7/41.8/123.43');
    await lowerSheet(page);
    // The link centres the map on Shenyang: the tap falls 64 px above it, measured from where the map
    // draws Shenyang rather than from the canvas's middle, which a restored camera need not keep.
    const shenyang = await positionOf(page, /^Shenyang 沈阳市$/);
    await mapCanvas(page).tap({ position: { x: shenyang.x, y: shenyang.y - 64 } });
    await page.waitForFunction(() => document.querySelector('.panel')?.getAttribute('data-sheet') !== null);
    await expect(page.locator('.map-tooltip:not(.context-tooltip)').isVisible()).resolves.toBe(false);
  });

  // Shenyang lies in its city, its prefecture and its economic zone: a click
  // there opens the chooser. Each camera puts Shenyang near the foot of the
  // visible map, where the chooser used to run off the window.
  const cases = [
    // The phone's page widened to a desktop's: the layout follows the width.
    { name: '1280×800', viewport: DESKTOP, mobile: false },
    { name: '390×844', viewport: PHONE, mobile: true },
    { name: '320×568', viewport: SMALL_PHONE, mobile: true },
  ];
  it.each(cases)('keeps the chooser inside the window at $name', SLOW, async ({ name, viewport, mobile }) => {
    const page = await atlas.show('?map=7/41.8/123.43', viewport);
    if (mobile) await lowerSheet(page);
    const names = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem');
    const shenyang = names.filter({ hasText: /^Shenyang 沈阳市$/ }).first();
    await shenyang.waitFor({ state: 'attached' });
    const y = await shenyang.getAttribute('data-y');
    const canvas = page.locator('canvas.maplibregl-canvas');
    const size = await canvas.boundingBox();
    // Pan the map with the keyboard (each up arrow moves it 100 px down)
    // until Shenyang sits near the foot of what is seen of the map.
    const visibleFoot = mobile ? ((await page.locator('.panel').boundingBox())?.y ?? 0) - (size?.y ?? 0) : (size?.height ?? 0);
    const steps = Math.floor((visibleFoot - 40 - Number(y)) / 100);
    await canvas.focus();
    for (let i = 1; i <= steps; i += 1) {
      await page.keyboard.press('ArrowUp');
      await expect
        .poll(async () => Number(await shenyang.getAttribute('data-y')), { timeout: 60_000 })
        .toBeGreaterThan(Number(y) + 100 * i - 10);
    }
    const at = { x: Number(await shenyang.getAttribute('data-x')), y: Number(await shenyang.getAttribute('data-y')) };
    expect(at.y).toBeGreaterThan(visibleFoot - 140);
    await canvas.click({ position: at });
    const chooser = page.getByRole('dialog', { name: 'Several places here' });
    await chooser.waitFor();
    expect(await insideWindow(page, '.map-chooser')).toBe(true);
    await saveScreenshot(page, `chooser-shenyang-${name}.png`);
  });
});

describePageHygiene(() => atlas.session);
