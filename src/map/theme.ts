/**
 * The one table of colours, widths and fonts that every base-map layer is
 * built from. A newsroom locator palette: pale, warm land for the region in
 * focus, greyer land beyond it, quiet water, and ink-dark labels.
 */
export interface Theme {
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
}

export const LIGHT_THEME: Theme = {
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
};
