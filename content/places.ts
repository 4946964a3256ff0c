/**
 * Gazetteer: every place the translated text (Section I, clauses 1–6) names,
 * plus context logistics hubs. Content is data; nothing that renders these
 * hard-codes a place.
 *
 * Conventions, as checked for this file:
 * - Coordinates are WGS84 [longitude, latitude]. City points are taken from the
 *   English Wikipedia infobox of each city (which gives WGS84) and say which
 *   spot the infobox pins. Points for industrial sites and institutions that no
 *   source pins exactly are rounded to 2–3 decimals and called approximate in
 *   their note; none is copied from a Chinese web map (GCJ-02).
 * - Zone memberships are mapped at prefecture level (GB/T 2260 codes of the base
 *   map). Where a zone formally covers only part of a prefecture, the note says so.
 * - Aliases hold the exact wording of the translation where it differs from
 *   nameEn (case included), so that a scan of the text finds every place.
 * - Logistics hubs are context: the text names none. Their aliases are empty.
 */
import type { PlaceRecord, Source } from '../src/content/types.ts';

// ---------------------------------------------------------------------------
// Shared sources

const NE_PLAN_WIKIPEDIA: Source = {
  label: 'Wikipedia, Northeast Area Revitalization Plan (three provinces plus the five eastern Inner Mongolia prefectures)',
  url: 'https://en.wikipedia.org/wiki/Northeast_Area_Revitalization_Plan',
};

const NE_PLAN_CHINANEWS_2007: Source = {
  label:
    'China News Service, 20 Aug 2007: the approved Northeast Revitalization Plan covers the three provinces and Hulunbuir, Hinggan, Tongliao, Chifeng and Xilingol (东北地区振兴规划)',
  url: 'http://www.chinanews.com/cj/hgjj/news/2007/08-20/1005681.shtml',
};

const NE_PLAN_ERINA: Source = {
  label: 'ERINA, on the release of the Northeast China Revitalization Plan (August 2007)',
  url: 'https://www.erina.or.jp/en/columns-opinion/1564/',
};

const LOGISTICS_PLAN_2009: Source = {
  label:
    'State Council, Logistics Industry Adjustment and Revitalization Plan (物流业调整和振兴规划), Guo Fa [2009] No. 8: lists of national and regional logistics node cities',
  url: 'http://www.gov.cn/zwgk/2009-03/13/content_1259194.htm',
};

const LIAONING_LOGISTICS_2010: Source = {
  label:
    'gov.cn (Liaoning Daily), 28 May 2010: Liaoning’s implementation plan for the 2009 logistics plan, with Shenyang as a national-level logistics hub city and Dalian as the international logistics centre',
  url: 'http://www.gov.cn/gzdt/2010-05/28/content_1615383.htm',
};

const DALIAN_NODE_2009: Source = {
  label:
    'OCN, 27 Nov 2009: the 2009 logistics plan makes Dalian one of 21 national logistics node cities (全国性物流节点城市)',
  url: 'http://logistics.ocn.com.cn/Info/200911/wuliu271117.html',
};

const NATURAL_EARTH: Source = {
  label: 'Natural Earth, Admin 0 – Countries (the base map’s country outlines)',
  url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-admin-0-countries-2/',
};

const WIKI = (article: string, what: string): Source => ({
  label: `Wikipedia, ${what}`,
  url: `https://en.wikipedia.org/wiki/${article}`,
});

// Coordinates reused by more than one record (Wikipedia infobox values).
const SHENYANG_LONLAT: [number, number] = [123.4339, 41.8047]; // Shifu Square, 41°48′17″N 123°26′02″E
const DALIAN_LONLAT: [number, number] = [121.6392, 38.9208]; // Zhongshan Square, 38°55′15″N 121°38′21″E
const HARBIN_LONLAT: [number, number] = [126.6409, 45.7576]; // Heilongjiang Provincial Museum
const CHANGCHUN_LONLAT: [number, number] = [125.3261, 43.8969]; // Jilin People's Government, 43°53′49″N 125°19′34″E

// ---------------------------------------------------------------------------

export const places: PlaceRecord[] = [
  // ------------------------------------------------------------------ region
  {
    id: 'northeast-china',
    nameEn: 'Northeast China',
    nameZh: '东北地区',
    category: 'region',
    aliases: ['Northeast Region', 'northeast China', 'Northeast China'],
    provenance: 'named',
    geometry: {
      kind: 'divisions',
      members: [
        // Liaoning
        '210100', '210200', '210300', '210400', '210500', '210600', '210700',
        '210800', '210900', '211000', '211100', '211200', '211300', '211400',
        // Jilin
        '220100', '220200', '220300', '220400', '220500', '220600', '220700',
        '220800', '222400',
        // Heilongjiang
        '230100', '230200', '230300', '230400', '230500', '230600', '230700',
        '230800', '230900', '231000', '231100', '231200', '232700',
        // Inner Mongolia (east)
        '150400', '150500', '150700', '152200', '152500',
      ],
    },
    note:
      'The region of the 2007 Northeast Revitalization Plan: Liaoning, Jilin and Heilongjiang plus the five eastern Inner Mongolia prefectures (Chifeng, Tongliao, Hulunbuir, Hinggan, Xilingol). The text calls it “Northeast Region” and “northeast China”.',
    noteZh:
      '2007年《东北地区振兴规划》所指的地区：辽宁、吉林、黑龙江三省，加上内蒙古东部的五个盟市（赤峰、通辽、呼伦贝尔、兴安盟、锡林郭勒盟）。译文称之为“Northeast Region”和“northeast China”。',
    sources: [NE_PLAN_WIKIPEDIA, NE_PLAN_CHINANEWS_2007, NE_PLAN_ERINA],
  },
  {
    id: 'northeast-tourism-zone',
    nameEn: 'Northeast tourism zone',
    nameZh: '东北无障碍大旅游区',
    category: 'region',
    aliases: ['larger northeast tourism zone'],
    provenance: 'named',
    geometry: {
      kind: 'divisions',
      members: [
        '210100', '210200', '210300', '210400', '210500', '210600', '210700',
        '210800', '210900', '211000', '211100', '211200', '211300', '211400',
        '220100', '220200', '220300', '220400', '220500', '220600', '220700',
        '220800', '222400',
        '230100', '230200', '230300', '230400', '230500', '230600', '230700',
        '230800', '230900', '231000', '231100', '231200', '232700',
        '150400', '150500', '150700', '152200', '152500',
      ],
    },
    note:
      'Clause 5 calls for a “barrier-free larger northeast tourism zone” but gives it no boundary; we draw it as the whole Northeast region of the 2007 Revitalization Plan.',
    noteZh:
      '第5条提出建设“东北无障碍大旅游区”，但没有划定范围；本图将其绘为2007年《东北地区振兴规划》所指的整个东北地区。',
    sources: [NE_PLAN_WIKIPEDIA, NE_PLAN_CHINANEWS_2007],
  },

  // ----------------------------------------------------------- economic zones
  {
    id: 'liaoning-coastal-economic-zone',
    nameEn: 'Liaoning Coastal Economic Belt',
    nameZh: '辽宁沿海经济带',
    category: 'economic-zone',
    aliases: ['Liaoning coastal economic zone', 'Liaoning Coastal Economic Zone'],
    provenance: 'named',
    geometry: {
      kind: 'divisions',
      members: ['210200', '210600', '210700', '210800', '211100', '211400'],
    },
    note:
      'The six coastal cities Dalian, Dandong, Jinzhou, Yingkou, Panjin and Huludao, whose development plan the State Council approved on 1 July 2009; the belt is their areas, mapped as the six prefectures, clipped to land (Dalian’s outline also encloses the Changshan archipelago’s waters). The earlier provincial programme (2008) counted only their 21 coastal districts and 12 counties, and the areas to be developed are far smaller: about 700 km², according to China Daily on the plan’s approval.',
    noteZh:
      '大连、丹东、锦州、营口、盘锦、葫芦岛六个沿海城市，其发展规划于2009年7月1日经国务院批准；经济带即这六市的范围，本图按六个地级市全境绘制，并裁去海域（大连的轮廓仍包括长山群岛一带的海域）。此前的省级规划（2008年）只计入这些城市的21个沿海区和12个县；而重点开发的区域要小得多：据《中国日报》对规划获批的报道，约700平方公里。',
    approximation: {
      actualKm2: null,
      noteEn:
        'Drawn as the six coastal prefectures (on land). The plan’s development areas cover about 700 km² (China Daily, 2 July 2009), a small part of what is drawn.',
      noteZh: '按沿海六市全域（陆地）绘制。规划的重点开发区域约700平方公里（《中国日报》2009年7月2日），只占所绘面积的一小部分。',
      source: {
        label: 'China Daily, 2 Jul 2009: the economic belt covers about 700 sq km',
        url: 'https://global.chinadaily.com.cn/bizchina/2009-07/02/content_8348258.htm',
      },
    },
    sources: [
      {
        label: 'China Daily supplement on the plan approved on 1 July 2009: the belt includes Dalian, Dandong, Jinzhou, Yingkou, Panjin and Huludao',
        url: 'http://www.chinadaily.com.cn/cndy/2014-08/03/node_161362_69.htm',
      },
      {
        label: 'China Daily, 2 Jul 2009: State Council approves the Liaoning coastal economic belt plan',
        url: 'https://global.chinadaily.com.cn/bizchina/2009-07/02/content_8348258.htm',
      },
      {
        label: 'China Daily, 5 Mar 2008: the provincial coastal programme covers 21 districts and 12 counties in six cities',
        url: 'http://www.chinadaily.com.cn/cndy/2008-03/05/content_6507796.htm',
      },
    ],
  },
  {
    id: 'shenyang-economic-zone',
    nameEn: 'Shenyang Economic Zone',
    nameZh: '沈阳经济区',
    category: 'economic-zone',
    aliases: ['Shenyang economic zone'],
    provenance: 'named',
    geometry: {
      kind: 'divisions',
      members: ['210100', '210300', '210400', '210500', '210800', '210900', '211000', '211200'],
    },
    note:
      'Eight cities of central Liaoning: Shenyang, Anshan, Fushun, Benxi, Yingkou, Fuxin, Liaoyang and Tieling (formed by seven cities in 2005; Fuxin had joined by 2009). In April 2010 it became a national comprehensive reform pilot zone. Whole prefectures.',
    noteZh:
      '辽宁中部的八个城市：沈阳、鞍山、抚顺、本溪、营口、阜新、辽阳、铁岭（2005年由七市组成，至2009年阜新已加入）。2010年4月获批为国家综合配套改革试验区。按地级市全境绘制。',
    sources: [
      {
        label: 'gov.cn (Xinhua), 2 Jun 2011: the zone covers Shenyang, Anshan, Fushun, Benxi, Yingkou, Fuxin, Liaoyang and Tieling',
        url: 'http://www.gov.cn/jrzg/2011-06/02/content_1875904.htm',
      },
      {
        label: 'China Centre for Promotion of Reform (CCPR) journal, 2010: the eight member cities',
        url: 'http://ccprjournal.com.cn/news/8818.htm',
      },
      {
        label: 'ERINA: the Shenyang Economic Region as formed in April 2005 (seven cities)',
        url: 'https://www.erina.or.jp/en/columns-opinion/1735/',
      },
    ],
  },
  {
    id: 'changchun-jilin-tumen',
    nameEn: 'Changchun–Jilin–Tumen Development and Opening-up Pilot Zone',
    nameZh: '长吉图开发开放先导区',
    category: 'economic-zone',
    aliases: ['Changchun-Jilin-Tumen region economic zone', 'Changchun-Jilin-Tumen', 'Changjitu'],
    provenance: 'named',
    geometry: { kind: 'divisions', members: ['220100', '220200', '222400'] },
    note:
      'Set by the Tumen River regional cooperation plan outline, approved 30 August 2009. It formally covers only parts of Changchun (urban districts, Dehui, Jiutai, Nong’an) and of Jilin City (urban districts, Jiaohe, Yongji) plus all of Yanbian; we map the three prefectures whole. “Tumen” in the name means the Tumen River area (Yanbian).',
    noteZh:
      '依据2009年8月30日获批的图们江区域合作开发规划纲要设立。其正式范围只包括长春市的一部分（市区、德惠、九台、农安）和吉林市的一部分（市区、蛟河、永吉），以及延边州全境；本图将这三个地级行政区全境绘出。名称中的“图们”指图们江区域（延边）。',
    approximation: {
      actualKm2: 73000,
      noteEn:
        'Drawn as the three prefectures whole; the plan covers only parts of Changchun and Jilin City plus all of Yanbian, about 73,000 km².',
      noteZh: '按三个地级行政区全域绘制；规划范围只含长春、吉林两市部分区域和延边州全境，约7.3万平方公里。',
      source: {
        label: 'Economic Information Daily (经济参考报), 28 Jul 2010, copy: 长吉图 is Changchun, Jilin and the Tumen River area (Yanbian), 7.3万平方公里',
        url: 'https://lemofix.com/2010-07/28/content_242374.htm',
      },
    },
    sources: [
      {
        label: 'China Daily, 20 Nov 2009: outline of the Changchun-Jilin-Tumen River pilot zone approved on 30 August',
        url: 'http://www.chinadaily.com.cn/cndy/2009-11/20/content_9007482.htm',
      },
      {
        label: 'China Daily, 25 Sep 2013: the zone includes Yanbian and parts of Changchun and Jilin',
        url: 'http://www.chinadaily.com.cn/kindle/2013-09/25/content_16993363.htm',
      },
      {
        label: 'Pishu (SSAP) abstract: which parts of Changchun and Jilin City the plan outline includes',
        url: 'http://www.pishu.com.cn/skwx_ps/ps/literature?ID=6979039&SiteID=14',
      },
    ],
  },

  // ---------------------------------------------------------------- corridor
  {
    id: 'harbin-daqing-qiqihar-corridor',
    nameEn: 'Harbin–Daqing–Qiqihar Industrial Corridor',
    nameZh: '哈大齐工业走廊',
    category: 'corridor',
    aliases: ['Heilongjiang-Daqing-Qiqihar industrial corridor', 'Harbin-Daqing-Qiqihar'],
    provenance: 'named',
    geometry: { kind: 'corridor', through: ['harbin', 'daqing', 'qiqihar'], halfWidthKm: 35 },
    note:
      'A linear development axis of about 280 km along the Harbin–Daqing–Qiqihar expressway and the Binzhou railway (the translation misrenders Harbin as “Heilongjiang”). Drawn as a band, not as the three prefectures, which would overstate it several times over; a half-width of 35 km gives about 280 × 70 km, close to the 21,000 km² the province gave for the corridor in 2006. The land designated for industry is far smaller (about 921 km² by 2020).',
    noteZh:
      '沿哈大齐高速公路和滨洲铁路延伸约280公里的线状发展轴（译文误将哈尔滨译作“Heilongjiang”）。本图将其绘为带状区域，而不是三个地级市的全境，否则面积会被夸大数倍；取半宽35公里，约为280 × 70公里，接近黑龙江省2006年给出的走廊面积21,000平方公里。划为工业用地的范围则小得多（至2020年约921平方公里）。',
    sources: [
      {
        label: 'China Daily via china.org.cn, 18 Apr 2006: a 280-km corridor covering 21,000 km²',
        url: 'http://english.china.org.cn/government/local_governments/2006-04/18/content_1165954.htm',
      },
      {
        label: 'Xinhua via Northeast News (dbw.cn), 11 Apr 2006: along the expressway and Binzhou railway, nearly 280 km; 921 km² to be developed by 2020',
        url: 'https://heilongjiang.dbw.cn/system/2006/04/11/050360463.shtml',
      },
    ],
  },

  // ----------------------------------------------------------- resource bases
  {
    id: 'east-inner-mongolia-energy-base',
    nameEn: 'East Inner Mongolia energy and heavy chemical industry base',
    nameZh: '蒙东能源重化工基地',
    category: 'resource-base',
    aliases: ['energy and heavy chemicals base in east area of Inner Mongolia'],
    provenance: 'named',
    geometry: { kind: 'divisions', members: ['150400', '150500', '150700', '152200', '152500'] },
    note:
      'The text names no cities. “East area of Inner Mongolia” (蒙东) is read as the five prefectures brought into the 2007 Northeast Revitalization Plan: Chifeng, Tongliao, Hulunbuir, Hinggan and Xilingol. Whole prefectures.',
    noteZh:
      '文件没有列出城市。“East area of Inner Mongolia”（蒙东）在此理解为纳入2007年《东北地区振兴规划》的五个盟市：赤峰、通辽、呼伦贝尔、兴安盟和锡林郭勒盟。按盟市全境绘制。',
    approximation: {
      actualKm2: null,
      noteEn:
        'Drawn as the five eastern prefectures whole, to show where the base is; the base itself is a few coalfields and their power and chemical plants, which the text does not name. No source gives its extent.',
      noteZh: '按蒙东五盟市全域绘制，只示其所在；基地本身是几处煤田及其电力、化工项目，文件未列明，亦无资料给出其范围。',
      source: NE_PLAN_CHINANEWS_2007,
    },
    sources: [NE_PLAN_CHINANEWS_2007, NE_PLAN_WIKIPEDIA],
  },
  {
    id: 'east-heilongjiang-coal-power-chemical-base',
    nameEn: 'East Heilongjiang coal, power and chemical base',
    nameZh: '黑龙江东部煤电化基地',
    category: 'resource-base',
    aliases: ['coal-based power and chemicals base in east area of Heilongjiang'],
    provenance: 'named',
    geometry: {
      kind: 'divisions',
      members: ['230300', '230400', '230500', '230800', '230900', '231000'],
    },
    note:
      'Heilongjiang’s 2008 development plan for this base defines it as six cities: Jixi, Hegang, Shuangyashan and Qitaihe (the four coal cities, which hold most of the coal) plus Jiamusi and Mudanjiang. We map those six whole prefectures.',
    noteZh:
      '黑龙江省2008年为该基地制定的发展规划将其界定为六个城市：鸡西、鹤岗、双鸭山、七台河（四个煤城，煤炭大部分在此）以及佳木斯和牡丹江。本图按这六个地级市全境绘制。',
    sources: [
      {
        label: 'Heilongjiang East Coal-Power-Chemical Base Development Plan (2008), text copy: “包括牡丹江、佳木斯、鸡西、七台河、双鸭山、鹤岗六市”',
        url: 'https://m.wenke99.com/p-13573243.html',
      },
      {
        label: 'Northeast News (dbw.cn), 22 Nov 2008: the plan issued 16 March 2008; the four coal cities Jixi, Hegang, Qitaihe, Shuangyashan',
        url: 'http://heilongjiang.dbw.cn/system/2008/11/22/051614418.shtml',
      },
    ],
  },
  {
    id: 'west-liaoning-coal-chemical-base',
    nameEn: 'West Liaoning coal chemical base',
    nameZh: '辽西煤化工基地',
    category: 'resource-base',
    aliases: ['coal-based chemicals in west area of Liaoning'],
    provenance: 'named',
    geometry: { kind: 'divisions', members: ['210900', '211300'] },
    note:
      'The text names no cities. Western Liaoning (辽西) usually means Jinzhou, Fuxin, Chaoyang and Huludao (sometimes Panjin), but an NDRC official previewing these policies in June 2009 put the base in north-western Liaoning (辽宁西北部), naming no cities; that Fuxin, Tieling and Chaoyang are meant is our inference. We map the two prefectures common to both readings, Fuxin (site of the Datang coal-to-gas project) and Chaoyang, as a defensible minimum, not a sourced boundary.',
    noteZh:
      '文件没有列出城市。辽西通常指锦州、阜新、朝阳和葫芦岛（有时也包括盘锦）；但国家发展改革委的一位官员在2009年6月预先介绍这些政策时，把该基地放在辽宁西北部，同样没有点名城市；认为所指是阜新、铁岭和朝阳，是本图的推断。本图绘出两种理解共有的两个地级市——阜新（大唐煤制天然气项目所在地）和朝阳，作为站得住的最小范围，而不是有出处的边界。',
    sources: [
      {
        label: 'China Concrete Net (China Construction News), 12 Jun 2009: NDRC to support “辽宁西北部的煤化工基地” (no cities named)',
        url: 'http://www.71sl.com/news/show.php?itemid=54586',
      },
      {
        label: 'Liaoning logistics implementation plan (2010), copy: western Liaoning = Jinzhou, Panjin, Huludao, Fuxin, Chaoyang',
        url: 'http://kbm75.com/hy/wl/278605.html',
      },
      {
        label: 'Greenpeace East Asia, Pipe Dreams: Datang’s coal-to-gas project in Fuxin, Liaoning',
        url: 'https://docslib.org/doc/5157478/pipe-dreams-datang-s-failed-coal-chemical-initiative-and-the-story-of-china-s-coal-chemical-sector',
      },
    ],
  },

  // ------------------------------------------------------------------ cities
  {
    id: 'dalian',
    nameEn: 'Dalian',
    nameZh: '大连市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: DALIAN_LONLAT },
    note:
      'Named as a service-outsourcing demonstration city (clause 5) and a hi-tech industrial base (clause 6); also home to the named exchange, equipment-manufacturing clusters and eco-industrial zone. Point: Zhongshan Square, the historic city centre.',
    noteZh:
      '被列为服务外包示范城市（第5条）和高技术产业基地（第6条）；文中提到的交易所、装备制造业集群和生态工业园区也都在大连。点位：中山广场，历史上的市中心。',
    sources: [
      WIKI('Zhongshan_Square', 'Zhongshan Square, Dalian (city centre)'),
      WIKI('Dalian', 'Dalian'),
    ],
  },
  {
    id: 'harbin',
    nameEn: 'Harbin',
    nameZh: '哈尔滨市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: HARBIN_LONLAT },
    note:
      'Named as a service-outsourcing demonstration city (clause 5) and a hi-tech industrial base (clause 6); first node of the Harbin–Daqing–Qiqihar corridor. Point: Heilongjiang Provincial Museum, Nangang, as pinned by Wikipedia.',
    noteZh:
      '被列为服务外包示范城市（第5条）和高技术产业基地（第6条）；哈大齐工业走廊的第一个节点。点位：南岗区的黑龙江省博物馆，依维基百科的标注。',
    sources: [WIKI('Harbin', 'Harbin (infobox: 45.7576°N 126.6409°E)')],
  },
  {
    id: 'daqing',
    nameEn: 'Daqing',
    nameZh: '大庆市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [125.1039, 46.5889] },
    note:
      'Named as a service-outsourcing demonstration city (clause 5). It is also a node of the Harbin–Daqing–Qiqihar corridor (clause 6), which the text names as a corridor, not by its cities. Point: the municipal government, Sartu District.',
    noteZh:
      '被列为服务外包示范城市（第5条）。它也是哈大齐工业走廊（第6条）上的节点，但文件提到的是走廊，没有列出其中的城市。点位：萨尔图区的市政府。',
    unquotedClauses: [
      { clause: 6, reason: 'Clause 6 names the corridor, whose name contains Daqing; the quote is the corridor’s, not the city’s.' },
    ],
    sources: [WIKI('Daqing', 'Daqing (infobox: municipal government, 46°35′20″N 125°06′14″E)')],
  },
  {
    id: 'yanji',
    nameEn: 'Yanji',
    nameZh: '延吉市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [129.5, 42.9] },
    note:
      'Encouraged to use its location to develop software and service outsourcing (clause 5). A county-level city, seat of the Yanbian Korean Autonomous Prefecture. Point: Wikipedia’s city coordinate (42°54′N 129°30′E, to the minute).',
    noteZh:
      '文件鼓励其发挥区位优势，发展软件和服务外包（第5条）。县级市，延边朝鲜族自治州首府。点位：维基百科给出的城市坐标（北纬42°54′，东经129°30′，精确到分）。',
    sources: [WIKI('Yanji', 'Yanji (infobox: 42°54′N 129°30′E)')],
  },
  {
    id: 'suifenhe',
    nameEn: 'Suifenhe',
    nameZh: '绥芬河市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [131.15, 44.4] },
    note:
      'Encouraged to use its location to develop software and service outsourcing (clause 5). A county-level city under Mudanjiang and a rail and road border port facing Pogranichny, Russia. Point: Wikipedia’s city coordinate (44°24′N 131°09′E, to the minute).',
    noteZh:
      '文件鼓励其发挥区位优势，发展软件和服务外包（第5条）。由牡丹江市代管的县级市，铁路和公路口岸，对面是俄罗斯的波格拉尼奇内。点位：维基百科给出的城市坐标（北纬44°24′，东经131°09′，精确到分）。',
    sources: [WIKI('Suifenhe', 'Suifenhe (infobox: 44°24′N 131°09′E)')],
  },
  {
    id: 'shenyang',
    nameEn: 'Shenyang',
    nameZh: '沈阳市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: SHENYANG_LONLAT },
    note:
      'Named as a hi-tech industrial base (clause 6); core city of the Shenyang economic zone and home of the Tiexi old industrial base. Point: Shifu Square (city government square), as pinned by Wikipedia.',
    noteZh:
      '被列为高技术产业基地（第6条）；沈阳经济区的核心城市，铁西老工业基地所在地。点位：市府广场（市政府前的广场），依维基百科的标注。',
    sources: [WIKI('Shenyang', 'Shenyang (infobox: Shifu Square, 41°48′17″N 123°26′02″E)')],
  },
  {
    id: 'changchun',
    nameEn: 'Changchun',
    nameZh: '长春市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: CHANGCHUN_LONLAT },
    note:
      'Named as a hi-tech industrial base (clause 6); heads the Changchun-Jilin-Tumen zone and hosts the named automobile zone and railway equipment park. Point: Jilin provincial government, central Changchun, as pinned by Wikipedia.',
    noteZh:
      '被列为高技术产业基地（第6条）；长吉图开发开放先导区的龙头城市，文中提到的汽车产业开发区和轨道交通装备产业园区都在此。点位：长春市中心的吉林省政府，依维基百科的标注。',
    sources: [WIKI('Changchun', 'Changchun (infobox: Jilin People’s Government, 43°53′49″N 125°19′34″E)')],
  },
  {
    id: 'tonghua',
    nameEn: 'Tonghua',
    nameZh: '通化市',
    category: 'city',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [125.9397, 41.7283] },
    note:
      'Named as a hi-tech industrial base (clause 6), alongside Shenyang, Changchun, Harbin and Dalian. Point: the municipal government, Dongchang District.',
    noteZh:
      '与沈阳、长春、哈尔滨、大连一起被列为高技术产业基地（第6条）。点位：东昌区的市政府。',
    sources: [WIKI('Tonghua', 'Tonghua (infobox: Tonghua government, 41°43′42″N 125°56′23″E)')],
  },
  {
    id: 'qiqihar',
    nameEn: 'Qiqihar',
    nameZh: '齐齐哈尔市',
    category: 'city',
    aliases: [],
    provenance: 'context',
    geometry: { kind: 'point', lonLat: [123.9182, 47.3549] },
    note:
      'Context: the text names it only within the name of the Harbin–Daqing–Qiqihar industrial corridor (clause 6), whose western end it is; its sentences are the corridor’s. Point: the municipal government, as pinned by Wikipedia.',
    noteZh:
      '背景信息：文件只在哈大齐工业走廊（第6条）的名称中提到它，它位于走廊西端；与它相关的句子是走廊的。点位：市政府，依维基百科的标注。',
    unquotedClauses: [{ clause: 6, reason: 'Named only within the corridor’s name; the quote is the corridor’s.' }],
    sources: [WIKI('Qiqihar', 'Qiqihar (infobox: municipal government, 47.3549°N 123.9182°E)')],
  },
  {
    id: 'jilin-city',
    nameEn: 'Jilin City',
    nameZh: '吉林市',
    category: 'city',
    aliases: ['Jilin'],
    provenance: 'context',
    geometry: { kind: 'point', lonLat: [126.5497, 43.8381] },
    note:
      'Context: the text names it only within “Changchun-Jilin-Tumen” (clause 6), where “Jilin” is Jilin City, not the province; its sentences are the zone’s. Point: the municipal government, Chuanying District.',
    noteZh:
      '背景信息：文件只在“Changchun-Jilin-Tumen”（长吉图，第6条）中提到它，其中的“Jilin”（吉）指吉林市，而不是吉林省；与它相关的句子是该区域的。点位：船营区的市政府。',
    unquotedClauses: [{ clause: 6, reason: 'Named only within the zone’s name; the quote is the zone’s.' }],
    sources: [WIKI('Jilin_City', 'Jilin City (infobox: Jilin City government, 43.8381°N 126.5497°E)')],
  },
  {
    id: 'tumen',
    nameEn: 'Tumen River area',
    nameZh: '图们江区域',
    category: 'city',
    aliases: ['Tumen'],
    provenance: 'context',
    geometry: { kind: 'point', lonLat: [130.366, 42.863] },
    note:
      'Context: the text names it only within “Changchun-Jilin-Tumen” (clause 6), where “Tumen” (图) is the Tumen River area, that is Yanbian, not the county-level city of Tumen. So the point is not on Tumen city: it marks Hunchun, on the lower Tumen River where China, Russia and North Korea meet, which the 2009 plan outline makes the zone’s window for opening up (with Yanji, Longjing and Tumen as its front line and Changchun and Jilin as its hinterland). Point: Hunchun, as pinned by Wikipedia (42°51′47″N 130°21′58″E).',
    noteZh:
      '背景信息：文件只在“Changchun-Jilin-Tumen”（长吉图，第6条）中提到它，其中的“Tumen”（图）指图们江区域，即延边，而不是县级的图们市。因此点位不在图们市，而是标在珲春：珲春位于图们江下游中、俄、朝三国交界处，2009年的规划纲要把它定为该区域对外开放的窗口（以延吉、龙井、图们为开放前沿，以长春、吉林为腹地）。点位：珲春，依维基百科的标注（北纬42°51′47″，东经130°21′58″）。',
    unquotedClauses: [
      { clause: 6, reason: 'Named only within the zone’s name; the quote is the zone’s.' },
    ],
    sources: [
      WIKI('Hunchun', 'Hunchun (infobox: 42°51′47″N 130°21′58″E)'),
      {
        label: 'Pishu (SSAP) abstract: the plan outline makes Hunchun the window, Yanji–Longjing–Tumen the front line, Changchun and Jilin the base (以珲春为开放窗口、延龙图为开放前沿)',
        url: 'http://www.pishu.com.cn/skwx_ps/ps/literature?ID=6979039&SiteID=14',
      },
      {
        label: 'Xinhua via ncdzx.com, 22 Jun 2010: Hunchun as the window, Yanji, Tumen and Longjing as the front line, Changchun and Jilin as the hinterland',
        url: 'http://www.ncdzx.com/jm/qyys/db/201006/t20100623_1424107.htm',
      },
    ],
  },

  // -------------------------------------------------------- industrial sites
  {
    id: 'shenyang-tiexi',
    nameEn: 'Shenyang Tiexi Equipment Manufacturing Demonstration Zone',
    nameZh: '沈阳铁西老工业基地调整改造暨装备制造业发展示范区',
    category: 'industrial-site',
    aliases: ['Shenyang Tiexi old industrial base', 'new demonstration zone of equipment manufacturing'],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [123.35, 41.8] },
    note:
      'Tiexi, Shenyang’s old industrial district, merged in 2002 with the Shenyang Economic and Technological Development Zone to its west; NDRC named it a demonstration zone for old-base renewal and equipment manufacturing in June 2007. Point: Tiexi District (41°48′N 123°21′E, to the minute).',
    noteZh:
      '铁西是沈阳的老工业区，2002年与其西侧的沈阳经济技术开发区合并；2007年6月，国家发展改革委将其命名为老工业基地调整改造和装备制造业发展的示范区。点位：铁西区（北纬41°48′，东经123°21′，精确到分）。',
    sources: [
      {
        label: 'gov.cn (Xinhua), 9 Jun 2007: Tiexi becomes the first demonstration zone for old industrial base renewal',
        url: 'http://www.gov.cn/jrzg/2007-06/09/content_642783.htm',
      },
      {
        label: 'German Wikipedia, Tiexi (Shenyang): coordinates 41°48′N 123°21′E',
        url: 'https://de.wikipedia.org/wiki/Tiexi_(Shenyang)',
      },
    ],
  },
  {
    id: 'dalian-equipment-manufacturing-clusters',
    nameEn: 'Dalian equipment manufacturing clusters',
    nameZh: '大连装备制造业集群',
    category: 'industrial-site',
    aliases: ['equipment manufacturing clusters in Dalian'],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [121.69, 39.02] },
    note:
      'Dalian planned its equipment industry in 2007 as “two zones and one belt”: heavy equipment on the north shore of Dalian Bay, vehicle parts at Dayaowan, shipbuilding along the Bohai coast. The point (approximate, ±3 km) marks the Dalian Bay north-shore heavy-equipment zone, the one most tied to large equipment.',
    noteZh:
      '大连在2007年将装备制造业规划为“两区一带”：大连湾北岸的重型装备、大窑湾的汽车零部件，以及渤海沿岸的造船。点位（近似，误差约3公里）标在大连湾北岸的重型装备区，它与大型装备的关系最密切。',
    sources: [
      {
        label: 'Xinhua via Sohu, 13 Oct 2007: Dalian’s “two zones and one belt” for equipment manufacturing',
        url: 'http://news.sohu.com/20071013/n252631473.shtml',
      },
      {
        label: 'Dalian government, 2008 statistical communiqué: heavy-equipment and auto-parts clusters in the Dalian Bay and Dayaowan areas',
        url: 'http://en.dl.gov.cn/Business/Industry/7726.jhtml',
      },
    ],
  },
  {
    id: 'changchun-automobile-zone',
    nameEn: 'Changchun Automobile Industry Development Zone',
    nameZh: '长春汽车产业开发区',
    category: 'industrial-site',
    aliases: [
      'Changchun automobile industry development zone',
      'Changchun Automobile Economic and Technological Development Zone',
    ],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [125.22, 43.86] },
    note:
      'The zone around FAW’s main works in south-west Changchun (made a national economic and technological development zone in 2010). Point: approximate (±2 km), near FAW Gate No. 1 at Dongfeng Street and Yueye Road.',
    noteZh:
      '长春西南部一汽总厂周围的开发区（2010年升为国家级经济技术开发区）。点位：近似（误差约2公里），在东风大街与越野路交会处的一汽1号门附近。',
    sources: [
      {
        label: 'Jilin provincial government (gojilin.gov.cn): FAW’s historic district at Dongfeng Street and Yueye Road, Automotive Industry Development Zone',
        url: 'https://www.gojilin.gov.cn/2024/01/08/c_12260.htm',
      },
      {
        label: 'China Daily Jilin, 3 Apr 2020: FAW plants in the Changchun Automobile Economic and Technological Development Zone',
        url: 'http://jilin.chinadaily.com.cn/2020-04/03/content_37534947.htm',
      },
    ],
  },
  {
    id: 'changchun-railway-equipment-park',
    nameEn: 'Changchun Rail Transit Equipment Industrial Park',
    nameZh: '长春轨道交通装备制造产业园区',
    category: 'industrial-site',
    aliases: ['railway transport equipment industrial park'],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [125.23, 43.92] },
    note:
      'The park built around CNR (now CRRC) Changchun Railway Vehicles, opened in November 2008 in the Lüyuan Economic Development Zone, north-west Changchun (renamed the Changchun Rail Transit Equipment Industrial Development Zone in 2010). Point: approximate (±3 km); no source pins the park.',
    noteZh:
      '围绕中国北车（今中国中车）长春轨道客车公司建设的园区，2008年11月在长春西北部的绿园经济开发区启用（2010年更名，英文名为“Changchun Rail Transit Equipment Industrial Development Zone”）。点位：近似（误差约3公里）；没有资料标出园区的位置。',
    sources: [
      {
        label: 'Newton wiki, Changchun Lüyuan Economic Development Zone: north-west Changchun, also named the Rail Transit Equipment Industrial Development Zone (2010)',
        url: 'https://newton.com.tw/wiki/%E9%95%B7%E6%98%A5%E7%B6%A0%E5%9C%92%E7%B6%93%E6%BF%9F%E9%96%8B%E7%99%BC%E5%8D%80/1148128',
      },
      {
        label: 'People’s Daily Online, 11 Jul 2023: CRRC Changchun Railway Vehicles is based in Lüyuan District',
        url: 'http://en.people.cn/n3/2023/0711/c90000-20042463.html',
      },
      WIKI('Changchun_Bombardier_railway_vehicles', 'CRRC Changchun Railway Vehicles'),
    ],
  },
  {
    id: 'dalian-eco-industrial-demonstration-zone',
    nameEn: 'Dalian National Eco-Industrial Demonstration Park (venous industry)',
    nameZh: '大连国家生态工业示范园区（静脉产业类）',
    category: 'industrial-site',
    aliases: ['Dalian national ecological industrial demonstration zone'],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [122.8, 39.62] },
    note:
      'A recycling (“venous”) industries park begun in 2009 in the Zhuanghe Circular Economy Zone, Dazheng town, on the coast about 15 km south-west of Zhuanghe city, not in the Dalian Economic and Technological Development Zone. Point: approximate (±5 km), at Dazheng town.',
    noteZh:
      '2009年动工的再生资源（“静脉”）产业园区，在庄河循环经济区的大郑镇，濒海，位于庄河市区西南约15公里，不在大连经济技术开发区内。点位：近似（误差约5公里），标在大郑镇。',
    sources: [
      {
        label: 'Zhuanghe local news, 23 Aug 2011: the Dalian national eco-industrial demonstration park is in Dazheng town',
        url: 'http://dlbyg.com/Article/398.html',
      },
      {
        label: 'Maigoo entry (copy): the park lies in the Zhuanghe Circular Economy Zone, founded 2009, 12 km², venous industries',
        url: 'http://hbzqbyyxgs.com/citiao/951165.html',
      },
      WIKI('Zhuanghe', 'Zhuanghe (reference coordinate for the city)'),
    ],
  },

  // ------------------------------------------------------------ institutions
  {
    id: 'dalian-commodity-exchange',
    nameEn: 'Dalian Commodity Exchange',
    nameZh: '大连商品交易所',
    category: 'institution',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'point', lonLat: [121.585, 38.89] },
    note:
      'Supported to become a futures trading centre in Asia (clause 5). Point: its twin-tower headquarters in the Xinghai business district, Shahekou, north of the Xinghai convention centre (approximate, ±300 m; the towers were completed around 2010).',
    noteZh:
      '文件支持其建设成为亚洲的期货交易中心（第5条）。点位：沙河口区星海商务区内的双塔总部，在星海会展中心以北（近似，误差约300米；双塔约于2010年建成）。',
    sources: [
      WIKI('Xinghai_Square', 'Xinghai Square (the exchange’s headquarters is in the Xinghai business district)'),
      {
        label: 'sbp, Dalian Twin Towers (client: Dalian Commodity Exchange), 2010',
        url: 'https://www.sbp.de/en/project/dalian-twin-towers/',
      },
      WIKI('Dalian_Commodity_Exchange', 'Dalian Commodity Exchange'),
    ],
  },
  {
    id: 'northeast-property-rights-exchange-platform',
    nameEn: 'Northeast property rights exchange platform',
    nameZh: '东北产权交易平台',
    category: 'institution',
    aliases: ['northeast property transaction platform'],
    provenance: 'named',
    geometry: { kind: 'none', regionWide: 'northeast-china' },
    note:
      'A region-wide platform with no point on the map: the text asks for its “mutual connection” and “regional integration”, and we found no source for a seat in 2009. The link below reports a later alliance of the exchanges of Shenyang, Dalian, Changchun and Harbin, founded in Harbin in 2022; it shows what the platform became, not where it was in 2009.',
    noteZh:
      '覆盖整个地区的平台，在地图上没有点位：文件要求它“mutual connection”（互联互通）和“regional integration”（区域一体化），而我们没有找到它在2009年设有驻地的资料。下方链接报道的是2022年在哈尔滨成立、由沈阳、大连、长春、哈尔滨的交易机构组成的联盟；它说明了这个平台后来的样子，而不是它在2009年的所在地。',
    sources: [
      {
        label: 'Heilongjiang Xinwen (dbw.cn), 8 Jun 2022: alliance of the four northeast property rights exchanges founded in Harbin (a later development, not the 2009 platform’s seat)',
        url: 'https://hljxinwen.dbw.cn/system/2022/06/08/001466718.shtml',
      },
    ],
  },

  // ------------------------------------------------------------ wider areas
  {
    id: 'china',
    nameEn: 'China',
    nameZh: '中国',
    category: 'wider-area',
    aliases: [],
    provenance: 'named',
    geometry: { kind: 'countries', names: ['China'] },
    note: 'The country as a whole (“made in China”, “industrial bases in China”). Drawn as the base map’s outline of China.',
    noteZh:
      '作为整体的国家（文件有“made in China”“industrial bases in China”等说法）。绘为底图中的中国轮廓。',
    sources: [NATURAL_EARTH],
  },
  {
    id: 'neighboring-countries',
    nameEn: 'Neighboring countries',
    nameZh: '周边国家',
    category: 'wider-area',
    aliases: ['neighboring countries'],
    provenance: 'named',
    geometry: { kind: 'countries', names: ['Russia', 'Mongolia', 'North Korea'] },
    note:
      'The text does not list them; we read “neighboring countries” as those bordering the Northeast region: Russia, Mongolia and North Korea.',
    noteZh:
      '文件没有列出国家；本图把“neighboring countries”理解为与东北地区接壤的国家：俄罗斯、蒙古和朝鲜。',
    sources: [WIKI('Northeast_China', 'Northeast China (borders with Russia, Mongolia and North Korea)'), NATURAL_EARTH],
  },
  {
    id: 'northeast-asia',
    nameEn: 'Northeast Asia',
    nameZh: '东北亚',
    category: 'wider-area',
    aliases: ['northeast Asia'],
    provenance: 'named',
    geometry: {
      kind: 'countries',
      names: ['China', 'Russia', 'Mongolia', 'North Korea', 'South Korea', 'Japan'],
    },
    note:
      'Drawn as the base map’s countries: China, Russia, Mongolia, North Korea, South Korea and Japan (the whole countries, though only their north-east Asian parts are meant).',
    noteZh:
      '绘为底图中的国家：中国、俄罗斯、蒙古、朝鲜、韩国和日本（绘出各国全境，尽管所指的只是它们位于东北亚的部分）。',
    sources: [WIKI('Northeast_Asia', 'Northeast Asia'), NATURAL_EARTH],
  },
  {
    id: 'asia',
    nameEn: 'Asia',
    nameZh: '亚洲',
    category: 'wider-area',
    aliases: [],
    provenance: 'named',
    geometry: {
      kind: 'countries',
      names: ['China', 'Russia', 'Mongolia', 'North Korea', 'South Korea', 'Japan'],
    },
    note:
      'From “a futures transaction center in Asia”. The base map shows only north-east Asia, so Asia is shown by the base map’s extent only, using the same countries as Northeast Asia.',
    noteZh:
      '出自“a futures transaction center in Asia”。底图只显示东北亚，因此亚洲只能以底图的范围表示，所用国家与东北亚相同。',
    sources: [NATURAL_EARTH],
  },

  // --------------------------------------------------------- logistics hubs
  {
    id: 'logistics-shenyang',
    nameEn: 'Shenyang logistics node',
    nameZh: '沈阳（全国性物流节点城市）',
    category: 'logistics-hub',
    aliases: [],
    provenance: 'context',
    geometry: { kind: 'point', lonLat: SHENYANG_LONLAT },
    note:
      'Context — not named in the text. A national logistics node city in the State Council’s 2009 logistics plan, which centres the Northeast logistics region on Shenyang and Dalian. Shown at the city centre.',
    noteZh:
      '背景信息——文件没有提到。国务院2009年《物流业调整和振兴规划》中的全国性物流节点城市；该规划以沈阳和大连为东北物流区域的中心。标在市中心。',
    sources: [LOGISTICS_PLAN_2009, LIAONING_LOGISTICS_2010],
  },
  {
    id: 'logistics-dalian',
    nameEn: 'Dalian logistics node',
    nameZh: '大连（全国性物流节点城市）',
    category: 'logistics-hub',
    aliases: [],
    provenance: 'context',
    geometry: { kind: 'point', lonLat: DALIAN_LONLAT },
    note:
      'Context — not named in the text. A national logistics node city in the State Council’s 2009 logistics plan, which centres the Northeast logistics region on Shenyang and Dalian. Shown at the city centre.',
    noteZh:
      '背景信息——文件没有提到。国务院2009年《物流业调整和振兴规划》中的全国性物流节点城市；该规划以沈阳和大连为东北物流区域的中心。标在市中心。',
    sources: [LOGISTICS_PLAN_2009, DALIAN_NODE_2009],
  },
  {
    id: 'logistics-harbin',
    nameEn: 'Harbin logistics node',
    nameZh: '哈尔滨（区域性物流节点城市）',
    category: 'logistics-hub',
    aliases: [],
    provenance: 'context',
    geometry: { kind: 'point', lonLat: HARBIN_LONLAT },
    note:
      'Context — not named in the text. A regional logistics node city in the State Council’s 2009 logistics plan. Shown at the city centre.',
    noteZh:
      '背景信息——文件没有提到。国务院2009年《物流业调整和振兴规划》中的区域性物流节点城市。标在市中心。',
    sources: [LOGISTICS_PLAN_2009],
  },
  {
    id: 'logistics-changchun',
    nameEn: 'Changchun logistics node',
    nameZh: '长春（区域性物流节点城市）',
    category: 'logistics-hub',
    aliases: [],
    provenance: 'context',
    geometry: { kind: 'point', lonLat: CHANGCHUN_LONLAT },
    note:
      'Context — not named in the text. A regional logistics node city in the State Council’s 2009 logistics plan. Shown at the city centre.',
    noteZh:
      '背景信息——文件没有提到。国务院2009年《物流业调整和振兴规划》中的区域性物流节点城市。标在市中心。',
    sources: [LOGISTICS_PLAN_2009],
  },
];
