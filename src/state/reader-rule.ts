/**
 * Which selections the reader (the policy's text) can show: a clause, a
 * sentence, or a place the text names. A place it never names, or a
 * prefecture, opens its details instead, whoever selects it.
 */
import type { AtlasData } from '../content/atlas-data.ts';
import type { Selection } from './app-state.ts';

export function readerShowsFor(data: AtlasData): (selection: Selection) => boolean {
  const mentioned = (id: string) => (data.placeById.get(id)?.properties.sentences.length ?? 0) > 0;
  return (selection) =>
    selection.kind === 'clause' || selection.kind === 'sentence' || (selection.kind === 'place' && mentioned(selection.id));
}
