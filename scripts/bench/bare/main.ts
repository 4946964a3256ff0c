/**
 * The benchmark's baseline: the atlas's MapLibre, base map, places and fonts,
 * drawn with a minimal style of a handful of layers and no interface. What the
 * atlas costs beyond this page is what its own code and style cost.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Topology } from 'topojson-specification';
import basemapUrl from '../../../geodata/basemap.topo.json?url';
import placesUrl from '../../../geodata/places.geojson?url';
import cityContextUrl from '../../../geodata/site/city-context.json?url';
import coastUrl from '../../../geodata/site/coast.topo.json?url';
import { basemapSources } from '../../../src/data/basemap-data.ts';
import { coastFeatures } from '../../../src/data/coast-data.ts';
import { loadLabelFonts } from '../../../src/map/fonts.ts';

maplibregl.setWorkerUrl(workerUrl);

const FONTS = ['Noto Sans', 'Noto Sans SC'];

async function start(): Promise<void> {
  const [topology, places] = await Promise.all(
    [basemapUrl, placesUrl].map(async (url) => (await fetch(url)).json()),
  );
  const sources = basemapSources(topology as Topology);
  const names = (places as GeoJSON.FeatureCollection).features.flatMap((f) => [
    String(f.properties?.name_en),
    String(f.properties?.name_zh),
  ]);
  await loadLabelFonts(FONTS, names);
  const container = document.getElementById('map') as HTMLElement;
  const map = new maplibregl.Map({
    container,
    bounds: [118, 38, 135.5, 53.6],
    style: {
      version: 8,
      sources: {
        land: { type: 'geojson', data: sources.land },
        provinces: { type: 'geojson', data: sources.provinceLines },
        places: { type: 'geojson', data: places as GeoJSON.FeatureCollection },
      },
      layers: [
        { id: 'water', type: 'background', paint: { 'background-color': '#dbe7ee' } },
        { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f4f1ea' } },
        { id: 'province-lines', type: 'line', source: 'provinces', paint: { 'line-color': '#9a948a' } },
        {
          id: 'areas',
          type: 'fill',
          source: 'places',
          filter: ['==', ['geometry-type'], 'Polygon'],
          paint: { 'fill-color': '#8e4f86', 'fill-opacity': 0.15 },
        },
        {
          id: 'points',
          type: 'circle',
          source: 'places',
          filter: ['==', ['geometry-type'], 'Point'],
          paint: { 'circle-radius': 5, 'circle-color': '#0072b2' },
        },
        {
          id: 'labels',
          type: 'symbol',
          source: 'places',
          filter: ['==', ['geometry-type'], 'Point'],
          layout: {
            'text-field': ['format', ['get', 'name_en'], {}, '\n', {}, ['get', 'name_zh'], {}],
            'text-font': FONTS,
            'text-size': 12,
            'text-offset': [0, 1],
            'text-anchor': 'top',
          },
        },
      ],
    },
  });
  map.once('idle', () => container.setAttribute('data-map-ready', 'true'));
  // The bench's city-zoom measure (scripts/bench/city-zoom.ts): the atlas's city context and
  // detailed coast, fetched and drawn with six plain layers, then the camera moved; resolves with
  // the ms to the next idle.
  (window as unknown as { __benchZoomTo: (lng: number, lat: number, zoom: number) => Promise<number> }).__benchZoomTo = async (
    lng,
    lat,
    zoom,
  ) => {
    const start = performance.now();
    const [context, coast] = (await Promise.all([cityContextUrl, coastUrl].map(async (url) => (await fetch(url)).json()))) as [
      GeoJSON.FeatureCollection,
      Topology,
    ];
    await loadLabelFonts(
      FONTS,
      context.features.map((f) => String(f.properties?.name_en ?? '')),
    );
    map.addSource('context', { type: 'geojson', data: context });
    map.addSource('coast', { type: 'geojson', data: coastFeatures(coast) });
    const partIs = (part: string): maplibregl.ExpressionSpecification => ['==', ['get', 'part'], part];
    const firstName = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
    for (const [id, part, type, color] of [
      ['coast-sea', 'sea', 'fill', '#d6e3ea'],
      ['coast-line', 'coastline', 'line', '#a8bdc9'],
    ] as const) {
      const paint = type === 'fill' ? { 'fill-color': color } : { 'line-color': color };
      map.addLayer({ id, type, source: 'coast', minzoom: 7, filter: partIs(part), paint } as maplibregl.LayerSpecification, firstName);
    }
    const layerIs = (layer: string): maplibregl.ExpressionSpecification => ['==', ['get', 'layer'], layer];
    map.addLayer({ id: 'context-lakes', type: 'fill', source: 'context', filter: layerIs('lake'), paint: { 'fill-color': '#dbe7ee' } }, 'areas');
    map.addLayer({ id: 'context-lines', type: 'line', source: 'context', filter: ['!', layerIs('town')], paint: { 'line-color': '#8fb3c8' } }, 'areas');
    map.addLayer({ id: 'context-towns', type: 'circle', source: 'context', filter: layerIs('town'), paint: { 'circle-radius': 3, 'circle-color': '#7a7367' } });
    map.addLayer({
      id: 'context-names',
      type: 'symbol',
      source: 'context',
      filter: ['has', 'name_en'],
      layout: { 'text-field': ['get', 'name_en'], 'text-font': FONTS, 'text-size': 11, 'text-offset': [0, 0.8], 'text-anchor': 'top' },
    });
    map.jumpTo({ center: [lng, lat], zoom });
    await new Promise((resolve) => map.once('idle', resolve));
    return performance.now() - start;
  };
}

void start();
