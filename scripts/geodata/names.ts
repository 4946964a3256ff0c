/**
 * Names and codes for the base map's features.
 *
 * Division codes and Chinese names follow the national standard for
 * administrative division codes (GB/T 2260), as published by the Ministry of
 * Civil Affairs. English names follow the official usage of the divisions'
 * own governments and of Xinhua's English service: pinyin for cities,
 * "League" (盟) and "Prefecture" (地区, 自治州) spelled out, and the customary
 * Mongolian-derived forms Hulunbuir, Hinggan and Xilingol.
 *
 * Sources: the Ministry of Civil Affairs' national administrative division
 * information platform, http://xzqh.mca.gov.cn/ (codes per GB/T 2260), and
 * Wikipedia's List of prefecture-level divisions of China,
 * https://en.wikipedia.org/wiki/List_of_prefecture-level_divisions_of_China
 * (official English names).
 */
export interface ProvinceName {
  /** GB/T 2260 code of the province, six digits. */
  code: string;
  /** The short name used by china-geojson's `china.json`. */
  sourceName: string;
  nameEn: string;
  nameZh: string;
  /** china-geojson file holding its prefecture-level divisions, when the map needs them. */
  divisionsFile?: string;
}

/** Every provincial-level unit in china-geojson's china.json, keyed by its short name there. */
export const PROVINCES: ProvinceName[] = [
  { code: '110000', sourceName: '北京', nameEn: 'Beijing', nameZh: '北京市' },
  { code: '120000', sourceName: '天津', nameEn: 'Tianjin', nameZh: '天津市' },
  { code: '130000', sourceName: '河北', nameEn: 'Hebei', nameZh: '河北省' },
  { code: '140000', sourceName: '山西', nameEn: 'Shanxi', nameZh: '山西省' },
  {
    code: '150000',
    sourceName: '内蒙古',
    nameEn: 'Inner Mongolia',
    nameZh: '内蒙古自治区',
    divisionsFile: 'nei_meng_gu_geo.json',
  },
  { code: '210000', sourceName: '辽宁', nameEn: 'Liaoning', nameZh: '辽宁省', divisionsFile: 'liao_ning_geo.json' },
  { code: '220000', sourceName: '吉林', nameEn: 'Jilin', nameZh: '吉林省', divisionsFile: 'ji_lin_geo.json' },
  {
    code: '230000',
    sourceName: '黑龙江',
    nameEn: 'Heilongjiang',
    nameZh: '黑龙江省',
    divisionsFile: 'hei_long_jiang_geo.json',
  },
  { code: '310000', sourceName: '上海', nameEn: 'Shanghai', nameZh: '上海市' },
  { code: '320000', sourceName: '江苏', nameEn: 'Jiangsu', nameZh: '江苏省' },
  { code: '330000', sourceName: '浙江', nameEn: 'Zhejiang', nameZh: '浙江省' },
  { code: '340000', sourceName: '安徽', nameEn: 'Anhui', nameZh: '安徽省' },
  { code: '350000', sourceName: '福建', nameEn: 'Fujian', nameZh: '福建省' },
  { code: '360000', sourceName: '江西', nameEn: 'Jiangxi', nameZh: '江西省' },
  { code: '370000', sourceName: '山东', nameEn: 'Shandong', nameZh: '山东省' },
  { code: '410000', sourceName: '河南', nameEn: 'Henan', nameZh: '河南省' },
  { code: '420000', sourceName: '湖北', nameEn: 'Hubei', nameZh: '湖北省' },
  { code: '430000', sourceName: '湖南', nameEn: 'Hunan', nameZh: '湖南省' },
  { code: '440000', sourceName: '广东', nameEn: 'Guangdong', nameZh: '广东省' },
  { code: '450000', sourceName: '广西', nameEn: 'Guangxi', nameZh: '广西壮族自治区' },
  { code: '460000', sourceName: '海南', nameEn: 'Hainan', nameZh: '海南省' },
  { code: '500000', sourceName: '重庆', nameEn: 'Chongqing', nameZh: '重庆市' },
  { code: '510000', sourceName: '四川', nameEn: 'Sichuan', nameZh: '四川省' },
  { code: '520000', sourceName: '贵州', nameEn: 'Guizhou', nameZh: '贵州省' },
  { code: '530000', sourceName: '云南', nameEn: 'Yunnan', nameZh: '云南省' },
  { code: '540000', sourceName: '西藏', nameEn: 'Tibet', nameZh: '西藏自治区' },
  { code: '610000', sourceName: '陕西', nameEn: 'Shaanxi', nameZh: '陕西省' },
  { code: '620000', sourceName: '甘肃', nameEn: 'Gansu', nameZh: '甘肃省' },
  { code: '630000', sourceName: '青海', nameEn: 'Qinghai', nameZh: '青海省' },
  { code: '640000', sourceName: '宁夏', nameEn: 'Ningxia', nameZh: '宁夏回族自治区' },
  { code: '650000', sourceName: '新疆', nameEn: 'Xinjiang', nameZh: '新疆维吾尔自治区' },
  { code: '710000', sourceName: '台湾', nameEn: 'Taiwan', nameZh: '台湾省' },
  { code: '810000', sourceName: '香港', nameEn: 'Hong Kong', nameZh: '香港特别行政区' },
  { code: '820000', sourceName: '澳门', nameEn: 'Macao', nameZh: '澳门特别行政区' },
];

export interface DivisionName {
  /** GB/T 2260 code, six digits; the division's stable id. */
  code: string;
  /** The name used by china-geojson's province file. */
  sourceName: string;
  nameEn: string;
  nameZh: string;
}

/**
 * The prefecture-level divisions the atlas maps: all of Liaoning, Jilin and
 * Heilongjiang, and the five eastern divisions of Inner Mongolia that the
 * 2007 Northeast Revitalization Plan counts as part of the Northeast.
 */
export const DIVISIONS: DivisionName[] = [
  { code: '210100', sourceName: '沈阳市', nameEn: 'Shenyang', nameZh: '沈阳市' },
  { code: '210200', sourceName: '大连市', nameEn: 'Dalian', nameZh: '大连市' },
  { code: '210300', sourceName: '鞍山市', nameEn: 'Anshan', nameZh: '鞍山市' },
  { code: '210400', sourceName: '抚顺市', nameEn: 'Fushun', nameZh: '抚顺市' },
  { code: '210500', sourceName: '本溪市', nameEn: 'Benxi', nameZh: '本溪市' },
  { code: '210600', sourceName: '丹东市', nameEn: 'Dandong', nameZh: '丹东市' },
  { code: '210700', sourceName: '锦州市', nameEn: 'Jinzhou', nameZh: '锦州市' },
  { code: '210800', sourceName: '营口市', nameEn: 'Yingkou', nameZh: '营口市' },
  { code: '210900', sourceName: '阜新市', nameEn: 'Fuxin', nameZh: '阜新市' },
  { code: '211000', sourceName: '辽阳市', nameEn: 'Liaoyang', nameZh: '辽阳市' },
  { code: '211100', sourceName: '盘锦市', nameEn: 'Panjin', nameZh: '盘锦市' },
  { code: '211200', sourceName: '铁岭市', nameEn: 'Tieling', nameZh: '铁岭市' },
  { code: '211300', sourceName: '朝阳市', nameEn: 'Chaoyang', nameZh: '朝阳市' },
  { code: '211400', sourceName: '葫芦岛市', nameEn: 'Huludao', nameZh: '葫芦岛市' },
  { code: '220100', sourceName: '长春市', nameEn: 'Changchun', nameZh: '长春市' },
  { code: '220200', sourceName: '吉林市', nameEn: 'Jilin', nameZh: '吉林市' },
  { code: '220300', sourceName: '四平市', nameEn: 'Siping', nameZh: '四平市' },
  { code: '220400', sourceName: '辽源市', nameEn: 'Liaoyuan', nameZh: '辽源市' },
  { code: '220500', sourceName: '通化市', nameEn: 'Tonghua', nameZh: '通化市' },
  { code: '220600', sourceName: '白山市', nameEn: 'Baishan', nameZh: '白山市' },
  { code: '220700', sourceName: '松原市', nameEn: 'Songyuan', nameZh: '松原市' },
  { code: '220800', sourceName: '白城市', nameEn: 'Baicheng', nameZh: '白城市' },
  {
    code: '222400',
    sourceName: '延边朝鲜族自治州',
    nameEn: 'Yanbian Korean Autonomous Prefecture',
    nameZh: '延边朝鲜族自治州',
  },
  { code: '230100', sourceName: '哈尔滨市', nameEn: 'Harbin', nameZh: '哈尔滨市' },
  { code: '230200', sourceName: '齐齐哈尔市', nameEn: 'Qiqihar', nameZh: '齐齐哈尔市' },
  { code: '230300', sourceName: '鸡西市', nameEn: 'Jixi', nameZh: '鸡西市' },
  { code: '230400', sourceName: '鹤岗市', nameEn: 'Hegang', nameZh: '鹤岗市' },
  { code: '230500', sourceName: '双鸭山市', nameEn: 'Shuangyashan', nameZh: '双鸭山市' },
  { code: '230600', sourceName: '大庆市', nameEn: 'Daqing', nameZh: '大庆市' },
  { code: '230700', sourceName: '伊春市', nameEn: 'Yichun', nameZh: '伊春市' },
  { code: '230800', sourceName: '佳木斯市', nameEn: 'Jiamusi', nameZh: '佳木斯市' },
  { code: '230900', sourceName: '七台河市', nameEn: 'Qitaihe', nameZh: '七台河市' },
  { code: '231000', sourceName: '牡丹江市', nameEn: 'Mudanjiang', nameZh: '牡丹江市' },
  { code: '231100', sourceName: '黑河市', nameEn: 'Heihe', nameZh: '黑河市' },
  { code: '231200', sourceName: '绥化市', nameEn: 'Suihua', nameZh: '绥化市' },
  {
    code: '232700',
    sourceName: '大兴安岭地区',
    nameEn: 'Da Hinggan Ling Prefecture',
    nameZh: '大兴安岭地区',
  },
  { code: '150400', sourceName: '赤峰市', nameEn: 'Chifeng', nameZh: '赤峰市' },
  { code: '150500', sourceName: '通辽市', nameEn: 'Tongliao', nameZh: '通辽市' },
  { code: '150700', sourceName: '呼伦贝尔市', nameEn: 'Hulunbuir', nameZh: '呼伦贝尔市' },
  { code: '152200', sourceName: '兴安盟', nameEn: 'Hinggan League', nameZh: '兴安盟' },
  { code: '152500', sourceName: '锡林郭勒盟', nameEn: 'Xilingol League', nameZh: '锡林郭勒盟' },
];

/** The province a division belongs to: the first two digits of its code. */
export function provinceCodeOf(divisionCode: string): string {
  return `${divisionCode.slice(0, 2)}0000`;
}

export interface CountryName {
  /** Natural Earth's name, as carried by world-atlas. */
  sourceName: string;
  /** ISO 3166-1 alpha-3 code; the feature's stable id. */
  id: string;
  nameEn: string;
  nameZh: string;
}

/** The countries that share the map with Northeast China. */
export const NEIGHBOURS: CountryName[] = [
  { sourceName: 'Russia', id: 'RUS', nameEn: 'Russia', nameZh: '俄罗斯' },
  { sourceName: 'Mongolia', id: 'MNG', nameEn: 'Mongolia', nameZh: '蒙古国' },
  { sourceName: 'North Korea', id: 'PRK', nameEn: 'North Korea', nameZh: '朝鲜' },
  { sourceName: 'South Korea', id: 'KOR', nameEn: 'South Korea', nameZh: '韩国' },
  { sourceName: 'Japan', id: 'JPN', nameEn: 'Japan', nameZh: '日本' },
];
