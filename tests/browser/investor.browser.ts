import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { describePageHygiene, saveScreenshot, waitForMap } from './harness.ts';
import { clickMap, clickMapCentre, panel, useSharedAtlas } from './fixtures.ts';
import { parseCsv } from '../unit/csv-parse.ts';

// Seven engineers share two cores: the map may take a minute to draw in software.
vi.setConfig({ testTimeout: 300_000 });

// Not a check of how the map moves: it jumps rather than eases, and names appear without fading (reduced motion).
const atlas = useSharedAtlas({ readyTimeout: 150_000, reducedMotion: 'reduce' });

describe('what’s here', () => {
  it('describes an empty spot near Anshan: its prefecture, the zone over it with its sentence, and the nearest port in km', async () => {
    // South-west of Anshan city: inside the Shenyang Economic Zone, on no marker. Loaded, so that the
    // link's spot is in the middle of the canvas (see fixtures.ts on a restored camera's padding).
    const page = await atlas.load('?map=8/41.05/122.9');
    await clickMapCentre(page);
    const chooser = page.getByRole('dialog', { name: 'Several places here' });
    await chooser.getByRole('button', { name: 'What’s here at this spot' }).click();
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toContain('What’s here');
    expect(new URL(page.url()).searchParams.get('at')).toMatch(/^41\.0\d*,122\.9\d*$/);
    const view = panel(page).getByRole('article', { name: 'What’s here' });
    await expect(view.getByRole('link', { name: 'Anshan', exact: true }).isVisible()).resolves.toBe(true);
    await expect(view.textContent()).resolves.toContain('Liaoning');
    const zone = view.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Shenyang Economic Zone/ }) });
    const quote = zone.getByRole('blockquote');
    await expect(quote.count()).resolves.toBeGreaterThan(0);
    await expect(quote.first().getAttribute('lang')).resolves.toBe('en');
    await expect(zone.getByRole('link', { name: 'Read in context' }).count()).resolves.toBeGreaterThan(0);
    const seaport = view.locator('dt', { hasText: 'Nearest seaport' }).locator('xpath=following-sibling::dd[1]');
    await expect(seaport.textContent()).resolves.toMatch(/^Port of .+\d+ km$/);
    await expect(view.getByText('Straight-line distances, as the crow flies').first().isVisible()).resolves.toBe(true);
    await waitForMap(page);
    await saveScreenshot(page, 'investor-whats-here.png');
  });

  it('describes the map’s centre from the keyboard, in Chinese too', async () => {
    const page = await atlas.show('?map=8/45.6/126.8');
    await page.getByRole('button', { name: 'What’s here? Describe the spot at the centre of the map' }).click();
    const view = panel(page).getByRole('article', { name: 'What’s here' });
    await expect.poll(() => view.textContent()).toContain('Harbin');
    await panel(page).getByRole('button', { name: '中文' }).click();
    // The panel is named in Chinese now.
    const zhView = page.getByRole('article', { name: '此处概况' });
    await expect.poll(() => zhView.textContent()).toContain('哈尔滨市');
    await expect(zhView.textContent()).resolves.toContain('最近的机场');
    await expect(zhView.textContent()).resolves.toMatch(/\d+ 公里/);
  });

  it('says when a spot lies outside the region, and still gives distances', async () => {
    const page = await atlas.show('?at=39.9,116.4');
    const view = panel(page).getByRole('article', { name: 'What’s here' });
    await expect(view.getByText('This spot lies outside the region the policy covers.').isVisible()).resolves.toBe(true);
    await expect(view.textContent()).resolves.toContain('Nearest airport');
  });
});

describe('context layers', () => {
  it('shows the seaports only once switched on, named on the map, with a dated and sourced card', async () => {
    // Close enough that Panjin's label does not collide with Yingkou's old port, 12 km east; loaded, as a
    // camera this close restored from the history may leave the map nothing new to draw.
    const page = await atlas.load('?map=11/40.68/122.09');
    const names = page.getByRole('list', { name: 'Names shown on the map' });
    await expect(names.getByText('Port of Panjin', { exact: false }).count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Show Seaports' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('ctx')).toBe('seaport');
    await waitForMap(page);
    const item = names.getByRole('listitem').filter({ hasText: 'Port of Panjin' }).first();
    await item.waitFor({ state: 'attached' });
    await saveScreenshot(page, 'investor-context-seaports.png');
    const [x, y] = await Promise.all([item.getAttribute('data-x'), item.getAttribute('data-y')]);
    await clickMap(page, { x: Number(x), y: Number(y) });
    const card = page.getByRole('dialog', { name: 'Port of Panjin (Rongxing)' });
    await expect(card.textContent()).resolves.toContain('Opened after the 2009 policy');
    await expect(card.textContent()).resolves.toContain('Opened 2010');
    await expect(card.getByRole('link').count()).resolves.toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
  });

  it('finds a port by typing "port" in search', async () => {
    const page = await atlas.show();
    const box = page.getByRole('combobox', { name: 'Search places and text' });
    await box.fill('port');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Port of Dalian')]),
    );
  });
});

describe('comparing places', () => {
  it('opens a comparison of three cities from a link, and exports it as CSV with a byte-order mark', async () => {
    // Loaded: a comparison opens by itself only when the page loads with it.
    const page = await atlas.load('?compare=dalian,harbin,yanji');
    const dialog = page.getByRole('dialog', { name: 'Places compared' });
    await dialog.waitFor();
    const table = dialog.getByRole('table');
    await expect(table.locator('caption').textContent()).resolves.toMatch(/Dalian, Harbin,? and Yanji/);
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual([
      expect.stringContaining('Dalian'),
      expect.stringContaining('Harbin'),
      expect.stringContaining('Yanji'),
    ]);
    const rowHeaders = await table.getByRole('rowheader').allTextContents();
    expect(rowHeaders).toEqual(expect.arrayContaining(['Designations', 'Zones and bases it lies in', 'Sentences naming it', 'Nearest seaport', 'Nearest airport']));
    // Each nearest facility with its opening year, as the panel gives it, and what it was chosen from.
    const airports = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nearest airport' }) });
    await expect(airports.textContent()).resolves.toMatch(/Dalian Zhoushuizi.*\(opened 1927\).*\d+ km.*Yanji Chaoyangchuan.*\(opened 1985\)/);
    await expect(dialog.textContent()).resolves.toMatch(/Nearest of the \d+ seaports, \d+ land ports of entry and \d+ airports with scheduled service listed as open as of 2025\./);
    await saveScreenshot(page, 'investor-compare.png');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    const bytes = readFileSync((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]?.[0]).toBe('Place');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Dalian', 'Harbin', 'Yanji']);
    const opened = rows[0]!.indexOf('Nearest airport, opened');
    expect(rows.slice(1).map((row) => row[opened])).toEqual(['1927', '1979', '1985']);
    expect(rows[1]?.at(-2)).toMatch(/^Nearest of the \d+ seaports/);
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(['2025', '2025', '2025']);
    // Removing a column keeps the comparison open, with two.
    await dialog.getByRole('button', { name: 'Remove Yanji from the comparison' }).click();
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('compare')).toBe('dalian,harbin');
  });

  it('drops an unknown place from a comparison link and rewrites the address', async () => {
    // Loaded: the address a page is opened with is what it rewrites.
    const page = await atlas.load('?compare=dalian,atlantis');
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('dalian');
    const tray = panel(page).getByRole('region', { name: 'Comparison' });
    await expect(tray.textContent()).resolves.toContain('Dalian');
    await expect(tray.textContent()).resolves.not.toContain('atlantis');
    await expect(tray.getByRole('button', { name: 'Compare 1 place' }).isDisabled()).resolves.toBe(true);
  });

  it('adds a place from its panel, which also gives its distances, and returns focus when the comparison closes', async () => {
    const page = await atlas.show('?place=harbin&compare=dalian');
    const details = panel(page).getByRole('article', { name: 'Harbin' });
    await expect(details.getByRole('heading', { name: 'Distances as of 2025' }).isVisible()).resolves.toBe(true);
    await expect(details.textContent()).resolves.toMatch(/Nearest airport.*Harbin.*\d+ km/);
    await details.getByRole('button', { name: 'Add to comparison' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('dalian,harbin');
    await expect(details.getByRole('button', { name: 'Remove from comparison' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const openButton = panel(page).getByRole('button', { name: 'Compare 2 places' });
    await openButton.click();
    const dialog = page.getByRole('dialog', { name: 'Places compared' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => openButton.evaluate((button) => button === document.activeElement)).toBe(true);
    // Esc in the dialog closed only the dialog: the place is still selected.
    expect(new URL(page.url()).searchParams.get('place')).toBe('harbin');
  });
});

describe('as of a year', () => {
  /** The context names the map draws near Jinzhou and Yingkou, where two airports and a port opened after 2009. */
  const LIAODONG_BAY = '&ctx=seaport,airport&map=8.6/40.75/121.75';
  const namesOnMap = (page: Awaited<ReturnType<typeof atlas.show>>) =>
    page.getByRole('list', { name: /^(Names shown on the map|地图上显示的地名)$/ }).getByRole('listitem').allTextContents();

  it('?asof=2009 and ?asof=2025 draw different facilities: the airports and port opened since, and the key says which year', async () => {
    const page = await atlas.show(`?asof=2009${LIAODONG_BAY}`);
    await expect.poll(async () => (await namesOnMap(page)).join(' | ')).toContain('Port of Yingkou');
    const in2009 = (await namesOnMap(page)).join(' | ');
    expect(in2009).not.toContain('Jinzhou Bay Airport');
    expect(in2009).not.toContain('Yingkou Lanqi Airport');
    expect(in2009).not.toContain('Port of Panjin');
    const key = page.getByRole('group', { name: 'Year shown' });
    await expect(key.getByRole('slider', { name: 'Show the map as of year' }).getAttribute('aria-valuetext')).resolves.toBe('as of 2009');
    await expect(page.locator('summary', { hasText: 'Map key' }).textContent()).resolves.toContain('As of 2009');
    const airportCount = () => page.getByRole('checkbox', { name: 'Show Airports' }).locator('xpath=..').locator('.legend__count').textContent();
    const airportsIn2009 = await airportCount();

    await atlas.show(`?${LIAODONG_BAY.slice(1)}`);
    await expect.poll(async () => (await namesOnMap(page)).join(' | ')).toContain('Jinzhou Bay Airport');
    const in2025 = (await namesOnMap(page)).join(' | ');
    expect(in2025).toContain('Yingkou Lanqi Airport');
    await expect(page.locator('summary', { hasText: 'Map key' }).textContent()).resolves.toContain('As of 2025');
    expect(Number((await airportCount())?.match(/\d+/)?.[0])).toBeGreaterThan(Number(airportsIn2009?.match(/\d+/)?.[0]));
  });

  it('moves a year with the keyboard on the slider, writing ?asof=, and back to the latest, which the address leaves out', async () => {
    const page = await atlas.show(`?asof=2010${LIAODONG_BAY}`);
    const slider = page.getByRole('slider', { name: 'Show the map as of year' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2009');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('as of 2009');
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.has('asof')).toBe(false);
    await expect.poll(async () => (await namesOnMap(page)).join(' | ')).toContain('Jinzhou Bay Airport');
  });

  it.each([
    { year: 2009, lang: 'en' },
    { year: 2025, lang: 'en' },
    { year: 2009, lang: 'zh' },
    { year: 2025, lang: 'zh' },
  ])('the overview as of $year in $lang, with every context layer on, says its year', async ({ year, lang }) => {
    const query = `?ctx=seaport,border-crossing,airport,railway${year === 2025 ? '' : `&asof=${year}`}${lang === 'zh' ? '&lang=zh' : ''}`;
    const page = await atlas.show(query);
    const caption = lang === 'zh' ? `截至${year}年` : `As of ${year}`;
    await expect(page.locator('summary.legend__title').textContent()).resolves.toContain(caption);
    await waitForMap(page);
    await saveScreenshot(page, `as-of-overview-${year}-${lang}.png`);
  });

  it('on a phone, in the dark scheme, the key’s title says the year, and the unfolded key offers the slider on screen', async () => {
    const page = await atlas.show('?asof=2009&ctx=airport&scheme=dark', { width: 390, height: 844 });
    const title = page.locator('summary.legend__title');
    await expect(title.textContent()).resolves.toContain('As of 2009');
    // The key starts folded on a page loaded at a phone's width; this page may have been loaded wider.
    const isOpen = () => page.locator('details.legend').evaluate((details) => (details as HTMLDetailsElement).open);
    const wasOpen = await isOpen();
    if (!wasOpen) await title.click();
    const slider = page.getByRole('slider', { name: 'Show the map as of year' });
    await slider.scrollIntoViewIfNeeded();
    await expect(slider.isVisible()).resolves.toBe(true);
    const box = await slider.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.height >= 16).toBe(true);
    await page.getByRole('button', { name: 'One year later' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2010');
    await saveScreenshot(page, 'as-of-phone-dark-2010.png');
    if (!wasOpen) await title.click();
  });
});

describePageHygiene(() => atlas.session);

describe('since 2009', () => {
  it('lists in Harbin’s panel its later designations with their years, and draws them from the key, in both languages', async () => {
    const page = await atlas.show('?place=harbin');
    const since = panel(page).getByRole('region', { name: 'Since 2009' });
    await expect.poll(() => since.locator('summary').allTextContents()).toEqual([
      'Harbin New Area 哈尔滨新区 · 2015',
      'Harbin Area, China (Heilongjiang) Pilot Free Trade Zone 中国（黑龙江）自由贸易试验区哈尔滨片区 · 2019',
    ]);
    await since.locator('summary').first().click();
    await expect(since.textContent()).resolves.toContain('22 December 2015: State Council approved its establishment.');
    await saveScreenshot(panel(page), 'since-harbin-panel.png');
    const zh = await atlas.show('?place=harbin&lang=zh');
    await expect.poll(() => panel(zh, '政策面板').getByRole('region', { name: '2009年以后' }).locator('summary').first().textContent()).toBe(
      '哈尔滨新区 Harbin New Area · 2015年',
    );
    await saveScreenshot(panel(zh, '政策面板'), 'since-harbin-panel-zh.png');

    const overview = await atlas.show();
    const toggle = overview.getByRole('checkbox', { name: 'Show New areas, pilot and free trade zones' });
    await expect(toggle.isChecked()).resolves.toBe(false);
    await toggle.check();
    await expect.poll(() => new URL(overview.url()).searchParams.get('later')).toBe('1');
    await waitForMap(overview);
    await saveScreenshot(overview, 'since-overview.png');
    const zhOverview = await atlas.show('?later=1&lang=zh');
    await expect(zhOverview.getByRole('checkbox', { name: '显示新区、试验区和自由贸易试验区' }).isChecked()).resolves.toBe(true);
    await waitForMap(zhOverview);
    await saveScreenshot(zhOverview, 'since-overview-zh.png');
    const dark = await atlas.show('?later=1&scheme=dark');
    await waitForMap(dark);
    await saveScreenshot(dark, 'since-overview-dark.png');
  });
});
