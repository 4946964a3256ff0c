/**
 * Names for the rivers and lakes of the city-zoom context (vendor/northeast-context),
 * whose Natural Earth release has English names only. Keyed by Natural Earth's
 * `name`; `nameEn` is the English name the map shows (Natural Earth spells some
 * as romanised Chinese, "Heilong Jiang", or with a typographic apostrophe). A
 * Chinese name is given only where a page read for this project gives it, cited
 * in `source` (read 2026-12-05, through stored copies of public pages; most are
 * copies of the English Wikipedia article, whose infobox gives the Chinese
 * name). A river or lake not listed here, or listed without `nameZh`, is named
 * in English on both maps.
 */
import type { Source } from '../src/content/types.ts';

export interface ContextName {
  nameEn: string;
  /** Simplified Chinese, as the source gives it. */
  nameZh?: string;
  source?: Source;
}

const COPY = (url: string, what: string): Source => ({ label: `${what} (read 2026-12-05)`, url });

const AMUR: ContextName = {
  nameEn: 'Amur',
  nameZh: '黑龙江',
  source: COPY('https://www.openwaterpedia.com/wiki/Amur_River', 'Openwaterpedia, Amur River: "Heilong Jiang (Chinese: 黑龙江)"'),
};
const USSURI: ContextName = {
  nameEn: 'Ussuri',
  nameZh: '乌苏里江',
  source: COPY('https://shuangyashan.dbw.cn/system/2006/07/04/050454787.shtml', '双鸭山新闻网 (Northeast Net), 美丽富饶的乌苏里江, 2006-05-08'),
};
const NEN_TRIBUTARIES = 'https://fr.knowledger.de/02257589/LeFleuveNen';

export const CONTEXT_NAMES: Readonly<Record<string, ContextName>> = {
  Songhua: {
    nameEn: 'Songhua',
    nameZh: '松花江',
    source: COPY('https://en-two.iwiki.icu/wiki/Songhua_river', 'copy of English Wikipedia, Songhua River (infobox: Chinese 松花江)'),
  },
  'Di’er Songhua': { nameEn: "Di'er Songhua (Second Songhua)" },
  Amur: AMUR,
  'Heilong Jiang': AMUR,
  Ussuri: USSURI,
  Tumen: {
    nameEn: 'Tumen',
    nameZh: '图们江',
    source: COPY('https://wikizero.net/wiki/en/Tumen_River', 'copy of English Wikipedia, Tumen River (Simplified Chinese 图们江)'),
  },
  Yalu: {
    nameEn: 'Yalu',
    nameZh: '鸭绿江',
    source: COPY('http://www.thefullwiki.org/Yalu_River', 'copy of English Wikipedia, Yalu River (Simplified Chinese 鸭绿江)'),
  },
  Nen: {
    nameEn: 'Nen',
    nameZh: '嫩江',
    source: COPY('https://es.stringtranslate.com/Nonni/Nen_River', 'translation of English Wikipedia, Nen River (chino: 嫩江)'),
  },
  Liao: {
    nameEn: 'Liao',
    nameZh: '辽河',
    source: COPY('https://liquisearch.com/liao_river', 'copy of English Wikipedia, Liao River (simplified Chinese: 辽河)'),
  },
  'Argun’': {
    nameEn: 'Argun',
    nameZh: '额尔古纳河',
    source: COPY('https://de.qwe.wiki/wiki/Argun_River,_Asia', 'translation of English Wikipedia, Argun River (Chinesisch 额尔古纳河)'),
  },
  Hailar: {
    nameEn: 'Hailar',
    nameZh: '海拉尔河',
    source: COPY('https://de.qwe.wiki/wiki/Argun_River,_Asia', 'translation of English Wikipedia, Argun River (Oberlauf: Hailar, 海拉尔河)'),
  },
  'Tao’er': {
    nameEn: "Tao'er",
    nameZh: '洮儿河',
    source: COPY(NEN_TRIBUTARIES, 'translation of English Wikipedia, Nen River, tributaries (Taoer/Chaor, 洮儿河)'),
  },
  Nemor: {
    nameEn: 'Nemor',
    nameZh: '讷谟尔河',
    source: COPY(NEN_TRIBUTARIES, 'translation of English Wikipedia, Nen River, tributaries (Namoer/Nemor, 讷谟尔河)'),
  },
  'Song’acha': { nameEn: "Song'acha" },
  'Amgun’': { nameEn: "Amgun'" },
  'Lake Khanka': {
    nameEn: 'Lake Khanka',
    nameZh: '兴凯湖',
    source: COPY('http://gutenberg.us/articles/eng/Khanka_Lake', 'World Heritage Encyclopedia (from Wikipedia), Khanka lake (simplified Chinese: 兴凯湖)'),
  },
  'Hulun Nuur': {
    nameEn: 'Hulun Lake',
    nameZh: '呼伦湖',
    source: COPY('http://piglix.com/piglix/Hulun_Lake', 'copy of English Wikipedia, Hulun Lake (simplified Chinese: 呼伦湖)'),
  },
};
