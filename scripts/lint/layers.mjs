/**
 * Oxlint rules that keep src/'s layers pointing one way, so the layout stays
 * true without review. A layer is a folder of src/; each file may import from
 * its own tier and the tiers below it, never above. Oxlint runs this file with
 * Node as it is (it has no TypeScript loader), hence plain JavaScript.
 *
 * The rules read the import as written and resolve it against the importing
 * file; bare package imports are not theirs to judge. Files of src/ outside
 * every layer (stylesheets, fonts) are assets that any layer may import.
 */
import path from 'node:path';

/** Lowest first. Folders in one tier may import one another; cycles are import/no-cycle's. */
export const TIERS = [
  ['i18n', 'content', 'data', 'cite'],
  ['spatial', 'search', 'export', 'embed'],
  ['state'],
  ['map'],
  ['ui'],
  ['features'],
  ['app', 'main.ts'],
];

/**
 * The only imports from one feature into another, each because one feature
 * shows or mounts the other: the reader's details show the investor views
 * (what's here, distances, the comparison) and its panel holds the colour
 * scheme switch and is the phone's sheet; the map starts in the colour
 * scheme's palette and carries the what's-here control, the tour and the
 * print sheet; the tour shows the map view's locator inset. Keep it short:
 * anything two features share belongs in ui/ or below.
 */
export const FEATURE_IMPORTS = {
  reader: ['investor', 'color-scheme', 'sheet'],
  'map-view': ['color-scheme', 'investor', 'tour', 'share', 'as-of'],
  tour: ['map-view'],
};

const tierOf = new Map(TIERS.flatMap((folders, tier) => folders.map((folder) => [folder, tier])));

/**
 * Where a file stands: its layer (the first folder under src/, or main.ts) and
 * for a feature its folder; `outside` for files not in src/, `asset` for
 * files of src/ in no layer.
 */
export function placeOf(root, file) {
  const parts = path.relative(root, file).split(path.sep);
  if (parts[0] === 'scripts') return { kind: 'scripts' };
  if (parts[0] !== 'src' || parts.length < 2) return { kind: 'outside' };
  const layer = parts[1];
  if (!tierOf.has(layer)) return { kind: 'asset', layer };
  return { kind: 'layer', layer, tier: tierOf.get(layer), feature: layer === 'features' ? parts[2] : undefined };
}

/**
 * What is wrong with one import, or `null`. `from` and `to` are absolute
 * paths; `to` is where the specifier resolves, query (`?url`) removed.
 */
export function importProblem(root, from, to) {
  const source = placeOf(root, from);
  if (source.kind === 'outside' || source.kind === 'scripts') return null;
  const target = placeOf(root, to);
  if (target.kind === 'scripts') return { rule: 'no-scripts-in-src', message: 'src/ never imports from scripts/: move what both need into src/' };
  if (source.kind !== 'layer' || target.kind !== 'layer') return null;
  if (target.tier > source.tier) {
    return { rule: 'no-upward-import', message: `${source.layer} must not import from ${target.layer}, a higher layer (see TIERS in scripts/lint/layers.mjs)` };
  }
  if (source.feature && target.feature && source.feature !== target.feature && !(FEATURE_IMPORTS[source.feature] ?? []).includes(target.feature)) {
    return {
      rule: 'feature-imports',
      message: `features/${source.feature} must not import from features/${target.feature}: move the shared part to ui/ or below, or allow it in FEATURE_IMPORTS (scripts/lint/layers.mjs)`,
    };
  }
  return null;
}

function importRule(name) {
  return {
    meta: { type: 'problem', docs: { description: `layers: ${name}` }, schema: [] },
    create(context) {
      const root = context.cwd;
      const check = (node) => {
        if (!node || node.type !== 'Literal' || typeof node.value !== 'string' || !node.value.startsWith('.')) return;
        const to = path.resolve(path.dirname(context.filename), node.value.split('?')[0]);
        const problem = importProblem(root, context.filename, to);
        if (problem?.rule === name) context.report({ node, message: problem.message });
      };
      return {
        // Code in a folder of src/ that no tier lists would escape every rule: say so once per file.
        Program(node) {
          const source = placeOf(root, context.filename);
          if (name === 'no-upward-import' && source.kind === 'asset') {
            context.report({ node, message: `src/${source.layer} is in no layer: add it to TIERS in scripts/lint/layers.mjs` });
          }
        },
        ImportDeclaration: (node) => check(node.source),
        ExportNamedDeclaration: (node) => check(node.source),
        ExportAllDeclaration: (node) => check(node.source),
        ImportExpression: (node) => check(node.source),
        TSImportType: (node) => check(node.source?.type === 'TSLiteralType' ? node.source.literal : node.source),
      };
    },
  };
}

export default {
  meta: { name: 'layers' },
  rules: {
    'no-upward-import': importRule('no-upward-import'),
    'feature-imports': importRule('feature-imports'),
    'no-scripts-in-src': importRule('no-scripts-in-src'),
  },
};
