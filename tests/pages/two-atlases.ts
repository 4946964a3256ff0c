/**
 * A page with two atlases, for the browser tests: each keeps its own state,
 * and `destroy()` must leave nothing behind. The probe is installed before
 * the atlas's code is loaded, so that it sees every listener it adds.
 */
import { installLeakProbe } from './leak-probe.ts';

const probe = installLeakProbe();
const baseline = { listeners: probe.listeners(), observers: probe.observers() };
const { createAtlas } = await import('../../src/app/atlas.ts');

const container = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element;
};

const atlases = {
  a: createAtlas(container('atlas-a'), { syncUrl: false, query: '?place=dalian', panelId: 'panel-a', lang: 'en' }),
  b: createAtlas(container('atlas-b'), { syncUrl: false, query: '?clause=I.5&lang=zh', panelId: 'panel-b', lang: 'en' }),
};

/** Mounts another atlas in the first container, for tests that mount and destroy again. */
const remount = () => createAtlas(container('atlas-a'), { syncUrl: false, query: '?place=harbin', panelId: 'panel-c', lang: 'en' });

Object.assign(window, { testPage: { atlases, probe, baseline, remount } });
