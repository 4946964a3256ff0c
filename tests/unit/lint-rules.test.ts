/**
 * The linter's architecture rules (.oxlintrc.json, scripts/lint/layers.mjs)
 * run over a small made-up project, so each rule is seen to fail on the
 * import it exists to forbid, and to let the imports it allows through.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OXLINT = path.join(ROOT, 'node_modules/oxlint/bin/oxlint');

interface Diagnostic {
  code: string;
  filename: string;
  message: string;
}

/** Files of the made-up project, each a violation or an allowed import, by path. */
const PROJECT: Record<string, string> = {
  'src/map/draw.ts': 'export const drawn = 1;\n',
  'src/state/upward.ts': "import { drawn } from '../map/draw.ts';\nexport const s = drawn;\n",
  'src/state/upward-type.ts': "export type T = typeof import('../map/draw.ts');\n",
  'src/state/upward-reexport.ts': "export { drawn } from '../map/draw.ts';\n",
  'src/state/upward-dynamic.ts': "export const later = () => import('../map/draw.ts');\n",
  'src/map/downward.ts': "import { s } from '../state/upward.ts';\nexport const m = s;\n",
  'src/content/same-tier-a.ts': 'export const a = 1;\n',
  'src/data/same-tier.ts': "import { a } from '../content/same-tier-a.ts';\nexport const d = a;\n",
  'src/data/cycle-a.ts': "import type { B } from './cycle-b.ts';\nexport type A = { b: B };\n",
  'src/data/cycle-b.ts': "import type { A } from './cycle-a.ts';\nexport type B = { a?: A };\n",
  'src/features/search/query.ts': 'export const q = 1;\n',
  'src/features/tour/steps.ts': "import { q } from '../search/query.ts';\nexport const t = q;\n",
  'src/features/investor/tools.ts': 'export const i = 1;\n',
  'src/features/reader/details.ts': "import { i } from '../investor/tools.ts';\nexport const r = i;\n",
  'src/features/reader/below.ts': "import { drawn } from '../../map/draw.ts';\nexport const b = drawn;\n",
  'src/app/data-zip.ts': "import { z } from '../../scripts/zip.ts';\nexport const a = z;\n",
  'src/unlisted/thing.ts': 'export const u = 1;\n',
  'scripts/zip.ts': "import { a } from '../src/content/same-tier-a.ts';\nexport const z = a;\n",
};

let dir: string;
let diagnostics: Diagnostic[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lint-rules-'));
  for (const [file, text] of Object.entries(PROJECT)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const run = spawnSync(process.execPath, [OXLINT, '-c', path.join(ROOT, '.oxlintrc.json'), '-f', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(1);
  diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reported = (code: string): string[] => diagnostics.filter((d) => d.code === code).map((d) => d.filename).sort();

describe('the linter’s architecture rules', () => {
  it('forbid an import from a higher layer, whether a value, a type, a re-export or a dynamic import, and an unlisted folder', () => {
    expect(reported('layers(no-upward-import)')).toEqual([
      'src/state/upward-dynamic.ts',
      'src/state/upward-reexport.ts',
      'src/state/upward-type.ts',
      'src/state/upward.ts',
      'src/unlisted/thing.ts',
    ]);
  });

  it('let a layer import from its own tier and from below', () => {
    const files = diagnostics.map((d) => d.filename);
    for (const allowed of ['src/map/downward.ts', 'src/data/same-tier.ts', 'src/features/reader/below.ts']) expect(files).not.toContain(allowed);
  });

  it('forbid one feature importing another unless the pair is allowed (reader → investor)', () => {
    expect(reported('layers(feature-imports)')).toEqual(['src/features/tour/steps.ts']);
  });

  it('forbid src/ importing from scripts/, and leave scripts/ free to import src/', () => {
    expect(reported('layers(no-scripts-in-src)')).toEqual(['src/app/data-zip.ts']);
  });

  it('forbid import cycles, type-only ones included', () => {
    expect(reported('import(no-cycle)')).toEqual(['src/data/cycle-a.ts', 'src/data/cycle-b.ts']);
  });
});
