/**
 * Puts the city-zoom context on the map the first time the reader zooms in
 * past CITY_CONTEXT_MIN_ZOOM (or a link opens there), never before: the data,
 * the layers' styles and the faces of the names' Chinese characters come as
 * one lazily imported chunk (city-context-draw.ts), and the worker tiles the
 * data only then, so the overview's first load costs nothing more. A failed
 * import is tried again at the next zoom.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.ts';
import { CITY_CONTEXT_MIN_ZOOM } from '../../map/city-context-ids.ts';
import type { Palette } from '../../map/palette.ts';
import type { CarryWashes, CityContextDrawing } from './city-context-draw.ts';

export interface CityContextOptions {
  map: MapLibreMap;
  palette: Palette;
  lang: Lang;
  /** The policy's map, told the fringes its washes are carried over once the detailed coast is drawn. */
  carryWashes: CarryWashes;
}

export class CityContext {
  private readonly map: MapLibreMap;
  private readonly carryWashes: CarryWashes;
  private palette: Palette;
  private lang: Lang;
  private state: 'waiting' | 'loading' | 'shown' | 'removed' = 'waiting';
  private drawing: CityContextDrawing | null = null;

  constructor(options: CityContextOptions) {
    this.map = options.map;
    this.palette = options.palette;
    this.lang = options.lang;
    this.carryWashes = options.carryWashes;
    this.map.on('zoomend', this.onZoom);
    this.map.on('idle', this.onZoom);
  }

  remove(): void {
    this.state = 'removed';
    this.stopListening();
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
    this.drawing?.setPalette(palette);
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    this.drawing?.setLanguage(lang);
  }

  private stopListening(): void {
    this.map.off('zoomend', this.onZoom);
    this.map.off('idle', this.onZoom);
  }

  private readonly onZoom = (): void => {
    if (this.state !== 'waiting' || this.map.getZoom() < CITY_CONTEXT_MIN_ZOOM) return;
    this.state = 'loading';
    void this.load();
  };

  private async load(): Promise<void> {
    try {
      const { drawCityContext } = await import('./city-context-draw.ts');
      // The palette and language of the moment the fonts are in, not of the zoom that asked.
      this.drawing = await drawCityContext(this.map, this.palette, this.lang, () => this.state === 'loading', this.carryWashes);
    } catch (error) {
      console.warn('the city-zoom context could not be loaded; it is tried again at the next zoom', error);
      if (this.state === 'loading') this.state = 'waiting';
      return;
    }
    if (!this.drawing) return;
    this.state = 'shown';
    this.stopListening();
    // Said on the map's element, as its first idle is: what waits for the context (a test, the bench) looks there.
    this.map.getContainer().dataset.cityContext = 'shown';
  }
}
