import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const VENDOR = new URL('../../vendor/', import.meta.url);

/** The `<sha256>  <file>` lines of a vendored folder's README, as `sha256sum` prints them. */
function listedChecksums(folder: string): [file: string, sha256: string][] {
  const readme = readFileSync(new URL(`${folder}/README.md`, VENDOR), 'utf8');
  return [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map(([, sha256, file]) => [file, sha256]);
}

describe('the vendored files', () => {
  for (const folder of readdirSync(VENDOR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    const listed = listedChecksums(folder);
    if (listed.length === 0) continue;
    it(`in vendor/${folder}/ are the copies their README's checksums name`, () => {
      for (const [file, sha256] of listed) {
        const actual = createHash('sha256').update(readFileSync(new URL(`${folder}/${file}`, VENDOR))).digest('hex');
        expect(actual, `vendor/${folder}/${file}`).toBe(sha256);
      }
    });
  }
});
