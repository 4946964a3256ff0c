import { formatDate, formatList, formatNumber } from './format.ts';
import type { Strings } from './strings.ts';

/** The Opinions number their sections in Chinese numerals (一、二、…); the translation uses Roman ones. */
const SECTION_NUMERALS: Record<string, string> = { I: '一', II: '二', III: '三', IV: '四', V: '五', VI: '六', VII: '七', VIII: '八', IX: '九' };

export const ZH: Strings = {
  languageName: '中文',
  languageSwitch: '语言',

  appTitle: '东北振兴政策地图',
  appSubtitle: '国务院2009年关于振兴东北地区等老工业基地若干意见的空间落点',
  pageTitle: '东北振兴政策地图 · 国发〔2009〕33号',
  documentNumber: '国发〔2009〕33号',
  skipToPanel: '跳转至政策面板',

  mapLabel: '东北地区地图',
  namesInView: '地图上显示的地名',
  attribution: '边界：Natural Earth（公有领域）· 中国行政区划：china-geojson（MIT许可）· 地图渲染：MapLibre',
  mapLoading: '地图加载中……',
  loadFailed: '地图未能加载。',

  panelLabel: '政策面板',
  tabDetails: '浏览',
  tabReader: '阅读全文',
  close: '关闭',
  backToOverview: '返回总览',

  legendTitle: '图例',
  legendToggle: (label) => `显示${label}`,
  legendCount: (count) => formatNumber('zh', count),

  overviewLead: '点击地图上的地点，即可阅读政策中提及该地的每一句原文；也可打开全文，查看每句话在地图上对应的位置。',
  overviewBrowse: '政策提及的地点',
  documentIssued: (number, by, isoDate) => `${number}，由${by}于${formatDate('zh', isoDate)}印发。`,
  documentTranslation: (isoDate, section, firstClause, lastClause) =>
    `英文译本发布于${formatDate('zh', isoDate)}；本图收录其中第${SECTION_NUMERALS[section] ?? section}部分第${firstClause}至${lastClause}条。`,
  quotedInEnglish: '政策原文为中文。本图逐字引用其英文译本，引文保留英文，未作改动。',
  documentOmitted: '本部分译文未收录的章节',

  contextNote: '背景信息：原文未单独提及此地。',
  whatPolicySays: (count) => `政策原文 · ${formatNumber('zh', count)} 句`,
  noSentences: '原文没有单独提及此地的句子；上方说明介绍了原文如何涉及此地。',
  regionWide: '未提及具体地点，本图将其关联至整个地区',
  viewSwitch: '面板视图',
  readInContext: '查看上下文',
  clauseLabel: (number) => `第${formatNumber('zh', number)}条`,
  clauseTitle: (number, heading) => `第${formatNumber('zh', number)}条 · ${heading}`,
  openingLabel: '抬头',
  preambleLabel: '序言',
  members: '所辖地级行政区',
  liesIn: '所在区域',
  liesInNone: '不在原文提及的任何经济区或基地范围内。',
  placesNamed: '提及的地点',
  divisionOf: (province) => `${province}地级行政区`,
  zonesCovering: '涵盖此地的经济区和基地',
  partOf: '所属范围',
  sources: '资料来源',
  showClause: (number) => `在地图上显示第${formatNumber('zh', number)}条`,
  sentenceHeading: '语句',

  tooltipContext: (category) => `${category}（背景）`,
  chooserTitle: '此处有多个地点',
  chooserDivision: (name) => `${name}（地级行政区）`,

  searchLabel: '搜索地点和原文',
  searchPlaceholder: '例如：哈尔滨、Dalian、futures',
  searchResultsLabel: '搜索结果',
  searchResultCount: (count) => (count === 0 ? '无结果' : `${formatNumber('zh', count)} 条结果`),
  searchPlaceOption: (name, otherName, category) => `${name} ${otherName}，${category}`,
  searchSentenceOption: (where, text) => `${where}：${text}`,

  // Graceful failure: what could not load, and what still works (issue 13)
  failedPart: (part) =>
    ({
      document: '政策原文',
      places: '地点数据',
      basemap: '底图',
      worker: '地图绘制组件',
    })[part],
  partsFailed: (parts) => `${formatList('zh', parts)}未能加载。`,
  textNeedsData: '缺少上述数据，本图无法显示。请检查网络连接后重试。',
  textStillWorks: '政策原文和搜索功能仍可使用。',
  retry: '重试',
  retrying: '正在重试…',
  noWebgl: '当前浏览器无法绘制地图（WebGL 已关闭或不受支持）。政策原文、搜索和地点列表仍可使用。',
  searchUnavailable: '搜索功能未能加载，输入时将自动重试。',
};
