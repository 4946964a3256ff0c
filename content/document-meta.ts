/**
 * Facts about the Opinions that the translated text does not state itself.
 *
 * Sources, as checked for this file:
 * - Date: the Opinions are dated 9 September 2009 (Beijing Review's English
 *   text is headed "September 9, 2009"); gov.cn published them on
 *   11 September 2009, which some copies give as the date of release.
 * - Translation: MOFCOM's English translation. Its earliest known
 *   publication is on China Commerce (en.ec.com.cn, the Ministry of
 *   Commerce's English news site), Laws & Regulations, article 929358, dated
 *   2009-09-29 10:13:04, "Source: www.fdi.gov.cn" (MOFCOM's investment
 *   portal), headed "Guo Fa [2009] No. 33", in the wording used here: its
 *   preamble opens "Important by-stage achievements have been made …".
 *   The text in content/source was copied from China Sourcing's
 *   republication of the same translation, Part (1), whose byline reads
 *   "Source: MOFCOM … Date: 2011-05-16": that is the republication's date,
 *   not the translation's. Beijing Review No. 49 (10 December 2009, online
 *   21 January 2010) printed an edited version with different wording
 *   ("Important stage-by-stage achievements …"): another text, so not this
 *   translation's first publication, though it is cited below for the
 *   section headings it shows.
 * - Chinese title: as the copies of the Chinese text print it, in
 *   traditional characters: 國務院關於進一步實施東北地區等老工業基地振興戰略的若干意見
 *   (twwiki; ischool.net.cn, 26 October 2009). The 2003 document of the
 *   CPC Central Committee and the State Council is 关于实施东北地区等老工业基地振兴战略的若干意见,
 *   without 进一步 ("further") (Xinhua, 10 November 2019). No gov.cn copy of
 *   the 2009 text was found in the stored pages.
 * - Original: no gov.cn address for the Chinese text could be confirmed, so
 *   the link is to a full copy of it that shows the document number and all
 *   nine section headings.
 * - Omitted sections: Chinese headings from copies of the full Chinese text;
 *   English wording from the MOFCOM translation (II, VI) or from Beijing
 *   Review's edited version of it (IV, VII) where those were found,
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
  translationFirstPublished: {
    date: '2009-09-29',
    source: {
      label: 'MOFCOM English translation, on China Commerce (en.ec.com.cn), Laws & Regulations, source www.fdi.gov.cn',
      url: 'http://en.ec.com.cn/article/enlaws/200909/929358_1.html',
    },
    note:
      'The earliest known publication of this translation, in the wording used here (its preamble opens “Important by-stage achievements”). The text used here was copied from a republication of 16 May 2011. Beijing Review No. 49 of 10 December 2009 printed an edited version (“Important stage-by-stage achievements”), a different text.',
  },
  dateRepublished: '2011-05-16',
  translationSource: {
    label: 'MOFCOM English translation, Part (1), as republished by China Sourcing (chnsourcing.com)',
    url: 'http://chnsourcing.com/news-center/content/409.html',
  },
  originalSource: CHINESE_FULL_TEXT,
  titleZhSource: {
    label: 'ischool.net.cn, 26 October 2009, full Chinese text headed 國務院關於進一步實施東北地區等老工業基地振興戰略的若干意見',
    url: 'http://ischool.net.cn/xwzx/PoliticsNews/200910/t20091026_1121056.htm',
  },
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
