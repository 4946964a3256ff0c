import { formatDate, formatNumber } from './format.ts';
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

  // Themes on the map and in the panel (issue 8)
  legendOtherThemes: (count) => `其他主题（${formatNumber('zh', count)}）`,
  legendLogisticsNote: '背景信息：文件提出建设物流园区，但未列名。',
  legendSizeNote: '标记面积表示文件中提及该地的句数；空心标记表示仅见于经济区名称。',
  legendSegmentsNote: '城市标记按其承担的角色分区着色。',
  designationsHeading: '文件对该地的定位',
  designationContext: '背景信息，文件未列名',
  approximationHeading: '图示范围大于政策所指',
  approximationFigures: (drawn, actual) =>
    actual === null
      ? `图示面积约${formatNumber('zh', drawn)}平方千米。`
      : `图示面积约${formatNumber('zh', drawn)}平方千米；政策所指范围约${formatNumber('zh', actual)}平方千米。`,
  approximationSource: '来源',
  colorSchemeDark: '深色',
};
