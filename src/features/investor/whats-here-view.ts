/**
 * "What's here": the panel's view of an arbitrary spot. It names the spot's
 * prefecture and province, quotes every sentence naming each zone or base
 * that covers it, gives the designations of the city the text names there,
 * the nearest places the text names, and the distances to ports, border
 * crossings, airports and the land border.
 */
import type { PlaceFeature } from '../../content/atlas-data.ts';
import { designationById } from '../../content/designations.ts';
import { type Lang, localName } from '../../i18n/lang.ts';
import { whatsHere, type ZoneHit } from '../../spatial/whats-here.ts';
import { openCounts } from '../../spatial/nearest.ts';
import type { AreaName, LngLat } from '../../spatial/spatial-context.ts';
import { distancesSection } from './distances-view.ts';
import { el, names } from '../../ui/dom.ts';
import { onPlainClick } from '../../ui/in-app-link.ts';
import type { InvestorTools } from '../../ui/investor-tools.ts';
import { type PanelContext, clauseTitleNodes } from '../../ui/panel-context.ts';
import { placeSwatch } from '../../ui/swatch.ts';
import { markedSentence, placeLink, readInContextLink } from '../../ui/text-render.ts';
import './whats-here-view.css';

const named = (area: AreaName) => ({ name_en: area.nameEn, name_zh: area.nameZh });

function section(title: string, children: (Node | string | null)[]): HTMLElement {
  return el('section', { className: 'details__section' }, [el('h3', { text: title }), ...children]);
}

/** What the text makes of a place, its designations' labels in the interface's language, each once. */
export function designationLabels(place: PlaceFeature, lang: Lang): string[] {
  const ids = [...new Set(place.properties.designations.map((d) => d.id))];
  return ids.map((id) => {
    const designation = designationById(id);
    return lang === 'zh' ? designation.label_zh : designation.label_en;
  });
}

function divisionLink(context: PanelContext, area: AreaName): (text: string) => HTMLElement {
  return (text) =>
    el('a', {
      className: 'place-link',
      text,
      attrs: { href: context.hrefFor({ kind: 'division', id: area.id }), 'data-division': area.id },
      on: { click: onPlainClick(() => context.select({ kind: 'division', id: area.id })) },
    });
}

function zoneItem(context: PanelContext, hit: ZoneHit): HTMLElement {
  const { strings } = context;
  const id = hit.place.properties.id;
  return el('li', { className: 'whats-here__zone' }, [
    el('h4', {}, [
      placeSwatch(hit.place),
      ...names(hit.place.properties, context.lang, { link: (text) => placeLink(context, id, text) }),
    ]),
    el(
      'ol',
      { className: 'quotes' },
      hit.sentences.map((entry) =>
        el('li', { className: 'quote' }, [
          el('blockquote', { attrs: { cite: context.hrefFor({ kind: 'sentence', id: entry.sentence.id }, 'reader'), lang: 'en' } }, [
            markedSentence(context, entry.sentence, new Set([id])),
          ]),
          el('p', { className: 'quote__source' }, [
            el('span', {}, clauseTitleNodes(strings, entry)),
            ' · ',
            readInContextLink(context, entry.sentence.id),
          ]),
        ]),
      ),
    ),
  ]);
}

function nearList(context: PanelContext, near: { item: PlaceFeature; km: number }[]): HTMLElement {
  return el(
    'ul',
    { className: 'place-list whats-here__near' },
    near.map(({ item, km }) =>
      el('li', {}, [
        placeSwatch(item),
        ...names(item.properties, context.lang, { link: (text) => placeLink(context, item.properties.id, text) }),
        el('span', { className: 'distances__km', text: context.strings.km(km) }),
      ]),
    ),
  );
}

export function renderWhatsHere(context: PanelContext, tools: InvestorTools, at: LngLat): HTMLElement {
  const { strings, lang } = context;
  const here = whatsHere(at, tools.spatial, { openedBy: context.year });
  const [lng, lat] = at;
  const title = el('h2', { className: 'details__title', attrs: { tabindex: '-1' } }, [
    strings.whatsHereTitle,
    el('br'),
    el('span', { className: 'details__title-other', text: strings.spotCoordinates(lat, lng) }),
  ]);
  const back = el('button', {
    className: 'whats-here__back',
    text: strings.backToOverview,
    attrs: { type: 'button' },
    on: { click: () => tools.actions.clear() },
  });
  const common = [
    section(strings.nearestPlaces, [nearList(context, here.nearestPlaces), el('p', { className: 'distances__note', text: strings.straightLineNote })]),
    distancesSection(context, here.distances, openCounts(tools.spatial, context.year)),
  ];
  if (here.kind === 'outside') {
    return el('article', { className: 'details whats-here', attrs: { 'aria-label': strings.whatsHereTitle } }, [
      title,
      el('p', { className: 'whats-here__outside', text: strings.spotOutside }),
      ...common,
      back,
    ]);
  }
  const [city] = here.cities;
  const cityDesignations = city ? designationLabels(city.item, lang) : [];
  return el('article', { className: 'details whats-here', attrs: { 'aria-label': strings.whatsHereTitle } }, [
    title,
    el('dl', { className: 'whats-here__where' }, [
      el('dt', { text: strings.spotDivision }),
      el('dd', {}, names(named(here.division), lang, { link: divisionLink(context, here.division) })),
      el('dt', { text: strings.spotProvince }),
      el('dd', {}, names(named(here.province), lang)),
    ]),
    here.alsoOnBorderOf.length > 0
      ? el('p', { text: strings.spotAlsoOnBorderOf(here.alsoOnBorderOf.map((a) => localName(named(a), lang))) })
      : null,
    section(strings.spotZones, [
      here.zones.length > 0
        ? el('div', {}, [
            lang === 'en' ? null : el('p', { className: 'details__translation-note', text: strings.quotedInEnglish }),
            el('ul', { className: 'whats-here__zones' }, here.zones.map((hit) => zoneItem(context, hit))),
          ])
        : el('p', { text: strings.spotNoZones }),
    ]),
    section(strings.spotCity, [
      city
        ? el('p', {}, [
            placeSwatch(city.item),
            ...names(city.item.properties, lang, { link: (text) => placeLink(context, city.item.properties.id, text) }),
            el('span', { className: 'distances__km', text: strings.km(city.km) }),
          ])
        : el('p', { text: strings.spotNoCity }),
      city && cityDesignations.length > 0
        ? el('div', {}, [
            el('h4', { text: strings.spotCityDesignations }),
            el('ul', { className: 'whats-here__designations' }, cityDesignations.map((label) => el('li', { text: label }))),
          ])
        : null,
    ]),
    ...common,
    back,
  ]);
}
