/**
 * Reads a tar archive held in memory: just enough of the format (POSIX ustar
 * and GNU's variant, regular files and folders) for the archives that
 * `@sparticuz/chromium` ships, so unpacking them needs neither a `tar` binary
 * nor another dependency.
 */

export interface TarEntry {
  /** The path inside the archive, without a trailing slash. */
  path: string;
  kind: 'file' | 'directory';
  /** Permission bits, e.g. 0o755. */
  mode: number;
  /** The file's bytes; empty for a folder. */
  data: Uint8Array;
}

const BLOCK = 512;
const decoder = new TextDecoder();

function text(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

function octal(block: Uint8Array, start: number, length: number): number {
  const digits = text(block, start, length).trim();
  if (!/^[0-7]*$/.test(digits)) throw new Error(`tar: not an octal number: ${JSON.stringify(digits)}`);
  return digits === '' ? 0 : parseInt(digits, 8);
}

/** Every entry of the archive, in order. Throws on a kind of entry it does not handle, rather than skip it silently. */
export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let longName: string | null = null;
  for (let offset = 0; offset + BLOCK <= archive.length; ) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    if (data.length !== size) throw new Error('tar: archive ends inside an entry');
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') {
      // GNU: the next entry's name is too long for its header and comes here instead.
      longName = text(data, 0, data.length);
      continue;
    }
    // POSIX ustar ("ustar\0") splits long paths into a prefix; GNU ("ustar  ") uses that space otherwise.
    const prefix = text(header, 257, 6) === 'ustar' ? text(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = null;
    const path = name.replace(/^\.\//, '').replace(/\/+$/, '');
    if (path === '' || path.split('/').includes('..') || path.startsWith('/')) {
      throw new Error(`tar: refusing an entry outside the archive's folder: ${JSON.stringify(name)}`);
    }
    const mode = octal(header, 100, 8) & 0o777;
    if (type === '0' || type === '7') entries.push({ path, kind: 'file', mode, data });
    else if (type === '5') entries.push({ path, kind: 'directory', mode, data: new Uint8Array(0) });
    else throw new Error(`tar: entry ${path} has type ${JSON.stringify(type)}, which this reader does not handle`);
  }
  return entries;
}
