import { describe, expect, it } from 'vitest';
import { PHONE, describePageHygiene, saveScreenshot, waitForMap } from './harness.ts';
import { cameraOf, clickMap, mapCanvas, panel, positionOf, selectedHeading, useSharedAtlas } from './fixtures.ts';
import { changedShare } from './pixels.ts';

const atlas = useSharedAtlas();

describe('exploring the policy from the map', () => {
  it('quotes the policy on Suifenhe when it is clicked on the map', async () => {
    const page = await atlas.show();
    await saveScreenshot(page, 'atlas-desktop.png');
    await clickMap(page, await positionOf(page, 'Suifenhe'));
    await expect.poll(() => selectedHeading(page)).toContain('Suifenhe');
    // The numbered list of what the policy says (its designations quote the sentence too, above it).
    const quote = panel(page).locator('ol').getByRole('blockquote').filter({ hasText: 'Yanji and Suifenhe are encouraged' });
    await expect(quote.textContent()).resolves.toContain(
      'Yanji and Suifenhe are encouraged to take advantages of their unique locations to develop software and service outsourcing industries.',
    );
    await expect(quote.locator('mark').textContent()).resolves.toBe('Suifenhe');
    await expect(panel(page).getByText('Clause 5 · Speed up the development of modern service industry').first().isVisible()).resolves.toBe(true);
    await waitForMap(page);
    await saveScreenshot(page, 'atlas-suifenhe-desktop.png');
  });

  it('names a place and its category in a tooltip while the pointer is over it', async () => {
    const page = await atlas.show();
    const { x, y } = await positionOf(page, 'Suifenhe');
    const canvas = await mapCanvas(page).boundingBox();
    await page.mouse.move((canvas?.x ?? 0) + x, (canvas?.y ?? 0) + y);
    const tooltip = page.locator('.map-tooltip:not(.context-tooltip)');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await expect(tooltip.textContent()).resolves.toBe('Suifenhe 绥芬河市City');
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });

  it('offers a short list where a click falls in two zones, rather than picking one', async () => {
    // Yingkou lies in both the Liaoning coastal zone and the Shenyang economic zone: a click on its name falls in both.
    const page = await atlas.show('?map=7/40.62/122.45');
    const yingkou = await positionOf(page, /^Yingkou 营口市$/);
    await clickMap(page, yingkou);
    const chooser = page.getByRole('dialog', { name: 'Several places here' });
    await chooser.waitFor();
    const options = await chooser.getByRole('button').allTextContents();
    expect(options.some((o) => o.includes('Liaoning Coastal Economic Belt'))).toBe(true);
    expect(options.some((o) => o.includes('Shenyang Economic Zone'))).toBe(true);
    expect(options.some((o) => o.includes('Yingkou (prefecture)'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(chooser.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain('maplibregl-canvas');
    await clickMap(page, yingkou);
    await chooser.getByRole('button', { name: /Yingkou \(prefecture\)/ }).click();
    await expect.poll(() => selectedHeading(page)).toContain('Yingkou');
    const zones = await panel(page).getByRole('link').allTextContents();
    expect(zones).toEqual(expect.arrayContaining(['Liaoning Coastal Economic Belt', 'Shenyang Economic Zone']));
  });

  it('hides a theme from the map when it is switched off in the key', async () => {
    const page = await atlas.show();
    await page.getByRole('checkbox', { name: 'Show Service-outsourcing cities' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('service-outsourcing');
    const names = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem');
    await expect.poll(async () => (await names.allTextContents()).some((n) => n.startsWith('Suifenhe'))).toBe(false);
    await page.getByRole('checkbox', { name: 'Show Service-outsourcing cities' }).check();
    await expect.poll(async () => (await names.allTextContents()).some((n) => n.startsWith('Suifenhe'))).toBe(true);
  });
});

describe('reading the policy', () => {
  it('selects the Dalian Commodity Exchange on the map from its name in the text', async () => {
    const page = await atlas.show();
    await panel(page).getByRole('button', { name: 'Read the policy' }).click();
    const reader = panel(page).getByRole('article', { name: 'Read the policy' });
    await expect(reader.getByText('1. Speed up merger and restructuring of enterprises').isVisible()).resolves.toBe(true);
    await reader.getByRole('link', { name: 'Dalian Commodity Exchange', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('dalian-commodity-exchange');
    // The map frames the exchange: it is drawn in the middle of the part of the map the open key leaves clear.
    // (A framing is the map's, not the reader's: the URL names the place, not a camera.)
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    const key = await page.locator('.legend-control').boundingBox();
    const keyRight = (key?.x ?? 0) + (key?.width ?? 0) - (canvas?.x ?? 0);
    const middle = { x: (keyRight + (canvas?.width ?? 0)) / 2, y: (canvas?.height ?? 0) / 2 };
    await expect
      .poll(async () => {
        const at = await positionOf(page, 'Dalian Commodity Exchange');
        return Math.hypot(at.x - middle.x, at.y - middle.y);
      }, { timeout: 10_000 })
      .toBeLessThan(12);
    expect(new URL(page.url()).searchParams.get('map')).toBeNull();
    await panel(page).getByRole('button', { name: 'Explore' }).click();
    await expect.poll(() => selectedHeading(page)).toContain('Dalian Commodity Exchange');
  });

  it('opens the text at a quoted sentence from the quote’s “Read in context” link', async () => {
    const page = await atlas.show('?place=suifenhe');
    const quote = panel(page).locator('ol').getByRole('listitem').filter({ hasText: 'Yanji and Suifenhe are encouraged' });
    const link = quote.getByRole('link', { name: 'Read in context' });
    // A real link, so it can be opened in a new tab or copied.
    expect(new URL((await link.getAttribute('href')) ?? '', page.url()).searchParams.get('sentence')).toBe('I.5.s11');
    await link.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('reader');
    expect(new URL(page.url()).searchParams.get('sentence')).toBe('I.5.s11');
    await expect.poll(() => panel(page).locator('[data-sentence="I.5.s11"]').getAttribute('class')).toContain('is-current');
  });

  it('lights a sentence’s places on the map while the pointer rests on it', async () => {
    const page = await atlas.show('?view=reader');
    const { x, y } = await positionOf(page, 'Suifenhe');
    const around = async () => {
      const canvas = await mapCanvas(page).boundingBox();
      return page.screenshot({ clip: { x: (canvas?.x ?? 0) + x - 20, y: (canvas?.y ?? 0) + y - 20, width: 40, height: 40 } });
    };
    const before = await around();
    await panel(page).locator('[data-sentence="I.5.s12"]').hover();
    // The marker gains a ring and a halo, which change a good part of the pixels around it…
    await expect.poll(async () => changedShare(before, await around())).toBeGreaterThan(0.05);
    // …and lose them when the pointer moves off the sentence.
    await panel(page).getByRole('heading', { level: 2 }).hover();
    await expect.poll(async () => changedShare(before, await around())).toBeLessThan(0.01);
  });

  it('scrolls to a place’s first mention when it is chosen while the text is open', async () => {
    const page = await atlas.show('?view=reader');
    const box = page.getByRole('combobox', { name: 'Search places and text' });
    await box.fill('Tonghua');
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('tonghua');
    const mention = panel(page).locator('.is-current');
    await expect.poll(() => mention.textContent()).toBe('Tonghua');
    await expect.poll(async () => {
      const [found, body] = await Promise.all([mention.boundingBox(), panel(page).boundingBox()]);
      return found !== null && body !== null && found.y >= body.y && found.y + found.height <= body.y + body.height;
    }).toBe(true);
  });

  it('frames a clause’s places when its heading is chosen', async () => {
    const page = await atlas.show('?view=reader');
    const drawn = () => page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem').evaluateAll((items) =>
      items.map((item) => `${item.textContent} ${(item as HTMLElement).dataset.x},${(item as HTMLElement).dataset.y}`).join('\n'));
    const overview = await drawn();
    await panel(page).getByRole('link', { name: /^6\. Support the fast development of clusters of key industries/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('clause')).toBe('I.6');
    // Clause 6 names places from Dalian to Hulunbuir: the map moves off the overview to frame them in the part
    // of the map the open key leaves clear. (A framing is the map's, not the reader's: the URL names no camera.)
    await expect.poll(drawn, { timeout: 10_000 }).not.toBe(overview);
    await waitForMap(page);
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    const key = await page.locator('.legend-control').boundingBox();
    const keyRight = (key?.x ?? 0) + (key?.width ?? 0) - (canvas?.x ?? 0);
    for (const name of ['Shenyang 沈阳市', 'Tonghua 通化市', 'Dalian 大连市']) {
      const at = await positionOf(page, name);
      expect(at.x, name).toBeGreaterThan(keyRight);
      expect(at.x, name).toBeLessThan(canvas?.width ?? 0);
      expect(at.y, name).toBeGreaterThan(0);
      expect(at.y, name).toBeLessThan(canvas?.height ?? 0);
    }
    expect(new URL(page.url()).searchParams.get('map')).toBeNull();
    await panel(page).getByRole('button', { name: 'Explore' }).click();
    const named = await panel(page).getByRole('list').last().getByRole('link').allTextContents();
    expect(named).toEqual(expect.arrayContaining(['Shenyang Economic Zone', 'Tonghua', 'Shenyang Tiexi Equipment Manufacturing Demonstration Zone']));
    expect(named).not.toContain('Suifenhe');
  });
});

describe('search', () => {
  it('finds Harbin by its Chinese name and selects it', async () => {
    const page = await atlas.show();
    const box = page.getByRole('combobox', { name: 'Search places and text' });
    await box.fill('哈尔滨');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('Harbin');
    await box.press('Enter');
    await expect.poll(() => selectedHeading(page)).toContain('Harbin');
    expect(new URL(page.url()).searchParams.get('place')).toBe('harbin');
  });
});

describe('links', () => {
  it('reopen the same selection and camera from a copied URL', async () => {
    const page = await atlas.show('?place=suifenhe');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => cameraOf(page.url()).length).toBe(3);
    await waitForMap(page);
    const copied = page.url();
    // A copied link is opened by loading it: the camera must come from the address alone.
    const reopened = await atlas.load(new URL(copied).search);
    await expect.poll(() => selectedHeading(reopened)).toContain('Suifenhe');
    expect(cameraOf(reopened.url())).toEqual(cameraOf(copied));
  });

  it('let Back return to the previous selection', async () => {
    const page = await atlas.show('?place=suifenhe');
    await expect.poll(() => selectedHeading(page)).toContain('Suifenhe');
    const box = page.getByRole('combobox', { name: 'Search places and text' });
    await box.fill('Harbin');
    await box.press('Enter');
    await expect.poll(() => selectedHeading(page)).toContain('Harbin');
    await waitForMap(page);
    await page.goBack();
    await expect.poll(() => selectedHeading(page)).toContain('Suifenhe');
    expect(new URL(page.url()).searchParams.get('place')).toBe('suifenhe');
    // The map goes back too: Suifenhe framed again, not Harbin, centred in the part of the map the open key leaves clear.
    await expect.poll(async () => (await positionOf(page, 'Suifenhe')).x, { timeout: 10_000 }).toBeGreaterThan(0);
    const canvas = await mapCanvas(page).boundingBox();
    const key = await page.locator('details.legend').boundingBox();
    const clearLeft = (key?.x ?? 0) + (key?.width ?? 0) - (canvas?.x ?? 0);
    const { x, y } = await positionOf(page, 'Suifenhe');
    expect(Math.abs(x - (clearLeft + (canvas?.width ?? 0)) / 2)).toBeLessThan(40);
    expect(Math.abs(y - (canvas?.height ?? 0) / 2)).toBeLessThan(40);
  });

  it('fall back to the overview on malformed or hostile values', async () => {
    // Loaded, not restored: what the page does with a link it is opened with, address rewritten included.
    const page = await atlas.load(
      `?place=${encodeURIComponent('<img src=x onerror=alert(1)>')}&map=NaN/999/abc&hide=${'x'.repeat(5000)}&view=%00`,
    );
    await expect.poll(() => selectedHeading(page)).toContain('Opinions of the State Council');
    expect(new URL(page.url()).searchParams.get('place')).toBeNull();
  });

  it('open the reader at the sentence they name', async () => {
    const page = await atlas.show('?sentence=I.6.s8&view=reader');
    const sentence = panel(page).locator('[data-sentence="I.6.s8"]');
    await expect.poll(() => sentence.getAttribute('class')).toContain('is-current');
    await expect.poll(async () => {
      const [box, body] = await Promise.all([sentence.boundingBox(), panel(page).boundingBox()]);
      return box !== null && body !== null && box.y >= body.y && box.y + box.height <= body.y + body.height;
    }).toBe(true);
  });
});

describe('on a phone', () => {
  it('shows the map above the panel and quotes a selected place', async () => {
    // The layout follows the window's width: the desktop page, narrowed to a phone's.
    const page = await atlas.show('?place=dalian', PHONE);
    await expect.poll(() => selectedHeading(page)).toContain('Dalian');
    // The panel is a sheet over the foot of the map, with the map visible above it.
    const map = await page.locator('.map').boundingBox();
    const side = await panel(page).boundingBox();
    expect(side?.y ?? 0).toBeGreaterThan((map?.y ?? 0) + PHONE.height * 0.25);
    await saveScreenshot(page, 'atlas-dalian-phone.png');
  });
});

describePageHygiene(() => atlas.session);
