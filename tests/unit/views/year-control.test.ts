/**
 * The "as of" control in the key: a labelled slider for the year with a year
 * earlier and later and Play; it writes the state's year through the action,
 * follows the state, says the year in the key's title, in both languages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_AS_OF_YEAR, LATEST_DATA_YEAR } from '../../../src/content/data-years.ts';
import { YearControl } from '../../../src/features/as-of/year-control.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { fakeAtlas } from './fake-atlas.ts';
import { byRole, click, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

function openControl(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const control = new YearControl({ state: atlas.store, actions: atlas.actions, playStepMs: 100 });
  document.body.append(control.element, control.caption);
  const group = byRole(document.body, 'group', { name: EN.asOfTitle });
  return { ...atlas, control, group };
}

/** Moves the slider as a pointer or the arrow keys do: the value changes, then an input event. */
function slide(slider: HTMLElement, year: number): void {
  (slider as HTMLInputElement).value = String(year);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the year control', () => {
  it('is a labelled native slider from 2003 to the latest year, at the latest by default, its value said as “as of <year>”', () => {
    const { group, control } = openControl();
    const slider = byRole(group, 'slider', { name: EN.asOfLabel }) as HTMLInputElement;
    expect(slider.type).toBe('range');
    expect([slider.min, slider.max, slider.step]).toEqual([String(FIRST_AS_OF_YEAR), String(LATEST_DATA_YEAR), '1']);
    expect(slider.value).toBe(String(LATEST_DATA_YEAR));
    expect(slider.getAttribute('aria-valuetext')).toBe('as of 2025');
    expect(textOf(control.caption)).toBe('As of 2025');
  });

  it('sliding sets the year shown, through the action, and the caption and value follow', () => {
    const { group, state, control } = openControl();
    const slider = byRole(group, 'slider', { name: EN.asOfLabel });
    slide(slider, 2009);
    expect(state().asOf).toBe(2009);
    expect(slider.getAttribute('aria-valuetext')).toBe('as of 2009');
    expect(textOf(control.caption)).toBe(EN.asOfCaption(2009));
  });

  it('follows the state when something else sets the year (a link, Back)', () => {
    const { group, actions } = openControl();
    actions.setAsOf(2012);
    expect((byRole(group, 'slider', { name: EN.asOfLabel }) as HTMLInputElement).value).toBe('2012');
  });

  it('steps a year earlier and later with buttons, each disabled at its end', () => {
    const { group, state } = openControl({ asOf: 2004 });
    click(byRole(group, 'button', { name: EN.asOfEarlier }));
    expect(state().asOf).toBe(2003);
    expect((byRole(group, 'button', { name: EN.asOfEarlier }) as HTMLButtonElement).disabled).toBe(true);
    click(byRole(group, 'button', { name: EN.asOfLater }));
    expect(state().asOf).toBe(2004);
  });

  it('plays through the years from the first when at the latest, saying each year as it comes, and stops at the latest', () => {
    vi.useFakeTimers();
    const { group, state } = openControl();
    const play = byRole(group, 'button', { name: EN.asOfPlay });
    click(play);
    expect(state().asOf).toBe(FIRST_AS_OF_YEAR);
    expect(byRole(group, 'button', { name: EN.asOfPause })).toBe(play);
    expect(play.textContent).toBe(` ${EN.asOfPause}`);
    // Drawn, not a glyph: the page's fonts have none for it, and one would cost a font file.
    expect(play.querySelector('[aria-hidden="true"]')?.className).toContain('year-control__symbol--pause');
    const year = group.querySelector('[aria-live]') as HTMLElement;
    expect(year.getAttribute('aria-live')).toBe('polite');
    vi.advanceTimersByTime(100);
    expect(state().asOf).toBe(FIRST_AS_OF_YEAR + 1);
    expect(textOf(year)).toBe(String(FIRST_AS_OF_YEAR + 1));
    vi.advanceTimersByTime(100 * 40);
    expect(state().asOf).toBe(LATEST_DATA_YEAR);
    expect(byRole(group, 'button', { name: EN.asOfPlay })).toBe(play);
    expect(year.getAttribute('aria-live')).toBe('off');
  });

  it('Pause stops where it is, and moving the slider stops the play', () => {
    vi.useFakeTimers();
    const { group, state } = openControl({ asOf: 2010 });
    click(byRole(group, 'button', { name: EN.asOfPlay }));
    vi.advanceTimersByTime(250);
    expect(state().asOf).toBe(2012);
    click(byRole(group, 'button', { name: EN.asOfPause }));
    vi.advanceTimersByTime(1000);
    expect(state().asOf).toBe(2012);
    click(byRole(group, 'button', { name: EN.asOfPlay }));
    slide(byRole(group, 'slider', { name: EN.asOfLabel }), 2005);
    vi.advanceTimersByTime(1000);
    expect(state().asOf).toBe(2005);
  });

  it('stops playing when removed', () => {
    vi.useFakeTimers();
    const { group, state, control } = openControl({ asOf: 2010 });
    click(byRole(group, 'button', { name: EN.asOfPlay }));
    control.remove();
    vi.advanceTimersByTime(1000);
    expect(state().asOf).toBe(2010);
  });

  it('in Chinese, every label and the year’s wording are Chinese', () => {
    const { actions, control } = openControl({ asOf: 2009 });
    actions.setLang('zh');
    const group = byRole(document.body, 'group', { name: ZH.asOfTitle });
    const slider = byRole(group, 'slider', { name: ZH.asOfLabel });
    expect(slider.getAttribute('aria-valuetext')).toBe('截至2009年');
    expect(byRole(group, 'button', { name: ZH.asOfEarlier })).toBeTruthy();
    expect(byRole(group, 'button', { name: ZH.asOfLater })).toBeTruthy();
    expect(byRole(group, 'button', { name: ZH.asOfPlay })).toBeTruthy();
    expect(textOf(control.caption)).toBe('截至2009年');
    expect(textOf(group)).toContain(ZH.asOfNote);
  });
});
