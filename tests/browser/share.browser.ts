import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAVE_SCREENSHOTS, SCREENSHOTS, describePageHygiene, saveScreenshot } from './harness.ts';
import { useSharedAtlas } from './fixtures.ts';

// Not a check of how the map moves: it jumps rather than eases, and names appear without fading (reduced motion).
const atlas = useSharedAtlas({ reducedMotion: 'reduce' });

function shareDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Share this view' });
}

async function openShare(page: Page, part?: string) {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = shareDialog(page);
  await dialog.waitFor();
  if (part) await dialog.getByRole('button', { name: part, exact: true }).click();
  return dialog;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Standard deviation of the pixels' luminance in a box of a decoded PNG. */
function variance(png: PNG, box: { x: number; y: number; width: number; height: number }): { spread: number; dark: number } {
  let sum = 0;
  let squares = 0;
  let dark = 0;
  let n = 0;
  for (let y = Math.round(box.y); y < box.y + box.height; y += 1) {
    for (let x = Math.round(box.x); x < box.x + box.width; x += 1) {
      const i = (y * png.width + x) * 4;
      const l = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
      sum += l;
      squares += l * l;
      if (l < 160) dark += 1;
      n += 1;
    }
  }
  const mean = sum / n;
  return { spread: Math.sqrt(squares / n - mean * mean), dark: dark / n };
}

describe('sharing a view', () => {
  it('copies the view’s link, and Esc closes the dialog and gives focus back to Share', async () => {
    const page = await atlas.show('?place=suifenhe');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(atlas.session.site.url).origin });
    const dialog = await openShare(page);
    await saveScreenshot(page, 'share-dialog-link.png');
    const field = dialog.getByRole('textbox', { name: 'Link to this view' });
    const link = await field.inputValue();
    expect(new URL(link).searchParams.get('place')).toBe('suifenhe');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Share');
    // Esc closed the dialog only: the place is still selected.
    await expect(page.getByRole('complementary', { name: 'Policy panel' }).getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      'Suifenhe',
    );
  });

  it('selects the text to copy by hand where the clipboard refuses', async () => {
    const page = await atlas.show('?place=dalian');
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    try {
      const dialog = await openShare(page);
      await dialog.getByRole('button', { name: 'Copy' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toContain('The text is selected');
      const selected = await page.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement;
        return field.value.slice(field.selectionStart, field.selectionEnd);
      });
      expect(selected).toBe(await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue());
    } finally {
      // The page is shared: the browser's own clipboard comes back for the next check.
      await page.evaluate(() => Reflect.deleteProperty(navigator.clipboard, 'writeText'));
    }
  });

  it('copies a citation of a clause, in short form and as BibTeX', async () => {
    const page = await atlas.show('?clause=I.5');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(atlas.session.site.url).origin });
    const dialog = await openShare(page, 'Cite');
    const field = dialog.getByRole('textbox', { name: 'Citation' });
    await expect(field.inputValue()).resolves.toMatch(/Guo Fa \[2009\] No\. 33.*clause 5/i);
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'BibTeX' });
    const bibtex = await field.inputValue();
    expect(bibtex).toMatch(/^@\w+\{/);
    expect(bibtex).toContain('clause=I.5');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(bibtex);
    await saveScreenshot(page, 'share-dialog-cite.png');
  });

  it('downloads the data as a ZIP, and the selection as GeoJSON and CSV', async () => {
    const page = await atlas.show('?place=suifenhe');
    const dialog = await openShare(page, 'Data');
    const zip = await downloaded(page, () => dialog.getByRole('link', { name: 'Download all data (ZIP)' }).click());
    expect(zip.download.suggestedFilename()).toBe('northeast-atlas-data.zip');
    expect(zip.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');

    const geojson = await downloaded(page, () => dialog.getByRole('button', { name: 'Places as GeoJSON' }).click());
    expect(geojson.download.suggestedFilename()).toBe('northeast-atlas-place-suifenhe-as-of-2025.geojson');
    const collection = JSON.parse(geojson.bytes.toString('utf8')) as { type: string; features: { properties: { id: string } }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.properties.id)).toEqual(['suifenhe']);

    const csv = await downloaded(page, () => dialog.getByRole('button', { name: 'Sentences as CSV' }).click());
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Yanji and Suifenhe are encouraged');
  });

  it('downloads a PNG of the view at the size asked for, with a map and a footer of text', async () => {
    const page = await atlas.show('?place=suifenhe');
    const dialog = await openShare(page, 'Image');
    for (const [label, width, height] of [
      ['Social media, 1200 × 675 px', 1200, 675],
      ['Print, 2400 × 1350 px', 2400, 1350],
    ] as const) {
      await dialog.getByRole('radio', { name: label }).check();
      const { download, bytes } = await downloaded(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
      expect(download.suggestedFilename()).toBe(`northeast-atlas-suifenhe-as-of-2025-${width}x${height}.png`);
      const png = PNG.sync.read(bytes);
      expect([png.width, png.height]).toEqual([width, height]);
      const u = width / 1200;
      // The map fills the left of the middle band: land, water and lines, not one flat colour.
      const map = variance(png, { x: 40 * u, y: 160 * u, width: 700 * u, height: 300 * u });
      expect(map.spread).toBeGreaterThan(8);
      // The footer, under its rule, holds lines of dark text on white.
      const footer = variance(png, { x: 24 * u, y: height - 80 * u, width: 1000 * u, height: 60 * u });
      expect(footer.dark).toBeGreaterThan(0.01);
      expect(footer.dark).toBeLessThan(0.5);
      if (SAVE_SCREENSHOTS) await download.saveAs(`${SCREENSHOTS}export-${width}x${height}.png`);
      await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Downloaded');
    }
  });
});

/** Spread of the green channel over a canvas of the page: a map, not one flat colour. */
function canvasSpread(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas) => {
    const { width, height } = canvas as HTMLCanvasElement;
    const data = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, width, height).data;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < data.length; i += 4) {
      sum += data[i + 1];
      squares += data[i + 1] ** 2;
    }
    const n = data.length / 4;
    return Math.sqrt(squares / n - (sum / n) ** 2);
  });
}

describe('printing a view', () => {
  it('print media alone, with no beforeprint event, lay out the view: the map, its key, the quotes, the citation and the link, and no controls', async () => {
    const page = await atlas.show('?place=suifenhe');
    // The sheet's copy of the map, taken on screen once the map settled, is as wide as the map.
    const mapWidth = () => page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!.width);
    const onScreen = await mapWidth();
    await expect.poll(() => page.locator('.print-sheet__map').evaluate((canvas) => (canvas as HTMLCanvasElement).width)).toBe(onScreen);
    // Nothing but the media changes: no script runs for the print.
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.getByRole('button', { name: 'Share' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('combobox', { name: 'Search places and text' }).isVisible()).resolves.toBe(false);
      const sheet = page.locator('.print-sheet');
      await expect(sheet.getByRole('heading', { name: 'Suifenhe' }).isVisible()).resolves.toBe(true);
      await expect(sheet.getByText('Yanji and Suifenhe are encouraged').isVisible()).resolves.toBe(true);
      await expect(sheet.getByText('Cite as:').isVisible()).resolves.toBe(true);
      await expect(sheet.getByText('first published', { exact: false }).isVisible()).resolves.toBe(true);
      await expect(sheet.getByText(/\/atlas\/\?place=suifenhe$/).isVisible()).resolves.toBe(true);
      // The screen's key, by theme: Suifenhe's orange disc is explained.
      const key = sheet.getByRole('listitem');
      await expect(key.first().isVisible()).resolves.toBe(true);
      await expect(sheet.getByText(/^Service-outsourcing cities \(/).isVisible()).resolves.toBe(true);
      // The map as the reader last saw it settle, copied while the page was on screen.
      const snapshot = sheet.getByRole('img', { name: 'Map of Northeast China' });
      await expect(snapshot.isVisible()).resolves.toBe(true);
      await expect.poll(() => canvasSpread(page, '.print-sheet__map'), { timeout: 10_000 }).toBeGreaterThan(8);
      await saveScreenshot(page, 'print-suifenhe-media-only.png', { fullPage: true });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The map's box is hidden in print and the map redraws at a stub's size: the copy is still the reader's view.
      await page.waitForTimeout(1500);
      await expect(snapshot.evaluate((canvas) => (canvas as HTMLCanvasElement).width)).resolves.toBe(onScreen);
    } finally {
      await page.emulateMedia({ media: null });
    }
    // Where the browser fires beforeprint (on screen, before print media apply), the sheet takes the map afresh.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await canvasSpread(page, '.print-sheet__map')).toBeGreaterThan(8);
      await saveScreenshot(page, 'print-suifenhe.png', { fullPage: true });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect(page.locator('.print-sheet__map').isVisible()).resolves.toBe(true);
    } finally {
      await page.emulateMedia({ media: null });
    }
    // On screen the sheet is not shown: the page is the atlas.
    await expect(page.locator('.print-sheet').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Share' }).isVisible()).resolves.toBe(true);
  });
});

describePageHygiene(() => atlas.session);
