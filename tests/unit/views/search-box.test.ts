/**
 * The search box, over the real index of the committed data: typing, the
 * list of results, the arrow keys, choosing, and the line that says search
 * could not load, with its Retry.
 */
import { describe, expect, it, vi } from 'vitest';
import { categoryById } from '../../../src/content/categories.ts';
import { SearchBox } from '../../../src/features/search/search-box.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { infrastructureSearch, withInfrastructure } from '../../../src/search/infrastructure-search.ts';
import { type SearchIndex, type SearchResult, createSearchIndex } from '../../../src/search/search-index.ts';
import { categoryLabel } from '../../../src/ui/category-name.ts';
import { sentencePlace } from '../../../src/ui/panel-context.ts';
import { infrastructureCollection } from '../spatial-fixture.ts';
import { data, divisionNames } from './fake-atlas.ts';
import { allByRole, byRole, click, hasRole, isHidden, press, textOf, type } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

const index: SearchIndex = withInfrastructure(
  createSearchIndex(data, (entry) => sentencePlace(EN, entry), divisionNames),
  infrastructureSearch(infrastructureCollection),
);

/** A search box as the panel builds it; `loadIndex` is the real index unless a test breaks it. */
function openSearch(lang: Lang = 'en', loadIndex: () => Promise<SearchIndex> = async () => index) {
  const chosen: SearchResult[] = [];
  const strings = STRINGS[lang];
  const box = new SearchBox({
    loadIndex,
    strings,
    lang,
    categoryLabel: (id) => categoryLabel(categoryById(id), lang),
    divisionLabel: (id) => strings.divisionOf(divisionNames.get(id)?.[lang === 'zh' ? 'provinceZh' : 'provinceEn'] ?? ''),
    infrastructureLabel: (result) => strings.contextKind(result.infrastructureKind),
    onChoose: (result) => chosen.push(result),
  });
  document.body.append(box.element);
  const field = byRole(document.body, 'combobox', { name: strings.searchLabel }) as HTMLInputElement;
  return { box, field, chosen, strings };
}

/** Types, and waits for the index to have loaded and the count of results to be said. */
async function results(field: HTMLInputElement, text: string): Promise<HTMLElement[]> {
  type(field, text);
  await vi.waitFor(() => expect(byRole(document.body, 'status').textContent).not.toBe(''));
  return allByRole(document.body, 'option');
}

const activeOption = (field: HTMLInputElement) => {
  const id = field.getAttribute('aria-activedescendant');
  return id ? (document.getElementById(id) as HTMLElement) : null;
};

describe('the search box', () => {
  it('is a labelled combobox with a hint, its list closed', () => {
    const { field } = openSearch();
    expect(field.placeholder).toBe(EN.searchPlaceholder);
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(hasRole(document.body, 'listbox')).toBe(false);
  });

  it('typing a name lists the place, named in both languages with its category, and says how many results', async () => {
    const { field } = openSearch();
    const options = await results(field, 'harbin');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(byRole(document.body, 'listbox', { name: EN.searchResultsLabel })).toBeTruthy();
    const harbin = categoryLabel(categoryById('city'), 'en');
    expect(options[0]?.getAttribute('aria-label')).toBe(EN.searchPlaceOption('Harbin', '哈尔滨市', harbin));
    expect(textOf(byRole(document.body, 'status'))).toBe(EN.searchResultCount(options.length));
  });

  it('finds a prefecture, a port and a sentence, each saying what it is', async () => {
    const { field } = openSearch();
    const prefecture = await results(field, 'mudanjiang');
    expect(prefecture.map((option) => option.getAttribute('aria-label'))).toContain(
      EN.searchPlaceOption('Mudanjiang', '牡丹江市', EN.divisionOf('Heilongjiang')),
    );
    const ports = await results(field, 'port');
    expect(ports.some((option) => option.getAttribute('aria-label')?.endsWith(`, ${EN.contextKind('seaport')}`))).toBe(true);
    const sentences = await results(field, 'futures');
    const sentence = sentences.find((option) => textOf(option).includes('futures'));
    expect(sentence && textOf(sentence)).toMatch(/^(Clause \d+|Preamble|Opening)\s?\S.*futures/);
  });

  it('the down and up arrows move through the results, wrapping at the ends, the field keeping focus', async () => {
    const { field } = openSearch();
    const options = await results(field, 'dalian');
    expect(options.length).toBeGreaterThan(2);
    press(field, 'ArrowDown');
    expect(activeOption(field)).toBe(options[0]);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    press(field, 'ArrowDown');
    expect(activeOption(field)).toBe(options[1]);
    press(field, 'ArrowUp');
    press(field, 'ArrowUp');
    expect(activeOption(field)).toBe(options.at(-1));
    expect(options[0]?.getAttribute('aria-selected')).toBe('false');
    expect(document.activeElement).toBe(field);
  });

  it('Enter chooses the active result, fills the field with its name and closes the list', async () => {
    const { field, chosen } = openSearch();
    await results(field, 'dalian');
    press(field, 'ArrowDown');
    press(field, 'Enter');
    expect(chosen).toMatchObject([{ kind: 'place', id: 'dalian' }]);
    expect(field.value).toBe('Dalian');
    expect(field.getAttribute('aria-expanded')).toBe('false');
  });

  it('Enter with no result made active chooses the first', async () => {
    const { field, chosen } = openSearch();
    await results(field, 'suifenhe');
    press(field, 'Enter');
    expect(chosen.map((result) => result.id)).toEqual(['suifenhe']);
  });

  it('a click on a result chooses it', async () => {
    const { field, chosen } = openSearch();
    const options = await results(field, 'yanji');
    const yanji = options.find((option) => option.getAttribute('aria-label')?.startsWith('Yanji '));
    click(yanji as HTMLElement);
    expect(chosen.map((result) => result.id)).toEqual(['yanji']);
  });

  it('Escape closes the list, and a second Escape empties the field', async () => {
    const { field } = openSearch();
    await results(field, 'harbin');
    expect(press(field, 'Escape')).toBe(true);
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.value).toBe('harbin');
    press(field, 'Escape');
    expect(field.value).toBe('');
  });

  it('a query that finds nothing keeps the list closed and says there are no results', async () => {
    const { field } = openSearch();
    await results(field, 'zzzqqq');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(textOf(byRole(document.body, 'status'))).toBe(EN.searchResultCount(0));
  });

  it('Enter pressed before the index has arrived chooses the top result once it does', async () => {
    let arrive: (value: SearchIndex) => void = () => {};
    const { field, chosen } = openSearch('en', () => new Promise((resolve) => (arrive = resolve)));
    type(field, 'daqing');
    press(field, 'Enter');
    expect(chosen).toEqual([]);
    arrive(index);
    await vi.waitFor(() => expect(chosen.map((result) => result.id)).toEqual(['daqing']));
  });

  it('when the index cannot load, a visible line says so with a Retry, which loads it and takes the line away', async () => {
    const loadIndex = vi.fn<() => Promise<SearchIndex>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(index);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { field } = openSearch('en', loadIndex);
    type(field, 'harbin');
    const status = byRole(document.body, 'status');
    await vi.waitFor(() => expect(textOf(status)).toBe(EN.searchUnavailable));
    expect(status.classList.contains('visually-hidden')).toBe(false);
    click(byRole(document.body, 'button', { name: EN.retry }));
    await vi.waitFor(() => expect(hasRole(document.body, 'button', { name: EN.retry })).toBe(false));
    expect(loadIndex).toHaveBeenCalledTimes(2);
    expect(textOf(status)).toBe(EN.searchResultCount(allByRole(document.body, 'option').length));
    expect(allByRole(document.body, 'option').length).toBeGreaterThan(0);
  });

  it('in Chinese, the label and the names lead in Chinese; a chosen place fills the field with its Chinese name', async () => {
    const { field, chosen } = openSearch('zh');
    expect(byRole(document.body, 'combobox', { name: ZH.searchLabel })).toBe(field);
    const options = await results(field, '哈尔滨');
    expect(options[0]?.getAttribute('aria-label')).toBe(ZH.searchPlaceOption('哈尔滨市', 'Harbin', categoryLabel(categoryById('city'), 'zh')));
    press(field, 'Enter');
    expect(chosen[0]?.id).toBe('harbin');
    expect(field.value).toBe('哈尔滨市');
  });

  it('a language change relabels the box and redraws the open results', async () => {
    const { box, field } = openSearch();
    await results(field, 'harbin');
    box.setLanguage(ZH, 'zh');
    expect(byRole(document.body, 'combobox', { name: ZH.searchLabel })).toBe(field);
    expect(field.placeholder).toBe(ZH.searchPlaceholder);
    const [first] = allByRole(document.body, 'option');
    expect(first?.getAttribute('aria-label')?.startsWith('哈尔滨市 Harbin')).toBe(true);
    expect(isHidden(byRole(document.body, 'listbox', { name: ZH.searchResultsLabel }))).toBe(false);
  });
});
