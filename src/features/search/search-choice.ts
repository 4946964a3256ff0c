/**
 * What choosing a search result does: a place or prefecture is selected,
 * a sentence is shown in the text, and an infrastructure item turns its
 * context layer on and is described as a spot.
 */
import type { SearchResult } from '../../search/search-index.ts';
import type { Actions } from '../../state/actions.ts';

export function chooseSearchResult(
  actions: Pick<Actions, 'select' | 'setContextShown' | 'showSpot'>,
  result: SearchResult,
): void {
  if (result.kind === 'infrastructure') {
    actions.setContextShown(result.infrastructureKind, true);
    actions.showSpot(result.at);
  } else if (result.kind === 'sentence') actions.select({ kind: 'sentence', id: result.id }, { view: 'reader' });
  else actions.select({ kind: result.kind, id: result.id });
}
