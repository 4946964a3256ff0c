/**
 * The panel's account of what the policy makes of a place: each designation
 * with the sentence that confers it, quoted with the conferring words marked
 * and a link to read it in context; and, where a zone is drawn larger than
 * the policy means, the drawn and the actual area with the source.
 */
import type { PlaceFeature } from '../../content/atlas-data.ts';
import { designationById } from '../../content/designations.ts';
import { el } from '../../ui/dom.ts';
import { type PanelContext, clauseTitleNodes } from '../../ui/panel-context.ts';
import { readInContextLink } from '../../ui/text-render.ts';
import './designations-view.css';

/** The sentence with the words that confer a designation marked; the rest as is. */
function markedWords(text: string, words: string): (Node | string)[] {
  const at = words ? text.indexOf(words) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), el('mark', { text: words }), text.slice(at + words.length)];
}

export function designationsSection(context: PanelContext, place: PlaceFeature): HTMLElement | null {
  const { strings, data, lang } = context;
  const held = place.properties.designations;
  if (held.length === 0) return null;
  const items = held.map((held) => {
    const designation = designationById(held.id);
    const entry = data.sentenceById.get(held.sentence);
    const href = context.hrefFor({ kind: 'sentence', id: held.sentence }, 'reader');
    return el('li', { className: 'designation' }, [
      el('p', { className: 'designation__label', text: lang === 'zh' ? designation.label_zh : designation.label_en }),
      designation.basis === 'context' ? el('p', { className: 'designation__context', text: strings.designationContext }) : null,
      entry
        ? el('blockquote', { attrs: { cite: href, lang: 'en' } }, [
            el('span', { className: 'sentence' }, markedWords(entry.sentence.text, held.words)),
          ])
        : null,
      entry
        ? el('p', { className: 'quote__source' }, [
            el('span', {}, clauseTitleNodes(strings, entry)),
            ' · ',
            readInContextLink(context, held.sentence),
          ])
        : null,
    ]);
  });
  return el('section', { className: 'details__section designations' }, [
    el('h3', { text: strings.designationsHeading }),
    el('ul', { className: 'designations__list' }, items),
  ]);
}

export function approximationSection(context: PanelContext, place: PlaceFeature): HTMLElement | null {
  const { strings, lang } = context;
  const approximation = place.properties.approximation;
  if (!approximation) return null;
  return el('section', { className: 'details__section approximation' }, [
    el('h3', { text: strings.approximationHeading }),
    el('p', { text: strings.approximationFigures(approximation.drawn_km2, approximation.actual_km2) }),
    el('p', { text: lang === 'zh' ? approximation.note_zh : approximation.note_en }),
    el('p', { className: 'approximation__source' }, [
      `${strings.approximationSource}: `,
      el('a', {
        text: approximation.source.label,
        attrs: { href: approximation.source.url, target: '_blank', rel: 'noopener noreferrer external', lang: 'en' },
      }),
    ]),
  ]);
}
