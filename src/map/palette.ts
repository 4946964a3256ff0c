/**
 * The one table of colours, widths and fonts that every layer is built from.
 * A newsroom locator palette: pale, warm land for the region in focus, greyer
 * land beyond it, quiet water, and ink-dark labels; the policy's themes in
 * Okabe–Ito hues (Okabe & Ito, "Color Universal Design", 2008), which stay
 * distinct for readers with any common form of colour blindness.
 */
import type { ThemeId } from '../content/designations.ts';

/** How one theme of the key is drawn. Keyed by theme id, so adding one shifts no other. */
export interface ThemeInk {
  /** Washes of areas and bands: the Okabe–Ito hue itself. */
  fill: string;
  /** Markers and outlines: the hue, darkened where needed to keep 3:1 against land. */
  marker: string;
  /** Names drawn in the theme's colour: 4.5:1 against their halo. */
  text: string;
}

export interface Palette {
  colors: {
    water: string;
    land: string;
    neighbour: string;
    province: string;
    region: string;
    coast: string;
    divisionLine: string;
    provinceLine: string;
    countryLine: string;
    chinaBorder: string;
    labelCountry: string;
    labelProvince: string;
    labelDivision: string;
    labelArea: string;
    halo: string;
    /** City-zoom context (see city-context-layers.ts): rivers' lines, their and the lakes' names, towns, schematic railways. */
    river: string;
    labelWater: string;
    town: string;
    labelTown: string;
    railway: string;
    /** Fill and ring behind a selected or highlighted marker. */
    selectionHalo: string;
    selectionRing: string;
  };
  widths: {
    coast: number;
    divisionLine: number;
    provinceLine: number;
    countryLine: number;
    chinaBorder: number;
  };
  /**
   * Font stack: CSS families of the page's own web fonts. The style loads no
   * glyphs, so MapLibre draws each label with these fonts, falling back from
   * the Latin face to the Chinese one glyph by glyph.
   */
  fonts: string[];
  /** The policy's themes: see src/content/designations.ts. */
  inks: Record<ThemeId, ThemeInk>;
  /** The rim between a marker's segments and around it. */
  markerRim: string;
}

/** The light palette's inks; unit tests hold each to its contrast. */
const LIGHT_INKS: Record<ThemeId, ThemeInk> = {
  'economic-zones': { fill: '#CC79A7', marker: '#B0578F', text: '#995B7E' },
  'hi-tech-bases': { fill: '#0072B2', marker: '#0072B2', text: '#0072B2' },
  'service-outsourcing': { fill: '#D55E00', marker: '#C25400', text: '#A24600' },
  logistics: { fill: '#E69F00', marker: '#A86F00', text: '#8D5D00' },
  'industrial-corridor': { fill: '#56B4E9', marker: '#2F86B8', text: '#387598' },
  'energy-chemicals': { fill: '#F0E442', marker: '#8A7E00', text: '#767020' },
  'equipment-manufacturing': { fill: '#009E73', marker: '#008A64', text: '#007354' },
  'industrial-parks': { fill: '#7A7000', marker: '#7A7000', text: '#7A7000' },
  institutions: { fill: '#000000', marker: '#000000', text: '#000000' },
  context: { fill: '#999999', marker: '#6E6E6E', text: '#6E6E6E' },
};

export const LIGHT_PALETTE: Palette = {
  colors: {
    water: '#d6e3ea',
    land: '#f1efe9',
    neighbour: '#e6e3dc',
    province: '#efece5',
    region: '#fbfaf7',
    coast: '#a8bdc9',
    divisionLine: '#c8c1b4',
    provinceLine: '#857d70',
    countryLine: '#a39c91',
    chinaBorder: '#5e574d',
    labelCountry: '#8a8479',
    labelProvince: '#5b5449',
    labelDivision: '#3d3831',
    labelArea: '#6f685d',
    halo: 'rgba(251, 250, 247, 0.9)',
    river: '#8fb3c8',
    labelWater: '#3f6a82',
    town: '#7a7367',
    labelTown: '#4a453d',
    railway: '#8f887c',
    selectionHalo: '#fff6d6',
    selectionRing: '#26221d',
  },
  widths: {
    coast: 0.6,
    divisionLine: 0.6,
    provinceLine: 1.4,
    countryLine: 1,
    chinaBorder: 1.8,
  },
  fonts: ['Noto Sans', 'Noto Sans SC'],
  inks: LIGHT_INKS,
  markerRim: '#ffffff',
};
