import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { countDocumentLoads, describePageHygiene, saveScreenshot } from './harness.ts';
import { useSharedAtlas } from './fixtures.ts';

// Not a check of how the map moves: it jumps rather than eases, and names appear without fading (reduced motion).
const atlas = useSharedAtlas({ reducedMotion: 'reduce' });

const QUOTE = 'Yanji and Suifenhe are encouraged to take advantages of their unique locations';

/** A page on another origin that records the messages it receives, holding the pasted embed code. */
async function hostPage(code: string): Promise<{ url: string; close(): Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title></head>
<body style="margin:0"><article style="width:600px"><h1>A news article</h1>
<script>window.heightMessages = []; window.addEventListener('message', function (e) { window.heightMessages.push(e.data); });</script>
${code}
<p>The article goes on.</p></article></body></html>`;
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/article.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the embed', () => {
  it('renders in an article on another origin from the code the Share dialog gives, and posts its height', async () => {
    const full = await atlas.show('?place=suifenhe');
    await full.getByRole('button', { name: 'Share' }).click();
    const dialog = full.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('button', { name: 'Embed', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Height' }).selectOption('400');
    await dialog.getByRole('checkbox', { name: 'Add a short script that fits the height to the content' }).check();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toContain('embed=1');
    expect(code).toContain('height="400"');
    const preview = full.frameLocator('iframe.share-part__preview');
    await preview.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    await saveScreenshot(full, 'share-dialog-embed.png');

    const host = await hostPage(code);
    try {
      // The article's page is the one request allowed beyond the atlas's origin.
      const context = await atlas.session.browser.newContext({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 1, locale: 'en-GB' });
      const atlasOrigin = new URL(atlas.session.site.url).origin;
      const beyond: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === host.url || url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === atlasOrigin) return route.continue();
        beyond.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      countDocumentLoads(page, () => (atlas.session.documentLoads += 1), (url) => url.startsWith(atlas.session.site.url));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(host.url);
      const frame = page.frameLocator('iframe');
      await frame.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
      await expect(frame.locator('.embed-caption').getByText(QUOTE).isVisible()).resolves.toBe(true);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { heightMessages: { type: string; height: number }[] }).heightMessages))
        .toContainEqual({ type: 'northeast-atlas:height', height: expect.any(Number) });
      const posted = await page.evaluate(() =>
        (window as unknown as { heightMessages: { type: string; height: number }[] }).heightMessages.filter((m) => m.type === 'northeast-atlas:height').at(-1),
      );
      expect(posted?.height).toBeGreaterThanOrEqual(250);
      expect(posted?.height).toBeLessThanOrEqual(900);
      // The host's script fitted the iframe to what the embed asked for.
      await expect.poll(() => page.locator('iframe').getAttribute('height')).toBe(String(posted?.height));
      await saveScreenshot(page, 'embed-in-article.png');
      expect(beyond).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await host.close();
    }
  });

  it('fits a 600×400 frame: the map takes most of it and the quote reads without scrolling the page', async () => {
    const page = await atlas.show('?place=suifenhe&embed=1', { width: 600, height: 400 });
    await saveScreenshot(page, 'embed-600x400.png');
    await expect(page.locator('.masthead').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('combobox').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Share' }).count()).resolves.toBe(0);
    const map = await page.locator('.map').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(400 * 0.6);
    const quote = await page.locator('.embed-caption').getByText(QUOTE).boundingBox();
    expect(quote).not.toBeNull();
    expect((quote?.y ?? 0) + 10).toBeLessThan(400);
    await expect(page.evaluate(() => document.scrollingElement!.scrollHeight)).resolves.toBeLessThanOrEqual(400);
    // The key is folded behind its button; the attribution is spelled out.
    await expect(page.locator('.legend').getAttribute('open')).resolves.toBeNull();
    await expect(page.locator('.legend').getByText('Map key').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Natural Earth', { exact: false }).first().isVisible()).resolves.toBe(true);
    const open = page.getByRole('link', { name: 'Open the full atlas ↗' });
    await expect(open.getAttribute('target')).resolves.toBe('_blank');
    await expect(open.getAttribute('rel')).resolves.toBe('noopener');
    const href = new URL((await open.getAttribute('href')) ?? '');
    expect(href.searchParams.get('place')).toBe('suifenhe');
    expect(href.searchParams.has('embed')).toBe(false);
  });

  it('still shows its caption and citation at 300×250', async () => {
    const page = await atlas.show('?clause=I.5&embed=1', { width: 300, height: 250 });
    await saveScreenshot(page, 'embed-300x250.png');
    await expect(page.getByRole('heading', { name: /Clause 5/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Open the full atlas ↗' }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.scrollingElement!.scrollHeight)).resolves.toBeLessThanOrEqual(250);
    const map = await page.locator('.map').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(125);
  });

  it('leaves the page’s scroll to the page, and says how to zoom in the page’s language', async () => {
    const page = await atlas.show('?place=dalian&embed=1&lang=zh', { width: 600, height: 400 });
    const before = await page.evaluate(() => [location.search, history.length]);
    const box = await page.locator('.map').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 100);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => page.getByText('按住 Ctrl 键并滚动鼠标滚轮以缩放地图').isVisible()).toBe(true);
    // An embed writes no history of its own.
    await page.locator('canvas.maplibregl-canvas').click({ position: { x: 300, y: 150 } });
    await expect(page.evaluate(() => [location.search, history.length])).resolves.toEqual(before);
  });
});

describePageHygiene(() => atlas.session);
