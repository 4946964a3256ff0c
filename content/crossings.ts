/**
 * Every open land port of entry (口岸) on the region's borders with Russia,
 * North Korea and Mongolia, as far as the sources below list them: road, rail,
 * river (ferry in summer, ice road or pontoon in winter) and bridge crossings,
 * each kind with its years.
 *
 * No open dataset of China's land ports was found; this list is compiled from
 * the pages cited per item. Most points are the crossing's town or a point
 * placed from a description: `precisionKm` says how far the crossing may be,
 * and `unverified` says what no source here confirmed. Fujin, a river port of
 * entry on the Songhua far from the border, is left out (it is not on a border).
 */
import type { Source } from '../src/content/types.ts';
import type { CrossingKindSpan, InfrastructureRecord } from '../src/content/infrastructure-types.ts';

/** The date as of which the crossing list is complete (see README, "Inventories"). */
export const CROSSINGS_COMPLETE_AS_OF = '2025-09-17';

const RUSSIA_LIST: Source = {
  label: 'tianle8.cn: China’s 22 ports with Russia (Heilongjiang: Mohe, Heihe, Sunwu, Xunke, Jiayin, Luobei, Tongjiang, Fuyuan, Raohe, Hulin, Mishan, Suifenhe road and rail, Dongning, Fujin; Inner Mongolia: Manzhouli road and rail, Heishantou, Shiwei, Erka; Jilin: Hunchun road and rail)',
  url: 'http://tianle8.cn/10057',
};
const YANBIAN_LIST: Source = {
  label: 'yanbian-city.in: Yanbian’s ports to North Korea (Tumen road and rail, Nanping, Guchengli, Sanhe, Kaishantun, Quanhe, Shatuozi…)',
  url: 'http://yanbian-city.in/mimiyori/sightseeing/003.htm',
};
const ZH_WIKI = (article: string, what: string): Source => ({
  label: `Chinese Wikipedia, ${what}`,
  url: `https://zh.wikipedia.org/wiki/${encodeURIComponent(article)}`,
});
const WIKI = (article: string, what: string): Source => ({ label: `Wikipedia, ${what}`, url: `https://en.wikipedia.org/wiki/${article}` });

type Neighbour = NonNullable<InfrastructureRecord['neighbour']>;
interface Crossing {
  id: string;
  nameEn: string;
  nameZh: string;
  neighbour: Neighbour;
  lonLat: [number, number];
  precisionKm: number;
  kinds: CrossingKindSpan[];
  openedApproximate: boolean;
  note: string;
  sources: Source[];
  unverified?: string;
}

const crossing = (c: Crossing): InfrastructureRecord => ({
  id: c.id,
  nameEn: c.nameEn,
  nameZh: c.nameZh,
  kind: 'border-crossing',
  neighbour: c.neighbour,
  geometry: { kind: 'point', lonLat: c.lonLat },
  opened: Math.min(...c.kinds.map((k) => k.opened)),
  openedApproximate: c.openedApproximate,
  coordinatesApproximate: true,
  precisionKm: c.precisionKm,
  crossingKinds: c.kinds,
  ...(c.unverified ? { unverified: c.unverified } : {}),
  note: c.note,
  sources: c.sources,
});

const span = (kind: CrossingKindSpan['kind'], opened: number): CrossingKindSpan => ({ kind, opened });
const TOWN_POINT = 'point: the town or village hosting the crossing, not the crossing itself';

export const crossings: InfrastructureRecord[] = [
  // ------------------------------------------------ Russia: Heilongjiang, along the Amur
  crossing({
    id: 'crossing-mohe', nameEn: 'Mohe (Luoguhe) river port', nameZh: '漠河口岸（洛古河）', neighbour: 'Russia',
    lonLat: [121.55, 53.34], precisionKm: 20, kinds: [span('river', 1989)], openedApproximate: true,
    note: 'River port on the upper Amur at Luoguhe, in Mohe. Point placed near Luoguhe village, approximate to 20 km.',
    sources: [RUSSIA_LIST], unverified: `opening year; the Russian counterpart; ${TOWN_POINT}, placed from general knowledge`,
  }),
  crossing({
    id: 'crossing-heihe', nameEn: 'Heihe–Blagoveshchensk crossing', nameZh: '黑河口岸', neighbour: 'Russia',
    lonLat: [127.53, 50.25], precisionKm: 5, kinds: [span('river', 1982), span('road', 2022), span('bridge', 2022)], openedApproximate: true,
    note: 'River port on the Amur facing Blagoveshchensk: ferries in summer, an ice road or pontoon in winter. The State Council decided to reopen it in January 1982 (local trade resumed in 1986). The Amur road bridge between the two cities, upstream of the port, opened in 2022, after the policy. Point: the river port.',
    sources: [
      { label: 'Wikipedia user draft, Port of Heihe: 50°14′53″N 127°32′01″E; reopening decided January 1982', url: 'https://en.wikipedia.org/wiki/User:Arrorro/sandbox/Port_of_Heihe' },
      WIKI('Blagoveshchensk–Heihe_bridge', 'Blagoveshchensk–Heihe bridge (opened 2022)'),
      { label: 'Northeast Net, 5 Dec 2019: Heihe–Blagoveshchensk pontoon ice crossing opens', url: 'https://heilongjiang.dbw.cn/system/2019/12/05/058298443.shtml' },
    ],
    unverified: 'the source for the point and 1982 is a user draft, not a published article',
  }),
  crossing({
    id: 'crossing-sunwu', nameEn: 'Sunwu river port', nameZh: '孙吴口岸', neighbour: 'Russia',
    lonLat: [127.96, 49.6], precisionKm: 15, kinds: [span('river', 1993)], openedApproximate: true,
    note: 'River port on the Amur in Sunwu county, facing Konstantinovka.',
    sources: [RUSSIA_LIST], unverified: `opening year; ${TOWN_POINT}, placed from general knowledge`,
  }),
  crossing({
    id: 'crossing-xunke', nameEn: 'Xunke river port', nameZh: '逊克口岸', neighbour: 'Russia',
    lonLat: [128.47, 49.58], precisionKm: 10, kinds: [span('river', 1989)], openedApproximate: true,
    note: 'River port on the Amur at Qike, Xunke’s county seat, facing Poyarkovo.',
    sources: [RUSSIA_LIST, { label: 'Heilongjiang yearbook 2002: Qike–Poyarkovo passenger boats', url: 'http://117.78.9.86:8080/was40/print?back=-1&channelid=3935&record=109' }],
    unverified: `opening year; ${TOWN_POINT}`,
  }),
  crossing({
    id: 'crossing-jiayin', nameEn: 'Jiayin river port', nameZh: '嘉荫口岸', neighbour: 'Russia',
    lonLat: [130.4, 48.89], precisionKm: 5, kinds: [span('river', 1989)], openedApproximate: true,
    note: 'River port on the Amur at Chaoyang, Jiayin’s county seat, facing Pashkovo. Point: GeoNames 8543751 (Chaoyang).',
    sources: [RUSSIA_LIST], unverified: `opening year; ${TOWN_POINT}`,
  }),
  crossing({
    id: 'crossing-luobei', nameEn: 'Luobei (Mingshan) river port', nameZh: '萝北口岸（名山）', neighbour: 'Russia',
    lonLat: [131.05, 47.68], precisionKm: 10, kinds: [span('river', 1989)], openedApproximate: true,
    note: 'River port on the Amur at Mingshan, Luobei county, facing Amurzet.',
    sources: [RUSSIA_LIST, { label: 'Heilongjiang yearbook 2002: Mingshan–Amurzet passenger boats', url: 'http://117.78.9.86:8080/was40/print?back=-1&channelid=3935&record=109' }],
    unverified: `opening year; ${TOWN_POINT}, placed from general knowledge`,
  }),
  crossing({
    id: 'crossing-tongjiang', nameEn: 'Tongjiang river port', nameZh: '同江口岸', neighbour: 'Russia',
    lonLat: [132.51, 47.65], precisionKm: 10, kinds: [span('river', 1986)], openedApproximate: true,
    note: 'River port at Tongjiang, where the Songhua meets the Amur, with boats (and hovercraft in winter) to Nizhneleninskoye. The railway bridge, downstream on Hayu Island, is listed apart.',
    sources: [RUSSIA_LIST, { label: 'Heilongjiang yearbook 2002: Tongjiang–Nizhneleninskoye boats and winter hovercraft', url: 'http://117.78.9.86:8080/was40/print?back=-1&channelid=3935&record=109' }],
    unverified: `opening year; ${TOWN_POINT}`,
  }),
  crossing({
    id: 'crossing-tongjiang-rail-bridge', nameEn: 'Tongjiang–Nizhneleninskoye railway bridge', nameZh: '同江中俄铁路大桥', neighbour: 'Russia',
    lonLat: [132.62, 47.9], precisionKm: 10, kinds: [span('rail', 2022), span('bridge', 2022)], openedApproximate: false,
    note: 'After the policy: the first railway bridge between China and Russia, over the Amur from Hayu Island (Tongjiang) to Nizhneleninskoye, 5 km downstream of Leninskoye. Track joined on 17 August 2021; first freight trains in 2022. Point placed opposite Nizhneleninskoye, approximate to 10 km.',
    sources: [
      WIKI('Tongjiang-Nizhneleninskoye_railway_bridge', 'Tongjiang–Nizhneleninskoye railway bridge'),
      { label: 'RailFreight.com, 28 Apr 2022: the bridge, completed August 2021, about to open', url: 'https://www.railfreight.com/beltandroad/2022/04/28/this-railway-bridge-brings-china-and-russia-closer-together/' },
      { label: 'EastRussia: “Two kilometres of friendship” (the bridge at Nizhneleninskoye)', url: 'https://en.eastrussia.ru/material/dva-kilometra-druzhby/' },
    ],
    unverified: 'the bridge’s exact point on Hayu Island',
  }),
  crossing({
    id: 'crossing-fuyuan', nameEn: 'Fuyuan river port', nameZh: '抚远口岸', neighbour: 'Russia',
    lonLat: [134.29, 48.36], precisionKm: 5, kinds: [span('river', 1992)], openedApproximate: true,
    note: 'River port on the Amur at Fuyuan, with hydrofoils to Khabarovsk. Point: GeoNames 2037330 (Fuyuan).',
    sources: [RUSSIA_LIST, { label: 'Heilongjiang yearbook 2002: Fuyuan–Khabarovsk hydrofoil line', url: 'http://117.78.9.86:8080/was40/print?back=-1&channelid=3935&record=109' }],
    unverified: `opening year; ${TOWN_POINT}`,
  }),
  crossing({
    id: 'crossing-raohe', nameEn: 'Raohe river port', nameZh: '饶河口岸', neighbour: 'Russia',
    lonLat: [134.05, 46.74], precisionKm: 5, kinds: [span('river', 1993)], openedApproximate: false,
    note: 'River port on the Ussuri, 7.5 km south of Raohe town, facing Pokrovka: car ferry in summer, pontoon ice road in winter. Approved in April 1989, opened in September 1993.',
    sources: [{ label: 'China Association of Port-of-Entry (CAOP): Raohe water port, approved April 1989, opened September 1993, 7.5 km south of Raohe town', url: 'http://caop.org.cn/kaifangkouan/yunshufangshi/shuiyunhegangkouan/2019-02-19/131.html' }],
    unverified: 'point placed 7.5 km south of Raohe town from the description',
  }),
  crossing({
    id: 'crossing-hulin', nameEn: 'Hulin (Jixiang) road crossing', nameZh: '虎林口岸（吉祥）', neighbour: 'Russia',
    lonLat: [133.19, 45.52], precisionKm: 30, kinds: [span('road', 1995)], openedApproximate: true,
    note: 'Road crossing at Jixiang, Hulin, facing Markovo, Primorye.',
    sources: [RUSSIA_LIST], unverified: 'opening year; the crossing was not located: the point is the Ussuri border east of Hulin, approximate to 30 km',
  }),
  crossing({
    id: 'crossing-mishan', nameEn: 'Mishan (Dangbi) road crossing', nameZh: '密山口岸（当壁）', neighbour: 'Russia',
    lonLat: [131.99, 45.27], precisionKm: 1, kinds: [span('road', 1993), span('bridge', 1993)], openedApproximate: false,
    note: 'Road crossing at Dangbi by Lake Khanka, over a bridge under 6 m long to Turiy Rog. Approved in 1989, open to traffic with Russia in 1993.',
    sources: [ZH_WIKI('密山口岸', '密山口岸 (45°16′06″N 131°59′11″E; approved 1989, opened 1993)')],
  }),
  crossing({
    id: 'crossing-suifenhe', nameEn: 'Suifenhe–Pogranichny crossing', nameZh: '绥芬河口岸', neighbour: 'Russia',
    lonLat: [131.18, 44.4], precisionKm: 5, kinds: [span('rail', 1903), span('road', 1988)], openedApproximate: true,
    note: 'Rail and road crossing to Pogranichny (Grodekovo), Primorye, at the eastern end of the Harbin–Suifenhe railway, part of the Chinese Eastern Railway, open to traffic in 1903. Point: where the railway meets the border east of the city, approximate.',
    sources: [RUSSIA_LIST, WIKI('Chinese_Eastern_Railway', 'Chinese Eastern Railway (opened 1903)')],
    unverified: 'the road port’s opening year',
  }),
  crossing({
    id: 'crossing-dongning', nameEn: 'Dongning–Poltavka crossing', nameZh: '东宁口岸', neighbour: 'Russia',
    lonLat: [131.24, 44.05], precisionKm: 5, kinds: [span('road', 1990)], openedApproximate: false,
    note: 'Road crossing from Dongning to Poltavka, Primorye, about 12 km from the town. Approved in December 1989, opened in May 1990.',
    sources: [{ label: 'China.org.cn (Russian), 16 Sep 2008: the Dongning port, approved Dec 1989, opened May 1990', url: 'http://russian.china.org.cn/links/txt/2008-09/16/content_16462318.htm' }],
  }),
  // ---------------------------------------------------------- Russia: Jilin
  crossing({
    id: 'crossing-hunchun', nameEn: 'Hunchun–Kraskino crossing (Changlingzi)', nameZh: '珲春口岸（长岭子）', neighbour: 'Russia',
    lonLat: [130.64, 42.84], precisionKm: 5, kinds: [span('road', 1998), span('rail', 2000)], openedApproximate: true,
    note: 'Road crossing at Changlingzi to Kraskino, and the Hunchun–Makhalino railway crossing nearby: Jilin’s only ports to Russia. Years approximate; point approximate.',
    sources: [RUSSIA_LIST, { label: 'People’s Daily Online (Xinhua), 28 Jun 2023: the Hunchun highway port, Jilin’s only port city to Russia', url: 'http://en.people.cn/n3/2023/0628/c90000-20036692.html' }],
    unverified: 'both opening years',
  }),
  // ------------------------------------------------- Russia: Inner Mongolia
  crossing({
    id: 'crossing-manzhouli', nameEn: 'Manzhouli–Zabaykalsk crossing', nameZh: '满洲里口岸', neighbour: 'Russia',
    lonLat: [117.38, 49.63], precisionKm: 3, kinds: [span('rail', 1903), span('road', 1989)], openedApproximate: true,
    note: 'China’s busiest land port with Russia, rail and road, to Zabaykalsk; the western end of the Chinese Eastern Railway, open to traffic in 1903. Point: 49°38′N 117°22′E as Chinese Wikipedia gives it.',
    sources: [ZH_WIKI('满洲里口岸', '满洲里口岸 (49°38′N 117°22′E; railway 1901–1903)'), WIKI('Chinese_Eastern_Railway', 'Chinese Eastern Railway (opened 1903)')],
    unverified: 'the road port’s opening year',
  }),
  crossing({
    id: 'crossing-erka', nameEn: 'Manzhouli Erka river crossing', nameZh: '二卡口岸', neighbour: 'Russia',
    lonLat: [117.9, 49.65], precisionKm: 30, kinds: [span('river', 1992)], openedApproximate: true,
    note: 'A seasonal crossing on the Argun north-east of Manzhouli.',
    sources: [RUSSIA_LIST], unverified: 'opening year; the kind of crossing; the crossing was not located: the point is on the border north-east of Manzhouli, approximate to 30 km',
  }),
  crossing({
    id: 'crossing-heishantou', nameEn: 'Heishantou river crossing', nameZh: '黑山头口岸', neighbour: 'Russia',
    lonLat: [119.3, 50.24], precisionKm: 15, kinds: [span('river', 1989)], openedApproximate: true,
    note: 'Crossing of the Argun in Ergun, facing Staro-Tsurukhaytuy: ferry in summer, ice road in winter.',
    sources: [RUSSIA_LIST], unverified: 'opening year; point placed from general knowledge',
  }),
  crossing({
    id: 'crossing-shiwei', nameEn: 'Shiwei–Olochi crossing', nameZh: '室韦口岸', neighbour: 'Russia',
    lonLat: [119.9, 51.33], precisionKm: 5, kinds: [span('river', 1991), span('road', 2001), span('bridge', 2001)], openedApproximate: false,
    note: 'Crossing of the Argun 500 m south-west of Mengwu Shiwei, facing Olochi; approved in April 1989 and open from 1 February 1991. It now crosses by a road bridge, whose year is not confirmed here.',
    sources: [{ label: 'Factpedia, 室韦口岸: approved April 1989, opened 1 Feb 1991, bridge to Olochi, near boundary marker 111', url: 'https://factpedia.org/wiki/Special:%E7%A7%BB%E5%8A%A8%E7%89%88%E5%B7%AE%E5%BC%82/1217517' }],
    unverified: 'the bridge’s year (2001); point placed at Shiwei from general knowledge',
  }),
  // ------------------------------------------------------------- Mongolia
  crossing({
    id: 'crossing-erenhot', nameEn: 'Erenhot–Zamyn-Üüd crossing', nameZh: '二连浩特口岸', neighbour: 'Mongolia',
    lonLat: [111.95, 43.7], precisionKm: 5, kinds: [span('rail', 1956), span('road', 1992)], openedApproximate: false,
    note: 'China’s main land port with Mongolia, rail and road, to Zamyn-Üüd; the railway through Erenhot to Ulaanbaatar opened to through trains in 1956, the road port on trial in 1992. Erenhot is in Xilingol League. Point: the border north of the city, approximate.',
    sources: [
      WIKI('Jining–Erenhot_railway', 'Jining–Erenhot railway (1956)'),
      { label: 'menpiao.net, 23 Apr 2021: the Erenhot road port’s old channel opened on trial in 1992', url: 'http://wap.menpiao.net/view/18476' },
    ],
  }),
  crossing({
    id: 'crossing-zhuengadabuqi', nameEn: 'Zhuengadabuqi–Bichigt crossing', nameZh: '珠恩嘎达布其口岸', neighbour: 'Mongolia',
    lonLat: [117.1, 46.2], precisionKm: 20, kinds: [span('road', 1992)], openedApproximate: false,
    note: 'Road crossing at boundary marker 1046, 68 km north of Uliastai (East Ujimqin Banner, Xilingol): a seasonal port from 1992, open all year from 2008.',
    sources: [{ label: 'gethgdk.com: Zhuengadabuqi port, seasonal class-one port 1992, year-round from 2008, 68 km north of Uliastai', url: 'http://m.gethgdk.com/hebeideji/5313429908041213817.html' }],
    unverified: 'point placed 68 km north of Uliastai from the description, approximate to 20 km',
  }),
  crossing({
    id: 'crossing-arihashate', nameEn: 'Arihashate–Khavirga crossing', nameZh: '阿日哈沙特口岸', neighbour: 'Mongolia',
    lonLat: [116.75, 47.87], precisionKm: 30, kinds: [span('road', 1992)], openedApproximate: true,
    note: 'Road crossing at boundary marker 1495 in New Barag Right Banner, 82 km from its seat, facing Khavirga; its wider opening was approved in 2017.',
    sources: [{ label: 'International Business Daily (cinic.org.cn), 13 Aug 2017: Ebuduge and Arihashate road ports approved for wider opening', url: 'http://www.cinic.org.cn/xy/nmg/397456.html' }],
    unverified: 'first opening year; the crossing was not located: the point is the nearest point of the border south-west of the banner seat, approximate to 30 km',
  }),
  crossing({
    id: 'crossing-ebuduge', nameEn: 'Ebuduge–Bayankhoshuu crossing', nameZh: '额布都格口岸', neighbour: 'Mongolia',
    lonLat: [118.08, 48.07], precisionKm: 10, kinds: [span('road', 1992)], openedApproximate: true,
    note: 'Road crossing over the Halha river 22 km south-west of Amgalang (New Barag Left Banner), facing Bayankhoshuu; its wider opening was approved in 2017.',
    sources: [{ label: 'International Business Daily (cinic.org.cn), 13 Aug 2017: Ebuduge, 22 km south-west of Amgalang across the Halha river', url: 'http://www.cinic.org.cn/xy/nmg/397456.html' }],
    unverified: 'first opening year; point placed from the description',
  }),
  crossing({
    id: 'crossing-arxan', nameEn: 'Arxan–Sumber crossing', nameZh: '阿尔山口岸', neighbour: 'Mongolia',
    lonLat: [119.4, 47.3], precisionKm: 15, kinds: [span('road', 2004)], openedApproximate: false,
    note: 'Road crossing 45 km west of Arxan (Hinggan League), facing Sumber: a seasonal port (April–November) from 2004; approved for year-round opening in July 2024 and passed national inspection on 17 September 2025.',
    sources: [
      { label: 'Chinanews (via key-fame.com), 16 Nov 2024: Arxan port, seasonal from 2004', url: 'http://key-fame.com/shishixinwen/2024/1116/861980.html' },
      { label: 'CCTV (via reportify.cn), 18 Sep 2025: Arxan road port passes inspection for year-round opening', url: 'https://reportify.cn/news/1166061399990996992' },
      { label: 'Newton wiki, 阿爾山口岸: 45 km west of Arxan, class-two port approved 1992', url: 'https://newton.com.tw/wiki/%E9%98%BF%E7%88%BE%E5%B1%B1%E5%8F%A3%E5%B2%B8/6627695' },
    ],
    unverified: 'point placed 45 km west of Arxan from the description',
  }),
  // --------------------------------------------------------- North Korea
  crossing({
    id: 'crossing-dandong', nameEn: 'Dandong–Sinuiju crossing (Sino-Korean Friendship Bridge)', nameZh: '丹东口岸（中朝友谊桥）', neighbour: 'North Korea',
    lonLat: [124.39, 40.12], precisionKm: 1, kinds: [span('rail', 1943), span('road', 1943), span('bridge', 1943)], openedApproximate: false,
    note: 'Rail and road bridge over the Yalu to Sinuiju, completed in 1943, which carries most of China’s trade with North Korea. The New Yalu River Bridge downstream was finished in 2014 but had not opened. Point: the bridge.',
    sources: [WIKI('Sino-Korean_Friendship_Bridge', 'Sino-Korean Friendship Bridge (completed 1943)')],
  }),
  crossing({
    id: 'crossing-jian', nameEn: 'Ji’an–Manpo crossing', nameZh: '集安口岸', neighbour: 'North Korea',
    lonLat: [126.24, 41.14], precisionKm: 5, kinds: [span('rail', 1939), span('bridge', 1939), span('road', 2019)], openedApproximate: true,
    note: 'Railway bridge over the Yalu from Ji’an to Manpo, and since 8 April 2019 a road port as well, Ji’an’s fourth port to North Korea.',
    sources: [{ label: 'Jilin Shimbun (via searchnavi.com), 9 Apr 2019: the Ji’an–Manpo road port opens on 8 April 2019', url: 'http://www.searchnavi.com/~hp/chosenzoku/news17/190409.htm' }],
    unverified: 'the railway bridge’s year (1939); point placed from general knowledge',
  }),
  crossing({
    id: 'crossing-linjiang', nameEn: 'Linjiang–Junggang crossing', nameZh: '临江口岸', neighbour: 'North Korea',
    lonLat: [126.91, 41.81], precisionKm: 5, kinds: [span('road', 1990), span('bridge', 1990)], openedApproximate: true,
    note: 'Road bridge over the Yalu at Linjiang. Point: GeoNames town point.',
    sources: [{ label: 'Northeast context pack, land-port candidates (Linjiang, GeoNames 2036069)', url: 'https://www.geonames.org/2036069' }],
    unverified: 'whether the port is open, its kind and year: no source found',
  }),
  crossing({
    id: 'crossing-changbai', nameEn: 'Changbai–Hyesan crossing', nameZh: '长白口岸', neighbour: 'North Korea',
    lonLat: [128.19, 41.42], precisionKm: 2, kinds: [span('road', 1985), span('bridge', 1985)], openedApproximate: true,
    note: 'Road bridge over the Yalu (148 m) from Changbai to Hyesan, rebuilt and opened in October 1985; the port building dates from 2005.',
    sources: [
      { label: 'zheid.com: Changbai port; the Changbai–Hyesan bridge rebuilt and opened in October 1985', url: 'http://www.zheid.com/lvyou/701807.html' },
      { label: 'soolun.net: national ports on the China–DPRK border include Tumen, Ji’an, Changbai, Dandong', url: 'http://soolun.net/periodical/b8a9a1df6ee720b4c2af6f88ac1a9181.html' },
    ],
    unverified: 'the year the port (not the bridge) opened',
  }),
  crossing({
    id: 'crossing-guchengli', nameEn: 'Guchengli–Samjang crossing', nameZh: '古城里口岸', neighbour: 'North Korea',
    lonLat: [128.94, 42.03], precisionKm: 15, kinds: [span('road', 1929)], openedApproximate: true,
    note: 'Crossing at Chongshan, Helong, facing Samjang: built in 1929, used mostly for family visits, made a class-one port in October 2007.',
    sources: [YANBIAN_LIST], unverified: 'point placed at Chongshan from general knowledge',
  }),
  crossing({
    id: 'crossing-nanping', nameEn: 'Nanping–Musan crossing', nameZh: '南坪口岸', neighbour: 'North Korea',
    lonLat: [129.22, 42.18], precisionKm: 5, kinds: [span('road', 1990), span('bridge', 1990)], openedApproximate: true,
    note: 'Road bridge over the Tumen at Nanping, Helong, facing Musan and its iron mine.',
    sources: [YANBIAN_LIST], unverified: 'opening year; point placed from general knowledge',
  }),
  crossing({
    id: 'crossing-sanhe', nameEn: 'Sanhe–Hoeryong crossing', nameZh: '三合口岸', neighbour: 'North Korea',
    lonLat: [129.7, 42.46], precisionKm: 5, kinds: [span('road', 1990), span('bridge', 1990)], openedApproximate: true,
    note: 'Road bridge over the Tumen at Sanhe, Longjing, facing Hoeryong.',
    sources: [YANBIAN_LIST], unverified: 'opening year; point placed from general knowledge',
  }),
  crossing({
    id: 'crossing-kaishantun', nameEn: 'Kaishantun–Sambong crossing', nameZh: '开山屯口岸', neighbour: 'North Korea',
    lonLat: [129.73, 42.7], precisionKm: 5, kinds: [span('road', 1990)], openedApproximate: true,
    note: 'Crossing of the Tumen at Kaishantun, Longjing, facing Sambong.',
    sources: [YANBIAN_LIST], unverified: 'opening year; kind; point placed from general knowledge',
  }),
  crossing({
    id: 'crossing-tumen', nameEn: 'Tumen–Namyang crossing', nameZh: '图们口岸', neighbour: 'North Korea',
    lonLat: [129.85, 42.97], precisionKm: 2, kinds: [span('road', 1933), span('rail', 1933), span('bridge', 1933)], openedApproximate: true,
    note: 'Road and rail ports in Tumen city facing Namyang, China’s second-largest land port with North Korea. A customs office from 1933, when the bridges to Namyang were built; frontier inspection from 1950. Point: GeoNames town point (the crossing is in the town).',
    sources: [YANBIAN_LIST, { label: 'qqx.com: Tumen road and rail ports, customs from 1933, border inspection from 1950', url: 'https://qqx.com/gonglve/144360074609950720' }],
  }),
  crossing({
    id: 'crossing-shatuozi', nameEn: 'Shatuozi–Saebyol crossing', nameZh: '沙坨子口岸', neighbour: 'North Korea',
    lonLat: [130.28, 42.62], precisionKm: 10, kinds: [span('road', 1990)], openedApproximate: true,
    note: 'Crossing of the Tumen in Hunchun, facing Saebyol (Kyongwon).',
    sources: [{ label: 'Chinanews (via johnnytowncar.com), 20 Dec 2011: Hunchun has two ports to North Korea, one (Quanhe) open and one closed for building work', url: 'https://johnnytowncar.com/shipin/2011/12-20/news49246.html' }],
    unverified: 'its name in the source (not named); opening year; point placed from general knowledge',
  }),
  crossing({
    id: 'crossing-quanhe', nameEn: 'Quanhe–Wonjong crossing', nameZh: '圈河口岸', neighbour: 'North Korea',
    lonLat: [130.53, 42.53], precisionKm: 5, kinds: [span('road', 1990), span('bridge', 2016)], openedApproximate: true,
    note: 'Hunchun’s main port to North Korea, towards Rason; a new road bridge to Wonjong opened in 2016, after the policy.',
    sources: [{ label: 'meipian.cn: Quanhe port and the new Quanhe–Wonjong bridge (2016)', url: 'https://www.meipian.cn/5dqvzf27' }],
    unverified: 'the port’s first opening year; point placed from general knowledge',
  }),
];
