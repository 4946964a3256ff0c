/** The count a key shows beside a theme, in the reader's language: "5", or "3 designated · 2 encouraged". */
import type { KeyCount } from '../content/key-counts.ts';
import { STRINGS } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';

export function keyCountText(counts: readonly KeyCount[], lang: Lang): string {
  const strings = STRINGS[lang];
  const [only] = counts;
  if (counts.length === 1 && only.role === null) return strings.legendCount(only.count);
  return strings.legendRoleCounts(
    counts.map(({ count, role }) => ({ count, role: (lang === 'zh' ? role?.role_zh : role?.role_en) ?? '' })),
  );
}
