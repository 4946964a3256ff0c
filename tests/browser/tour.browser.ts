/**
 * The presentation tour, driven as a teacher would: open it from the page,
 * step with the keys a clicker sends, leave it, link a step, and read it at
 * projector sizes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, describePageHygiene, saveScreenshot } from './harness.ts';
import { mapCanvas, panel, useSharedAtlas } from './fixtures.ts';

const PROJECTOR = { width: 1920, height: 1080 };
const SMALL_PROJECTOR = { width: 1280, height: 720 };

// Reduced motion from the first load, as every check but the one of eased page turns has it (see showStep).
const atlas = useSharedAtlas({ viewport: PROJECTOR, reducedMotion: 'reduce' });

function tour(page: Page) {
  return page.getByRole('region', { name: 'Presentation' });
}

function heading(page: Page) {
  return tour(page).getByRole('heading', { level: 2 });
}

/** "Clause 5 of 6" and the like: the line above the step's heading. */
async function stepLabel(page: Page): Promise<string> {
  return (await tour(page).locator('.tour__label').textContent()) ?? '';
}

/** Where the map shows a name, from the list of names it renders; `null` if it shows none. */
async function positionOf(page: Page, name: string): Promise<{ x: number; y: number } | null> {
  const item = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem').filter({ hasText: name }).first();
  if ((await item.count()) === 0) return null;
  const [x, y] = await Promise.all([item.getAttribute('data-x'), item.getAttribute('data-y')]);
  return { x: Number(x), y: Number(y) };
}

/** The part of the map the tour's column leaves free, in the map's own pixels. */
async function freeMapArea(page: Page): Promise<{ width: number; height: number }> {
  const map = await page.locator('.map').boundingBox();
  const column = await tour(page).boundingBox();
  if (!map || !column) throw new Error('no map or column on the page');
  return { width: column.x - map.x, height: map.height };
}

/** Whether every name is drawn on the map inside the area the column leaves free. */
async function allInFreeArea(page: Page, names: string[]): Promise<string[]> {
  const area = await freeMapArea(page);
  const outside: string[] = [];
  for (const name of names) {
    const at = await positionOf(page, name);
    if (!at || at.x < 0 || at.x > area.width || at.y < 0 || at.y > area.height) outside.push(name);
  }
  return outside;
}

/**
 * Shows a tour step as a link opens it. The sentence-steps option is the
 * tour's own, kept while the page is open, not part of the link: it is
 * turned off again, as a link that opens a clause step has it.
 */
async function showStep(query: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await atlas.show(query, viewport);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const option = tour(page).getByRole('checkbox', { name: 'A step for each sentence naming a place' });
  await option.waitFor({ state: 'attached' });
  if (await option.isChecked()) {
    await option.uncheck();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  await expect(option.isChecked()).resolves.toBe(false);
  return page;
}

/** How far the step's text is scrolled in the column. */
async function scrolled(page: Page): Promise<number> {
  return tour(page).locator('.tour__body').evaluate((stage) => Math.round(stage.scrollTop));
}

/**
 * Presses a key as a clicker does, once: resolves when it has done
 * something, a page turned within the step or another step shown.
 */
async function pressOnce(page: Page, key: string): Promise<'page' | 'step'> {
  const [label, status, top] = await Promise.all([stepLabel(page), tour(page).getByRole('status').textContent(), scrolled(page)]);
  await page.keyboard.press(key);
  let moved: 'page' | 'step' | null = null;
  await expect
    .poll(async () => {
      if ((await stepLabel(page)) !== label || (await tour(page).getByRole('status').textContent()) !== status) moved = 'step';
      else if (Math.abs((await scrolled(page)) - top) > 1) moved = 'page';
      return moved;
    })
    .not.toBeNull();
  // A page turn may be eased: it is done when the column has stopped scrolling between two looks.
  if (moved === 'page') {
    let last = Number.NaN;
    await expect
      .poll(async () => {
        const now = await scrolled(page);
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
  }
  return moved ?? 'step';
}

/** Presses a key until the step changes (turning the pages of a long step on the way); how many presses it took. */
async function pressUntilStepChanges(page: Page, key: string, limit = 8): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) if ((await pressOnce(page, key)) === 'step') return presses;
  throw new Error(`The step did not change with ${limit} presses of ${key}`);
}

async function pressUntilLabel(page: Page, key: string, label: string, limit = 30): Promise<number> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if ((await stepLabel(page)) === label) return presses;
    await pressOnce(page, key);
  }
  throw new Error(`"${label}" not reached with ${limit} presses of ${key}`);
}

describe('presenting the policy clause by clause', { timeout: 400_000 }, () => {
  it('opens from the page, steps with → to clause 5, and frames the places clause 5 names', async () => {
    const page = await atlas.show();
    // Page turns and camera moves at once, as a presenter who asks for reduced motion has them; the checks go faster too.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Present clause by clause' }).click();
    await expect.poll(() => heading(page).textContent()).toContain('Opinions of the State Council');
    await expect(stepLabel(page)).resolves.toBe('The document');
    // Focus goes to the step's heading, so the keys need no click first.
    await expect.poll(() => heading(page).evaluate((h) => h === document.activeElement)).toBe(true);
    await saveScreenshot(page, 'tour-title-1920.png');

    await pressUntilLabel(page, 'ArrowRight', 'Clause 5 of 6');
    await expect(heading(page).textContent()).resolves.toBe('Speed up the development of modern service industry');
    await expect(tour(page).getByRole('status').textContent()).resolves.toBe(
      'Step 7 of 8: Clause 5 · Speed up the development of modern service industry',
    );
    await expect(tour(page).getByText('Step 7 of 8', { exact: true }).isVisible()).resolves.toBe(true);
    await expect.poll(() => allInFreeArea(page, ['Dalian', 'Harbin', 'Daqing', 'Yanji', 'Suifenhe'])).toEqual([]);
    await saveScreenshot(page, 'tour-clause-5-1920.png');

    // The body text is large enough for the back of a room, in a column at least 35 % of the width.
    const text = tour(page).getByRole('blockquote');
    const fontSize = await text.evaluate((q) => parseFloat(getComputedStyle(q).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    const column = await tour(page).boundingBox();
    expect(column?.width ?? 0).toBeGreaterThanOrEqual(0.35 * PROJECTOR.width);
  });

  it('leaves with Esc onto the atlas with clause 5 selected', async () => {
    const page = await showStep('?tour=I.5');
    await expect.poll(() => heading(page).textContent()).toBe('Speed up the development of modern service industry');
    await page.keyboard.press('Escape');
    await expect.poll(() => tour(page).count()).toBe(0);
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).first().textContent()).toContain(
      'Speed up the development of modern service industry',
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('clause')).toBe('I.5');
    expect(url.searchParams.get('tour')).toBeNull();
  });

  it('moves back and forth with the on-screen buttons, PageDown, PageUp, Space, Home and End, and Back steps back', async () => {
    const page = await showStep('?tour=I.2');
    await expect.poll(() => stepLabel(page)).toBe('Clause 2 of 6');
    // A clause longer than the column is paged through first: the presses go on until the step changes.
    await pressUntilStepChanges(page, 'PageDown');
    await expect.poll(() => stepLabel(page)).toBe('Clause 3 of 6');
    await pressUntilStepChanges(page, 'Space');
    await expect.poll(() => stepLabel(page)).toBe('Clause 4 of 6');
    // A step opens at its top: back goes straight to the step before.
    await page.keyboard.press('Shift+Space');
    await expect.poll(() => stepLabel(page)).toBe('Clause 3 of 6');
    await page.keyboard.press('PageUp');
    await expect.poll(() => stepLabel(page)).toBe('Clause 2 of 6');
    await page.keyboard.press('End');
    await expect.poll(() => stepLabel(page)).toBe('Clause 6 of 6');
    await expect(tour(page).getByRole('button', { name: 'Next →' }).isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => stepLabel(page)).toBe('The document');
    await tour(page).getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => stepLabel(page)).toBe('Preamble');
    await tour(page).getByRole('button', { name: '← Previous' }).click();
    await expect.poll(() => stepLabel(page)).toBe('The document');
    await page.goBack();
    await expect.poll(() => stepLabel(page)).toBe('Preamble');
    expect(new URL(page.url()).searchParams.get('tour')).toBe('preamble');
  });

  it('jumps from the step list, and reopens a step from its URL, sentence steps included', async () => {
    const page = await showStep('?tour=I.4');
    await tour(page).getByText('A step for each sentence naming a place').click();
    await tour(page).getByText('All steps').click();
    await tour(page).getByRole('button', { name: /^Clause 5 · Sentence 11/ }).click();
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6 · Sentence 11 (2 of 2 naming places)');
    await expect(tour(page).getByRole('blockquote').textContent()).resolves.toContain('Yanji and Suifenhe are encouraged');
    expect(new URL(page.url()).searchParams.get('tour')).toBe('I.5.s11');

    // Loaded: the step and its option must come from the address alone.
    const again = await atlas.load(new URL(page.url()).search);
    await expect.poll(() => stepLabel(again)).toBe('Clause 5 of 6 · Sentence 11 (2 of 2 naming places)');
    await expect(tour(again).getByRole('checkbox', { name: 'A step for each sentence naming a place' }).isChecked()).resolves.toBe(true);
  });

  it('leaves ← and → to the map while its canvas has focus: they pan the map and do not change step', async () => {
    const page = await showStep('?tour=I.5');
    await expect.poll(() => allInFreeArea(page, ['Harbin'])).toEqual([]);
    const before = await positionOf(page, 'Harbin');
    await mapCanvas(page).focus();
    // West, away from the edge of the base map's extent, which the map will not pan past.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // Panning west moves the land, and Harbin on it, to the right.
    await expect.poll(async () => (await positionOf(page, 'Harbin'))?.x ?? -Infinity).toBeGreaterThan((before?.x ?? Infinity) + 20);
    await expect(stepLabel(page)).resolves.toBe('Clause 5 of 6');
    await page.keyboard.press('ArrowRight');
    await expect(stepLabel(page)).resolves.toBe('Clause 5 of 6');
    // Keys the map does not use still drive the tour from the canvas (clause 5 is paged through first).
    await pressUntilStepChanges(page, 'PageDown');
    await expect.poll(() => stepLabel(page)).toBe('Clause 6 of 6');
  });

  it('keeps the clicker’s keys once the sentence-steps option is ticked: focus goes back to the step, and Space steps on', async () => {
    const page = await showStep('?tour=I.5');
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6');
    const option = tour(page).getByRole('checkbox', { name: 'A step for each sentence naming a place' });
    await option.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => option.isChecked()).toBe(true);
    await expect.poll(() => heading(page).evaluate((h) => h === document.activeElement)).toBe(true);
    await pressUntilStepChanges(page, 'Space');
    await expect(option.isChecked()).resolves.toBe(true);
    await expect.poll(() => stepLabel(page)).toMatch(/^Clause 5 of 6 · Sentence/);
    // On the option itself the arrows are the tour's too; only Space is the option's.
    await option.focus();
    await pressUntilStepChanges(page, 'ArrowLeft');
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6');
  });

  it('brings the whole of clause 5 into view with the forward keys before moving on, and pages back up before going back', async () => {
    const page = await showStep('?tour=I.5');
    // Eased page turns here, as most presenters have them.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6');
    const stage = tour(page).locator('.tour__body');
    const lastSentence = tour(page).getByRole('blockquote').locator('.sentence').last();
    await expect.poll(() => tour(page).locator('.tour__more').textContent()).toMatch(/^Page 1 of [2-9] · more below$/);
    const inView = async () => {
      const [box, seen] = await Promise.all([lastSentence.boundingBox(), stage.boundingBox()]);
      return box !== null && seen !== null && box.y >= seen.y - 1 && box.y + box.height <= seen.y + seen.height + 1;
    };
    await expect(inView()).resolves.toBe(false);
    await saveScreenshot(page, 'tour-clause-5-top-1920.png');
    let sawTheEnd = false;
    for (let presses = 0; presses < 8 && (await pressOnce(page, 'ArrowRight')) === 'page'; presses += 1) {
      sawTheEnd = await inView();
      if (sawTheEnd) await saveScreenshot(page, 'tour-clause-5-end-1920.png');
    }
    // The last sentence was on screen before → moved on.
    expect(sawTheEnd).toBe(true);
    await expect.poll(() => stepLabel(page)).toBe('Clause 6 of 6');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6');
    await pressOnce(page, 'PageDown');
    expect(await scrolled(page)).toBeGreaterThan(0);
    // Back first scrolls up to the top of the clause, then goes to the step before.
    await expect(pressOnce(page, 'PageUp')).resolves.toBe('page');
    expect(await scrolled(page)).toBe(0);
    await expect(pressOnce(page, 'PageUp')).resolves.toBe('step');
    await expect.poll(() => stepLabel(page)).toBe('Clause 4 of 6');
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  it('starts from its own steps when a place is selected: the place is let go, and the map frames the step', async () => {
    const page = await atlas.show('?place=dalian');
    await page.getByRole('button', { name: 'Present clause by clause' }).click();
    await expect.poll(() => stepLabel(page)).toBe('The document');
    const url = new URL(page.url());
    expect(url.searchParams.get('tour')).toBe('title');
    expect(url.searchParams.get('place')).toBeNull();
    // The title step frames the region, not Dalian: Harbin, far to the north, is in the free part of the map.
    await expect.poll(() => allInFreeArea(page, ['Harbin', 'Dalian', 'Suifenhe'])).toEqual([]);
  });

  it('shows China on the locator inset for a clause that names it, rather than zooming out', async () => {
    const page = await showStep('?tour=I.3');
    const locator = page.getByRole('figure', { name: /Where Northeast China lies in East Asia/ });
    await expect.poll(() => locator.textContent()).toContain('Named here: China');
    await expect.poll(() => allInFreeArea(page, ['Harbin', 'Dalian'])).toEqual([]);
    // The map frames the region, not China: Harbin to Dalian spans over a fifth of the map's height
    // (about 27 % at 1920 × 1080); framing all of China, some 2.5 times wider than the region, would
    // shrink it to about a tenth.
    const area = await freeMapArea(page);
    const [harbin, dalian] = [await positionOf(page, 'Harbin'), await positionOf(page, 'Dalian')];
    expect((dalian?.y ?? 0) - (harbin?.y ?? 0)).toBeGreaterThan(0.2 * area.height);
    await saveScreenshot(page, 'tour-clause-3-1920.png');

    // In the atlas too: the selected clause names China, so the inset shows it.
    const inAtlas = await atlas.show('?clause=I.3');
    await expect.poll(() => inAtlas.getByRole('figure', { name: /Where Northeast China lies/ }).textContent()).toContain('Named here: China');
    const plain = await atlas.show('?clause=I.2');
    await expect(plain.getByRole('figure', { name: /Where Northeast China lies/ }).count()).resolves.toBe(0);
  });

  it('presents in Chinese', async () => {
    const page = await atlas.show('?tour=I.5&lang=zh');
    const region = page.getByRole('region', { name: '政策演示' });
    await expect.poll(() => region.locator('.tour__label').textContent()).toBe('第5条，共6条');
    await expect(region.getByRole('button', { name: '下一步 →' }).isVisible()).resolves.toBe(true);
    await expect(region.getByRole('blockquote').getAttribute('lang')).resolves.toBe('en');
    await expect(region.getByText('大连市 Dalian').first().isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'tour-clause-5-zh-1920.png');
  });

  it('links the one-file classroom copy from the page', async () => {
    const page = await atlas.show();
    const link = page.getByRole('link', { name: 'Classroom copy (one file, works offline)' });
    await expect(link.isVisible()).resolves.toBe(true);
    const response = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<!doctype html>');
  });

  // Next to last, beside the other check at a smaller size: each change of size is a redraw of the map.
  it('at 1280 × 800 keeps the map’s controls clear of its column', async () => {
    const page = await showStep('?tour=I.5', DESKTOP);
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6');
    const column = await tour(page).boundingBox();
    for (const control of [page.getByRole('button', { name: /places? in view/ }), page.getByRole('button', { name: 'Zoom in' })]) {
      await expect.poll(async () => ((await control.boundingBox())?.x ?? Infinity) + ((await control.boundingBox())?.width ?? 0)).toBeLessThanOrEqual(column?.x ?? 0);
    }
    await saveScreenshot(page, 'tour-clause-5-1280x800.png');
  });

  // Last: fullscreen and high contrast are the tour's own settings, which stay while the page is open.
  it('goes fullscreen, offers high contrast, and reads at 1280 × 720', async () => {
    const page = await showStep('?tour=I.5', SMALL_PROJECTOR);
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6');
    await expect.poll(() => allInFreeArea(page, ['Dalian', 'Harbin', 'Daqing', 'Yanji', 'Suifenhe'])).toEqual([]);
    await saveScreenshot(page, 'tour-clause-5-1280.png');
    const fullscreen = tour(page).getByRole('button', { name: 'Fullscreen' });
    await fullscreen.click();
    await expect.poll(() => fullscreen.getAttribute('aria-pressed')).toBe('true');
    // The atlas covers the window: the masthead is gone from view.
    await expect.poll(async () => (await page.locator('#layout').boundingBox())?.y).toBe(0);
    await expect.poll(() => allInFreeArea(page, ['Dalian', 'Harbin', 'Daqing', 'Yanji', 'Suifenhe'])).toEqual([]);
    await tour(page).getByRole('button', { name: 'High contrast' }).click();
    const colours = await tour(page).evaluate((t) => [getComputedStyle(t).backgroundColor, getComputedStyle(t).color]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await saveScreenshot(page, 'tour-clause-5-1280-fullscreen-contrast.png');
  });
});

describePageHygiene(() => atlas.session);
