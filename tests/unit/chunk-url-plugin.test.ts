import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build, createServer } from 'vite';
import { chunkUrlPlugin } from '../../scripts/chunk-url/vite-plugin.ts';

/** A page's script that loads a module lazily and asks for that module's address, as the atlas does for search. */
const root = mkdtempSync(join(tmpdir(), 'chunk-url-test-'));
writeFileSync(
  join(root, 'main.js'),
  [
    "import { shared } from './shared.js';",
    "import lazyUrl from './lazy.js?chunk-url';",
    'export { lazyUrl };',
    "export const importLazy = () => import('./lazy.js');",
    'export const mainShared = shared;',
  ].join('\n'),
);
writeFileSync(join(root, 'shared.js'), 'export const shared = { made: Math.random() };');
writeFileSync(join(root, 'lazy.js'), "import { shared } from './shared.js';\nexport const lazyShared = shared;");
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Main {
  lazyUrl: string | null;
  importLazy(): Promise<{ lazyShared: object }>;
  mainShared: object;
}

async function buildMain(outDir: string, options: { inline?: boolean } = {}): Promise<{ main: Main; scripts: string[] }> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [chunkUrlPlugin(options)],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      // No preload helper: it needs a document, and this script runs in Node.
      modulePreload: false,
      rolldownOptions: {
        input: join(root, 'main.js'),
        // Kept so that the test can read what the script exports; extended, as an app's entry may be, with what the lazy chunk imports from it.
        preserveEntrySignatures: 'allow-extension',
        ...(options.inline ? { output: { codeSplitting: false } } : {}),
      },
    },
  });
  const scripts = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
  const mainFile = scripts.find((name) => name.startsWith('main-'));
  if (!mainFile) throw new Error(`no main script among ${scripts.join(', ')}`);
  const main = (await import(pathToFileURL(join(outDir, 'assets', mainFile)).href)) as Main;
  return { main, scripts };
}

describe('the chunk-url plugin', () => {
  it("gives the address of the lazy module's own chunk, the one its dynamic import loads, and adds no chunk", async () => {
    const { main, scripts } = await buildMain(join(root, 'dist'));
    // No chunk split off for the shared module: the lazy chunk imports it from the page's script.
    expect(scripts.sort()).toEqual([expect.stringMatching(/^lazy-[\w-]+\.js$/), expect.stringMatching(/^main-[\w-]+\.js$/)]);
    const lazyFile = scripts.find((name) => name.startsWith('lazy-')) ?? '';
    expect(main.lazyUrl).toBe(pathToFileURL(join(root, 'dist', 'assets', lazyFile)).href);
  });

  it('gives an address that, with a query of its own, loads the module afresh on the modules the page already has', async () => {
    const { main } = await buildMain(join(root, 'dist-retry'));
    const first = await main.importLazy();
    const again = (await import(`${main.lazyUrl}?retry=1`)) as { lazyShared: object };
    expect(again).not.toBe(first);
    expect(again.lazyShared).toBe(main.mainShared);
  });

  it('gives null in a one-file build, where the lazy module is part of the one script', async () => {
    const { main, scripts } = await buildMain(join(root, 'dist-inline'), { inline: true });
    expect(scripts).toHaveLength(1);
    expect(main.lazyUrl).toBeNull();
    await expect(main.importLazy()).resolves.toHaveProperty('lazyShared', main.mainShared);
  });

  it("gives the dev server's path to the source file", async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [chunkUrlPlugin()],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const main = await server.transformRequest('/main.js');
      const virtual = main?.code.match(/from\s+"(\/@id\/[^"]+)"/)?.[1];
      expect(virtual).toBeDefined();
      // As the dev server's middleware does, the address is unwrapped back to the module's id.
      const url = await server.transformRequest((virtual ?? '').replace('/@id/', '').replace('__x00__', '\0'));
      expect(url?.code).toContain('new URL("/lazy.js", location.href).href');
    } finally {
      await server.close();
    }
  });
});
