/**
 * The ways to ask "what's here" besides a click: a map button that asks
 * about the map's centre (the keyboard's way), Enter on the focused map, and
 * a long press on a touch screen.
 */
import type { IControl, Map as MapLibreMap, MapTouchEvent } from 'maplibre-gl';
import { STRINGS } from '../../i18n/index.ts';
import type { StateSource } from '../../state/actions.ts';
import { el } from '../../ui/dom.ts';
import './whats-here-view.css';

/** How long a finger must rest, and how far it may drift, for a long press. */
const LONG_PRESS_MS = 600;
const LONG_PRESS_SLOP_PX = 10;

export interface WhatsHereControlOptions {
  state: StateSource;
  /** Describe the spot at [lng, lat]. */
  onSpot(at: [number, number]): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A crosshair: the centre of the map, which the button asks about. Drawn, so it needs no font. */
function crosshair(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 16 16', width: '16', height: '16', 'aria-hidden': 'true', class: 'whats-here-control__icon' })) {
    svg.setAttribute(name, value);
  }
  const circle = document.createElementNS(SVG, 'circle');
  for (const [name, value] of Object.entries({ cx: '8', cy: '8', r: '4.5' })) circle.setAttribute(name, value);
  const cross = document.createElementNS(SVG, 'path');
  cross.setAttribute('d', 'M8 0.5v4M8 11.5v4M0.5 8h4M11.5 8h4');
  svg.append(circle, cross);
  return svg;
}

export class WhatsHereControl implements IControl {
  private readonly options: WhatsHereControlOptions;
  private map: MapLibreMap | null = null;
  private container: HTMLElement | null = null;
  private unsubscribe: (() => void) | null = null;
  private press: { timer: number; x: number; y: number } | null = null;

  constructor(options: WhatsHereControlOptions) {
    this.options = options;
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    // A crosshair and the words, not "?": the button describes the spot at the
    // map's centre, and a question mark reads as help.
    const words = el('span', { className: 'whats-here-control__words' });
    const button = el(
      'button',
      { className: 'whats-here-control__button', attrs: { type: 'button' }, on: { click: () => this.askCentre() } },
      [crosshair(), words],
    );
    const label = () => {
      const strings = STRINGS[this.options.state.get().lang];
      words.textContent = strings.whatsHereTitle;
      // The accessible name begins with the visible words, so speech input can say them.
      button.setAttribute('aria-label', strings.whatsHereAtCentre);
      button.title = strings.whatsHereAtCentre;
    };
    label();
    this.unsubscribe = this.options.state.subscribe((next, previous) => next.lang !== previous.lang && label());
    this.container = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group whats-here-control' }, [button]);
    map.getCanvas().addEventListener('keydown', this.onKeyDown);
    map.on('touchstart', this.onTouchStart);
    map.on('touchmove', this.onTouchMove);
    map.on('touchend', this.cancelPress);
    map.on('touchcancel', this.cancelPress);
    return this.container;
  }

  onRemove(): void {
    const { map } = this;
    this.unsubscribe?.();
    this.cancelPress();
    map?.getCanvas().removeEventListener('keydown', this.onKeyDown);
    map?.off('touchstart', this.onTouchStart);
    map?.off('touchmove', this.onTouchMove);
    map?.off('touchend', this.cancelPress);
    map?.off('touchcancel', this.cancelPress);
    this.container?.remove();
    this.container = null;
    this.map = null;
  }

  private askCentre(): void {
    const centre = this.map?.getCenter();
    if (centre) this.options.onSpot([centre.lng, centre.lat]);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    event.preventDefault();
    this.askCentre();
  };

  private readonly onTouchStart = (event: MapTouchEvent): void => {
    this.cancelPress();
    if (event.points.length !== 1) return;
    const { lngLat, point } = event;
    this.press = {
      x: point.x,
      y: point.y,
      timer: window.setTimeout(() => {
        this.press = null;
        this.options.onSpot([lngLat.lng, lngLat.lat]);
      }, LONG_PRESS_MS),
    };
  };

  private readonly onTouchMove = (event: MapTouchEvent): void => {
    if (this.press && Math.hypot(event.point.x - this.press.x, event.point.y - this.press.y) > LONG_PRESS_SLOP_PX) this.cancelPress();
  };

  private readonly cancelPress = (): void => {
    if (this.press) window.clearTimeout(this.press.timer);
    this.press = null;
  };
}
