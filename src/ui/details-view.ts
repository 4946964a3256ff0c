/**
 * The panel's details: what the policy says about the selection, or, with
 * nothing selected, an overview of the document and every place it names.
 */
import { type PlaceFeature, placesNamedIn, sentencesNaming } from '../content/atlas-data.ts';
import type { Category } from '../content/categories.ts';
import type { Selection } from '../state/app-state.ts';
import { el, zh } from './dom.ts';
import { pointOf, zonesContaining } from '../content/zones.ts';
import { type PanelContext, categoryOf, clauseTitle } from './panel-context.ts';
import { swatch } from './swatch.ts';
import { linkedSentence, markedSentence, placeLink } from './text-render.ts';

export function renderDetails(context: PanelContext, selection: Selection | null): HTMLElement {
  if (!selection) return renderOverview(context);
  switch (selection.kind) {
    case 'place': {
      const place = context.data.placeById.get(selection.id);
      return place ? renderPlace(context, place) : renderOverview(context);
    }
    case 'division':
      return renderDivision(context, selection.id);
    case 'clause':
      return renderClause(context, selection.id);
    case 'sentence':
      return renderSentence(context, selection.id);
  }
}

function categoryBadge(category: Category): HTMLElement {
  return el('p', { className: 'badge' }, [swatch(category), category.labelEn, ' ', zh(category.labelZh)]);
}

function heading(nameEn: string, nameZh: string): HTMLElement {
  return el('h2', { className: 'details__title', attrs: { tabindex: '-1' } }, [
    nameEn,
    el('br'),
    zh(nameZh, 'zh details__title-zh'),
  ]);
}

function section(title: string, children: (Node | string)[], extra = ''): HTMLElement {
  return el('section', { className: `details__section ${extra}`.trim() }, [el('h3', { text: title }), ...children]);
}

function placeList(context: PanelContext, places: PlaceFeature[]): HTMLUListElement {
  return el(
    'ul',
    { className: 'place-list' },
    places.map((place) =>
      el('li', {}, [
        swatch(categoryOf(place)),
        placeLink(context, place.properties.id, place.properties.name_en),
        ' ',
        zh(place.properties.name_zh),
      ]),
    ),
  );
}

function divisionLink(context: PanelContext, id: string, nameEn: string, nameZh: string): HTMLElement {
  return el('li', {}, [
    el('a', {
      className: 'place-link',
      text: nameEn,
      attrs: { href: context.hrefFor({ kind: 'division', id }), 'data-division': id },
      on: {
        click: (event) => {
          event.preventDefault();
          context.select({ kind: 'division', id });
        },
      },
    }),
    ' ',
    zh(nameZh),
  ]);
}

function sourcesList(context: PanelContext, place: PlaceFeature): HTMLElement {
  return section(
    context.strings.sources,
    [
      el(
        'ul',
        { className: 'sources' },
        place.properties.source.map((source) =>
          el('li', {}, [
            el('a', {
              text: source.label,
              attrs: { href: source.url, target: '_blank', rel: 'noopener noreferrer external' },
            }),
          ]),
        ),
      ),
    ],
    'details__section--sources',
  );
}

/** Every sentence naming the place, quoted, with the naming words marked. */
function quotes(context: PanelContext, place: PlaceFeature): HTMLElement {
  const { strings } = context;
  const entries = sentencesNaming(context.data, place.properties.id);
  if (entries.length === 0) return section(strings.whatPolicySays, [el('p', { text: strings.noSentences })]);
  const items = entries.map((entry) => {
    const named = place.properties.mentions.some((m) => m.sentence === entry.sentence.id && m.words !== null);
    return el('li', { className: 'quote' }, [
      el('blockquote', { attrs: { cite: context.hrefFor({ kind: 'sentence', id: entry.sentence.id }, 'reader') } }, [
        markedSentence(context, entry.sentence, new Set([place.properties.id])),
      ]),
      el('p', { className: 'quote__source' }, [
        el('span', { text: clauseTitle(strings, entry) }),
        named ? null : el('span', { className: 'quote__scope', text: ` · ${strings.regionWide}` }),
        ' · ',
        el('a', {
          text: strings.readInContext,
          attrs: { href: context.hrefFor({ kind: 'sentence', id: entry.sentence.id }, 'reader') },
          on: {
            click: (event) => {
              event.preventDefault();
              context.select({ kind: 'sentence', id: entry.sentence.id }, 'reader');
            },
          },
        }),
      ]),
    ]);
  });
  return section(`${strings.whatPolicySays} · ${strings.sentenceCount(entries.length)}`, [
    el('ol', { className: 'quotes' }, items),
  ]);
}

function renderPlace(context: PanelContext, place: PlaceFeature): HTMLElement {
  const { strings, data } = context;
  const props = place.properties;
  const point = pointOf(place);
  const within = point ? zonesContaining(data, { point }).filter((zone) => zone.properties.id !== props.id) : [];
  return el('article', { className: 'details', attrs: { 'aria-label': props.name_en } }, [
    heading(props.name_en, props.name_zh),
    categoryBadge(categoryOf(place)),
    props.provenance === 'context' ? el('p', { className: 'details__context', text: strings.contextNote }) : null,
    el('p', { className: 'details__note', text: props.note }),
    props.members.length > 0
      ? section(strings.members, [
          el(
            'ul',
            { className: 'place-list place-list--inline' },
            props.members.map((m) => divisionLink(context, m.id, m.name_en, m.name_zh)),
          ),
        ])
      : null,
    point
      ? section(strings.liesIn, [within.length > 0 ? placeList(context, within) : el('p', { text: strings.liesInNone })])
      : null,
    quotes(context, place),
    sourcesList(context, place),
  ]);
}

function renderDivision(context: PanelContext, id: string): HTMLElement {
  const { strings, data } = context;
  const division = context.divisionNames.get(id);
  if (!division) return renderOverview(context);
  const zones = zonesContaining(data, { division: id });
  const partOf = data.places.filter(
    (place) => categoryOf(place).broad && place.properties.members.some((m) => m.id === id),
  );
  const inside = data.places.filter((place) => {
    const point = pointOf(place);
    return point !== undefined && context.divisionAt(point) === id;
  });
  return el('article', { className: 'details', attrs: { 'aria-label': division.nameEn } }, [
    heading(division.nameEn, division.nameZh),
    el('p', { className: 'badge', text: strings.divisionOf(division.province) }),
    section(strings.zonesCovering, [zones.length > 0 ? placeList(context, zones) : el('p', { text: strings.liesInNone })]),
    partOf.length > 0 ? section(strings.partOf, [placeList(context, partOf)]) : null,
    inside.length > 0 ? section(strings.placesNamed, [placeList(context, inside)]) : null,
  ]);
}

function renderClause(context: PanelContext, id: string): HTMLElement {
  const { strings, data } = context;
  const clause = data.clauseById.get(id);
  if (!clause) return renderOverview(context);
  const named = [...new Set(clause.paragraph.sentences.flatMap((s) => placesNamedIn(data, s.id)))];
  return el('article', { className: 'details', attrs: { 'aria-label': strings.clauseLabel(clause.number) } }, [
    el('h2', { className: 'details__title', attrs: { tabindex: '-1' } }, [
      el('span', { className: 'details__kicker', text: strings.clauseLabel(clause.number) }),
      el('br'),
      clause.heading,
    ]),
    el('p', { className: 'clause-text' }, clause.paragraph.sentences.flatMap((s) => [linkedSentence(context, s), ' '])),
    section(strings.placesNamed, [placeList(context, named)]),
  ]);
}

function renderSentence(context: PanelContext, id: string): HTMLElement {
  const { strings, data } = context;
  const entry = data.sentenceById.get(id);
  if (!entry) return renderOverview(context);
  const named = placesNamedIn(data, id);
  return el('article', { className: 'details', attrs: { 'aria-label': strings.sentenceHeading } }, [
    el('h2', { className: 'details__title', attrs: { tabindex: '-1' } }, [
      el('span', { className: 'details__kicker', text: strings.sentenceHeading }),
      el('br'),
      clauseTitle(strings, entry),
    ]),
    el('blockquote', { className: 'clause-text' }, [linkedSentence(context, entry.sentence)]),
    section(strings.placesNamed, [placeList(context, named)]),
  ]);
}

function renderOverview(context: PanelContext): HTMLElement {
  const { strings, data, categories } = context;
  const { meta } = data.document;
  const byCategory = categories
    .map((category) => ({ category, places: data.places.filter((p) => p.properties.category === category.id) }))
    .filter(({ places }) => places.length > 0);
  return el('article', { className: 'details details--overview', attrs: { 'aria-label': meta.title } }, [
    el('h2', { className: 'details__title', attrs: { tabindex: '-1' } }, [meta.title, el('br'), zh(meta.titleZh, 'zh details__title-zh')]),
    el('p', { className: 'details__lead', text: strings.overviewLead }),
    el('p', { className: 'details__meta' }, [
      `${meta.documentNumber} (`,
      zh(meta.documentNumberZh),
      '). ',
      strings.documentIssued(meta.issuedBy, meta.dateIssued),
      ' ',
      strings.documentTranslation(meta.dateTranslated),
      ' ',
      meta.part,
      '.',
    ]),
    section(
      strings.overviewBrowse,
      byCategory.map(({ category, places }) =>
        el('div', { className: 'browse' }, [
          el('h4', {}, [swatch(category), category.labelEn, ' ', zh(category.labelZh)]),
          placeList(context, places),
        ]),
      ),
    ),
    section(strings.documentOmitted, [
      el(
        'ul',
        { className: 'omitted' },
        meta.omittedSections.map((s) => {
          // Headings read "English / 中文"; the Chinese half is marked as such.
          const [english, chinese] = s.heading.split(' / ');
          return el('li', {}, [
            `${s.numeral}. ${english} `,
            chinese ? zh(chinese) : null,
            ' ',
            el('a', {
              className: 'omitted__source',
              text: `(${s.source.label})`,
              attrs: { href: s.source.url, target: '_blank', rel: 'noopener noreferrer external' },
            }),
          ]);
        }),
      ),
    ]),
  ]);
}
