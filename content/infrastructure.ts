/**
 * Infrastructure context: the region's main seaports, land border crossings,
 * airports and trunk railways. The policy names none of them; they are here so
 * that a reader can see how far a place is from the sea, the border and the air.
 *
 * Conventions, as checked by tests/unit/infrastructure.test.ts:
 * - Coordinates are WGS84 [longitude, latitude]. Airport points are the
 *   Wikipedia infobox values (which give WGS84). Port and crossing points are
 *   placed from the sources' descriptions and rounded to 0.01° (about 1 km);
 *   they say so with `coordinatesApproximate`. None comes from a Chinese web
 *   map (GCJ-02).
 * - `opened` is the year the item opened to traffic; the note says what that
 *   means for each (first foreign ship, first through train, first flight),
 *   and `openedApproximate` marks years read from secondary sources.
 * - Railways are schematic: straight segments between their main stations'
 *   cities, so that a reader sees which cities a trunk line joins, not its track.
 */
import type { Source } from '../src/content/types.ts';
import type { InfrastructureRecord, RailwayStop } from '../src/content/infrastructure-types.ts';

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

export const infrastructure: InfrastructureRecord[] = [
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
    opened: 1861,
    openedApproximate: false,
    coordinatesApproximate: true,
    note:
      'The nearest seaport to most of the Northeast’s interior. Yingkou (then “Newchwang”) received its first foreign ships in 1861, the Northeast’s first port open to foreign trade; the main port area today is Bayuquan, built from the 1980s, where the point is.',
    sources: [
      WIKI('Port_of_Yingkou', 'Port of Yingkou'),
      {
        label: 'China Daily, 19 Sep 2005: Yingkou Port, at Bayuquan, the earliest port opened to foreign trade in Northeast China',
        url: 'http://www.chinadaily.com.cn/english/home/2005-09/19/content_479117.htm',
      },
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
    note:
      'China’s northernmost coastal port, at the mouth of the Yalu facing North Korea. Dandong (then Antung) opened to foreign trade in 1907; the present deep-water Dadong port area near Donggang, where the point is, was built much later. Year and point approximate.',
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
    opened: 1930,
    openedApproximate: true,
    coordinatesApproximate: true,
    note:
      'A natural ice-free harbour on Liaodong Bay. Surveyed and first worked on from 1908–1910; the modern port was built from 1930 under Zhang Xueliang, the year given here, which is approximate. Point: the harbour on the Huludao peninsula.',
    sources: [WIKI('Huludao', 'Huludao (history of the port)'), ZH_WIKI('葫芦岛港', '葫芦岛港 (Port of Huludao)')],
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

  // -------------------------------------------------------- border crossings
  {
    id: 'crossing-suifenhe',
    nameEn: 'Suifenhe–Pogranichny crossing',
    nameZh: '绥芬河口岸',
    kind: 'border-crossing',
    neighbour: 'Russia',
    geometry: { kind: 'point', lonLat: [131.18, 44.4] },
    opened: 1903,
    openedApproximate: false,
    coordinatesApproximate: true,
    note:
      'Rail and road crossing to Pogranichny (Grodekovo), Primorye, at the eastern end of the Harbin–Suifenhe railway, part of the Chinese Eastern Railway, which opened to traffic in 1903. Point: where the railway meets the border east of the city, approximate.',
    sources: [WIKI('Suifenhe', 'Suifenhe (border port with Russia)'), WIKI('Chinese_Eastern_Railway', 'Chinese Eastern Railway (opened 1903)')],
  },
  {
    id: 'crossing-hunchun',
    nameEn: 'Hunchun–Kraskino crossing (Changlingzi)',
    nameZh: '珲春口岸（长岭子）',
    kind: 'border-crossing',
    neighbour: 'Russia',
    geometry: { kind: 'point', lonLat: [130.64, 42.84] },
    opened: 1998,
    openedApproximate: true,
    coordinatesApproximate: true,
    note:
      'Road crossing from Hunchun to Kraskino, Primorye: Jilin’s only road port to Russia. Hunchun also has a rail crossing to Makhalino and crossings to North Korea (Quanhe–Wonjong). Year of opening approximate (late 1990s); point approximate.',
    sources: [
      WIKI('Hunchun', 'Hunchun (border crossings to Russia and North Korea)'),
      {
        label: 'People’s Daily Online (Xinhua), 28 Jun 2023: the Hunchun highway port, Jilin’s only port city to Russia',
        url: 'http://en.people.cn/n3/2023/0628/c90000-20036692.html',
      },
    ],
  },
  {
    id: 'crossing-manzhouli',
    nameEn: 'Manzhouli–Zabaykalsk crossing',
    nameZh: '满洲里口岸',
    kind: 'border-crossing',
    neighbour: 'Russia',
    geometry: { kind: 'point', lonLat: [117.38, 49.63] },
    opened: 1903,
    openedApproximate: false,
    coordinatesApproximate: true,
    note:
      'China’s busiest land port with Russia, rail and road, to Zabaykalsk; the western end of the Chinese Eastern Railway, open to traffic in 1903. Point: the border north-west of the city, approximate.',
    sources: [WIKI('Manzhouli', 'Manzhouli (land port with Russia)'), WIKI('Zabaykalsk', 'Zabaykalsk (the Russian side)')],
  },
  {
    id: 'crossing-heihe',
    nameEn: 'Heihe–Blagoveshchensk crossing',
    nameZh: '黑河口岸',
    kind: 'border-crossing',
    neighbour: 'Russia',
    geometry: { kind: 'point', lonLat: [127.52, 50.25] },
    opened: 1982,
    openedApproximate: true,
    coordinatesApproximate: true,
    note:
      'River port on the Amur facing Blagoveshchensk: ferries in summer, an ice road in winter. Border trade through it resumed in the 1980s (year approximate). The Amur road bridge between the two cities opened in 2022, after the policy. Point: Heihe’s riverfront, approximate.',
    sources: [
      WIKI('Heihe', 'Heihe (port facing Blagoveshchensk)'),
      WIKI('Blagoveshchensk–Heihe_bridge', 'Blagoveshchensk–Heihe bridge (opened 2022)'),
    ],
  },
  {
    id: 'crossing-dongning',
    nameEn: 'Dongning–Poltavka crossing',
    nameZh: '东宁口岸',
    kind: 'border-crossing',
    neighbour: 'Russia',
    geometry: { kind: 'point', lonLat: [131.24, 44.05] },
    opened: 1990,
    openedApproximate: true,
    coordinatesApproximate: true,
    note: 'Road crossing from Dongning to Poltavka, Primorye. Opened around 1990 (approximate). Point approximate.',
    sources: [WIKI('Dongning', 'Dongning (road port with Russia)')],
  },
  {
    id: 'crossing-tongjiang',
    nameEn: 'Tongjiang–Nizhneleninskoye railway bridge',
    nameZh: '同江中俄铁路大桥',
    kind: 'border-crossing',
    neighbour: 'Russia',
    geometry: { kind: 'point', lonLat: [132.65, 47.8] },
    opened: 2022,
    openedApproximate: false,
    coordinatesApproximate: true,
    note:
      'After the policy: the first railway bridge between China and Russia, over the Amur from Tongjiang to Nizhneleninskoye. Agreed in 2008–2013, finished in August 2021, first freight trains in 2022. Tongjiang also has an older river port. Point: on the Chinese bank north-east of Tongjiang, placed from the descriptions and approximate to within several km.',
    sources: [
      WIKI('Tongjiang-Nizhneleninskoye_railway_bridge', 'Tongjiang–Nizhneleninskoye railway bridge'),
      {
        label: 'RailFreight.com, 28 Apr 2022: the Tongjiang–Nizhneleninskoye bridge, completed August 2021, about to open',
        url: 'https://www.railfreight.com/beltandroad/2022/04/28/this-railway-bridge-brings-china-and-russia-closer-together/',
      },
    ],
  },
  {
    id: 'crossing-dandong',
    nameEn: 'Dandong–Sinuiju crossing (Sino-Korean Friendship Bridge)',
    nameZh: '丹东口岸（中朝友谊桥）',
    kind: 'border-crossing',
    neighbour: 'North Korea',
    geometry: { kind: 'point', lonLat: [124.39, 40.12] },
    opened: 1943,
    openedApproximate: false,
    coordinatesApproximate: true,
    note:
      'Rail and road bridge over the Yalu to Sinuiju, completed in 1943, which carries most of China’s trade with North Korea. The New Yalu River Bridge downstream was finished in 2014 but had not opened. Point: the bridge, approximate.',
    sources: [WIKI('Sino-Korean_Friendship_Bridge', 'Sino-Korean Friendship Bridge (completed 1943)')],
  },
  {
    id: 'crossing-erenhot',
    nameEn: 'Erenhot–Zamyn-Üüd crossing',
    nameZh: '二连浩特口岸',
    kind: 'border-crossing',
    neighbour: 'Mongolia',
    geometry: { kind: 'point', lonLat: [111.95, 43.7] },
    opened: 1956,
    openedApproximate: false,
    coordinatesApproximate: true,
    note:
      'China’s main land port with Mongolia, rail and road, to Zamyn-Üüd; the railway from Jining through Erenhot to Ulaanbaatar opened to through trains in 1956. Erenhot is in Xilingol League. Point: the border north of the city, approximate.',
    sources: [WIKI('Erenhot', 'Erenhot (land port with Mongolia)'), WIKI('Jining–Erenhot_railway', 'Jining–Erenhot railway (1956)')],
  },

  // ---------------------------------------------------------------- airports
  {
    id: 'airport-shenyang-taoxian',
    nameEn: 'Shenyang Taoxian International Airport',
    nameZh: '沈阳桃仙国际机场',
    kind: 'airport',
    geometry: { kind: 'point', lonLat: [123.4839, 41.6397] },
    opened: 1989,
    openedApproximate: false,
    coordinatesApproximate: false,
    note: 'Shenyang’s airport, south of the city; opened in 1989. Point: the infobox coordinate.',
    sources: [WIKI('Shenyang_Taoxian_International_Airport', 'Shenyang Taoxian International Airport (infobox: 41°38′23″N 123°29′02″E)')],
  },
  {
    id: 'airport-dalian-zhoushuizi',
    nameEn: 'Dalian Zhoushuizi International Airport',
    nameZh: '大连周水子国际机场',
    kind: 'airport',
    geometry: { kind: 'point', lonLat: [121.5386, 38.9656] },
    opened: 1924,
    openedApproximate: true,
    coordinatesApproximate: false,
    note:
      'Dalian’s airport, in Ganjingzi District; an airfield here dates from the 1920s under Japanese administration (year approximate). Point: the infobox coordinate.',
    sources: [WIKI('Dalian_Zhoushuizi_International_Airport', 'Dalian Zhoushuizi International Airport (infobox: 38°57′56″N 121°32′18″E)')],
  },
  {
    id: 'airport-harbin-taiping',
    nameEn: 'Harbin Taiping International Airport',
    nameZh: '哈尔滨太平国际机场',
    kind: 'airport',
    geometry: { kind: 'point', lonLat: [126.2503, 45.6234] },
    opened: 1979,
    openedApproximate: false,
    coordinatesApproximate: false,
    note: 'Harbin’s airport, south-west of the city; opened to civil flights in 1979. Point: the infobox coordinate.',
    sources: [WIKI('Harbin_Taiping_International_Airport', 'Harbin Taiping International Airport (infobox: 45°37′24″N 126°15′01″E)')],
  },
  {
    id: 'airport-changchun-longjia',
    nameEn: 'Changchun Longjia International Airport',
    nameZh: '长春龙嘉国际机场',
    kind: 'airport',
    geometry: { kind: 'point', lonLat: [125.6853, 43.9961] },
    opened: 2005,
    openedApproximate: false,
    coordinatesApproximate: false,
    note:
      'Serves Changchun and Jilin City; began operations on 27 August 2005, replacing Dafangshen airport. Point: the infobox coordinate.',
    sources: [WIKI('Changchun_Longjia_International_Airport', 'Changchun Longjia International Airport (infobox: 43°59′46″N 125°41′07″E; opened 27 Aug 2005)')],
  },
  {
    id: 'airport-yanji-chaoyangchuan',
    nameEn: 'Yanji Chaoyangchuan International Airport',
    nameZh: '延吉朝阳川国际机场',
    kind: 'airport',
    geometry: { kind: 'point', lonLat: [129.4513, 42.8828] },
    opened: 1985,
    openedApproximate: true,
    coordinatesApproximate: false,
    note: 'Yanbian’s airport, west of Yanji; a military field opened to civil flights in the 1980s (year approximate). Point: the infobox coordinate.',
    sources: [WIKI('Yanji_Chaoyangchuan_International_Airport', 'Yanji Chaoyangchuan International Airport (infobox: 42°52′58″N 129°27′05″E)')],
  },
  {
    id: 'airport-changbaishan',
    nameEn: 'Changbaishan Airport',
    nameZh: '长白山机场',
    kind: 'airport',
    geometry: { kind: 'point', lonLat: [127.6022, 42.0669] },
    opened: 2008,
    openedApproximate: false,
    coordinatesApproximate: false,
    note: 'Serves the Changbai Mountains tourist area; opened in August 2008. Point: the infobox coordinate.',
    sources: [
      WIKI('Changbaishan_Airport', 'Changbaishan Airport (infobox: 42°04′01″N 127°36′08″E)'),
      {
        label: 'China Hospitality News, 7 Aug 2008: Changbaishan Airport opens before the Olympics',
        url: 'https://www.chinahospitalitynews.com/cn/2008/08/07/31493/',
      },
    ],
  },
  {
    id: 'airport-manzhouli-xijiao',
    nameEn: 'Manzhouli Xijiao Airport',
    nameZh: '满洲里西郊国际机场',
    kind: 'airport',
    geometry: { kind: 'point', lonLat: [117.33, 49.5667] },
    opened: 2005,
    openedApproximate: true,
    coordinatesApproximate: false,
    note: 'Manzhouli’s airport, west of the city near the Russian border; opened in 2005 (year approximate). Point: the infobox coordinate.',
    sources: [WIKI('Manzhouli_Xijiao_Airport', 'Manzhouli Xijiao Airport (infobox: 49°34′N 117°20′E)')],
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
        STOP('Qiqihar (Angangxi)', [123.92, 47.35]),
        STOP('Hailar', [119.74, 49.21]),
        STOP('Manzhouli', [117.43, 49.6]),
      ],
    },
    opened: 1903,
    openedApproximate: false,
    coordinatesApproximate: true,
    note:
      'The western arm of the Chinese Eastern Railway, from Harbin to the Russian border at Manzhouli, open to traffic in 1903. Drawn schematically through its main cities, not along the track.',
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
    coordinatesApproximate: true,
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
    note:
      'After the policy: the high-speed line along the Changchun-Jilin-Tumen axis the policy names. Changchun–Jilin opened in January 2011 and Jilin–Hunchun in September 2015, the year given here. Drawn schematically through its main cities.',
    sources: [WIKI('Changchun–Hunchun_intercity_railway', 'Changchun–Hunchun intercity railway (Changchun–Jilin 2011, Jilin–Hunchun 2015)')],
  },
];
