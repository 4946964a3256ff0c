/**
 * Builds the open data files from the content modules and the base map, and
 * the site's compact copies of the places and the base map. Shared by the
 * command line and the staleness test, so both make the same bytes.
 */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { documentMeta } from '../../content/document-meta.ts';
import { designations } from '../../content/designations.ts';
import { mentions } from '../../content/mentions.ts';
import { places } from '../../content/places.ts';
import { BASEMAP_PATH, serializeJson } from '../geodata/output.ts';
import { parseDocument } from './document.ts';
import { SOURCE_TEXT_PATH } from './output.ts';
import { buildPlaces } from './places.ts';
import { shareArcs } from './shared-arcs.ts';

export interface ContentFiles {
  document: string;
  places: string;
  /** What the site fetches instead of `places.geojson`. */
  sitePlaces: string;
  /** What the site fetches instead of `basemap.topo.json`. */
  siteBasemap: string;
}

export function buildContentFiles(): ContentFiles {
  const document = parseDocument(readFileSync(SOURCE_TEXT_PATH, 'utf8'), documentMeta);
  const topology = JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology;
  const placeCollection = buildPlaces(places, mentions, designations, document, topology);
  const placesText = serializeJson(placeCollection);
  // The site's copies are made from the open file as written, rounding and all, so that they are what it publishes.
  const site = shareArcs(topology, JSON.parse(placesText) as typeof placeCollection);
  return {
    document: serializeJson(document),
    places: placesText,
    sitePlaces: serializeJson(site.places),
    siteBasemap: serializeJson(site.basemap),
  };
}
