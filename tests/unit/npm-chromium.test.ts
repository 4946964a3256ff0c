import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fontsConf, unsupportedPlatform } from '../browser/npm-chromium.ts';
import { readTar } from '../browser/tar.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tar-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An archive made by the system's tar, in the given format, from a small tree. */
function archive(format: 'ustar' | 'gnu' | 'pax'): Uint8Array {
  const tree = join(scratch, format);
  const deep = `${'a'.repeat(60)}/${'b'.repeat(60)}`;
  mkdirSync(join(tree, 'lib', deep), { recursive: true });
  writeFileSync(join(tree, 'lib', 'libnss3.so'), 'not really a library');
  writeFileSync(join(tree, 'lib', deep, 'long.txt'), 'x'.repeat(1000));
  execFileSync('chmod', ['755', join(tree, 'lib', 'libnss3.so')]);
  return execFileSync('tar', [`--format=${format}`, '-cf', '-', '-C', tree, 'lib']);
}

describe('readTar', () => {
  it.each(['ustar', 'gnu'] as const)('reads files, folders, modes and paths over 100 characters in %s archives', (format) => {
    const entries = readTar(archive(format));
    const files = Object.fromEntries(entries.filter((e) => e.kind === 'file').map((e) => [e.path, e]));
    expect(new TextDecoder().decode(files['lib/libnss3.so'].data)).toBe('not really a library');
    expect(files['lib/libnss3.so'].mode).toBe(0o755);
    const long = `lib/${'a'.repeat(60)}/${'b'.repeat(60)}/long.txt`;
    expect(files[long].data.length).toBe(1000);
    expect(entries.some((e) => e.kind === 'directory' && e.path === 'lib')).toBe(true);
  });

  it('refuses kinds of entry it does not handle, such as pax headers, rather than skip them', () => {
    expect(() => readTar(archive('pax'))).toThrow(/type "x"/);
  });

  it('refuses an archive cut short inside an entry', () => {
    const whole = archive('gnu');
    const insideLongTxt = Buffer.from(whole).indexOf('x'.repeat(100)) + 100;
    expect(() => readTar(whole.subarray(0, insideLongTxt))).toThrow(/ends inside an entry/);
  });

  it('finds the NSS libraries that a minimal Debian lacks in the npm Chromium’s own archive', () => {
    const shipped = readFileSync(join('node_modules', '@sparticuz', 'chromium', 'bin', 'al2023.tar.br'));
    const paths = readTar(brotliDecompressSync(shipped)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['lib/libnss3.so', 'lib/libnspr4.so']));
  });
});

describe('the npm Chromium', () => {
  it.each([
    { platform: 'linux', arch: 'x64', supported: true },
    { platform: 'linux', arch: 'arm64', supported: false },
    { platform: 'darwin', arch: 'arm64', supported: false },
    { platform: 'win32', arch: 'x64', supported: false },
  ])('is used on $platform $arch: $supported, and otherwise says to set CHROME_PATH', ({ platform, arch, supported }) => {
    const reason = unsupportedPlatform(platform, arch);
    if (supported) expect(reason).toBeNull();
    else expect(reason).toMatch(/CHROME_PATH=/);
  });

  it('gets a fontconfig file naming its unpacked fonts and a writable cache, so that it draws text', () => {
    const conf = fontsConf('/cache/chromium-1');
    expect(conf).toContain('<dir>/cache/chromium-1/fonts</dir>');
    expect(conf).toContain('<cachedir>/cache/chromium-1/fontconfig-cache</cachedir>');
  });
});
