/**
 * The distances from a place or a spot to the nearest seaport, land border
 * crossing and airport, and to China's land border, labelled as what they
 * are: straight lines, not routes or travel times.
 */
import type { Distances, Near } from '../../spatial/nearest.ts';
import type { InfrastructureFeature } from '../../content/infrastructure-types.ts';
import { el, names } from '../../ui/dom.ts';
import type { PanelContext } from '../../ui/panel-context.ts';
import './distances-view.css';

function row(context: PanelContext, term: string, near: Near<InfrastructureFeature> | null): HTMLElement[] {
  const { strings, lang } = context;
  const value = near
    ? el('dd', {}, [
        ...names(near.item.properties, lang),
        // Spaces between the spans let a narrow panel wrap the line there.
        ' ',
        el('span', { className: 'distances__opened', text: strings.openedIn(near.item.properties.opened, near.item.properties.post_dates_policy) }),
        ' ',
        el('span', { className: 'distances__km', text: strings.km(near.km) }),
      ])
    : el('dd', { text: strings.noneListed });
  return [el('dt', { text: term }), value];
}

/** How many items of each kind the answers were chosen from: those open today. */
export interface SearchedCounts {
  seaports: number;
  crossings: number;
  airports: number;
}

export function distancesSection(context: PanelContext, distances: Distances, searched: SearchedCounts): HTMLElement {
  const { strings } = context;
  return el('section', { className: 'details__section distances' }, [
    el('h3', { text: strings.distancesTitle }),
    el('dl', { className: 'distances__list' }, [
      ...row(context, strings.nearestSeaport, distances.seaport),
      ...row(context, strings.nearestBorderCrossing, distances.borderCrossing),
      ...row(context, strings.nearestAirport, distances.airport),
      el('dt', { text: strings.landBorder }),
      el('dd', {}, [
        el('span', {
          className: 'distances__km',
          text: distances.landBorderKm === null ? strings.noneListed : strings.km(distances.landBorderKm),
        }),
      ]),
    ]),
    el('p', { className: 'distances__note', text: `${strings.searchedAmong(searched)} ${strings.straightLineNote}` }),
  ]);
}
