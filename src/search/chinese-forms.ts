/**
 * The Chinese forms of a name that readers type, and the Han characters of
 * each: shared by the search index and the build script that romanises them
 * (scripts/pinyin), so both agree on exactly which strings have pinyin.
 */

const HAN = /\p{Script=Han}/u;

/**
 * Administrative suffixes readers leave off: 牡丹江市 → 牡丹江, 兴安盟 → 兴安,
 * 大兴安岭地区 → 大兴安岭, 延边朝鲜族自治州 → 延边. Longest first, so the
 * prefecture's full suffix goes before its last character.
 */
const SUFFIXES = ['朝鲜族自治州', '自治州', '地区', '市', '盟'];

/**
 * Shorter Chinese forms of a name that readers use: without an
 * administrative suffix (primary: the name itself, said shorter), and
 * without a parenthetical qualifier (secondary), e.g.
 * 大连（全国性物流节点城市） → 大连.
 */
export function zhShortForms(nameZh: string): { primary: string[]; secondary: string[] } {
  const suffix = SUFFIXES.find((end) => nameZh.endsWith(end) && nameZh.length >= end.length + 2);
  const withoutSuffix = suffix ? [nameZh.slice(0, -suffix.length)] : [];
  const beforeBracket = nameZh.split(/[（(]/u)[0]?.trim() ?? '';
  const secondary = beforeBracket !== '' && beforeBracket !== nameZh ? [beforeBracket] : [];
  return { primary: withoutSuffix, secondary };
}

/** Every Chinese form of a name: itself, then its short forms. */
export function zhForms(nameZh: string): string[] {
  const short = zhShortForms(nameZh);
  return [nameZh, ...short.primary, ...short.secondary];
}

/** The Han characters of a text, in order: the key a form's pinyin is stored under. */
export function hanOf(text: string): string {
  return [...text].filter((char) => HAN.test(char)).join('');
}
