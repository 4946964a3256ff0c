/**
 * "Since 2009": what was designated after the policy in a place (a place's
 * panel), and in the places a clause names (the reader and the clause's
 * panel). Each designation opens, in place, into its entry with its date,
 * issuer and sources; the list is of the year the page shows.
 */
import type { Clause } from '../../content/types.ts';
import { placesNamedIn } from '../../content/atlas-data.ts';
import { designationsFollowing } from '../../spatial/later-designations.ts';
import { el } from '../../ui/dom.ts';
import { designationName, laterDesignationFacts, laterDesignationTitle } from '../../ui/later-designation-entry.ts';
import type { PanelContext } from '../../ui/panel-context.ts';
import './since-view.css';

/** The anchor of a designation's entry in the panel. */
function sinceEntryId(designationId: string): string {
  return `since-${designationId}`;
}

/** The place's panel section, or `null` where nothing was designated in it by the year shown. */
export function sinceSection(context: PanelContext, placeId: string): HTMLElement | null {
  const { strings, lang, since } = context;
  const followed = designationsFollowing(since.items, [placeId]);
  if (followed.length === 0) return null;
  return el('section', { className: 'details__section since', attrs: { 'aria-labelledby': 'since-heading' } }, [
    el('h3', { text: strings.sinceHeading, attrs: { id: 'since-heading' } }),
    el('p', { className: 'since__lead', text: strings.sinceLead(since.year) }),
    el(
      'ul',
      { className: 'since__list later-list' },
      followed.map((feature) =>
        el('li', {}, [
          el('details', { className: 'later-entry', attrs: { id: sinceEntryId(feature.properties.id) } }, [
            el('summary', { className: 'later-entry__title' }, laterDesignationTitle(feature, strings, lang)),
            ...laterDesignationFacts(feature, since, strings, lang),
          ]),
        ]),
      ),
    ),
  ]);
}

/** "Since 2009, in the places it names: Harbin New Area, 2015, …", or `null` if nothing followed. */
export function sinceFollowedBy(context: PanelContext, clause: Clause): HTMLElement | null {
  const { data, strings, lang, since } = context;
  const placeIds = clause.paragraph.sentences.flatMap((s) => placesNamedIn(data, s.id).map((p) => p.properties.id));
  // Region-wide documents follow every clause that names the region: they would crowd out what is particular to it.
  const followed = designationsFollowing(since.items, placeIds).filter((f) => f.properties.precision !== 'region-wide');
  if (followed.length === 0) return null;
  const items = followed.map((f) => strings.sinceItem(designationName(f, lang), f.properties.opened));
  return el('p', { className: 'since__followed', text: strings.sinceFollowedBy(items) });
}
