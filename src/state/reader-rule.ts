/**
 * Which selections the reader can show: what the text names. A clause or a
 * sentence is always in it; a place only if a sentence names it; a
 * prefecture, or a place the text never names (a logistics hub given as
 * context), opens its details instead.
 */
import type { AtlasData } from '../content/atlas-data.ts';
import type { Selection } from './app-state.ts';

export function readerShowsFor(data: AtlasData): (selection: Selection) => boolean {
  const named = (placeId: string) => (data.placeById.get(placeId)?.properties.sentences.length ?? 0) > 0;
  return (selection) =>
    selection.kind === 'clause' || selection.kind === 'sentence' || (selection.kind === 'place' && named(selection.id));
}
