/**
 * The distances from a place or a spot to the nearest seaport, land border
 * crossing and airport, and to China's land border, labelled as what they
 * are: straight lines, not routes or travel times.
 */
import { type Distances, LAND_BORDER_PRECISION_KM, type Near, underLandBorderPrecision } from '../../spatial/nearest.ts';
import type { InfrastructureFeature } from '../../content/infrastructure-types.ts';
import { el, names } from '../../ui/dom.ts';
import type { PanelContext } from '../../ui/panel-context.ts';
import type { Strings } from '../../i18n/strings.ts';
import './distances-view.css';

/** A nearest facility: its names, its opening year (marked if after the policy) and its distance. */
export function nearestFacility(strings: Strings, lang: PanelContext['lang'], near: Near<InfrastructureFeature>): (Node | string)[] {
  return [
    ...names(near.item.properties, lang),
    // Spaces between the spans let a narrow panel wrap the line there.
    ' ',
    el('span', { className: 'distances__opened', text: strings.openedIn(near.item.properties.opened, near.item.properties.post_dates_policy) }),
    ' ',
    el('span', { className: 'distances__km', text: strings.km(near.km) }),
  ];
}

/** The distance to the land border, or "under 5 km" and why when the border line cannot tell. */
export function landBorderText(strings: Strings, km: number | null): string {
  if (km === null) return strings.noneListed;
  return underLandBorderPrecision(km) ? strings.underLandBorderPrecision(LAND_BORDER_PRECISION_KM) : strings.km(km);
}

function row(context: PanelContext, term: string, near: Near<InfrastructureFeature> | null): HTMLElement[] {
  const { strings, lang } = context;
  const value = near ? el('dd', {}, nearestFacility(strings, lang, near)) : el('dd', { text: strings.noneListed });
  return [el('dt', { text: term }), value];
}

/** How many items of each kind the answers were chosen from: those open in the year shown. */
export interface SearchedCounts {
  seaports: number;
  crossings: number;
  airports: number;
}

export function distancesSection(context: PanelContext, distances: Distances, searched: SearchedCounts): HTMLElement {
  const { strings } = context;
  return el('section', { className: 'details__section distances' }, [
    el('h3', { text: strings.distancesTitle(context.year) }),
    el('dl', { className: 'distances__list' }, [
      ...row(context, strings.nearestSeaport, distances.seaport),
      ...row(context, strings.nearestBorderCrossing, distances.borderCrossing),
      ...row(context, strings.nearestAirport, distances.airport),
      el('dt', { text: strings.landBorder }),
      el('dd', {}, [
        el('span', { className: 'distances__km', text: landBorderText(strings, distances.landBorderKm) }),
      ]),
    ]),
    el('p', { className: 'distances__note', text: `${strings.searchedAmong(searched, context.year)} ${strings.straightLineNote}` }),
  ]);
}
