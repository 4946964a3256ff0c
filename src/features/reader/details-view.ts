/**
 * The panel's details: what the policy says about the selection, or, with
 * nothing selected, an overview of the document and every place it names.
 */
import { type PlaceFeature, linkedSentenceIds, placesNamedIn, sentencesQuotedFor } from '../../content/atlas-data.ts';
import { pointOf, zonesWithMember } from '../../content/zones.ts';
import { zonesAt } from '../../spatial/spatial-context.ts';
import { type Lang, type Named, localName } from '../../i18n/lang.ts';
import type { Selection } from '../../state/app-state.ts';
import { el, inLang, names } from '../../ui/dom.ts';
import { onPlainClick } from '../../ui/in-app-link.ts';
import { categoryName } from '../../ui/category-name.ts';
import { approximationSection, designationsSection } from './designations-view.ts';
import { sinceFollowedBy, sinceSection } from './since-view.ts';
import { type PanelContext, categoryOf, clauseTitleNodes } from '../../ui/panel-context.ts';
import { placeSwatch, swatch } from '../../ui/swatch.ts';
import { compareToggle } from '../investor/compare-view.ts';
import { distancesSection } from '../investor/distances-view.ts';
import { distancesFrom, openCounts } from '../../spatial/nearest.ts';
import { linkedSentence, markedSentence, placeLink, readInContextLink } from '../../ui/text-render.ts';

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

function categoryBadge(place: PlaceFeature, lang: Lang): HTMLElement {
  return el('p', { className: 'badge' }, [placeSwatch(place), ...categoryName(categoryOf(place), lang)]);
}

function heading(named: Named, lang: Lang): HTMLElement {
  return el('h2', { className: 'details__title', attrs: { tabindex: '-1' } }, names(named, lang, { separator: el('br'), secondaryClass: 'details__title-other' }));
}

/** The atlas's note on a place, in the panel's language. */
function placeNote(properties: PlaceFeature['properties'], lang: Lang): HTMLElement {
  return el('p', { className: 'details__note', text: lang === 'zh' ? properties.note_zh : properties.note });
}

function section(title: string, children: (Node | string | null)[], extra = ''): HTMLElement {
  return el('section', { className: `details__section ${extra}`.trim() }, [el('h3', { text: title }), ...children]);
}

function placeList(context: PanelContext, places: PlaceFeature[]): HTMLUListElement {
  return el(
    'ul',
    { className: 'place-list' },
    places.map((place) =>
      el('li', {}, [
        placeSwatch(place),
        ...names(place.properties, context.lang, { link: (text) => placeLink(context, place.properties.id, text) }),
      ]),
    ),
  );
}

function divisionLink(context: PanelContext, id: string, named: Named): HTMLElement {
  const link = (text: string) =>
    el('a', {
      className: 'place-link',
      text,
      attrs: { href: context.hrefFor({ kind: 'division', id }), 'data-division': id },
      on: { click: onPlainClick(() => context.select({ kind: 'division', id })) },
    });
  return el('li', {}, names(named, context.lang, { link }));
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
              attrs: { href: source.url, target: '_blank', rel: 'noopener noreferrer external', lang: 'en' },
            }),
          ]),
        ),
      ),
    ],
    'details__section--sources',
  );
}

/** The words beside a quote that says how it bears on the place, if it does not simply name it. */
function quoteScope(context: PanelContext, place: PlaceFeature, sentenceId: string): string | null {
  if (!linkedSentenceIds(place).includes(sentenceId)) return context.strings.quotedForDesignation;
  const named = place.properties.mentions.some((m) => m.sentence === sentenceId && m.words !== null);
  return named ? null : context.strings.regionWide;
}

/** Every sentence the panel quotes for the place, each once, with the naming words marked. */
function quotes(context: PanelContext, place: PlaceFeature): HTMLElement {
  const { strings } = context;
  const entries = sentencesQuotedFor(context.data, place.properties.id);
  if (entries.length === 0) return section(strings.whatPolicySays(0), [el('p', { text: strings.noSentences })]);
  const items = entries.map((entry) => {
    const scope = quoteScope(context, place, entry.sentence.id);
    return el('li', { className: 'quote' }, [
      el('blockquote', { attrs: { cite: context.hrefFor({ kind: 'sentence', id: entry.sentence.id }, 'reader'), lang: 'en' } }, [
        markedSentence(context, entry.sentence, new Set([place.properties.id])),
      ]),
      el('p', { className: 'quote__source' }, [
        el('span', {}, clauseTitleNodes(strings, entry)),
        scope ? el('span', { className: 'quote__scope', text: ` · ${scope}` }) : null,
        ' · ',
        readInContextLink(context, entry.sentence.id),
      ]),
    ]);
  });
  return section(strings.whatPolicySays(entries.length), [
    context.lang === 'en' ? null : el('p', { className: 'details__translation-note', text: strings.quotedInEnglish }),
    el('ol', { className: 'quotes' }, items),
  ]);
}

function renderPlace(context: PanelContext, place: PlaceFeature): HTMLElement {
  const { strings } = context;
  const props = place.properties;
  const point = pointOf(place);
  const within = point ? zonesAt(context.investor.spatial, point).filter((zone) => zone.properties.id !== props.id) : [];
  return el('article', { className: 'details', attrs: { 'aria-label': localName(props, context.lang) } }, [
    heading(props, context.lang),
    categoryBadge(place, context.lang),
    compareToggle(strings, context.investor, props.id),
    props.provenance === 'context' ? el('p', { className: 'details__context', text: strings.contextNote }) : null,
    placeNote(props, context.lang),
    designationsSection(context, place),
    approximationSection(context, place),
    props.members.length > 0
      ? section(strings.members, [
          el(
            'ul',
            { className: 'place-list place-list--inline' },
            props.members.map((m) => divisionLink(context, m.id, m)),
          ),
        ])
      : null,
    point
      ? section(strings.liesIn, [within.length > 0 ? placeList(context, within) : el('p', { text: strings.liesInNone })])
      : null,
    quotes(context, place),
    sinceSection(context, props.id),
    point
      ? distancesSection(
          context,
          distancesFrom(context.investor.spatial, point, { openedBy: context.year }),
          openCounts(context.investor.spatial, context.year),
        )
      : null,
    sourcesList(context, place),
  ]);
}

function renderDivision(context: PanelContext, id: string): HTMLElement {
  const { strings, data } = context;
  const division = context.divisionNames.get(id);
  if (!division) return renderOverview(context);
  const zones = zonesWithMember(data, id);
  const partOf = data.places.filter(
    (place) => categoryOf(place).broad && place.properties.members.some((m) => m.id === id),
  );
  const inside = data.places.filter((place) => {
    const point = pointOf(place);
    return point !== undefined && context.divisionAt(point) === id;
  });
  const named = { name_en: division.nameEn, name_zh: division.nameZh };
  return el('article', { className: 'details', attrs: { 'aria-label': localName(named, context.lang) } }, [
    heading(named, context.lang),
    el('p', { className: 'badge', text: strings.divisionOf(context.lang === 'zh' ? division.provinceZh : division.provinceEn) }),
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
      inLang(clause.heading, 'en'),
    ]),
    context.lang === 'en' ? null : el('p', { className: 'details__translation-note', text: strings.quotedInEnglish }),
    el('p', { className: 'clause-text', attrs: { lang: 'en' } }, clause.paragraph.sentences.flatMap((s) => [linkedSentence(context, s), ' '])),
    sinceFollowedBy(context, clause),
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
      ...clauseTitleNodes(strings, entry),
    ]),
    context.lang === 'en' ? null : el('p', { className: 'details__translation-note', text: strings.quotedInEnglish }),
    el('blockquote', { className: 'clause-text', attrs: { lang: 'en' } }, [linkedSentence(context, entry.sentence)]),
    section(strings.placesNamed, [placeList(context, named)]),
  ]);
}

function renderOverview(context: PanelContext): HTMLElement {
  const { strings, data, categories, lang } = context;
  const { meta } = data.document;
  const byCategory = categories
    .map((category) => ({ category, places: data.places.filter((p) => p.properties.category === category.id) }))
    .filter(({ places }) => places.length > 0);
  const title = { name_en: meta.title, name_zh: meta.titleZh };
  const [translated] = data.document.sections;
  const clauses = translated?.clauses ?? [];
  return el('article', { className: 'details details--overview', attrs: { 'aria-label': localName(title, lang) } }, [
    heading(title, lang),
    el('p', { className: 'details__lead', text: strings.overviewLead }),
    el('p', { className: 'details__meta' }, [
      strings.documentIssued(
        lang === 'zh' ? meta.documentNumberZh : meta.documentNumber,
        lang === 'zh' ? meta.issuedByZh : meta.issuedBy,
        meta.dateIssued,
      ),
      ' ',
      translated
        ? strings.documentTranslation(meta.translationFirstPublished.date, translated.numeral, clauses[0]?.number ?? 1, clauses.at(-1)?.number ?? 1)
        : null,
      lang === 'en' ? null : ` ${strings.quotedInEnglish}`,
    ]),
    section(
      strings.overviewBrowse,
      byCategory.map(({ category, places }) =>
        el('div', { className: 'browse' }, [
          el('h4', {}, [swatch(category), ...categoryName(category, lang)]),
          placeList(context, places),
        ]),
      ),
    ),
    section(strings.documentOmitted, [
      el(
        'ul',
        { className: 'omitted' },
        meta.omittedSections.map((s) => {
          // Headings read "English / 中文": the reader's language leads.
          const [english, chinese] = s.heading.split(' / ');
          const heading = chinese ? names({ name_en: english, name_zh: chinese }, lang) : [english];
          return el('li', {}, [
            `${s.numeral}. `,
            ...heading,
            ' ',
            el('a', {
              className: 'omitted__source',
              text: `(${s.source.label})`,
              attrs: { href: s.source.url, target: '_blank', rel: 'noopener noreferrer external', lang: 'en' },
            }),
          ]);
        }),
      ),
    ]),
  ]);
}
