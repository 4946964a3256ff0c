/**
 * The search box, wired to the atlas: its index is built from the loaded
 * data on first use (preloaded once the map is up), its labels follow the
 * language, and a chosen result is an action.
 */
import { categoryById } from '../../content/categories.ts';
import { STRINGS } from '../../i18n/index.ts';
import { localName } from '../../i18n/lang.ts';
import { importSearchIndex } from '../../search/import-search-index.ts';
import { infrastructureSearch, withInfrastructure } from '../../search/infrastructure-search.ts';
import { SearchLoader } from '../../search/search-loader.ts';
import { categoryLabel } from '../../ui/category-name.ts';
import type { FeatureContext } from '../../ui/feature-context.ts';
import { sentencePlace } from '../../ui/panel-context.ts';
import { chooseSearchResult } from './search-choice.ts';
import { SearchBox } from './search-box.ts';

export function mountSearch(ctx: FeatureContext): { element: HTMLElement; remove(): void } {
  const { state, index } = ctx;
  const lang = () => state.get().lang;
  const loader = new SearchLoader((attempt) =>
    importSearchIndex(attempt).then(({ createSearchIndex }) =>
      withInfrastructure(
        createSearchIndex(index.data, (entry) => sentencePlace(STRINGS[lang()], entry), index.divisionNames),
        infrastructureSearch(index.infrastructure),
      ),
    ),
  );
  const search = new SearchBox({
    loadIndex: () => loader.load(),
    strings: STRINGS[lang()],
    lang: lang(),
    categoryLabel: (id) => categoryLabel(categoryById(id), lang()),
    divisionLabel: (id) => {
      const division = index.divisionNames.get(id);
      const province = division ? localName({ nameEn: division.provinceEn, nameZh: division.provinceZh }, lang()) : '';
      return STRINGS[lang()].divisionOf(province);
    },
    infrastructureLabel: (result) => STRINGS[lang()].contextKind(result.infrastructureKind),
    onChoose: (result) => chooseSearchResult(ctx.actions, result),
  });
  const unsubscribe = state.subscribe((current, previous) => {
    if (current.lang !== previous.lang) search.setLanguage(STRINGS[current.lang], current.lang);
    // Back to the overview (the panel's button, Esc, the title) leaves nothing of the old choice behind.
    const chosen = (s: typeof current) => s.selection !== null || s.at !== null;
    if (chosen(previous) && !chosen(current)) search.clear();
  });
  // Loaded once the map is up (or has failed), so that search still works if the connection goes later.
  const cancelPreload = loader.preload(ctx.mapReady);
  return {
    element: search.element,
    remove() {
      cancelPreload();
      unsubscribe();
      search.destroy();
    },
  };
}
