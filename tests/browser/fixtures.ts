/**
 * The browser tests' shared fixtures: one page of the atlas per test file,
 * loaded once and put back into a known state between checks through the
 * atlas's own way of restoring a view, the browser history; and the helpers
 * every file reads the page with.
 *
 * A load of the atlas costs seconds of CPU in software WebGL; a reset costs a
 * redraw. A reset pushes the link's address onto the history and announces
 * it with `popstate`, exactly as Back and Forward do, so the atlas restores
 * the whole state the link holds (selection, view, language, key, camera,
 * tour, comparison, colour scheme) through `url-sync.ts`. What a link does not
 * hold (an open dialog, text in the search box, focus, the pointer) is put
 * back as a reader would: Esc, an emptied field, the pointer moved away.
 * What happens only when a page loads (a link's address rewritten, the
 * browser's languages, the comparison opened from a link) is checked with
 * `load`, a real navigation; so is every link to the embed, which is a way
 * of loading the page and keeps no history to restore from.
 *
 * One difference a reset cannot undo: once the map has eased to a place, it
 * keeps that easing's padding, so a camera restored afterwards from a link
 * (`?map=7/40.62/122.45`) is centred in the padded part of the map, not in
 * the middle of the canvas as on a load. Checks that click "the middle of
 * the map" of such a link either load it or click a name the map shows.
 */
import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ContextOptions, DESKTOP, openSession, type Session, type SessionOptions } from './harness.ts';

export interface Viewport {
  width: number;
  height: number;
}

export interface SharedAtlasOptions extends SessionOptions, Pick<ContextOptions, 'reducedMotion'> {
  /** The page's size, to which `show` and `load` return unless given another. Default: DESKTOP. */
  viewport?: Viewport;
  /** A phone: touch, a mobile viewport. A context's own setting, so one per file. */
  isMobile?: boolean;
  /** The browser's language. Default: en-GB. */
  locale?: string;
  /** How long a load may take before the map is ready, on a busy two-core machine. Default: 120 s. */
  readyTimeout?: number;
}

export interface SharedAtlas {
  readonly session: Session;
  /** The file's one page (after the first `show` or `load`). */
  readonly page: Page;
  /**
   * Shows the view a link holds (`?place=dalian`, `''` for the overview) in
   * the file's page: loaded the first time, then reset through the history.
   * Resolves once the map has drawn the view and is idle.
   */
  show(query?: string, viewport?: Viewport): Promise<Page>;
  /** Loads the link in the file's page, for what happens only at load. Resolves once the map is ready. */
  load(query?: string, viewport?: Viewport): Promise<Page>;
  /** A further page in the file's context, for a check that needs two pages at once. Not waited for. */
  newPage(): Promise<Page>;
}

/** The accessible names of the map's list of the names it shows, in English and Chinese. */
const NAMES_LISTS = ['Names shown on the map', '地图上显示的地名'];

/**
 * Opens a browser session and one page for the test file (call at the top
 * level of the file), closed after its tests.
 */
export function useSharedAtlas(options: SharedAtlasOptions = {}): SharedAtlas {
  let session: Session | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let loaded = false;
  let inFlight: () => number = () => 0;
  const readyTimeout = options.readyTimeout ?? 120_000;

  beforeAll(async () => {
    session = await openSession(options);
    context = await session.newContext(options.viewport ?? DESKTOP, { isMobile: options.isMobile, locale: options.locale, reducedMotion: options.reducedMotion });
    page = await context.newPage();
    inFlight = requestsInFlight(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`No ${what}: useSharedAtlas() opens it in beforeAll.`);
    return value;
  };

  /**
   * Sizes the page as asked, or back to the file's size: a size is part of
   * what a check starts from. Waits for the map to draw at the new size, so
   * that a view restored next is framed for it, unless it need not be
   * `redrawn` there (a load follows).
   */
  async function resize(asked: Viewport | undefined, { redrawn = true }: { redrawn?: boolean } = {}): Promise<void> {
    const p = required(page, 'page');
    const viewport = asked ?? options.viewport ?? DESKTOP;
    const current = p.viewportSize();
    if (current?.width === viewport.width && current.height === viewport.height) return;
    if (!loaded || !redrawn) {
      await p.setViewportSize(viewport);
      return;
    }
    const drawn = await afterNextIdle(p, () => p.setViewportSize(viewport));
    if (!drawn) throw new Error(`The map did not draw at ${viewport.width}×${viewport.height}`);
  }

  const atlas: SharedAtlas = {
    get session() {
      return required(session, 'session');
    },
    get page() {
      return required(page, 'page');
    },
    async load(query = '', viewport) {
      const p = required(page, 'page');
      // The page is navigated next: the map it shows now need not draw at the new size first.
      await resize(viewport, { redrawn: false });
      // What the page is still fetching (the search chunk after the map, a font for a new language)
      // would be cut off by the navigation and reported as failed: let it arrive first. (Counted here
      // rather than by Playwright's 'networkidle', which a page that once held the share dialog's
      // embed preview never reaches again, though nothing is in flight: it cost 15 s a load.)
      if (loaded) await untilNothingInFlight(inFlight, 15_000);
      await p.goto(`${atlas.session.site.url}${query}`, { waitUntil: 'domcontentloaded', timeout: readyTimeout });
      await p.locator('.map[data-map-ready="true"]').waitFor({ timeout: readyTimeout });
      loaded = true;
      return p;
    },
    async show(query = '', viewport) {
      // An embed is a way of loading the page, and it keeps no history (its entries would join the
      // host page's), so there is nothing to restore it from: each embed is loaded.
      if (!loaded || isEmbed(query) || isEmbed(required(page, 'page').url())) return atlas.load(query, viewport);
      const p = required(page, 'page');
      await resize(viewport);
      await resetTo(p, query);
      return p;
    },
    async newPage() {
      return required(context, 'context').newPage();
    },
  };
  return atlas;
}

/** How many of the page's requests (its frames' included) are in flight: started, neither finished nor failed. */
function requestsInFlight(page: Page): () => number {
  const pending = new Set<Request>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return () => pending.size;
}

/** Waits until no request has been in flight for two looks 100 ms apart, or for `timeout` ms at most. */
async function untilNothingInFlight(inFlight: () => number, timeout: number): Promise<void> {
  const until = Date.now() + timeout;
  let quietLooks = 0;
  while (quietLooks < 2 && Date.now() < until) {
    quietLooks = inFlight() === 0 ? quietLooks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Puts a loaded page of the atlas into the state a link holds, without a
 * load (see the top of this file), and checks that it took.
 */
export async function resetTo(page: Page, query: string): Promise<void> {
  await putAway(page);
  await restoreFromHistory(page, query);
  // A restore that cuts short the map's own easing to a selection ends that
  // easing, which the map records as a camera of its own (the `framing` flag
  // in policy-map.ts). Restored once more, the view is the link's alone.
  if (new URL(page.url()).search !== searchOf(query)) await restoreFromHistory(page, query);
  await focusTheStart(page);
  await expectReset(page, query);
}

/** What a check may leave open: dialogs (the share dialog is a `<dialog>`), the search's list, disclosures. */
const LEFT_OPEN = 'dialog[open], [role="dialog"]:visible, [role="listbox"]:visible, button[aria-expanded="true"]:visible';

/**
 * Closes what a check left open and empties what it typed, as a reader
 * would, and starts the keyboard from the top of the page, as a load does.
 */
async function putAway(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  const dialogs = page.locator('dialog[open], [role="dialog"]:visible, [role="listbox"]:visible');
  for (let presses = 0; presses < 4 && (await dialogs.count()) > 0; presses += 1) {
    // Esc from within the dialog, where its own keys listen.
    const inside = dialogs.first().locator('button:visible, input:visible, select:visible, textarea:visible');
    if ((await inside.count()) > 0) await inside.first().press('Escape');
    else await page.keyboard.press('Escape');
  }
  // The search box first: focus in it raises a phone's sheet, a disclosure closed next.
  const box = page.getByRole('combobox').first();
  if ((await box.count()) > 0 && (await box.isVisible()) && (await box.inputValue()) !== '') await box.fill('');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // A disclosure left open (the places in view, the sheet at full) is closed by its own button.
  const expanded = page.locator('button[aria-expanded="true"]:visible');
  for (let clicks = 0; clicks < 4 && (await expanded.count()) > 0; clicks += 1) await expanded.first().click();
}

/**
 * Leaves focus on the body, so that the next Tab goes to the page's first
 * control, as after a load. (A restored selection moves focus to its heading,
 * for a reader who chose it; a load leaves focus be.)
 */
async function focusTheStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

/**
 * Runs `act` and waits for the map's next idle after it: the moment the map
 * rewrites its list of the names it shows. Resolves `false` if none comes
 * within a minute.
 */
async function afterNextIdle(page: Page, act: () => Promise<unknown>): Promise<boolean> {
  const watching = await page.evaluate((lists) => {
    const list = [...document.querySelectorAll('ul[aria-label]')].find((ul) => lists.includes(ul.getAttribute('aria-label') ?? ''));
    if (!list) return false;
    const holder = window as unknown as { nextMapIdle?: Promise<boolean> };
    holder.nextMapIdle = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000);
      const observer = new MutationObserver(() => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(true);
      });
      observer.observe(list, { childList: true });
    });
    return true;
  }, NAMES_LISTS);
  if (!watching) return false;
  await act();
  return page.evaluate(() => (window as unknown as { nextMapIdle: Promise<boolean> }).nextMapIdle);
}

/** Pushes the link's address and announces it as Back would, then waits for the map to draw it. */
async function restoreFromHistory(page: Page, query: string): Promise<void> {
  const drawn = await afterNextIdle(page, () =>
    page.evaluate((search) => {
      history.pushState(null, '', `${location.pathname}${search}`);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, query),
  );
  if (!drawn) throw new Error(`The map did not draw ${query || 'the overview'} after it was restored from the history`);
}

function isEmbed(link: string): boolean {
  return new URL(link, 'http://x/').searchParams.get('embed') === '1';
}

/** A link's query as the address bar holds it. */
function searchOf(query: string): string {
  return new URL(query, 'http://x/').search;
}

/**
 * The reset took: the address is the link's, nothing is left open, and the
 * tour is shown only if the link opens it. (Thrown rather than `expect`ed, as
 * a reset may run in a hook.)
 */
async function expectReset(page: Page, query: string): Promise<void> {
  const search = new URL(page.url()).search;
  if (search !== searchOf(query)) throw new Error(`Reset to ${searchOf(query)}, but the address says ${search}`);
  const leftOpen = await page.locator(LEFT_OPEN).count();
  if (leftOpen > 0) throw new Error(`Reset to ${query}, but ${leftOpen} dialogs, lists or disclosures are still open`);
  const inTour = new URLSearchParams(query).has('tour');
  await page.waitForFunction(
    (shown) => [...document.querySelectorAll('section.tour')].some((tour) => tour.getBoundingClientRect().width > 0) === shown,
    inTour,
    { timeout: 30_000 },
  );
}

// Reading the page, as a user would: by role and visible text.

export function panel(page: Page, name = 'Policy panel'): Locator {
  return page.getByRole('complementary', { name });
}

/** The panel's heading: the selection's name, or the document's title. */
export async function selectedHeading(page: Page): Promise<string> {
  const heading = panel(page).getByRole('heading', { level: 2 }).first();
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

/** The names the map shows, from its list of them, in either language. */
export function namesList(page: Page): Locator {
  return page.getByRole('list', { name: /^(Names shown on the map|地图上显示的地名)$/ }).getByRole('listitem');
}

export async function namesShown(page: Page): Promise<string[]> {
  return namesList(page).allTextContents();
}

/** Where the map shows a name, from the list of names it renders. */
export async function positionOf(page: Page, name: string | RegExp): Promise<{ x: number; y: number }> {
  const item = namesList(page).filter({ hasText: name }).first();
  await item.waitFor({ state: 'attached' });
  const [x, y] = await Promise.all([item.getAttribute('data-x'), item.getAttribute('data-y')]);
  return { x: Number(x), y: Number(y) };
}

export function mapCanvas(page: Page): Locator {
  return page.locator('canvas.maplibregl-canvas');
}

/** Clicks the map canvas at a point in the map's own pixel coordinates. */
export async function clickMap(page: Page, point: { x: number; y: number }): Promise<void> {
  await mapCanvas(page).click({ position: point });
}

/** Clicks the middle of the map, where a `?map=zoom/lat/lng` link puts that spot. */
export async function clickMapCentre(page: Page): Promise<void> {
  const box = await mapCanvas(page).boundingBox();
  await clickMap(page, { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 });
}

/** The camera a URL records, `[zoom, lat, lng]`. */
export function cameraOf(url: string): number[] {
  return (new URL(url).searchParams.get('map') ?? '').split('/').map(Number);
}

export function searchBox(page: Page, name = 'Search places and text'): Locator {
  return page.getByRole('combobox', { name });
}
