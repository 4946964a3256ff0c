/**
 * Builds the open data files from the content modules and the base map.
 * Shared by the command line and the staleness test, so both make the same bytes.
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

export interface ContentFiles {
  document: string;
  places: string;
}

export function buildContentFiles(): ContentFiles {
  const document = parseDocument(readFileSync(SOURCE_TEXT_PATH, 'utf8'), documentMeta);
  const topology = JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology;
  return {
    document: serializeJson(document),
    places: serializeJson(buildPlaces(places, mentions, designations, document, topology)),
  };
}
