/**
 * What the benchmark measures in one page: the load to the map's first idle,
 * and the atlas's interactions, timed inside the page from the input event
 * to the animation frame in which the result is first there.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cpuSince, readCpu, type CpuUse } from './process-cpu.ts';

export const VIEWPORT = { width: 1280, height: 800 };

export interface LoadSample {
  /** From navigation start to the map's ready signal, by the page's clock. */
  firstIdleMs: number;
  /** CPU of every browser process between navigation and the ready signal. */
  cpu: CpuUse;
  /** Main-thread task and script time of the renderer, from CDP Performance.getMetrics. */
  taskMs: number;
  scriptMs: number;
  heapBytes: number;
  /** URLs of the requests that had finished when the ready signal was seen. */
  requests: string[];
}

export interface LoadedPage {
  context: BrowserContext;
  page: Page;
  sample: LoadSample;
}

/** Records, by the page's own clock, when the map container first says it is ready. */
const READY_PROBE = `(() => {
  const mark = () => {
    if (window.__benchReady === undefined && document.querySelector('[data-map-ready="true"]')) window.__benchReady = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
})();`;

/**
 * Polls a condition, given as function source, until it holds. Not
 * waitForFunction: that evaluates strings with eval inside the page, which the
 * page's CSP forbids; page.evaluate goes through CDP, which the CSP does not govern.
 */
export async function waitUntil(page: Page, condition: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!((await page.evaluate(`Boolean((${condition})())`)) as boolean)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens `url` in a fresh context with the cache disabled and measures the load to first idle. */
export async function loadPage(browser: Browser, url: string): Promise<LoadedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB' });
  await context.addInitScript(READY_PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  const requests: string[] = [];
  let ready = false;
  page.on('requestfinished', (request) => {
    if (!ready) requests.push(request.url());
  });
  const before = readCpu();
  await page.goto(url);
  await waitUntil(page, '() => window.__benchReady !== undefined', 180_000);
  ready = true;
  const cpu = cpuSince(before, readCpu());
  const firstIdleMs = (await page.evaluate('window.__benchReady')) as number;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  await cdp.detach();
  return {
    context,
    page,
    sample: {
      firstIdleMs,
      cpu,
      taskMs: metric('TaskDuration') * 1000,
      scriptMs: metric('ScriptDuration') * 1000,
      heapBytes: metric('JSHeapUsedSize'),
      requests,
    },
  };
}

/**
 * Installed in the page before an action: on the first `trigger` event it
 * checks each condition once per animation frame and records the time each
 * first holds. Conditions are function sources, evaluated through CDP, which
 * the page's CSP does not govern; the page itself runs no eval.
 */
function installTimer(trigger: 'pointerdown' | 'keydown', conditions: readonly string[]): string {
  return `(() => {
    const conditions = [${conditions.join(',')}];
    window.__benchStart = undefined;
    window.__benchDone = conditions.map(() => undefined);
    window.addEventListener(${JSON.stringify(trigger)}, (event) => {
      window.__benchStart = event.timeStamp;
      const frame = () => {
        const now = performance.now();
        conditions.forEach((condition, i) => {
          if (window.__benchDone[i] === undefined && condition()) window.__benchDone[i] = now;
        });
        if (window.__benchDone.some((t) => t === undefined)) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, { capture: true, once: true });
  })()`;
}

/** Milliseconds from the trigger event to the frame in which each condition first held. */
export async function timeAction(
  page: Page,
  trigger: 'pointerdown' | 'keydown',
  conditions: readonly string[],
  act: () => Promise<void>,
  timeoutMs = 60_000,
): Promise<number[]> {
  await page.evaluate(installTimer(trigger, conditions));
  await act();
  await waitUntil(page, '() => window.__benchDone.every((t) => t !== undefined)', timeoutMs);
  const [start, done] = (await page.evaluate('[window.__benchStart, window.__benchDone]')) as [number, number[]];
  return done.map((t) => t - start);
}

export const NEXT_FRAME = '() => true';

/** The panel's heading names the place. */
export function panelNames(name: string): string {
  return `() => [...document.querySelectorAll('[aria-label="Policy panel"] h2')].some((h) => h.textContent.includes(${JSON.stringify(name)}))`;
}

const NAMES_ON_MAP = `[...document.querySelectorAll('[aria-label="Names shown on the map"] li')].map((li) => li.textContent)`;

/** Whether the map's list of drawn names has a name starting with `name`. */
export function mapShowsName(name: string, shown: boolean): string {
  return `() => ${NAMES_ON_MAP}.some((n) => n.startsWith(${JSON.stringify(name)})) === ${shown}`;
}

export const SEARCH_RESULTS = `() => document.querySelectorAll('[role="listbox"] [role="option"]').length > 0`;
const SEARCH_TEXT = `[...document.querySelectorAll('[role="listbox"] [role="option"]')].map((o) => o.textContent).join('|')`;
export const READER_SHOWN = `() => { const a = document.querySelector('article[aria-label="Read the policy"]'); return !!a && a.getClientRects().length > 0; }`;

export interface InteractionSample {
  keyToggleFrameMs: number;
  keyToggleDrawnMs: number;
  tabSwitchMs: number;
  searchFirstKeyMs: number;
  searchWarmKeyMs: number;
  clickToPanelMs: number;
  /** How the place was chosen: a click on its marker on the map, or Enter in the search box. */
  clickMethod: 'map' | 'search';
}

/** Where the map draws a name, from the atlas's own list of drawn names (no test hook needed). */
async function drawnAt(page: Page, name: string): Promise<{ x: number; y: number } | null> {
  const item = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem').filter({ hasText: name }).first();
  if ((await item.count()) === 0) return null;
  const [x, y] = await Promise.all([item.getAttribute('data-x'), item.getAttribute('data-y')]);
  return x === null || y === null ? null : { x: Number(x), y: Number(y) };
}

/**
 * Chooses `name` and times it until the panel names it: by a click on its
 * marker, where the map draws its name, or else by typing it in the search box
 * and pressing Enter (timed from the Enter).
 */
export async function chooseToPanel(
  page: Page,
  name: string,
  via: 'map' | 'search',
  timeoutMs = 60_000,
): Promise<{ ms: number; method: 'map' | 'search' }> {
  const at = via === 'map' ? await drawnAt(page, name) : null;
  if (at) {
    const canvas = page.locator('canvas.maplibregl-canvas');
    const [ms] = await timeAction(page, 'pointerdown', [panelNames(name)], () => canvas.click({ position: at, timeout: timeoutMs }), timeoutMs);
    return { ms, method: 'map' };
  }
  const box = page.getByRole('combobox').first();
  await box.fill(name, { timeout: timeoutMs });
  await waitUntil(page, SEARCH_RESULTS, timeoutMs);
  const [ms] = await timeAction(page, 'keydown', [panelNames(name)], () => box.press('Enter', { timeout: timeoutMs }), timeoutMs);
  return { ms, method: 'search' };
}

/** The atlas's interactions, found by role and visible text, in an order that leaves each one's starting state clean. */
export async function measureInteractions(page: Page): Promise<InteractionSample> {
  const city = page.getByRole('checkbox', { name: 'Show Service-outsourcing cities' });
  const [keyToggleFrameMs, keyToggleDrawnMs] = await timeAction(
    page,
    'pointerdown',
    [NEXT_FRAME, mapShowsName('Suifenhe', false)],
    () => city.uncheck(),
  );
  await city.check();
  await waitUntil(page, mapShowsName('Suifenhe', true));

  const tab = (name: string) =>
    page.getByRole('tab', { name, exact: true }).or(page.getByRole('button', { name, exact: true })).first();
  const [tabSwitchMs] = await timeAction(page, 'pointerdown', [READER_SHOWN], () => tab('Read the policy').click());
  await tab('Explore').click();
  await waitUntil(page, `() => !(${READER_SHOWN})()`);

  const box = page.getByRole('combobox').first();
  await box.click();
  const [searchFirstKeyMs] = await timeAction(page, 'keydown', [SEARCH_RESULTS], () => box.press('D'));
  const before = (await page.evaluate(SEARCH_TEXT)) as string;
  const [searchWarmKeyMs] = await timeAction(page, 'keydown', [`() => ${SEARCH_TEXT} !== ${JSON.stringify(before)}`], () =>
    box.press('a'),
  );
  await box.fill('');
  await box.press('Escape');

  const click = await chooseToPanel(page, 'Suifenhe', 'map');
  return {
    keyToggleFrameMs,
    keyToggleDrawnMs,
    tabSwitchMs,
    searchFirstKeyMs,
    searchWarmKeyMs,
    clickToPanelMs: click.ms,
    clickMethod: click.method,
  };
}
