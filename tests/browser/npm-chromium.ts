/**
 * A Chromium from npm, for machines without one: `@sparticuz/chromium` carries
 * a headless Chromium in its tarball (brotli-compressed), so `npm install`
 * downloads nothing else. We unpack it ourselves rather than call its
 * `executablePath()`, which unpacks into the bare system temp folder, without a
 * version, and is not safe when two runs start at once; and we use none of its
 * default flags (its `--single-process` breaks a second browser context, its
 * `--disable-web-security` would defeat the CSP and origin checks).
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { readTar } from './tar.ts';

export interface UnpackedChromium {
  executablePath: string;
  /** Variables the browser process needs on top of the parent's environment. */
  env: Record<string, string>;
}

const PACKAGE = '@sparticuz/chromium';
/** Written last: a folder without it is a half-finished unpack, never used. */
const COMPLETE = '.complete';

/** Why the npm Chromium cannot run here, or null when it can. */
export function unsupportedPlatform(platform: string = process.platform, arch: string = process.arch): string | null {
  if (platform === 'linux' && arch === 'x64') return null;
  return (
    `The npm Chromium (${PACKAGE}) runs on Linux x64 only, and this is ${platform} ${arch}. ` +
    'Set CHROME_PATH to a Chromium or Chrome binary, e.g. CHROME_PATH=/usr/bin/chromium npm test, ' +
    'or on macOS CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome".'
  );
}

/**
 * The fontconfig file for the unpacked browser. Without any fontconfig file
 * Chromium draws no text at all, not even web fonts; with this one it finds the
 * package's Open Sans and whatever fonts the system has.
 */
export function fontsConf(folder: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${join(folder, 'fonts')}</dir>`,
    '  <dir>/usr/share/fonts</dir>',
    `  <cachedir>${join(folder, 'fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

function packageFolder(): string {
  // The package exports only its entry point, `build/index.js`; its folder is one up.
  return join(dirname(createRequire(import.meta.url).resolve(PACKAGE)), '..');
}

async function unpackInto(bin: string, temporary: string, final: string): Promise<void> {
  await mkdir(temporary, { recursive: true });
  const executable = join(temporary, 'chromium');
  await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(executable));
  await chmod(executable, 0o755);
  // SwiftShader's libraries sit beside the binary, where Chromium looks for them;
  // al2023 brings lib/libnss3 and lib/libnspr4, which a minimal Debian lacks.
  for (const archive of ['swiftshader.tar.br', 'fonts.tar.br', 'al2023.tar.br']) {
    for (const entry of readTar(brotliDecompressSync(await readFile(join(bin, archive))))) {
      const target = join(temporary, entry.path);
      if (entry.kind === 'directory') {
        await mkdir(target, { recursive: true });
      } else {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, entry.data, { mode: entry.mode || 0o644 });
      }
    }
  }
  // The package's own fonts.conf points at Lambda's folders; ours points at the final folder.
  await writeFile(join(temporary, 'fonts.conf'), fontsConf(final));
  await writeFile(join(temporary, COMPLETE), '');
}

/**
 * Unpacks the package's Chromium once into `node_modules/.cache/`, in a folder
 * named for its version, and says how to launch it. The unpack goes to a
 * temporary folder renamed into place, so a concurrent run either wins the
 * rename or finds the other's complete folder.
 */
export async function npmChromium(): Promise<UnpackedChromium> {
  const unsupported = unsupportedPlatform();
  if (unsupported) throw new Error(unsupported);
  const folder = packageFolder();
  const { version } = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as { version: string };
  const cache = join(folder, '..', '..', '.cache');
  const final = join(cache, `sparticuz-chromium-${version}`);
  if (!existsSync(join(final, COMPLETE))) {
    const temporary = join(cache, `sparticuz-chromium-${version}.partial-${process.pid}-${Date.now()}`);
    try {
      await unpackInto(join(folder, 'bin'), temporary, final);
      await rename(temporary, final);
    } catch (error) {
      // Another run may have renamed its complete folder into place first.
      if (!existsSync(join(final, COMPLETE))) throw error;
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }
  const libraries = join(final, 'lib');
  return {
    executablePath: join(final, 'chromium'),
    env: {
      LD_LIBRARY_PATH: process.env.LD_LIBRARY_PATH ? `${libraries}:${process.env.LD_LIBRARY_PATH}` : libraries,
      FONTCONFIG_FILE: join(final, 'fonts.conf'),
    },
  };
}
