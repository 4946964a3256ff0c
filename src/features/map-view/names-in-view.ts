/**
 * A list of the names the map is showing, kept in step with the map. Canvas
 * labels are invisible to screen readers; this list is what they read, and
 * what browser tests read to know a label was actually rendered.
 */
import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type Lang, localName } from '../../i18n/lang.ts';
import { inLang } from '../../ui/dom.ts';

export interface NamesInViewOptions {
  /** Layers whose rendered labels are listed. */
  layers: string[];
  /** Accessible name of the list. */
  label: string;
  /** Names are listed leading with this language's. */
  lang: Lang;
}

export class NamesInView {
  private readonly element: HTMLUListElement;
  private map: MapLibreMap | undefined;
  private readonly layers: string[];
  private lang: Lang;

  constructor(options: NamesInViewOptions) {
    this.layers = options.layers;
    this.lang = options.lang;
    this.element = document.createElement('ul');
    this.element.className = 'visually-hidden';
    this.element.setAttribute('aria-label', options.label);
  }

  /** Relabels the list and lists the names again, leading with another language's. */
  setLanguage(label: string, lang: Lang): void {
    this.element.setAttribute('aria-label', label);
    this.lang = lang;
    this.update();
  }

  addTo(map: MapLibreMap, parent: HTMLElement): this {
    this.map = map;
    parent.append(this.element);
    map.on('idle', this.update);
    return this;
  }

  remove(): void {
    this.map?.off('idle', this.update);
    this.element.remove();
    this.map = undefined;
  }

  /**
   * Where a drawn name's feature is on screen: its point, or for a name drawn
   * along a line (a river, a railway) or in an area (a lake) the first of its
   * vertices that lies in view.
   */
  private pointOnScreen(geometry: Geometry): { x: number; y: number } | null {
    if (!this.map) return null;
    if (geometry.type === 'Point') {
      const [lng = 0, lat = 0] = geometry.coordinates;
      return this.map.project([lng, lat]);
    }
    const vertices =
      geometry.type === 'LineString' || geometry.type === 'MultiPoint'
        ? geometry.coordinates
        : geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
          ? geometry.coordinates.flat()
          : geometry.type === 'MultiPolygon'
            ? geometry.coordinates.flat(2)
            : [];
    const canvas = this.map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    for (const [lng = 0, lat = 0] of vertices) {
      const point = this.map.project([lng, lat]);
      if (point.x >= 0 && point.y >= 0 && point.x <= width && point.y <= height) return point;
    }
    return null;
  }

  private readonly update = (): void => {
    if (!this.map) return;
    const layers = this.layers.filter((id) => this.map?.getLayer(id));
    // Each name keeps the screen position of its point, so that what is
    // listed can also be found on the map, by a test as by a magnifier.
    const names = new Map<string, { x: number; y: number; lead: string; other: string | undefined }>();
    for (const rendered of this.map.queryRenderedFeatures({ layers })) {
      const { name_en: en, name_zh: zh } = rendered.properties as { name_en?: string; name_zh?: string };
      const lead = en && zh ? localName({ name_en: en, name_zh: zh }, this.lang) : en;
      const other = lead === en ? zh : en;
      const name = lead && (other ? `${lead} ${other}` : lead);
      if (!lead || !name || names.has(name)) continue;
      const at = this.pointOnScreen(rendered.geometry);
      if (at) names.set(name, { ...at, lead, other });
    }
    const items = [...names.keys()].sort().map((name) => {
      const item = document.createElement('li');
      const { x, y, lead, other } = names.get(name) ?? { x: 0, y: 0, lead: name, other: undefined };
      // A name that has none in the page's language (a town without a sourced Chinese name) says which language it is in.
      const leadLang: Lang = other === undefined && this.lang === 'zh' ? 'en' : this.lang;
      if (leadLang === this.lang) item.textContent = lead;
      else item.append(inLang(lead, leadLang));
      if (other) {
        // The other language's name, marked as such.
        const otherLang = this.lang === 'zh' ? 'en' : 'zh';
        item.append(' ', inLang(other, otherLang));
      }
      item.dataset.x = String(Math.round(x));
      item.dataset.y = String(Math.round(y));
      return item;
    });
    this.element.replaceChildren(...items);
  };
}
