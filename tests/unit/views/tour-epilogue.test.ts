/**
 * The tour's epilogue, "Since 2009": optional steps after the clauses, a
 * step per year of later designations, each naming what was designated with
 * its date and lighting its host places; in both languages.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { CATEGORIES } from '../../../src/content/categories.ts';
import { LATER_DESIGNATIONS } from '../../../src/content/later-designations-data.ts';
import { buildEpilogueSteps, buildTourSteps } from '../../../src/content/tour-steps.ts';
import type { LocatorInset } from '../../../src/features/map-view/locator-inset.ts';
import { TourMode } from '../../../src/features/tour/tour-mode.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { data, fakeAtlas } from './fake-atlas.ts';
import { byRole, byText, check, click, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

const clauseSteps = buildTourSteps(data, CATEGORIES, { sentences: false });
const sentenceSteps = buildTourSteps(data, CATEGORIES, { sentences: true });
const epilogueSteps = buildEpilogueSteps(data, CATEGORIES, LATER_DESIGNATIONS.features);
const YEARS = [2009, 2010, 2015, 2016, 2017, 2018, 2019];

function openTour(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const container = document.createElement('div');
  container.append(Object.assign(document.createElement('div'), { className: 'map' }), document.createElement('aside'));
  document.body.append(container);
  const tour = new TourMode({
    container,
    data,
    categories: CATEGORIES,
    steps: { clauses: clauseSteps, sentences: sentenceSteps, epilogue: epilogueSteps },
    state: atlas.store,
    actions: atlas.actions,
    regionBounds: [115, 38, 135, 54],
    preview: (ids) => atlas.previews.push(ids),
    contextFor: atlas.contextFor,
    locator: { element: document.createElement('figure'), show: vi.fn() } as unknown as LocatorInset,
    reframe: vi.fn(),
    scaleLabels: vi.fn(),
  });
  onTestFinished(() => tour.remove());
  const column = () => byRole(document.body, 'region', { name: STRINGS[atlas.state().lang].tourLabel });
  return { ...atlas, tour, column };
}

const heading = (column: HTMLElement) => textOf(column.querySelector('h2') as HTMLElement);
const lastClause = clauseSteps[clauseSteps.length - 1].id;

describe('the tour’s epilogue', () => {
  it('is off by default: the tour ends at the last clause', () => {
    const { tour, state, actions, column } = openTour();
    tour.start();
    actions.goToStep(lastClause);
    expect((byRole(column(), 'button', { name: `${EN.tourNext} →` }) as HTMLButtonElement).disabled).toBe(true);
    expect(state().tour).toBe(lastClause);
  });

  it('switched on, follows the last clause with a step per year from 2009 to the latest, numbered as one tour', () => {
    const { tour, state, actions, column } = openTour();
    tour.start();
    actions.goToStep(lastClause);
    check(byRole(column(), 'checkbox', { name: EN.tourEpilogue }) as HTMLInputElement);
    expect(byText(column(), EN.tourStepOf(clauseSteps.length, clauseSteps.length + YEARS.length))).toBeTruthy();
    click(byRole(column(), 'button', { name: `${EN.tourNext} →` }));
    expect(state().tour).toBe('since-2009');
    expect(heading(column())).toBe(EN.tourEpilogueYear(2009));
    expect(textOf(column().querySelector('.tour__label') as HTMLElement)).toBe(EN.tourEpilogue);
  });

  it('an epilogue step names what was designated that year, with its date and where the map shows it, and lights its host places', () => {
    const { previews, column } = openTour({ tour: 'since-2015' });
    expect(heading(column())).toBe(EN.tourEpilogueYear(2015));
    expect(byRole(column(), 'heading', { name: 'Harbin New Area 哈尔滨新区' })).toBeTruthy();
    expect(byText(column(), EN.sinceDate('2015-12-22', 'State Council approved its establishment'))).toBeTruthy();
    expect(byText(column(), EN.sincePrecision('host-city', 'Harbin'))).toBeTruthy();
    expect(previews.at(-1)).toEqual(['harbin']);
  });

  it('a link to an epilogue step opens the tour with its epilogue, in Chinese in Chinese', () => {
    const { column } = openTour({ tour: 'since-2019', lang: 'zh' });
    expect(heading(column())).toBe(ZH.tourEpilogueYear(2019));
    expect(byRole(column(), 'heading', { name: /^中国（黑龙江）自由贸易试验区哈尔滨片区/ })).toBeTruthy();
    expect((byRole(column(), 'checkbox', { name: ZH.tourEpilogue }) as HTMLInputElement).checked).toBe(true);
    expect(byText(column(), ZH.tourStepOf(clauseSteps.length + YEARS.length, clauseSteps.length + YEARS.length))).toBeTruthy();
  });

  it('switched off on an epilogue step, gives way to the last clause', () => {
    const { state, column } = openTour({ tour: 'since-2016' });
    check(byRole(column(), 'checkbox', { name: EN.tourEpilogue }) as HTMLInputElement, false);
    expect(state().tour).toBe(lastClause);
  });
});
