/**
 * Facts about the Opinions that the translated text does not state itself.
 *
 * Sources, as checked for this file:
 * - Date: the Opinions are dated 9 September 2009 (Beijing Review's English
 *   text is headed "September 9, 2009"); gov.cn published them on
 *   11 September 2009, which some copies give as the date of release.
 * - Translation: the text in content/source was copied from China Sourcing's
 *   republication of MOFCOM's English translation, Part (1), whose byline
 *   reads "Source: MOFCOM … Date: 2011-05-16": that is the republication's
 *   date, not the translation's. MOFCOM's own page for it was not found. The
 *   earliest known publication of the translation is Beijing Review No. 49,
 *   10 December 2009 (page headed "NO.49 DECEMBER 10, 2009", updated online
 *   21 January 2010), in a copy-edited form: its preamble opens "Important
 *   stage-by-stage achievements have been made …" where ours reads
 *   "Important by-stage achievements have been made …", sentence for sentence.
 * - Original: no gov.cn address for the Chinese text could be confirmed, so
 *   the link is to a full copy of it that shows the document number and all
 *   nine section headings.
 * - Omitted sections: Chinese headings from copies of the full Chinese text;
 *   English wording from the MOFCOM translation (II, VI) or from Beijing
 *   Review's text of the same translation (IV, VII) where those were found,
 *   and this project's rendering otherwise (III, V, VIII, IX). Each section's
 *   source is the page that shows its heading under its number, or, for
 *   V, VIII and IX, the copy that lists all nine headings in order.
 */
import type { DocumentMeta, Source } from '../src/content/types.ts';

/** Full Chinese text (traditional characters), with the nine section headings listed in order. */
const CHINESE_FULL_TEXT: Source = {
  label: 'TWWIKI, 國務院關於進一步實施東北地區等老工業基地振興戰略的若干意見 (國發[2009]33號), full Chinese text',
  url: 'https://twwiki.net/wiki/xr2ormlv5kj6v20.html',
};

export const documentMeta: DocumentMeta = {
  title:
    'Opinions of the State Council on Further Implementing the Strategy of Revitalizing the Old Industrial Bases Including Northeast China',
  titleZh: '国务院关于进一步实施东北地区等老工业基地振兴战略的若干意见',
  issuedBy: 'State Council of the People’s Republic of China',
  issuedByZh: '中华人民共和国国务院',
  documentNumber: 'Guo Fa [2009] No. 33',
  documentNumberZh: '国发〔2009〕33号',
  dateIssued: '2009-09-09',
  dateTranslated: '2009-12-10',
  translationFirstPublished: {
    date: '2009-12-10',
    source: {
      label: 'Beijing Review, No. 49, 10 December 2009, English text of the Opinions (online 21 January 2010)',
      url: 'http://www.bjreview.com.cn/document/txt/2010-01/21/content_241183.htm',
    },
    note:
      'The earliest known publication of this translation, in a copy-edited form (its preamble opens “Important stage-by-stage achievements” where the text used here reads “Important by-stage achievements”). The exact wording used here is known only from the 2011 republication.',
  },
  dateRepublished: '2011-05-16',
  translationSource: {
    label: 'MOFCOM English translation, Part (1), as republished by China Sourcing (chnsourcing.com) on 2011-05-16 (republication date)',
    url: 'http://chnsourcing.com/news-center/content/409.html',
  },
  originalSource: CHINESE_FULL_TEXT,
  part: 'Part (1): Section I, clauses 1–6',
  omittedSections: [
    {
      numeral: 'II',
      headingEnBy: 'translation',
      heading:
        'Speed up the technological advancement of enterprises and fully improve their independent innovation capability / 加快企业技术进步，全面提升自主创新能力',
      source: {
        label: 'MOFCOM English translation, Part (2), as republished by China Sourcing',
        url: 'http://chnsourcing.com/news-center/content/410.html',
      },
    },
    {
      numeral: 'III',
      headingEnBy: 'project',
      heading:
        'Speed up the development of modern agriculture and consolidate the basic position of agriculture / 加快发展现代农业，巩固农业基础地位',
      source: {
        label: 'Fsou (法搜网), full Chinese text, page with Section 三',
        url: 'http://www.fsou.com.cn/html/text/chl/1214/121446_3.html',
      },
    },
    {
      numeral: 'IV',
      headingEnBy: 'translation',
      heading:
        'Strengthen infrastructure construction and create conditions for overall revitalization / 加强基础设施建设，为全面振兴创造条件',
      source: {
        label: 'Beijing Review, No. 49, 10 December 2009, English text, page with Section IV',
        url: 'http://www.bjreview.com.cn/document/txt/2010-01/21/content_241183_3.htm',
      },
    },
    {
      numeral: 'V',
      headingEnBy: 'project',
      heading:
        'Actively promote the transformation of resource-based cities and promote sustainable development / 积极推进资源型城市转型，促进可持续发展',
      source: CHINESE_FULL_TEXT,
    },
    {
      numeral: 'VI',
      headingEnBy: 'translation',
      heading:
        'Practically protect ecological environment and vigorously develop green economy / 切实保护好生态环境，大力发展绿色经济',
      source: {
        label: 'MOFCOM English translation, Part (3), as republished by China Sourcing',
        url: 'http://chnsourcing.com/news-center/content/411.html',
      },
    },
    {
      numeral: 'VII',
      headingEnBy: 'translation',
      heading:
        'Focus on people’s livelihoods and facilitate social causes / 着力解决民生问题，加快推进社会事业发展',
      source: {
        label: 'Beijing Review, No. 49, 10 December 2009, English text, page with Section VII',
        url: 'http://www.bjreview.com.cn/document/txt/2010-01/21/content_241183_4.htm',
      },
    },
    {
      numeral: 'VIII',
      headingEnBy: 'project',
      heading:
        'Deepen cooperation among provinces and regions and promote integrated regional economic development / 深化省区协作，推动区域经济一体化发展',
      source: CHINESE_FULL_TEXT,
    },
    {
      numeral: 'IX',
      headingEnBy: 'project',
      heading:
        'Continue to deepen reform and opening up and enhance the vitality of economic and social development / 继续深化改革开放，增强经济社会发展活力',
      source: CHINESE_FULL_TEXT,
    },
  ],
};
