/**
 * `npm run bench`: builds the atlas and a bare MapLibre page, serves both,
 * loads them alternately in one Chromium, times the atlas's interactions and
 * the load of both pages at 10× and 100× the places, then prints a Markdown
 * table and writes it, with the raw samples as JSON, to bench-results/.
 *
 *   npm run bench -- --pairs 7 --scale-runs 3 --scales 1,10,100 --no-build
 *   (or BENCH_PAIRS, BENCH_SCALE_RUNS, BENCH_SCALES in the environment)
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chooseChromium } from '../../tests/browser/chromium.ts';
import { serveStatic, type StaticSite } from '../../tests/browser/static-server.ts';
import { chooseToPanel, loadPage, measureInteractions, type InteractionSample, type LoadSample } from './measure.ts';
import { type CityZoomSample, cityZoomSection, zoomToHarbin } from './city-zoom.ts';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { PlaceProperties } from '../../src/content/atlas-data.ts';
import { PLACES_PATH } from '../content/output.ts';
import { shareArcs } from '../content/shared-arcs.ts';
import { BASEMAP_PATH } from '../geodata/output.ts';
import { scalePlaces } from './scale-places.ts';
import { type Figure, KINDS, type Kind, kindOf, markdownTable, median, minimum } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench-results');
const BARE_DIST = join(RESULTS, 'bare-dist');

function option(flag: string, env: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : (process.env[env] ?? fallback);
}

const PAIRS = Number(option('--pairs', 'BENCH_PAIRS', '7'));
const SCALE_RUNS = Number(option('--scale-runs', 'BENCH_SCALE_RUNS', '2'));
/** A scaled load or choice that takes longer than this is reported as not finished, not waited for. */
const SCALE_TIMEOUT_MS = Number(option('--scale-timeout', 'BENCH_SCALE_TIMEOUT_MS', '90000'));
const SCALES = option('--scales', 'BENCH_SCALES', '1,10,100').split(',').filter(Boolean).map(Number);
const BUILD = !process.argv.includes('--no-build');

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Raw and gzip bytes of each file a page fetched, read from the folder it was served from. */
class ByteCounter {
  private readonly cache = new Map<string, { raw: number; gzip: number }>();
  constructor(private readonly site: StaticSite, private readonly root: string) {}

  async sizes(url: string): Promise<{ raw: number; gzip: number }> {
    const relative = decodeURIComponent(new URL(url).pathname).slice(new URL(this.site.url).pathname.length) || 'index.html';
    const file = join(this.root, relative);
    let sizes = this.cache.get(file);
    if (!sizes) {
      const body = await readFile(file);
      sizes = { raw: body.length, gzip: gzipSync(body).length };
      this.cache.set(file, sizes);
    }
    return sizes;
  }

  /** Bytes by kind, in kB, for one load's requests; `total` too. */
  async byKind(requests: readonly string[]): Promise<Record<Kind | 'total', { raw: number; gzip: number }>> {
    const sums = Object.fromEntries([...KINDS, 'total'].map((k) => [k, { raw: 0, gzip: 0 }])) as Record<
      Kind | 'total',
      { raw: number; gzip: number }
    >;
    for (const url of requests) {
      if (!url.startsWith(this.site.url.slice(0, this.site.url.indexOf('/', 8)))) continue;
      const { raw, gzip } = await this.sizes(url);
      for (const key of [kindOf(url), 'total'] as const) {
        sums[key].raw += raw / 1000;
        sums[key].gzip += gzip / 1000;
      }
    }
    return sums;
  }
}

interface PageRun {
  load: LoadSample;
  bytes: Awaited<ReturnType<ByteCounter['byKind']>>;
  cityZoom: CityZoomSample;
  cityZoomGzipKb: number;
}

async function loadRun(browser: Browser, site: StaticSite, counter: ByteCounter, withInteractions: boolean, kind: 'atlas' | 'bare') {
  const loaded = await loadPage(browser, site.url);
  const interactions = withInteractions ? await measureInteractions(loaded.page) : null;
  const cityZoom = await zoomToHarbin(loaded.page, kind);
  await loaded.context.close();
  const run: PageRun = {
    load: loaded.sample,
    bytes: await counter.byKind(loaded.sample.requests),
    cityZoom,
    cityZoomGzipKb: (await counter.byKind(cityZoom.requests)).total.gzip,
  };
  return { run, interactions };
}

/**
 * A copy of dist/ whose places hold `factor` times the places. The site's
 * places and base map share arcs, so both of its files are made again, from
 * the open files, as `npm run content` makes them.
 */
async function scaledCopy(factor: number): Promise<{ folder: string; places: number }> {
  const folder = await mkdtemp(join(tmpdir(), `atlas-bench-${factor}x-`));
  await cp(DIST, folder, { recursive: true });
  const assets = join(folder, 'assets');
  const names = await readdir(assets);
  const placesFile = names.find((name) => /^places\.topo-.*\.json$/.test(name));
  const basemapFile = names.find((name) => /^basemap\.topo-.*\.json$/.test(name));
  if (!placesFile || !basemapFile) throw new Error('dist/assets has no places.topo-*.json and basemap.topo-*.json');
  // The one place without geometry is copied without one: scalePlaces leaves a null geometry null.
  const places = JSON.parse(await readFile(PLACES_PATH, 'utf8')) as FeatureCollection<Geometry, PlaceProperties & Record<string, unknown>>;
  const basemap = JSON.parse(await readFile(BASEMAP_PATH, 'utf8')) as Topology;
  const scaled = scalePlaces(places, factor);
  const site = shareArcs(basemap, scaled);
  await writeFile(join(assets, placesFile), JSON.stringify(site.places));
  await writeFile(join(assets, basemapFile), JSON.stringify(site.basemap));
  return { folder, places: scaled.features.length };
}

/** A copy of the bare page whose places file holds the same `factor` times the places as the atlas's copy. */
async function scaledBareCopy(factor: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), `bare-bench-${factor}x-`));
  await cp(BARE_DIST, folder, { recursive: true });
  const assets = join(folder, 'assets');
  const placesFile = (await readdir(assets)).find((name) => /^places-.*\.geojson$/.test(name));
  if (!placesFile) throw new Error('bench-results/bare-dist/assets has no places-*.geojson');
  const places = JSON.parse(await readFile(PLACES_PATH, 'utf8')) as FeatureCollection<Geometry, PlaceProperties & Record<string, unknown>>;
  await writeFile(join(assets, placesFile), JSON.stringify(scalePlaces(places, factor)));
  return folder;
}

/** The machine and browser, and how busy the machine was: other work slows wall times more than CPU times. */
function machine(browserVersion: string, source: string, loadAtStart: number): string {
  const model = cpus()[0]?.model ?? 'unknown CPU';
  return (
    `${availableParallelism()} × ${model}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${process.platform} ${process.arch}, ` +
    `Node ${process.version}, Chromium ${browserVersion} (${source}), headless, SwiftShader WebGL, ` +
    `1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`
  );
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0];
  if (BUILD) {
    log('building the atlas and the bare page…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync('npx', ['vite', 'build', '--config', 'scripts/bench/vite.bare.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
  const atlasSite = await serveStatic(DIST);
  const bareSite = await serveStatic(BARE_DIST);
  const choice = await chooseChromium();
  const browser = await chromium.launch(choice.launch);
  const atlasBytes = new ByteCounter(atlasSite, DIST);
  const bareBytes = new ByteCounter(bareSite, BARE_DIST);
  const atlasRuns: PageRun[] = [];
  const bareRuns: PageRun[] = [];
  const interactionRuns: InteractionSample[] = [];
  const scaling: {
    factor: number;
    places: number;
    firstIdleMs: number[];
    cpuMs: number[];
    bareFirstIdleMs: number[];
    bareCpuMs: number[];
    clickToPanelMs: number[];
    methods: string[];
  }[] = [];
  const scaleFolders: string[] = [];
  const browserVersion = browser.version();
  try {
    // One warm-up of each, not counted: the first launch pays for disk reads and shader setup.
    await loadRun(browser, atlasSite, atlasBytes, false, 'atlas');
    await loadRun(browser, bareSite, bareBytes, false, 'bare');
    for (let pair = 0; pair < PAIRS; pair += 1) {
      // Alternate which goes first, so a drift in the machine's load favours neither.
      const order = pair % 2 === 0 ? (['atlas', 'bare'] as const) : (['bare', 'atlas'] as const);
      for (const which of order) {
        if (which === 'atlas') {
          const { run, interactions } = await loadRun(browser, atlasSite, atlasBytes, true, 'atlas');
          atlasRuns.push(run);
          if (interactions) interactionRuns.push(interactions);
        } else {
          bareRuns.push((await loadRun(browser, bareSite, bareBytes, false, 'bare')).run);
        }
      }
      log(`pair ${pair + 1}/${PAIRS}: atlas ${atlasRuns.at(-1)?.load.firstIdleMs.toFixed(0)} ms, bare ${bareRuns.at(-1)?.load.firstIdleMs.toFixed(0)} ms to first idle`);
    }
    for (const factor of SCALES) {
      const { folder, places } = await scaledCopy(factor);
      const bareFolder = await scaledBareCopy(factor);
      scaleFolders.push(folder, bareFolder);
      const site = await serveStatic(folder);
      const bareScaled = await serveStatic(bareFolder);
      const entry = {
        factor,
        places,
        firstIdleMs: [] as number[],
        cpuMs: [] as number[],
        bareFirstIdleMs: [] as number[],
        bareCpuMs: [] as number[],
        clickToPanelMs: [] as number[],
        methods: [] as string[],
      };
      for (let run = 0; run < SCALE_RUNS; run += 1) {
        // The bare page with the same places, just before: "within 1.5× of bare" compares like with like.
        const bare = await loadPage(browser, bareScaled.url);
        entry.bareFirstIdleMs.push(bare.sample.firstIdleMs);
        entry.bareCpuMs.push(bare.sample.cpu.total);
        await bare.context.close();
        const loaded = await loadPage(browser, site.url);
        entry.firstIdleMs.push(loaded.sample.firstIdleMs);
        entry.cpuMs.push(loaded.sample.cpu.total);
        try {
          // By search, at every scale: copies of the places crowd round the clicked
          // marker, and a click on several markers opens a chooser instead.
          const click = await chooseToPanel(loaded.page, 'Suifenhe', 'search', SCALE_TIMEOUT_MS);
          entry.clickToPanelMs.push(click.ms);
          entry.methods.push(click.method);
        } catch (error) {
          entry.clickToPanelMs.push(Number.POSITIVE_INFINITY);
          entry.methods.push(`search, not done in ${SCALE_TIMEOUT_MS / 1000} s`);
          log(`${factor}×: choosing a place did not finish: ${String(error).split('\n')[0]}`);
        }
        await loaded.context.close();
      }
      await site.close();
      await bareScaled.close();
      scaling.push(entry);
      log(
        `${factor}× places: first idle ${median(entry.firstIdleMs).toFixed(0)} ms (bare ${median(entry.bareFirstIdleMs).toFixed(0)} ms), ` +
          `click → panel ${median(entry.clickToPanelMs).toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await atlasSite.close();
    await bareSite.close();
    for (const folder of scaleFolders) await rm(folder, { recursive: true, force: true });
  }
  const setup = machine(browserVersion, choice.source, loadAtStart);

  const of = (runs: PageRun[], pick: (run: PageRun) => number) => runs.map(pick);
  const both = (name: string, pick: (run: PageRun) => number, digits = 0): Figure => ({
    name,
    atlas: of(atlasRuns, pick),
    bare: of(bareRuns, pick),
    digits,
  });
  const loadFigures: Figure[] = [
    both('Time to first map idle (ms)', (r) => r.load.firstIdleMs),
    both('CPU to first idle, all browser processes (ms)', (r) => r.load.cpu.total),
    both('… of which renderer (ms)', (r) => r.load.cpu.renderer),
    both('… of which GPU process (ms)', (r) => r.load.cpu.gpu),
    both('… of which browser and utility (ms)', (r) => r.load.cpu.browser + r.load.cpu.other),
    both('Renderer main-thread tasks (ms, CDP TaskDuration)', (r) => r.load.taskMs),
    both('JS heap used at first idle (MB)', (r) => r.load.heapBytes / 1e6, 1),
    both('Requests before first idle', (r) => r.load.requests.length),
    both('Bytes before first idle, raw (kB)', (r) => r.bytes.total.raw),
    both('Bytes before first idle, gzip (kB)', (r) => r.bytes.total.gzip),
    ...KINDS.flatMap((kind) => [
      both(`… ${kind}, raw (kB)`, (r) => r.bytes[kind].raw),
      both(`… ${kind}, gzip (kB)`, (r) => r.bytes[kind].gzip),
    ]).filter((f) => f.atlas.some((v) => v > 0) || f.bare.some((v) => v > 0)),
  ];
  const interaction = (name: string, pick: (s: InteractionSample) => number): Figure => ({
    name,
    atlas: interactionRuns.map(pick),
    bare: [],
    digits: 1,
  });
  const methods = [...new Set(interactionRuns.map((s) => s.clickMethod))].join(', ');
  const interactionFigures: Figure[] = [
    interaction(`Click a place → panel names it (ms; chosen by ${methods})`, (s) => s.clickToPanelMs),
    interaction('Search, first keystroke → results (ms; loads the search chunk)', (s) => s.searchFirstKeyMs),
    interaction('Search, warm keystroke → new results (ms)', (s) => s.searchWarmKeyMs),
    interaction('Key toggle → next frame (ms)', (s) => s.keyToggleFrameMs),
    interaction('Key toggle → map drawn without the category (ms)', (s) => s.keyToggleDrawnMs),
    interaction('Tab switch → reader shown (ms)', (s) => s.tabSwitchMs),
  ];
  const one = scaling.find((s) => s.factor === 1);
  const base = one
    ? { idle: median(one.firstIdleMs), click: median(one.clickToPanelMs) }
    : { idle: Number.NaN, click: Number.NaN };
  const shown = (value: number, digits: number) =>
    Number.isFinite(value) ? value.toFixed(digits) : `> ${(SCALE_TIMEOUT_MS / 1000).toFixed(0)} s`;
  const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
  const scalingRows = scaling.map(
    (s) =>
      `| ${s.factor}× (${s.places} places) | ${shown(median(s.firstIdleMs), 0)} | ${shown(median(s.bareFirstIdleMs), 0)} | ` +
      `${times(median(s.firstIdleMs) / median(s.bareFirstIdleMs))} | ${shown(median(s.cpuMs), 0)} | ${shown(median(s.bareCpuMs), 0)} | ` +
      `${times(median(s.cpuMs) / median(s.bareCpuMs))} | ${times(median(s.firstIdleMs) / base.idle)} | ` +
      `${shown(median(s.clickToPanelMs), 1)} | ${shown(minimum(s.clickToPanelMs), 1)} | ` +
      `${times(median(s.clickToPanelMs) / base.click)} | ${[...new Set(s.methods)].join('; ')} |`,
  );
  const report = [
    `Benchmark of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${PAIRS} alternating pairs, fresh context and cold cache each load.`,
    '',
    `Machine: ${setup}.`,
    '',
    '### Load: atlas against the bare MapLibre page',
    '',
    markdownTable(loadFigures),
    '',
    `### Interactions on the atlas (${interactionRuns.length} runs, one per load)`,
    '',
    markdownTable(interactionFigures),
    '',
    cityZoomSection(
      atlasRuns.map((r) => r.cityZoom),
      bareRuns.map((r) => r.cityZoom),
      { atlas: atlasRuns.map((r) => r.cityZoomGzipKb), bare: bareRuns.map((r) => r.cityZoomGzipKb) },
    ),
    `### Scaling: synthetic copies of every place, atlas and bare page with the same places (${SCALE_RUNS} runs each, medians)`,
    '',
    '| places | first idle (ms) | bare (ms) | atlas ÷ bare | CPU to first idle (ms) | bare (ms) | atlas ÷ bare | idle vs 1× | choose → panel (ms) | min | vs 1× | chosen by |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...scalingRows,
    '',
  ].join('\n');
  await mkdir(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = JSON.stringify({ machine: setup, pairs: PAIRS, atlasRuns, bareRuns, interactionRuns, scaling }, null, 1);
  for (const name of [`bench-${stamp}`, 'latest']) {
    await writeFile(join(RESULTS, `${name}.md`), report);
    await writeFile(join(RESULTS, `${name}.json`), json);
  }
  process.stdout.write(`${report}\n`);
  log(`written to ${join(RESULTS, `bench-${stamp}.md`)} and .json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
