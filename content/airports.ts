/**
 * Every civil airport with scheduled passenger service in the atlas's region,
 * and the ones that had it and lost it, as far as this file could check.
 *
 * Codes, English names and points come from the pinned OurAirports extract
 * (vendor/ourairports/airports-northeast.csv, public domain), joined here by
 * OurAirports ident; this file adds what OurAirports does not carry: the
 * Chinese name, the year scheduled service began and, where it ended, the year
 * it ended, each with its source. What no source here confirms is said in
 * `unverified`: a year from general knowledge is marked approximate and
 * unverified, never passed off as checked.
 */
import { readFileSync } from 'node:fs';
import { AIRPORTS_VENDOR_PATH, type VendoredAirport, vendoredAirports } from '../scripts/ourairports/csv.ts';
import type { Source } from '../src/content/types.ts';
import type { InfrastructureRecord } from '../src/content/infrastructure-types.ts';

/** The date as of which the airport list is complete (see README, "Inventories"). */
export const AIRPORTS_COMPLETE_AS_OF = '2025-03-30';

const ourAirports = (ident: string): Source => ({
  label: `OurAirports ${ident} (codes, name, point; public domain)`,
  url: `https://ourairports.com/airports/${ident}/`,
});

const CAAC_2009: Source = {
  label: 'CAAC, 2009 national airport production bulletin (2009年全国机场生产统计公报): Daqing, Yichun and Jixi among the cities whose scheduled flights began in 2009',
  url: 'https://www.gov.cn/gzdt/2010-02/05/content_1529218.htm',
};

const MUDANJIANG_CLOSED: Source = {
  label: 'biang.ru, March 2025: Mudanjiang Hailang stops all flights from 30 March 2025 for works; some move to Suifenhe Dongning, which opens that day',
  url: 'https://biang.ru/ru/society/aeroport-mudanczzyana-polnostyu-priostanovit-svoyu-rabotu-30-marta.html',
};

interface AirportFacts {
  nameZh: string;
  opened: number;
  openedApproximate: boolean;
  closed?: number;
  note: string;
  sources: Source[];
  unverified?: string;
  /** For an airport OurAirports does not list: its own codes, names and point. */
  row?: Omit<VendoredAirport, 'municipality' | 'iso_region' | 'region_unit' | 'type' | 'scheduled_service'>;
  /** Whether the point is a description's, not OurAirports'. */
  precisionKm?: number;
}

const YEAR_AND_NAME = 'opening year and Chinese name not read in a source here (general knowledge; year approximate)';
const YEAR_ONLY = 'opening year not read in a source here (general knowledge; approximate)';

/** Facts by OurAirports ident. Rows of the extract not here are not scheduled airports (see EXCLUDED). */
export const AIRPORT_FACTS: Record<string, AirportFacts> = {
  // --------------------------------------------------------------- Liaoning
  ZYTX: {
    nameZh: '沈阳桃仙国际机场', opened: 1989, openedApproximate: false,
    note: 'Shenyang’s airport, south of the city; opened in 1989.',
    sources: [{ label: 'Wikipedia, Shenyang Taoxian International Airport (opened 1989)', url: 'https://en.wikipedia.org/wiki/Shenyang_Taoxian_International_Airport' }],
    unverified: 'opening year from the Wikipedia article, not from CAAC',
  },
  ZYTL: {
    nameZh: '大连周水子国际机场', opened: 1927, openedApproximate: true,
    note: 'Dalian’s airport, in Ganjingzi District. Built from 1924 on a racecourse under Japanese rule; from 1927 it carried mail, freight and passengers; civil again from 1973. Dalian Jinzhouwan, its replacement offshore, has been under construction since June 2024 and is not open.',
    sources: [
      { label: 'Chinese Wikipedia (IPFS copy), 大连周水子国际机场: built 1924, passenger and freight service from 1927, civil airport 1973', url: 'https://zh.wikipedia-on-ipfs.org/wiki/%E5%A4%A7%E8%BF%9E%E5%91%A8%E6%B0%B4%E5%AD%90%E5%9B%BD%E9%99%85%E6%9C%BA%E5%9C%BA' },
      { label: 'Encyclopedia copy, 大连金州湾国际机场: construction started 15 June 2024', url: 'http://xzzxedu.org/xzzxedu/大连金州湾国际机场/0' },
    ],
  },
  ZYCH: { nameZh: '长海大长山岛机场', opened: 2008, openedApproximate: true, note: 'Serves the Changshan islands of Dalian.', sources: [], unverified: YEAR_AND_NAME },
  ZYAS: { nameZh: '鞍山腾鳌机场', opened: 1985, openedApproximate: true, note: 'A military field near Anshan with civil flights.', sources: [], unverified: YEAR_AND_NAME },
  ZYCY: { nameZh: '朝阳机场', opened: 1990, openedApproximate: true, note: 'Chaoyang’s airport, in western Liaoning.', sources: [], unverified: YEAR_AND_NAME },
  ZYDD: { nameZh: '丹东浪头国际机场', opened: 1985, openedApproximate: true, note: 'Dandong’s airport, by the Yalu.', sources: [], unverified: YEAR_AND_NAME },
  ZYJZ: {
    nameZh: '锦州湾机场', opened: 2015, openedApproximate: true,
    note: 'After the policy: Jinzhou’s airport on the bay, which replaced the Xiaolingzi airfield.',
    sources: [], unverified: YEAR_AND_NAME,
  },
  ZYYK: { nameZh: '营口兰旗机场', opened: 2015, openedApproximate: true, note: 'After the policy: Yingkou’s airport, south of the old city.', sources: [], unverified: YEAR_AND_NAME },
  // ------------------------------------------------------------------- Jilin
  ZYCC: {
    nameZh: '长春龙嘉国际机场', opened: 2005, openedApproximate: false,
    note: 'Serves Changchun and Jilin City; began operations on 27 August 2005, replacing Dafangshen airport.',
    sources: [{ label: 'Wikipedia, Changchun Longjia International Airport (opened 27 Aug 2005)', url: 'https://en.wikipedia.org/wiki/Changchun_Longjia_International_Airport' }],
  },
  ZYYJ: {
    nameZh: '延吉朝阳川国际机场', opened: 1985, openedApproximate: false,
    note: 'Yanbian’s airport, west of Yanji; a military field with civil passenger flights since 1985.',
    sources: [{ label: 'yanbian-city.in: Yanji airport, civil passenger flights from 1985', url: 'http://yanbian-city.in/mimiyori/sightseeing/003.htm' }],
  },
  ZYBS: {
    nameZh: '长白山机场', opened: 2008, openedApproximate: false,
    note: 'Serves the Changbai Mountains tourist area; opened in August 2008.',
    sources: [{ label: 'China Hospitality News, 7 Aug 2008: Changbaishan Airport opens before the Olympics', url: 'https://www.chinahospitalitynews.com/cn/2008/08/07/31493/' }],
  },
  ZYTN: { nameZh: '通化三源浦机场', opened: 2014, openedApproximate: true, note: 'After the policy: Tonghua’s airport, at Sanyuanpu in Liuhe county.', sources: [], unverified: YEAR_AND_NAME },
  ZYBA: { nameZh: '白城长安机场', opened: 2017, openedApproximate: true, note: 'After the policy: Baicheng’s airport.', sources: [], unverified: YEAR_AND_NAME },
  ZYSQ: { nameZh: '松原查干湖机场', opened: 2017, openedApproximate: true, note: 'After the policy: Songyuan’s airport, near Chagan Lake.', sources: [], unverified: YEAR_AND_NAME },
  // ------------------------------------------------------------ Heilongjiang
  ZYHB: {
    nameZh: '哈尔滨太平国际机场', opened: 1979, openedApproximate: true,
    note: 'Harbin’s airport, south-west of the city; civil flights from 1979.',
    sources: [{ label: 'Wikipedia, Harbin Taiping International Airport', url: 'https://en.wikipedia.org/wiki/Harbin_Taiping_International_Airport' }],
    unverified: YEAR_ONLY,
  },
  ZYQQ: {
    nameZh: '齐齐哈尔三家子机场', opened: 1988, openedApproximate: false,
    note: 'Qiqihar’s airport, about 10 km from the city; civil flights since 16 May 1988.',
    sources: [{ label: 'anyonetrip.com, Qiqihar Sanjiazi Airport (civil flights since 16 May 1988)', url: 'https://anyonetrip.com/airports/qiqihar-sanjiazi-airport.html' }],
  },
  ZYDQ: {
    nameZh: '大庆萨尔图机场', opened: 2009, openedApproximate: false,
    note: 'Daqing’s airport, opened on 1 September 2009, days before the policy was issued.',
    sources: [CAAC_2009, { label: 'Wikipedia (2020 copy), Daqing Sartu Airport (opened 1 Sep 2009)', url: 'https://a.osmarks.net/wikipedia_en_all_maxi_2020-08/A/Daqing_Sartu_Airport' }],
  },
  ZYMD: {
    nameZh: '牡丹江海浪国际机场', opened: 1985, openedApproximate: false, closed: 2025,
    note: 'Mudanjiang’s airport, a military field with civil flights from 2 September 1985. All flights stopped on 30 March 2025 for runway works, some moving to Suifenhe Dongning; a new airport at Hailin was planned. Whether flights have resumed was not checked.',
    sources: [
      { label: 'Chinanews (via zctpt.com), 2 Sep 2018: Mudanjiang airport, civil operations from September 1985, first route 2 Sep 1985', url: 'http://www.zctpt.com/traffic/32222.html' },
      MUDANJIANG_CLOSED,
    ],
  },
  ZYSD: {
    nameZh: '绥芬河东宁机场', opened: 2025, openedApproximate: false,
    note: 'After the policy: the airport between Suifenhe and Dongning, open to flights from 30 March 2025 (OurAirports still lists it without scheduled service).',
    sources: [MUDANJIANG_CLOSED],
    unverified: 'Chinese name not read in a source here',
  },
  ZYJM: { nameZh: '佳木斯东郊国际机场', opened: 1986, openedApproximate: true, note: 'Jiamusi’s airport, east of the city.', sources: [], unverified: YEAR_AND_NAME },
  ZYJX: {
    nameZh: '鸡西兴凯湖机场', opened: 2009, openedApproximate: false,
    note: 'Jixi’s airport; scheduled flights began in 2009.', sources: [CAAC_2009],
    unverified: 'Chinese name not read in a source here',
  },
  ZYLD: {
    nameZh: '伊春林都机场', opened: 2009, openedApproximate: false,
    note: 'Yichun’s airport; scheduled flights began in 2009.', sources: [CAAC_2009],
    unverified: 'Chinese name not read in a source here',
  },
  ZYHE: { nameZh: '黑河瑷珲机场', opened: 2003, openedApproximate: true, note: 'Heihe’s airport, by the Amur.', sources: [], unverified: YEAR_AND_NAME },
  ZYMH: { nameZh: '漠河古莲机场', opened: 2008, openedApproximate: true, note: 'China’s northernmost airport, at Mohe.', sources: [], unverified: YEAR_AND_NAME },
  ZYJD: { nameZh: '大兴安岭鄂伦春机场', opened: 2013, openedApproximate: true, note: 'After the policy: the Greater Khingan prefecture’s airport at Jiagedaqi.', sources: [], unverified: YEAR_AND_NAME },
  ZYFY: { nameZh: '抚远东极机场', opened: 2014, openedApproximate: true, note: 'After the policy: Fuyuan’s airport, at China’s eastern tip.', sources: [], unverified: YEAR_AND_NAME },
  ZYJS: { nameZh: '建三江湿地机场', opened: 2011, openedApproximate: true, note: 'After the policy: the Jiansanjiang state-farm area’s airport.', sources: [], unverified: YEAR_AND_NAME },
  ZYDU: { nameZh: '五大连池德都机场', opened: 2017, openedApproximate: true, note: 'After the policy: the Wudalianchi airport, in Heihe prefecture.', sources: [], unverified: YEAR_AND_NAME },
  // ------------------------------------------------- Inner Mongolia (east)
  ZBLA: { nameZh: '呼伦贝尔东山国际机场', opened: 1986, openedApproximate: true, note: 'Hulunbuir’s airport, at Hailar.', sources: [], unverified: YEAR_AND_NAME },
  ZBMZ: {
    nameZh: '满洲里西郊国际机场', opened: 2005, openedApproximate: true,
    note: 'Manzhouli’s airport, west of the city near the Russian border.',
    sources: [{ label: 'Wikipedia, Manzhouli Xijiao Airport', url: 'https://en.wikipedia.org/wiki/Manzhouli_Xijiao_Airport' }],
    unverified: YEAR_ONLY,
  },
  ZBZL: { nameZh: '扎兰屯成吉思汗机场', opened: 2016, openedApproximate: true, note: 'After the policy: Zhalantun’s airport.', sources: [], unverified: YEAR_AND_NAME },
  ZBES: { nameZh: '阿尔山伊尔施机场', opened: 2011, openedApproximate: true, note: 'After the policy: the Arxan tourist area’s airport, at Yi’ershi.', sources: [], unverified: YEAR_AND_NAME },
  ZBUL: { nameZh: '乌兰浩特义勒力特机场', opened: 1990, openedApproximate: true, note: 'Hinggan League’s airport, at Ulanhot.', sources: [], unverified: YEAR_AND_NAME },
  ZBTL: { nameZh: '通辽机场', opened: 1986, openedApproximate: true, note: 'Tongliao’s airport.', sources: [], unverified: YEAR_AND_NAME },
  ZBHZ: { nameZh: '霍林郭勒霍林河机场', opened: 2010, openedApproximate: true, note: 'After the policy: Holingol’s airport, in Tongliao.', sources: [], unverified: YEAR_AND_NAME },
  ZBCF: { nameZh: '赤峰玉龙机场', opened: 1987, openedApproximate: true, note: 'Chifeng’s airport.', sources: [], unverified: YEAR_AND_NAME },
  ZBXH: { nameZh: '锡林浩特机场', opened: 1986, openedApproximate: true, note: 'Xilingol League’s airport, at Xilinhot.', sources: [], unverified: YEAR_AND_NAME },
  ZBER: { nameZh: '二连浩特赛乌素国际机场', opened: 2010, openedApproximate: true, note: 'After the policy: Erenhot’s airport, near the Mongolian border.', sources: [], unverified: YEAR_AND_NAME },
  // ------------------------------------------- closed, not in OurAirports
  'closed-changchun-dafangshen': {
    nameZh: '长春大房身机场', opened: 1941, openedApproximate: true, closed: 2005,
    note: 'Changchun’s airport until Longjia opened on 27 August 2005. Point placed from the airfield’s position north-west of the city, approximate.',
    sources: [{ label: 'Wikipedia, Changchun Longjia International Airport (replaced Dafangshen in 2005)', url: 'https://en.wikipedia.org/wiki/Changchun_Longjia_International_Airport' }],
    unverified: 'opening year of civil service and Chinese name not read in a source here; point placed from general knowledge within about 5 km',
    row: { ident: 'closed-changchun-dafangshen', iata: '', icao: '', name: 'Changchun Dafangshen Airport', lat: '43.91', lon: '125.20', wikipedia: '' },
    precisionKm: 5,
  },
};

/** Rows of the extract that are not airports with scheduled passenger service, and why. */
export const EXCLUDED: Record<string, string> = {
  AEQ: 'Ar Horqin: OurAirports lists no scheduled service',
  'CN-0157': 'Morin Dawa: no scheduled service listed',
  'CN-0193': 'Harbin Pingfang: an aircraft factory field',
  'CN-0268': 'Zhaodong: a general-aviation field',
  NJJ: 'Nenjiang Melgen: no scheduled service listed',
  XRQ: 'New Barag Right Banner Baogede: no scheduled service listed',
  ZYJL: 'Jilin Ertaizi: a military field, no scheduled service listed',
  ZYXC: 'Xingcheng: an air base, no scheduled service listed',
};

const idOf = (ident: string, name: string) =>
  ident.startsWith('closed-')
    ? `airport-${ident.slice('closed-'.length)}`
    : `airport-${name
        .toLowerCase()
        .replace(/ international| airport| air base|\/.*$/g, '')
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`;

export function airportRecords(rows: readonly VendoredAirport[]): InfrastructureRecord[] {
  const byIdent = new Map(rows.map((row) => [row.ident, row]));
  return Object.entries(AIRPORT_FACTS).map(([ident, facts]) => {
    const row = facts.row ?? byIdent.get(ident);
    if (!row) throw new Error(`no OurAirports row ${ident}`);
    const fromOurAirports = !facts.row;
    return {
      id: idOf(ident, row.name),
      nameEn: row.name,
      nameZh: facts.nameZh,
      kind: 'airport',
      geometry: { kind: 'point', lonLat: [Number(row.lon), Number(row.lat)] },
      opened: facts.opened,
      ...(facts.closed === undefined ? {} : { closed: facts.closed }),
      openedApproximate: facts.openedApproximate,
      coordinatesApproximate: !fromOurAirports,
      precisionKm: facts.precisionKm ?? 2,
      ...(facts.unverified ? { unverified: facts.unverified } : {}),
      codes: { iata: row.iata, icao: row.icao },
      note: `${facts.note}${fromOurAirports ? ' Point: OurAirports’ coordinate.' : ''}`,
      sources: [...(fromOurAirports ? [ourAirports(ident)] : []), ...facts.sources],
    } satisfies InfrastructureRecord;
  });
}

export const airports = airportRecords(vendoredAirports(readFileSync(AIRPORTS_VENDOR_PATH, 'utf8')));
