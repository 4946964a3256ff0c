/** How a category is named in the interface, in either language. */
import type { Category } from '../content/categories.ts';
import type { Lang } from '../i18n/lang.ts';
import { zh } from './dom.ts';

/** A category's name in the interface's language. */
export function categoryLabel(category: Category, lang: Lang): string {
  return lang === 'zh' ? category.labelZh : category.labelEn;
}

/** A category's name as shown: in English with the Chinese beside it, in Chinese alone. */
export function categoryName(category: Category, lang: Lang): (Node | string)[] {
  return lang === 'en' ? [category.labelEn, ' ', zh(category.labelZh)] : [category.labelZh];
}
