/**
 * Renders sentences of the policy as DOM: verbatim text, with the words that
 * name places either linked (to select the place) or marked (to show why a
 * quote was chosen).
 */
import { segmentSentence } from '../content/segments.ts';
import type { Sentence } from '../content/types.ts';
import { el } from './dom.ts';
import { onPlainClick } from './in-app-link.ts';
import type { PanelContext } from './panel-context.ts';

/** Every naming in a sentence, from the places' mention lists. */
export function namingsIn(context: PanelContext, sentenceId: string): { place: string; words: string }[] {
  return context.data.places.flatMap((place) =>
    place.properties.mentions
      .filter((m) => m.sentence === sentenceId && m.words !== null)
      .map((m) => ({ place: place.properties.id, words: m.words as string })),
  );
}

/** A link that selects a place; a real link, so it can be opened in a new tab or copied. */
export function placeLink(context: PanelContext, placeId: string, text: string): HTMLAnchorElement {
  return el('a', {
    className: 'place-link',
    text,
    attrs: { href: context.hrefFor({ kind: 'place', id: placeId }), 'data-place': placeId },
    on: { click: onPlainClick(() => context.select({ kind: 'place', id: placeId })) },
  });
}

/**
 * "Read in context": a link that opens the reader at a sentence; a real link,
 * like `placeLink`, so it can be opened in a new tab or copied.
 */
export function readInContextLink(context: PanelContext, sentenceId: string): HTMLAnchorElement {
  return el('a', {
    text: context.strings.readInContext,
    attrs: { href: context.hrefFor({ kind: 'sentence', id: sentenceId }, 'reader') },
    on: { click: onPlainClick(() => context.select({ kind: 'sentence', id: sentenceId }, 'reader')) },
  });
}

/** The sentence with every place name linked. */
export function linkedSentence(context: PanelContext, sentence: Sentence): HTMLSpanElement {
  const segments = segmentSentence(sentence.text, namingsIn(context, sentence.id));
  return el(
    'span',
    { className: 'sentence', attrs: { 'data-sentence': sentence.id } },
    segments.map((segment) => (segment.place ? placeLink(context, segment.place, segment.text) : segment.text)),
  );
}

/** The sentence with the names of one place marked. */
export function markedSentence(context: PanelContext, sentence: Sentence, placeIds: ReadonlySet<string>): HTMLSpanElement {
  const segments = segmentSentence(sentence.text, namingsIn(context, sentence.id));
  return el(
    'span',
    { className: 'sentence' },
    segments.map((segment) =>
      segment.place && placeIds.has(segment.place) ? el('mark', { text: segment.text }) : segment.text,
    ),
  );
}
