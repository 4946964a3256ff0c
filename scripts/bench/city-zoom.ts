/**
 * The benchmark's city-zoom measure: from the overview at its first idle, the
 * camera moved to Harbin at zoom 9, until the map is idle with the city-zoom
 * context (rivers, lakes, towns, railways) drawn. The atlas loads that context
 * lazily when the zoom first passes its threshold; the bare page is given the
 * same file (geodata/site/city-context.json) and draws it with a few layers, so
 * that what the atlas costs beyond it is its own code and style.
 *
 * The atlas is moved as a shared link moves it (the address changed and a
 * history step, which it follows), and is done when its own list of drawn names
 * lists the Songhua: that list is updated at the map's idle. The bare page,
 * bench code only, exposes a function that moves it and resolves at its idle.
 */
import type { Page } from 'playwright-core';
import { waitUntil } from './measure.ts';
import { cpuSince, readCpu, type CpuUse } from './process-cpu.ts';
import { type Figure, markdownTable } from './stats.ts';

export const HARBIN_ZOOM_9 = { lng: 126.62, lat: 45.78, zoom: 9 };

export interface CityZoomSample {
  /** From the move to the idle map with the context drawn, by the page's clock. */
  ms: number;
  cpu: CpuUse;
  /** URLs of the requests made in that time: the context and the faces of its names. */
  requests: string[];
}

const NAMES_LIST_HAS_SONGHUA = `() => [...document.querySelectorAll('[aria-label="Names shown on the map"] li')].some((li) => li.textContent.startsWith('Songhua'))`;

/** Moves the page to Harbin at zoom 9 and measures until it is idle with the context drawn. */
export async function zoomToHarbin(page: Page, kind: 'atlas' | 'bare'): Promise<CityZoomSample> {
  const requests: string[] = [];
  const record = (request: { url(): string }) => requests.push(request.url());
  page.on('requestfinished', record);
  const before = readCpu();
  const { lng, lat, zoom } = HARBIN_ZOOM_9;
  let ms: number;
  if (kind === 'atlas') {
    const start = (await page.evaluate(`(() => {
      const start = performance.now();
      history.pushState(null, '', '?map=${zoom}/${lat}/${lng}');
      window.dispatchEvent(new PopStateEvent('popstate'));
      return start;
    })()`)) as number;
    await waitUntil(page, NAMES_LIST_HAS_SONGHUA, 120_000);
    ms = ((await page.evaluate('performance.now()')) as number) - start;
  } else {
    ms = (await page.evaluate(`window.__benchZoomTo(${lng}, ${lat}, ${zoom})`)) as number;
  }
  const cpu = cpuSince(before, readCpu());
  page.off('requestfinished', record);
  return { ms, cpu, requests };
}

/** The section of the report: the zoom's time, CPU and bytes, atlas against the bare page. */
export function cityZoomSection(
  atlas: readonly CityZoomSample[],
  bare: readonly CityZoomSample[],
  gzipKb: { atlas: number[]; bare: number[] },
): string {
  const both = (name: string, pick: (s: CityZoomSample) => number): Figure => ({ name, atlas: atlas.map(pick), bare: bare.map(pick), digits: 0 });
  return [
    `### Zoom from the overview to Harbin at zoom 9, until idle with the city context drawn (${atlas.length} runs each)`,
    '',
    markdownTable([
      both('Time to idle (ms)', (s) => s.ms),
      both('CPU, all browser processes (ms)', (s) => s.cpu.total),
      both('… of which renderer (ms)', (s) => s.cpu.renderer),
      both('Requests', (s) => s.requests.length),
      { name: 'Bytes fetched, gzip (kB)', atlas: gzipKb.atlas, bare: gzipKb.bare, digits: 0 },
    ]),
    '',
  ].join('\n');
}
