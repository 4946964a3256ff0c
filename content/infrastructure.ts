/**
 * Infrastructure context: the region's seaports, land ports of entry, airports
 * with scheduled service and trunk railways. The policy names none of them;
 * they are here so that a reader can see how far a place is from the sea, the
 * border and the air. Airports are in content/airports.ts, crossings in
 * content/crossings.ts; README.md ("Inventories") says how complete each is.
 *
 * Conventions, as checked by tests/unit/infrastructure.test.ts and
 * tests/unit/inventories.test.ts:
 * - Coordinates are WGS84 [longitude, latitude]. Airport points are
 *   OurAirports'. Port and crossing points are placed from the sources'
 *   descriptions and rounded to 0.01° (about 1 km); they say so with
 *   `coordinatesApproximate`, and `precisionKm` says how far off they may be.
 *   None comes from a Chinese web map (GCJ-02).
 * - `opened` is the year the item opened to traffic and `closed` the year it
 *   stopped; the note says what that means for each (first foreign ship,
 *   first through train, first scheduled flight), `openedApproximate` marks
 *   uncertain years and `unverified` says what no cited source confirmed.
 * - Railways are schematic: straight segments between their main stations'
 *   cities, so that a reader sees which cities a trunk line joins, not its track.
 */
import type { Source } from '../src/content/types.ts';
import type { InfrastructureRecord, RailwayStop } from '../src/content/infrastructure-types.ts';
import { airports } from './airports.ts';
import { crossings } from './crossings.ts';

const WIKI = (article: string, what: string): Source => ({
  label: `Wikipedia, ${what}`,
  url: `https://en.wikipedia.org/wiki/${article}`,
});

const ZH_WIKI = (article: string, what: string): Source => ({
  label: `Chinese Wikipedia, ${what}`,
  url: `https://zh.wikipedia.org/wiki/${encodeURIComponent(article)}`,
});

/** Approximate city-centre points of railway stops, rounded to 0.01°. */
const STOP = (name: string, lonLat: [number, number]): RailwayStop => ({ name, lonLat });
const HARBIN = STOP('Harbin', [126.63, 45.76]);
const CHANGCHUN = STOP('Changchun', [125.32, 43.9]);
const SHENYANG = STOP('Shenyang', [123.43, 41.8]);
const DALIAN = STOP('Dalian', [121.64, 38.92]);

const seaportsAndRailways: InfrastructureRecord[] = [
  // ---------------------------------------------------------------- seaports
  {
    id: 'port-dalian',
    nameEn: 'Port of Dalian',
    nameZh: '大连港',
    kind: 'seaport',
    geometry: { kind: 'point', lonLat: [121.66, 38.93] },
    opened: 1899,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'The region’s largest port, on the Yellow Sea side of the Liaodong peninsula. Opened as a free port (Dalny) in 1899. Point: the old harbour (Dagang) east of Zhongshan Square; the port’s deep-water areas (Dayaowan, Dalian Bay) spread along the coast.',
    sources: [WIKI('Port_of_Dalian', 'Port of Dalian'), ZH_WIKI('大连港', '大连港 (Port of Dalian; opened 1899)')],
  },
  {
    id: 'port-yingkou',
    nameEn: 'Port of Yingkou (Bayuquan)',
    nameZh: '营口港（鲅鱼圈港区）',
    kind: 'seaport',
    geometry: { kind: 'point', lonLat: [122.07, 40.29] },
    opened: 1984,
    openedApproximate: true,
    coordinatesApproximate: true,
    precisionKm: 3,
    unverified: 'the year the Bayuquan port area opened (built from the 1980s; 1984 is approximate)',
    note:
      'The main port area of the Port of Yingkou today, on the open coast of Liaodong Bay south of the old city, built from the 1980s. The old port on the Daliao River, in use since 1861, is listed apart.',
    sources: [
      WIKI('Port_of_Yingkou', 'Port of Yingkou (Bayuquan port area)'),
      {
        label: 'China Daily, 19 Sep 2005: Yingkou Port, at Bayuquan, the earliest port opened to foreign trade in Northeast China',
        url: 'http://www.chinadaily.com.cn/english/home/2005-09/19/content_479117.htm',
      },
    ],
  },
  {
    id: 'port-yingkou-old-port',
    nameEn: 'Port of Yingkou (old port, Daliao River)',
    nameZh: '营口港（老港区）',
    kind: 'seaport',
    geometry: { kind: 'point', lonLat: [122.23, 40.68] },
    opened: 1861,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'The old port of Yingkou (then “Newchwang”) on the Daliao River near its mouth, which received its first foreign ships in 1861, the Northeast’s first port open to foreign trade, and is still a port area. Point: the river front of the old city, opposite Panjin, approximate.',
    sources: [
      {
        label: 'China Daily, 19 Sep 2005: Yingkou, the earliest port opened to foreign trade in Northeast China (1861)',
        url: 'http://www.chinadaily.com.cn/english/home/2005-09/19/content_479117.htm',
      },
      { label: 'The Info List, Port of Yingkou: the old port area at the Daliao mouth', url: 'https://theinfolist.com/html/ALL/s/Port_of_Yingkou.html' },
    ],
  },
  {
    id: 'port-dandong',
    nameEn: 'Port of Dandong (Dadong)',
    nameZh: '丹东港（大东港区）',
    kind: 'seaport',
    geometry: { kind: 'point', lonLat: [124.15, 39.83] },
    opened: 1907,
    openedApproximate: true,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'At the mouth of the Yalu facing North Korea, where China’s mainland coast begins in the north-east (中国海岸线北端起点); it is not the northernmost port: Jinzhou, Huludao, Panjin and Yingkou lie further north. Dandong (then Antung) opened to foreign trade in 1907; the present deep-water Dadong port area near Donggang, where the point is, was built much later. Year and point approximate.',
    sources: [WIKI('Port_of_Dandong', 'Port of Dandong'), WIKI('Dandong', 'Dandong (history: opened as a treaty port)')],
  },
  {
    id: 'port-jinzhou',
    nameEn: 'Port of Jinzhou',
    nameZh: '锦州港',
    kind: 'seaport',
    geometry: { kind: 'point', lonLat: [121.07, 40.8] },
    opened: 1990,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'A port on the north-west shore of Liaodong Bay. Construction began in October 1986 and the port opened to navigation in October 1990. Point: 121°04′E, 40°48′N, as the port describes its position.',
    sources: [ZH_WIKI('锦州港', '锦州港 (Port of Jinzhou: works began 1986, open to navigation October 1990; 121°04′E 40°48′N)')],
  },
  {
    id: 'port-huludao',
    nameEn: 'Port of Huludao',
    nameZh: '葫芦岛港',
    kind: 'seaport',
    geometry: { kind: 'point', lonLat: [120.97, 40.71] },
    opened: 1946,
    openedApproximate: true,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'A natural ice-free harbour on Liaodong Bay. Surveyed and first worked on from 1908–1910; building of the modern port began in 1930 under Zhang Xueliang and stopped in 1931. The year given, 1946, is the latest by which it was certainly working (the repatriation of Japanese from the Northeast sailed from it that year); the year it first opened to shipping was not found. Point: the harbour on the Huludao peninsula.',
    unverified: 'the year the port first opened to shipping',
    sources: [
      WIKI('Huludao', 'Huludao (history of the port)'),
      ZH_WIKI('葫芦岛港', '葫芦岛港 (Port of Huludao)'),
      WIKI('Japanese_repatriation_from_Huludao', 'Japanese repatriation from Huludao (1946)'),
    ],
  },
  {
    id: 'port-panjin',
    nameEn: 'Port of Panjin (Rongxing)',
    nameZh: '盘锦港（荣兴港区）',
    kind: 'seaport',
    geometry: { kind: 'point', lonLat: [122.09, 40.68] },
    opened: 2010,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'Built after the policy: the Rongxing port area, on the right bank of the Daliao River mouth opposite Yingkou, was completed and put into service in 2010, and opened to international shipping in 2016. Point approximate.',
    sources: [
      {
        label: 'China Daily (Xinhua), 19 Jul 2013: Panjin port’s Rongxing port area, built and put into service in 2010 (盘锦新港活力升腾)',
        url: 'https://global.chinadaily.com.cn/dfpd/ln/2013-07/19/content_16798918.htm',
      },
      {
        label: 'Panjin Liaodong Bay New Area: overview (on the right bank of the Daliao River mouth, facing Yingkou)',
        url: 'http://en.pjldwxq.gov.cn/Into/xqgk/',
      },
      {
        label: 'CNSS, 26 Oct 2016: Panjin port opened to international shipping (盘锦港口岸正式对国际航行船舶开放)',
        url: 'https://www.cnss.com.cn/html/gkdt/20161026/242117.html',
      },
    ],
  },

  // ---------------------------------------------------------------- railways
  {
    id: 'rail-harbin-dalian-high-speed',
    nameEn: 'Harbin–Dalian high-speed railway',
    nameZh: '哈大高速铁路',
    kind: 'railway',
    geometry: {
      kind: 'stations',
      stops: [
        DALIAN,
        STOP('Yingkou', [122.24, 40.67]),
        STOP('Anshan', [122.99, 41.11]),
        SHENYANG,
        STOP('Tieling', [123.84, 42.29]),
        STOP('Siping', [124.35, 43.17]),
        CHANGCHUN,
        HARBIN,
      ],
    },
    opened: 2012,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'After the policy: the high-speed line from Dalian through Shenyang and Changchun to Harbin opened on 1 December 2012. Drawn schematically through its main cities, not along the track.',
    sources: [WIKI('Harbin–Dalian_high-speed_railway', 'Harbin–Dalian high-speed railway (opened 1 Dec 2012)')],
  },
  {
    id: 'rail-harbin-dalian',
    nameEn: 'Harbin–Dalian railway',
    nameZh: '哈大铁路',
    kind: 'railway',
    geometry: {
      kind: 'stations',
      stops: [HARBIN, CHANGCHUN, STOP('Siping', [124.35, 43.17]), SHENYANG, STOP('Anshan', [122.99, 41.11]), DALIAN],
    },
    opened: 1903,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'The region’s north–south trunk line, built as the southern branch of the Chinese Eastern Railway and open to traffic in 1903. Drawn schematically through its main cities, not along the track.',
    sources: [WIKI('Harbin–Dalian_railway', 'Harbin–Dalian railway'), WIKI('Chinese_Eastern_Railway', 'Chinese Eastern Railway (opened 1903)')],
  },
  {
    id: 'rail-binzhou',
    nameEn: 'Harbin–Manzhouli railway (Binzhou line)',
    nameZh: '滨洲铁路',
    kind: 'railway',
    geometry: {
      kind: 'stations',
      stops: [
        HARBIN,
        STOP('Daqing', [125.1, 46.59]),
        STOP('Angangxi (Qiqihar)', [123.8, 47.15]),
        STOP('Hailar', [119.74, 49.21]),
        STOP('Manzhouli', [117.43, 49.6]),
      ],
    },
    opened: 1903,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'The western arm of the Chinese Eastern Railway, from Harbin to the Russian border at Manzhouli, open to traffic in 1903. It passes Qiqihar at Angangxi, about 25 km south-west of the city centre, where the stop is drawn. Drawn schematically through its main cities, not along the track.',
    sources: [WIKI('Harbin–Manzhouli_railway', 'Harbin–Manzhouli railway'), WIKI('Chinese_Eastern_Railway', 'Chinese Eastern Railway (opened 1903)')],
  },
  {
    id: 'rail-binsui',
    nameEn: 'Harbin–Suifenhe railway (Binsui line)',
    nameZh: '滨绥铁路',
    kind: 'railway',
    geometry: {
      kind: 'stations',
      stops: [HARBIN, STOP('Shangzhi', [127.96, 45.21]), STOP('Mudanjiang', [129.6, 44.58]), STOP('Suifenhe', [131.15, 44.4])],
    },
    opened: 1903,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'The eastern arm of the Chinese Eastern Railway, from Harbin to the Russian border at Suifenhe, open to traffic in 1903. Drawn schematically through its main cities, not along the track.',
    sources: [WIKI('Harbin–Suifenhe_railway', 'Harbin–Suifenhe railway'), WIKI('Chinese_Eastern_Railway', 'Chinese Eastern Railway (opened 1903)')],
  },
  {
    id: 'rail-shenyang-shanhaiguan',
    nameEn: 'Shenyang–Shanhaiguan railway',
    nameZh: '沈山铁路',
    kind: 'railway',
    geometry: {
      kind: 'stations',
      stops: [
        SHENYANG,
        STOP('Xinmin', [122.83, 41.99]),
        STOP('Jinzhou', [121.13, 41.1]),
        STOP('Huludao', [120.84, 40.71]),
        STOP('Shanhaiguan', [119.75, 40.0]),
      ],
    },
    opened: 1912,
    openedApproximate: true,
    unverified: 'the year the line was through to Shenyang (1912 is approximate)',
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'The Northeast’s link to Beijing along the Liaoxi corridor, the northern part of the old Beijing–Mukden (Jingfeng) railway, through to Shenyang by 1912 (year approximate). Shanhaiguan, its southern end, is in Hebei, just outside the region. Drawn schematically through its main cities.',
    sources: [WIKI('Shenyang–Shanhaiguan_railway', 'Shenyang–Shanhaiguan railway'), WIKI('Beijing–Harbin_railway', 'Beijing–Harbin railway (history of the Jingfeng line)')],
  },
  {
    id: 'rail-changchun-hunchun',
    nameEn: 'Changchun–Jilin–Hunchun intercity railway',
    nameZh: '长珲城际铁路',
    kind: 'railway',
    geometry: {
      kind: 'stations',
      stops: [
        CHANGCHUN,
        STOP('Jilin', [126.55, 43.84]),
        STOP('Dunhua', [128.23, 43.37]),
        STOP('Yanji', [129.5, 42.9]),
        STOP('Tumen', [129.85, 42.97]),
        STOP('Hunchun', [130.36, 42.86]),
      ],
    },
    opened: 2015,
    openedApproximate: false,
    coordinatesApproximate: true,
    precisionKm: 3,
    note:
      'After the policy: the high-speed line along the Changchun-Jilin-Tumen axis the policy names. Changchun–Jilin opened in January 2011 and Jilin–Hunchun in September 2015, the year given here. Drawn schematically through its main cities.',
    sources: [WIKI('Changchun–Hunchun_intercity_railway', 'Changchun–Hunchun intercity railway (Changchun–Jilin 2011, Jilin–Hunchun 2015)')],
  },
];

/** Everything: seaports, land ports of entry, airports and railways. */
export const infrastructure: InfrastructureRecord[] = [
  ...seaportsAndRailways.filter((r) => r.kind === 'seaport'),
  ...crossings,
  ...airports,
  ...seaportsAndRailways.filter((r) => r.kind === 'railway'),
];
