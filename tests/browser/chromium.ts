/**
 * Which Chromium the browser tests and the benchmark launch, and how: the one
 * at `CHROME_PATH` when it is set, otherwise the npm package's (see
 * npm-chromium.ts), always with our own flags.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';
import { npmChromium } from './npm-chromium.ts';

/**
 * Headless, software WebGL (SwiftShader through ANGLE), and nothing that talks
 * to Google's servers. No `--disable-web-security`: the tests check the CSP.
 */
export const BROWSER_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where the browser comes from, for logs and reports. */
export interface ChromiumChoice {
  source: 'CHROME_PATH' | 'npm';
  launch: LaunchOptions;
}

export async function chooseChromium(chromePath = process.env.CHROME_PATH): Promise<ChromiumChoice> {
  const launch: LaunchOptions = { headless: true, args: [...BROWSER_FLAGS] };
  if (chromePath) {
    if (!existsSync(chromePath)) throw new Error(`CHROME_PATH is set to ${chromePath}, but there is no file there.`);
    return { source: 'CHROME_PATH', launch: { ...launch, executablePath: chromePath } };
  }
  const unpacked = await npmChromium();
  return {
    source: 'npm',
    launch: { ...launch, executablePath: unpacked.executablePath, env: { ...process.env, ...unpacked.env } },
  };
}
