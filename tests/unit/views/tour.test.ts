/**
 * The presentation tour without a map: the text column, its controls and
 * keys, and the actions they call. The map is a stand-in that records what
 * it is asked to frame; the camera itself is the browser suite's to check.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { CATEGORIES } from '../../../src/content/categories.ts';
import { buildEpilogueSteps, buildTourSteps } from '../../../src/content/tour-steps.ts';
import { LATER_DESIGNATIONS } from '../../../src/content/later-designations-data.ts';
import type { LocatorInset } from '../../../src/features/map-view/locator-inset.ts';
import { TourMode } from '../../../src/features/tour/tour-mode.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { data, fakeAtlas } from './fake-atlas.ts';
import { allByRole, byRole, byText, check, click, hasRole, press, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

const clauseSteps = buildTourSteps(data, CATEGORIES, { sentences: false });
const sentenceSteps = buildTourSteps(data, CATEGORIES, { sentences: true });
const epilogueSteps = buildEpilogueSteps(data, CATEGORIES, LATER_DESIGNATIONS.features);
const REGION: [number, number, number, number] = [115, 38, 135, 54];

function openTour(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const container = document.createElement('div');
  const panel = document.createElement('aside');
  panel.append(Object.assign(document.createElement('button'), { textContent: 'In the panel' }));
  const mapElement = Object.assign(document.createElement('div'), { className: 'map' });
  container.append(mapElement, panel);
  document.body.append(container);
  // The map is framed by the map's own controller now; the tour only asks it to frame again.
  const map = { reframe: vi.fn(), scaleLabels: vi.fn() };
  const locator = { element: Object.assign(document.createElement('figure'), { hidden: true }), show: vi.fn() };
  const tour = new TourMode({
    container,
    data,
    categories: CATEGORIES,
    steps: { clauses: clauseSteps, sentences: sentenceSteps, epilogue: epilogueSteps },
    state: atlas.store,
    actions: atlas.actions,
    regionBounds: REGION,
    preview: (ids) => atlas.previews.push(ids),
    contextFor: atlas.contextFor,
    locator: locator as unknown as LocatorInset,
    reframe: map.reframe,
    scaleLabels: map.scaleLabels,
  });
  // Its keys are listened for on the document, which outlives the test.
  onTestFinished(() => tour.remove());
  const column = () => byRole(document.body, 'region', { name: STRINGS[atlas.state().lang].tourLabel });
  return { ...atlas, tour, map, panel, container, column };
}

const heading = (column: HTMLElement) => textOf(column.querySelector('h2') as HTMLElement);

/**
 * Gives the column's scrolling part the sizes a browser would lay it out
 * at (happy-dom lays out nothing): a step `pages` times the height shown.
 * Scrolling is the browser's own, so a turn lands at once, as with reduced motion.
 */
function layOut(column: HTMLElement, pages: number, height = 600): HTMLElement {
  const stage = column.querySelector('.tour__body') as HTMLElement;
  let top = 0;
  Object.defineProperties(stage, {
    clientHeight: { configurable: true, get: () => height },
    scrollHeight: { configurable: true, get: () => Math.round(height * pages) },
    scrollTop: { configurable: true, get: () => top, set: (value: number) => (top = value) },
  });
  stage.scrollTo = ((options: ScrollToOptions) => {
    top = Math.min(Math.max(0, options.top ?? 0), stage.scrollHeight - height);
    stage.dispatchEvent(new Event('scroll'));
  }) as typeof stage.scrollTo;
  window.dispatchEvent(new Event('resize'));
  return stage;
}

const moreText = (column: HTMLElement) => {
  const more = column.querySelector('.tour__more') as HTMLElement;
  return more.hidden ? null : textOf(more);
};

describe('the presentation tour', () => {
  it('starts at the title step: the document’s title, step 1 of all, Previous disabled', () => {
    const { tour, state, column } = openTour();
    tour.start();
    expect(state().tour).toBe('title');
    expect(heading(column())).toBe(data.document.meta.title);
    expect(byText(column(), EN.tourStepOf(1, clauseSteps.length))).toBeTruthy();
    expect((byRole(column(), 'button', { name: `← ${EN.tourPrevious}` }) as HTMLButtonElement).disabled).toBe(true);
    expect(textOf(byRole(column(), 'status'))).toBe(EN.tourAnnounce(1, clauseSteps.length, data.document.meta.title));
  });

  it('starts at the selected clause when there is one', () => {
    const { tour, state, column } = openTour({ selection: { kind: 'clause', id: 'I.5' } });
    tour.start();
    expect(state().tour).toBe('I.5');
    expect(heading(column())).toBe(data.clauseById.get('I.5')?.heading);
  });

  it('covers the panel while open: what it covers leaves the focus order', () => {
    const { tour, panel } = openTour();
    tour.start();
    expect(panel.hasAttribute('inert')).toBe(true);
    expect(hasRole(document.body, 'button', { name: 'In the panel' })).toBe(false);
  });

  it('Next and Previous move a step at a time, each a history entry, and the column follows', () => {
    const { tour, state, column, store } = openTour();
    tour.start();
    const entries: string[] = [];
    store.subscribe((_state, _previous, meta) => entries.push(meta.history));
    click(byRole(column(), 'button', { name: `${EN.tourNext} →` }));
    const second = clauseSteps[1];
    expect(state().tour).toBe(second?.id);
    expect(byText(column(), EN.tourStepOf(2, clauseSteps.length))).toBeTruthy();
    click(byRole(column(), 'button', { name: `← ${EN.tourPrevious}` }));
    expect(state().tour).toBe('title');
    expect(entries).toEqual(['push', 'push']);
  });

  it('a clause step quotes the clause and lists the places it puts on the map, lighting them', () => {
    const { tour, column, previews } = openTour({ selection: { kind: 'clause', id: 'I.5' } });
    tour.start();
    const step = clauseSteps.find((s) => s.id === 'I.5');
    const text = column().querySelector('blockquote') as HTMLElement;
    expect(textOf(text)).toBe(data.clauseById.get('I.5')?.paragraph.sentences.map((s) => s.text).join(' '));
    const places = byRole(column(), 'heading', { name: EN.tourPlacesOnMap }).parentElement as HTMLElement;
    expect(allByRole(places, 'listitem')).toHaveLength(step?.frame.length ?? -1);
    expect(previews.at(-1)).toEqual(step?.lights);
  });

  it('the step list jumps to a step, and marks the current one', () => {
    const { tour, state, column } = openTour();
    tour.start();
    click(byRole(column(), 'button', { name: EN.tourStepList }));
    const clause = data.clauseById.get('I.6');
    click(byRole(column(), 'button', { name: EN.clauseTitle(clause?.number ?? 0, clause?.heading ?? '') }));
    expect(state().tour).toBe('I.6');
    click(byRole(column(), 'button', { name: EN.tourStepList }));
    expect(byRole(column(), 'button', { name: EN.clauseTitle(clause?.number ?? 0, clause?.heading ?? '') }).getAttribute('aria-current')).toBe('step');
  });

  it('the keys a clicker sends move through the steps: → and PageDown on, ← back, End to the last, Home to the first', () => {
    const { tour, state } = openTour();
    tour.start();
    press(document.body, 'ArrowRight');
    press(document.body, 'PageDown');
    expect(state().tour).toBe(clauseSteps[2]?.id);
    press(document.body, 'ArrowLeft');
    expect(state().tour).toBe(clauseSteps[1]?.id);
    press(document.body, 'End');
    expect(state().tour).toBe(clauseSteps.at(-1)?.id);
    press(document.body, 'Home');
    expect(state().tour).toBe('title');
  });

  it('a step longer than the column is paged: forward keys show the rest of it first, then move on; back keys page up, then go back', () => {
    const { tour, state, column } = openTour({ selection: { kind: 'clause', id: 'I.5' } });
    tour.start();
    const stage = layOut(column(), 2.5);
    // 2.5 screens: 900 px more, in turns of 510 px (85 % of the 600 shown).
    expect(moreText(column())).toBe(EN.tourMoreBelow(1, 3));
    press(document.body, 'ArrowRight');
    expect(state().tour).toBe('I.5');
    expect(stage.scrollTop).toBe(510);
    expect(moreText(column())).toBe(EN.tourMoreBelow(2, 3));
    press(document.body, ' ');
    expect(state().tour).toBe('I.5');
    expect(stage.scrollTop).toBe(900);
    expect(moreText(column())).toBe(EN.tourPageOf(3, 3));
    press(document.body, 'PageUp');
    expect(stage.scrollTop).toBe(390);
    press(document.body, ' ', { shiftKey: true });
    expect(stage.scrollTop).toBe(0);
    expect(state().tour).toBe('I.5');
    press(document.body, 'ArrowLeft');
    const at = clauseSteps.findIndex((s) => s.id === 'I.5');
    expect(state().tour).toBe(clauseSteps[at - 1]?.id);
    // The step before starts at its top; one that fits moves on at once.
    expect(stage.scrollTop).toBe(0);
    layOut(column(), 1);
    press(document.body, 'ArrowRight');
    expect(state().tour).toBe('I.5');
    const again = layOut(column(), 1.5);
    press(document.body, 'PageDown');
    expect(again.scrollTop).toBe(300);
    press(document.body, 'PageDown');
    expect(state().tour).toBe(clauseSteps[at + 1]?.id);
    expect(again.scrollTop).toBe(0);
  });

  it('says nothing of pages for a step that fits, and says them in Chinese', () => {
    const { tour, column, actions } = openTour({ selection: { kind: 'clause', id: 'I.5' } });
    tour.start();
    layOut(column(), 1);
    expect(moreText(column())).toBeNull();
    actions.setLang('zh');
    layOut(column(), 3);
    expect(moreText(column())).toBe(ZH.tourMoreBelow(1, 4));
  });

  it('starts from its own steps whatever was selected: the place is let go, and only the step lights the map', () => {
    const { tour, state, previews } = openTour({ selection: { kind: 'place', id: 'dalian' } });
    tour.start();
    expect(state()).toMatchObject({ tour: 'title', selection: null });
    expect(previews.at(-1)).toEqual(clauseSteps[0]?.lights);
  });

  it('after the sentence-steps option is ticked, focus is back on the step, so the clicker’s keys (Space too) step on', () => {
    const { tour, state, column } = openTour({ selection: { kind: 'clause', id: 'I.5' } });
    tour.start();
    const option = byRole(column(), 'checkbox', { name: EN.tourSentenceSteps }) as HTMLInputElement;
    option.focus();
    check(option);
    expect(document.activeElement).toBe(column().querySelector('h2'));
    const at = sentenceSteps.findIndex((s) => s.id === 'I.5');
    press(document.activeElement as HTMLElement, ' ');
    expect(state().tour).toBe(sentenceSteps[at + 1]?.id);
    expect(option.checked).toBe(true);
    // On the option itself, the arrows and PageDown are the tour's; Space is the option's.
    option.focus();
    press(option, 'ArrowRight');
    expect(state().tour).toBe(sentenceSteps[at + 2]?.id);
    expect(press(option, ' ')).toBe(false);
  });

  it('draws the map’s names larger with its text, and at their own size again when it ends', () => {
    const { tour, map, column } = openTour();
    tour.start();
    // The column's text as a 1920-pixel window sets it, over the page's 16 px.
    column().style.fontSize = '31px';
    document.documentElement.style.fontSize = '16px';
    onTestFinished(() => {
      document.documentElement.style.removeProperty('font-size');
    });
    window.dispatchEvent(new Event('resize'));
    expect(map.scaleLabels).toHaveBeenLastCalledWith(31 / 16);
    press(document.body, 'Escape');
    expect(map.scaleLabels).toHaveBeenLastCalledWith(1);
  });

  it('Leave, or Esc, ends the tour with the clause presented selected, and gives the panel back', () => {
    const { tour, state, panel } = openTour({ selection: { kind: 'clause', id: 'I.5' } });
    tour.start();
    press(document.body, 'ArrowRight');
    const clauseId = clauseSteps[clauseSteps.findIndex((s) => s.id === 'I.5') + 1]?.clauseId;
    click(byRole(document.body, 'button', { name: EN.tourExit }));
    expect(state()).toMatchObject({ tour: null, selection: { kind: 'clause', id: clauseId } });
    expect(hasRole(document.body, 'region', { name: EN.tourLabel })).toBe(false);
    expect(panel.hasAttribute('inert')).toBe(false);
    tour.start();
    press(document.body, 'Escape');
    expect(state().tour).toBeNull();
  });

  it('the sentence steps option adds a step for each sentence naming a place, and leaving it returns to the clause', () => {
    const { tour, state, column } = openTour({ selection: { kind: 'clause', id: 'I.5' } });
    tour.start();
    const option = byRole(column(), 'checkbox', { name: EN.tourSentenceSteps }) as HTMLInputElement;
    check(option);
    expect(sentenceSteps.length).toBeGreaterThan(clauseSteps.length);
    const at = sentenceSteps.findIndex((s) => s.id === 'I.5');
    expect(byText(column(), EN.tourStepOf(at + 1, sentenceSteps.length))).toBeTruthy();
    press(document.body, 'ArrowRight');
    expect(state().tour).toBe(sentenceSteps[at + 1]?.id);
    expect(state().tour).toMatch(/^I\.5\.s\d+$/);
    check(byRole(column(), 'checkbox', { name: EN.tourSentenceSteps }) as HTMLInputElement, false);
    expect(state().tour).toBe('I.5');
  });

  it('high contrast is a pressed switch', () => {
    const { tour, column, container } = openTour();
    tour.start();
    click(byRole(column(), 'button', { name: EN.tourContrast }));
    expect(byRole(column(), 'button', { name: EN.tourContrast }).getAttribute('aria-pressed')).toBe('true');
    expect(container.classList.contains('layout--tour-contrast')).toBe(true);
  });

  it('Fullscreen is a pressed switch, covering the window where the browser has no fullscreen for elements, and leaving it ends it', async () => {
    const { tour, column, container } = openTour();
    tour.start();
    click(byRole(column(), 'button', { name: EN.tourFullscreen }));
    await vi.waitFor(() => expect(byRole(column(), 'button', { name: EN.tourFullscreen }).getAttribute('aria-pressed')).toBe('true'));
    expect(document.fullscreenElement === container || container.classList.contains('atlas-fullscreen-fallback')).toBe(true);
    click(byRole(column(), 'button', { name: EN.tourExit }));
    await vi.waitFor(() => expect(container.classList.contains('atlas-fullscreen-fallback')).toBe(false));
  });

  it('in Chinese, the controls and the title are Chinese, and the text is marked as the English translation', () => {
    const { tour, column, actions } = openTour();
    tour.start();
    actions.setLang('zh');
    expect(heading(column())).toBe(data.document.meta.titleZh);
    expect(byRole(column(), 'button', { name: `${ZH.tourNext} →` })).toBeTruthy();
    expect(byText(column(), ZH.tourStepOf(1, clauseSteps.length))).toBeTruthy();
    expect(byText(column(), ZH.quotedInEnglish)).toBeTruthy();
  });
});
