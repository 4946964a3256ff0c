/**
 * One later designation's entry, as the panel and the map's popup show it:
 * its names, date (as precisely as its sources give it) and what the date
 * is, issuer, document number, description, planned area, how the map shows
 * it, what the sources did not confirm, and the sources with the day read.
 */
import type { LaterDesignationFeature } from '../content/later-designation-types.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Strings } from '../i18n/strings.ts';
import { el, inLang, names } from './dom.ts';
import './later-designation-entry.css';

/** What a panel or popup needs to show the designations of the year it shows. */
export interface LaterDesignationsShown {
  /** The year the page shows: the list holds what was designated by then. */
  year: number;
  /** The designations made by `year`, oldest first. */
  items: readonly LaterDesignationFeature[];
}

export function designationName(feature: LaterDesignationFeature, lang: Lang): string {
  return lang === 'zh' ? feature.properties.name_zh : feature.properties.name_en;
}

/** The entry's body: every fact with its source. */
export function laterDesignationFacts(
  feature: LaterDesignationFeature,
  shown: LaterDesignationsShown,
  strings: Strings,
  lang: Lang,
): HTMLElement[] {
  const p = feature.properties;
  const zh = lang === 'zh';
  const parent = p.part_of ? shown.items.find((item) => item.properties.id === p.part_of) : undefined;
  const facts: (HTMLElement | null)[] = [
    el('p', { className: 'later-entry__date', text: strings.sinceDate(p.date, zh ? p.date_meaning_zh : p.date_meaning_en) }),
    p.before_policy ? el('p', { className: 'later-entry__before', text: strings.sinceBeforePolicy }) : null,
    el('p', { className: 'later-entry__description', text: zh ? p.description_zh : p.description_en }),
    el('p', { text: strings.sinceIssuedBy(zh ? p.issued_by_zh : p.issued_by_en) }),
    p.document_number ? el('p', { text: strings.sinceDocumentNumber(p.document_number) }) : null,
    parent ? el('p', { text: strings.sincePartOf(designationName(parent, lang)) }) : null,
    p.area_km2 !== null ? el('p', { text: strings.sinceArea(p.area_km2) }) : null,
    el('p', { className: 'later-entry__precision', text: strings.sincePrecision(p.precision, zh ? p.host_city_zh : p.host_city_en) }),
    p.unverified ? el('p', { className: 'later-entry__unverified' }, [`${strings.sinceUnverified} `, inLang(p.unverified, 'en')]) : null,
    el(
      'ul',
      { className: 'sources later-entry__sources', attrs: { 'aria-label': strings.sources } },
      p.source.map((source) =>
        el('li', {}, [
          el('a', { text: source.label, attrs: { href: source.url, target: '_blank', rel: 'noopener noreferrer external', lang: 'en' } }),
          ` (${strings.sinceSourceRead(source.read)})`,
        ]),
      ),
    ),
  ];
  return facts.filter((node): node is HTMLElement => node !== null);
}

/** The entry's title: the name in the interface's language, the other after, and the year. */
export function laterDesignationTitle(feature: LaterDesignationFeature, strings: Strings, lang: Lang): (Node | string)[] {
  return [...names(feature.properties, lang), ` · ${strings.sinceYear(feature.properties.opened)}`];
}
