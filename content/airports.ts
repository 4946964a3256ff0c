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

/** Facts by OurAirports ident. Rows of the extract not here are not scheduled airports (see EXCLUDED). */
export const AIRPORT_FACTS: Record<string, AirportFacts> = {
  // --------------------------------------------------------------- Liaoning
  ZYTX: {
    nameZh: '沈阳桃仙国际机场', opened: 1989, openedApproximate: false,
    note: 'Shenyang’s airport, south of the city; opened in 1989.',
    sources: [{ label: 'Wikipedia, Shenyang Taoxian International Airport (opened 1989)', url: 'https://en.wikipedia.org/wiki/Shenyang_Taoxian_International_Airport' }],
    unverified: 'opening year and Chinese name from the Wikipedia article, not from CAAC; no other source found',
  },
  ZYTL: {
    nameZh: '大连周水子国际机场', opened: 1927, openedApproximate: true,
    note: 'Dalian’s airport, in Ganjingzi District. Built from 1924 on a racecourse under Japanese rule; from 1927 it carried mail, freight and passengers; civil again from 1973. Dalian Jinzhouwan, its replacement offshore, has been under construction since June 2024 and is not open.',
    sources: [
      { label: 'Chinese Wikipedia (IPFS copy), 大连周水子国际机场: built 1924, passenger and freight service from 1927, civil airport 1973', url: 'https://zh.wikipedia-on-ipfs.org/wiki/%E5%A4%A7%E8%BF%9E%E5%91%A8%E6%B0%B4%E5%AD%90%E5%9B%BD%E9%99%85%E6%9C%BA%E5%9C%BA' },
      { label: 'Encyclopedia copy, 大连金州湾国际机场: construction started 15 June 2024', url: 'http://xzzxedu.org/xzzxedu/大连金州湾国际机场/0' },
    ],
  },
  ZYCH: {
    nameZh: '长海大长山岛机场', opened: 2008, openedApproximate: false,
    note: 'Serves the Changshan islands of Dalian, on Dachangshan Island. First opened in November 1988 as China’s first county-level civil airport; closed after an accident in June 1996 and reopened on 2 February 2008, from when this record counts it.',
    sources: [
      { label: 'Beijing News (ergou.cc copy), 2020: Changhai airport opened to traffic in November 1988', url: 'https://ergou.cc/tech/86286.html' },
      { label: 'Japanese encyclopedia copy, Changhai Dachangshan Island airport: opened November 1988, closed after the 21 June 1996 accident, reopened 2 February 2008', url: 'https://pedia.3rd-in.co.jp/wiki/%E9%95%B7%E6%B5%B7%E5%A4%A7%E9%95%B7%E5%B1%B1%E5%B3%B6%E7%A9%BA%E6%B8%AF' },
    ],
    unverified: 'the Chinese name is read only in a Japanese encyclopedia copy, in Japanese characters; both sources are copies, not official pages',
  },
  ZYAS: {
    nameZh: '鞍山腾鳌机场', opened: 1985, openedApproximate: true, note: 'A military field near Anshan with civil flights.', sources: [],
    unverified: 'opening year and Chinese name: searched in Chinese and English, no source found; year approximate, from general knowledge',
  },
  ZYCY: {
    nameZh: '朝阳机场', opened: 2008, openedApproximate: false,
    note: 'Chaoyang’s airport, 4 km south of the city. A civil station from 1960 (flights stopped in 1964), flights again from 8 October 1986 until late 2001, and since 1 April 2008, from when this record counts it.',
    sources: [
      { label: 'jingyu100.com airport page, Chaoyang airport: civil station from 1 September 1960, stopped 1964, flights resumed 8 October 1986', url: 'https://m.jingyu100.com/air/chg.html' },
      { label: 'logistics news site 56885.net, 2 April 2008: Chaoyang airport resumes flights on 1 April 2008 after seven years', url: 'http://www.56885.net/news/200842/62189.html' },
    ],
    unverified: 'sources are a travel site and a trade site, not CAAC pages',
  },
  ZYDD: {
    nameZh: '丹东浪头国际机场', opened: 1985, openedApproximate: false,
    note: 'Dandong’s airport at Langtou, a military field shared with civil flights; first flight on 29 April 1985.',
    sources: [
      { label: 'cnenc.net encyclopedia copy, 丹东浪头国际机场: opened April 1985, first flight 29 April 1985', url: 'http://cnenc.net/b424824.html' },
      { label: 'Newton (Baike copy), 丹东浪头国际机场: open to traffic April 1985', url: 'https://www.newton.com.tw/wiki/%E4%B8%B9%E6%9D%B1%E6%B5%AA%E9%A0%AD%E5%9C%8B%E9%9A%9B%E6%A9%9F%E5%A0%B4' },
    ],
    unverified: 'sources are encyclopedia copies, not CAAC pages',
  },
  ZYJZ: {
    nameZh: '锦州湾机场', opened: 2015, openedApproximate: false,
    note: 'After the policy: Jinzhou’s airport on the bay, open from 10 December 2015, when Jinzhou’s flights moved there from the Xiaolingzi military field (which had civil flights from the 1990s and is not listed here: see the README).',
    sources: [
      { label: 'Liaoning Daily, 18 Dec 2019: Jinzhou Bay airport opened in 2015', url: 'http://epaper.lnd.com.cn/lnrbepaper/pc/con/201912/18/content_55935.html' },
      { label: 'China Aviation Net (muluu.cn copy), 18 Dec 2015: Jinzhou airport opened on 10 December 2015', url: 'http://m.muluu.cn/2015/1218/5264.html' },
    ],
  },
  ZYYK: {
    nameZh: '营口兰旗机场', opened: 2016, openedApproximate: false,
    note: 'After the policy: Yingkou’s airport at Lanqi village, about 17 km from the city; the first flight landed on 3 February 2016.',
    sources: [{ label: 'Wikipedia (2018 Kiwix copy), Yingkou Lanqi Airport: opened 3 February 2016, citing Xinhua, 4 Feb 2016; Chinese name 营口兰旗机场', url: 'https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Yingkou_Lanqi_Airport.html' }],
    unverified: 'the source is a copy of Wikipedia, which cites Xinhua',
  },
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
  ZYTN: {
    nameZh: '通化三源浦机场', opened: 2014, openedApproximate: false,
    note: 'After the policy: Tonghua’s airport, at Sanyuanpu in Liuhe county, 38.5 km north-west of the city; open to civil flights from 18 June 2014.',
    sources: [{ label: 'China News video (17338.cn copy), 18 Jun 2014: 通化三源浦机场 opens, Jilin’s fifth airport', url: 'http://m.17338.cn/shipin/cnstv/2014/06-18/news445852.shtml' }],
    unverified: 'the source is a copy of a China News page',
  },
  ZYBA: {
    nameZh: '白城长安机场', opened: 2017, openedApproximate: false,
    note: 'After the policy: Baicheng’s airport, open from 31 March 2017.',
    sources: [
      { label: 'kukou.info (citing CARNOC), 2017: Baicheng Chang’an airport opened on 31 March 2017', url: 'http://kukou.info/blog/archives/4980/amp' },
      { label: 'Encyclopedia copy (hbzqbyyxgs.com): CAAC approved the name 白城长安机场', url: 'http://hbzqbyyxgs.com/citiao/137097.html' },
    ],
    unverified: 'sources are a blog citing CARNOC and an encyclopedia copy',
  },
  ZYSQ: {
    nameZh: '松原查干湖机场', opened: 2017, openedApproximate: false,
    note: 'After the policy: Songyuan’s airport, near Chagan Lake, open from 29 October 2017.',
    sources: [
      { label: 'Chinese Wikipedia (kfd.me copy), 松原查干湖机场: opened 29 October 2017', url: 'https://wikim.kfd.me/zh-tw/%E6%9D%BE%E5%8E%9F%E6%9F%A5%E5%B9%B2%E6%B9%96%E6%9C%BA%E5%9C%BA' },
      { label: 'Xinhua (sf024.com copy), 2017: 松原查干湖机场 opened on the 29th', url: 'https://w.sf024.com/info/1515788615123936820.html' },
    ],
    unverified: 'sources are copies',
  },
  // ------------------------------------------------------------ Heilongjiang
  ZYHB: {
    nameZh: '哈尔滨太平国际机场', opened: 1979, openedApproximate: false,
    note: 'Harbin’s airport, at Taiping, west of the city: built from 1975 as Yanjiagang airport and completed and opened in December 1979, replacing Majiagou in the city; named Harbin Taiping International Airport in July 1998. (One local history dates its use from 1 April 1980.)',
    sources: [
      { label: 'Heilongjiang gazetteer database: the new Harbin airport at Taiping, completed and put into use December 1979', url: 'http://117.78.9.86:8080/was40/detail?channelid=6483&record=74' },
      { label: 'Northeast Net (Korean), 24 Sep 2024: Yanjiagang airport completed and opened December 1979, renamed 哈尔滨太平国际机场 July 1998', url: 'https://hljxinwen.dbw.cn/system/2024/09/24/001530157.shtml' },
    ],
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
      { label: 'Heilongjiang gazetteer (hljszw.org.cn), civil aviation chapter: State Council approved civil use of the Hailang field on 29 April 1985; open to traffic 2 September', url: 'https://www.hljszw.org.cn/home/book/info/get_id/264651.html' },
      MUDANJIANG_CLOSED,
    ],
  },
  ZYSD: {
    nameZh: '绥芬河东宁机场', opened: 2024, openedApproximate: false,
    note: 'After the policy: the airport between Suifenhe and Dongning; first flight from Harbin on 28 December 2024, regular flights from 30 March 2025 (OurAirports still lists it without scheduled service).',
    sources: [
      { label: 'Xinhua video (163.com), Dec 2024: 绥芬河东宁机场 first flight on 28 December', url: 'https://m.163.com/dy/article/JKHCH98505346RC6.html' },
      MUDANJIANG_CLOSED,
    ],
  },
  ZYJM: {
    nameZh: '佳木斯东郊国际机场', opened: 1986, openedApproximate: true, note: 'Jiamusi’s airport, east of the city.', sources: [],
    unverified: 'opening year and Chinese name: searched in Chinese and English, no source found; year approximate, from general knowledge',
  },
  ZYJX: {
    nameZh: '鸡西兴凯湖机场', opened: 2009, openedApproximate: false,
    note: 'Jixi’s airport; first flight on 16 October 2009, after the policy’s date of issue but in the same year.',
    sources: [
      CAAC_2009,
      { label: 'People’s Daily (Sohu copy), 12 Oct 2009: 鸡西兴凯湖机场 to open on 16 October', url: 'https://news.sohu.com/20091012/n267300981.shtml' },
      { label: 'Northeast Net (Xinhua), 29 Jan 2022: 鸡西兴凯湖机场 in use since 2009', url: 'https://heilongjiang.dbw.cn/system/2022/01/29/058813734.shtml' },
    ],
  },
  ZYLD: {
    nameZh: '伊春林都机场', opened: 2009, openedApproximate: false,
    note: 'Yichun’s airport, about 9 km from the city; scheduled flights began in 2009.', sources: [
      CAAC_2009,
      { label: 'Encyclopedia copy (hbzqbyyxgs.com), 伊春林都机场: China Southern’s operating rules for the airport, August 2009', url: 'http://hbzqbyyxgs.com/citiao/137105.html' },
    ],
    unverified: 'the Chinese name is read only in an encyclopedia copy',
  },
  ZYHE: {
    nameZh: '黑河瑷珲机场', opened: 2003, openedApproximate: true,
    note: 'Heihe’s airport, by the Amur; named Heihe Aihui airport in March 2016 (formerly Heihe airport).',
    sources: [{ label: 'Heilongjiang Daily (Sina), 24 Mar 2016: CAAC approves renaming Heihe airport 黑河瑷珲机场', url: 'http://hlj.sina.com.cn/news/2/2016-03-24/detail-ifxqswxn6332481.shtml' }],
    unverified: 'opening year: searched in Chinese, no source found; approximate, from general knowledge',
  },
  ZYMH: {
    nameZh: '漠河古莲机场', opened: 2008, openedApproximate: false,
    note: 'China’s northernmost airport, 9 km south-west of Mohe; open to traffic in 2008. Closed from 1 April 2021 for rebuilding and reopened on 27 January 2023.',
    sources: [
      { label: 'CCTV (nfa5.com copy), Mar 2021: Mohe airport, open to traffic since 2008, closes from 1 April 2021 for rebuilding', url: 'https://nfa5.com/news/202103/2756538.html' },
      { label: 'CCTV (Beijing Youth Daily app), 27 Jan 2023: 漠河古莲机场 reopens', url: 'https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6295238&typeid=91' },
    ],
  },
  ZYJD: {
    nameZh: '大兴安岭鄂伦春机场', opened: 2012, openedApproximate: false,
    note: 'After the policy: the Greater Khingan prefecture’s airport, 8 km from Jiagedaqi; civil flights from 18 June 2012 as Jiagedaqi Gaxian airport, renamed on 25 February 2021.',
    sources: [{ label: 'Sina blog, 2022: Jiagedaqi Gaxian airport opened to civil flights 18 June 2012, renamed 大兴安岭鄂伦春机场 25 February 2021', url: 'https://blog.sina.com.cn/s/blog_60a9fa890102zee6.html' }],
    unverified: 'the only source is a personal blog',
  },
  ZYFY: {
    nameZh: '抚远东极机场', opened: 2014, openedApproximate: false,
    note: 'After the policy: Fuyuan’s airport, at China’s eastern tip; first departure on 26 May 2014.',
    sources: [{ label: 'China News Service, 26 May 2014: 抚远东极机场 opens', url: 'https://www.chinanews.com.cn/sh/2014/05-26/6212190.shtml' }],
  },
  ZYJS: {
    nameZh: '建三江湿地机场', opened: 2017, openedApproximate: false,
    note: 'After the policy: the Jiansanjiang state-farm area’s airport, open from 29 October 2017.',
    sources: [{ label: 'China News (Sina), 29 Oct 2017: 建三江湿地机场 opens', url: 'http://news.sina.com.cn/o/2017-10-29/doc-ifynffnz3409712.shtml' }],
  },
  ZYDU: {
    nameZh: '五大连池德都机场', opened: 2017, openedApproximate: false,
    note: 'After the policy: the Wudalianchi airport, 6 km south-west of the city, open from 22 November 2017.',
    sources: [{ label: 'Heilongjiang Daily (Sina), 23 Nov 2017: 五大连池德都机场 opens on the 22nd', url: 'http://hlj.sina.com.cn/news/ljyw/2017-11-23/detail-ifypacti7083537.shtml' }],
  },
  // ------------------------------------------------- Inner Mongolia (east)
  ZBLA: {
    nameZh: '呼伦贝尔东山国际机场', opened: 1953, openedApproximate: false,
    note: 'Hulunbuir’s airport, at Hailar: the Sino-Soviet airline’s Hailar station opened in March 1953; named Hulunbuir Dongshan International Airport in 2011 (formerly Hailar Dongshan).',
    sources: [
      { label: 'yunzhuan.com airport page, Hailar Dongshan airport: opened March 1953 as the Sino-Soviet aviation company’s Hailar station', url: 'http://m.yunzhuan.com/jichangdaquan-53' },
      { label: 'Newton (Baike copy), 呼伦贝尔东山国际机场: renamed in 2011', url: 'https://www.newton.com.tw/wiki/%E6%B5%B7%E6%8B%89%E7%88%BE%E6%9D%B1%E5%B1%B1%E5%9C%8B%E9%9A%9B%E6%A9%9F%E5%A0%B4' },
    ],
    unverified: 'sources are copies; whether service was continuous since 1953 was not checked',
  },
  ZBMZ: {
    nameZh: '满洲里西郊国际机场', opened: 2005, openedApproximate: false,
    note: 'Manzhouli’s airport, west of the city near the Russian border; open to traffic on 25 February 2005.',
    sources: [
      { label: 'Wikipedia, Manzhouli Xijiao Airport', url: 'https://en.wikipedia.org/wiki/Manzhouli_Xijiao_Airport' },
      { label: 'CAAC News (CCTV), 13 Jul 2012: 满洲里西郊机场 opened on 25 February 2005', url: 'http://big5.cctv.com/gate/big5/jingji.cntv.cn/20120713/108626.shtml' },
    ],
  },
  ZBZL: {
    nameZh: '扎兰屯成吉思汗机场', opened: 2016, openedApproximate: false,
    note: 'After the policy: Zhalantun’s airport, 14 km from the city; open from 28 December 2016.',
    sources: [{ label: 'Chinese Wikipedia (copy), 扎兰屯成吉思汗机场: CAAC approved the name 13 Nov 2014; opened 28 December 2016', url: 'https://zhwiki.oracleblog.org/zh-tw/%E6%89%8E%E5%85%B0%E5%B1%AF%E6%88%90%E5%90%89%E6%80%9D%E6%B1%97%E6%9C%BA%E5%9C%BA' }],
    unverified: 'the source is a Wikipedia copy',
  },
  ZBES: {
    nameZh: '阿尔山伊尔施机场', opened: 2011, openedApproximate: false,
    note: 'After the policy: the Arxan tourist area’s airport, at Yi’ershi, open from 28 August 2011.',
    sources: [{ label: 'Inner Mongolia News (nmgnews), 11 Sep 2011: 阿尔山伊尔施机场 opened on 28 August 2011', url: 'http://ztpd.nmgnews.com.cn/system/2011/09/11/010650696.shtml' }],
  },
  ZBUL: {
    nameZh: '乌兰浩特义勒力特机场', opened: 1990, openedApproximate: true, note: 'Hinggan League’s airport, at Ulanhot.', sources: [],
    unverified: 'opening year and Chinese name: searched in Chinese, no source found (a CAAC news history says Ulanhot was a stop on the Hohhot–Hailar route from 1967 until 1970); year approximate, from general knowledge',
  },
  ZBTL: {
    nameZh: '通辽机场', opened: 1959, openedApproximate: false,
    note: 'Tongliao’s airport, 11 km south-west of the city; open to traffic on 26 May 1959. (Another history dates the civil station to 1958.)',
    sources: [{ label: 'baiwen6.com (Baike copy), 通辽机场: built and open to traffic on 26 May 1959', url: 'https://baiwen6.com/article/128816.html' }],
    unverified: 'the source is an encyclopedia copy; whether service was continuous was not checked',
  },
  ZBHZ: {
    nameZh: '霍林郭勒霍林河机场', opened: 2017, openedApproximate: false,
    note: 'After the policy: Holingol’s airport, in Tongliao, open from 2 June 2017.',
    sources: [
      { label: 'International Airport News (0760sms.cn copy), 26 Jun 2017: Holinhe airport open since 2 June', url: 'http://www.0760sms.cn/jd/86850.html' },
      { label: 'Factpedia, Holingol airport (also named Holinhe airport; ZBHZ)', url: 'https://factpedia.org/index.php?hidelinks=1&title=%E9%9C%8D%E6%9E%97%E9%83%AD%E5%8B%92%E6%9C%BA%E5%9C%BA&variant=zh' },
    ],
    unverified: 'the official name: the sources call it Holingol (霍林郭勒) or Holinhe (霍林河) airport; the name here joins the two',
  },
  ZBCF: {
    nameZh: '赤峰玉龙机场', opened: 1958, openedApproximate: false,
    note: 'Chifeng’s airport, 12 km from the city: the CAAC Chifeng station dates from 1958; flights moved to the rebuilt joint-use field on 20 March 2008.',
    sources: [{ label: 'Inner Mongolia airports group page (hollmingworks.com copy), 赤峰玉龙机场: Chifeng civil station from 1958; moved 20 March 2008', url: 'https://www.hollmingworks.com/content/2023/01-21/7030528286551707648.html' }],
    unverified: 'the source is a copy; whether service was continuous since 1958 was not checked',
  },
  ZBXH: {
    nameZh: '锡林浩特机场', opened: 1958, openedApproximate: false,
    note: 'Xilingol League’s airport, at Xilinhot: the Beijing–Hohhot–Xilinhot route opened on 1 October 1958; moved to its present site 9.5 km south-west of the city in July 1992.',
    sources: [
      { label: 'China Civil Aviation Net (ccaonline.cn), 2018: Xilinhot airport’s 60 years, first route 1 October 1958', url: 'http://www.ccaonline.cn/news/item/418819.html' },
      { label: 'Chinese Wikipedia copy, 锡林浩特机场: opened 1 October 1958, moved 22 July 1992', url: 'https://dokumen123.com/zh/%E9%94%A1%E6%9E%97%E6%B5%A9%E7%89%B9%E6%9C%BA%E5%9C%BA' },
    ],
  },
  ZBER: {
    nameZh: '二连浩特赛乌素国际机场', opened: 2010, openedApproximate: false,
    note: 'After the policy: Erenhot’s airport, near the Mongolian border, open from 1 April 2010; named an international airport in December 2024.',
    sources: [
      { label: 'International Airport News (aviation.cn copy), 25 Dec 2018: the first flight landed on 1 April 2010', url: 'http://www.aviation.cn/2018/1225/44028_2.html' },
      { label: '4cbk.com: renamed an international airport in December 2024 with CAAC approval', url: 'http://www.4cbk.com/lvyou/a06ccbec23fd7ac27e2f16d9a44734a3.html' },
    ],
    unverified: 'sources are copies and a general site, not CAAC pages',
  },
  // ------------------------------------------- closed, not in OurAirports
  'closed-changchun-dafangshen': {
    nameZh: '长春大房身机场', opened: 1941, openedApproximate: true, closed: 2005,
    note: 'Changchun’s airport until Longjia opened on 27 August 2005. Point placed from the airfield’s position north-west of the city, approximate.',
    sources: [{ label: 'Wikipedia, Changchun Longjia International Airport (replaced Dafangshen in 2005)', url: 'https://en.wikipedia.org/wiki/Changchun_Longjia_International_Airport' }],
    unverified: 'opening year of civil service and Chinese name not found in a source; point placed from general knowledge within about 5 km',
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
