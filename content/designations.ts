/**
 * Designations: what the text makes of each place, each with the sentence
 * that confers it and the exact words that do. A place can hold several
 * (Dalian is a service-outsourcing demonstration city and a hi-tech
 * industrial base). The kinds and the themes of the key are in
 * src/content/designations.ts.
 *
 * Rules, as applied here:
 * - `words` is copied verbatim from the sentence and contains the place's
 *   name (or an alias): the phrase that says what the place is to be.
 * - Only logistics is context: the text calls for “a batch of major regional
 *   logistics parks” and names none, so the logistics node cities come from
 *   the State Council's 2009 logistics plan, cited in `source`.
 *
 * tests/unit/designations.test.ts checks every fact against the text and the
 * gazetteer, and the members of each designation against the text's lists.
 */
import type { Source } from '../src/content/types.ts';
import type { DesignationId } from '../src/content/designations.ts';

export interface DesignationFact {
  place: string;
  designation: DesignationId;
  /** The sentence that confers it, or for a context designation the sentence that calls for such places. */
  sentence: string;
  /** Exact words of that sentence. */
  words: string;
  /** Required for a context designation: where the place's membership comes from. */
  source?: Source;
}

const LOGISTICS_PLAN_2009: Source = {
  label:
    'State Council, Logistics Industry Adjustment and Revitalization Plan (物流业调整和振兴规划), Guo Fa [2009] No. 8: lists of national and regional logistics node cities',
  url: 'http://www.gov.cn/zwgk/2009-03/13/content_1259194.htm',
};

const LOGISTICS_CALL = 'a batch of major regional logistics parks shall be established';
const HI_TECH = 'hi-tech industrial bases including Shenyang, Changchun, Harbin, Dalian and Tonghua';
const OUTSOURCING_DEMO = 'Three service outsourcing demonstration cities---Dalian, Harbin and Daqing';
const OUTSOURCING_ENCOURAGED =
  'Yanji and Suifenhe are encouraged to take advantages of their unique locations to develop software and service outsourcing industries';
const CORRIDOR = 'Heilongjiang-Daqing-Qiqihar industrial corridor';
const CHANGJITU = 'Changchun-Jilin-Tumen region economic zone';

export const designations: DesignationFact[] = [
  // Economic zones (clause 6)
  { place: 'liaoning-coastal-economic-zone', designation: 'economic-zone', sentence: 'I.6.s2', words: 'Liaoning coastal economic zone' },
  { place: 'shenyang-economic-zone', designation: 'economic-zone', sentence: 'I.6.s2', words: 'Shenyang economic zone' },
  { place: 'changchun-jilin-tumen', designation: 'economic-zone', sentence: 'I.6.s2', words: CHANGJITU },

  // Hi-tech industrial bases (clause 6)
  { place: 'shenyang', designation: 'hi-tech-industrial-base', sentence: 'I.6.s5', words: HI_TECH },
  { place: 'changchun', designation: 'hi-tech-industrial-base', sentence: 'I.6.s5', words: HI_TECH },
  { place: 'harbin', designation: 'hi-tech-industrial-base', sentence: 'I.6.s5', words: HI_TECH },
  { place: 'dalian', designation: 'hi-tech-industrial-base', sentence: 'I.6.s5', words: HI_TECH },
  { place: 'tonghua', designation: 'hi-tech-industrial-base', sentence: 'I.6.s5', words: HI_TECH },

  // Service outsourcing (clause 5)
  { place: 'dalian', designation: 'service-outsourcing-demonstration-city', sentence: 'I.5.s11', words: OUTSOURCING_DEMO },
  { place: 'harbin', designation: 'service-outsourcing-demonstration-city', sentence: 'I.5.s11', words: OUTSOURCING_DEMO },
  { place: 'daqing', designation: 'service-outsourcing-demonstration-city', sentence: 'I.5.s11', words: OUTSOURCING_DEMO },
  { place: 'yanji', designation: 'software-outsourcing-city', sentence: 'I.5.s11', words: OUTSOURCING_ENCOURAGED },
  { place: 'suifenhe', designation: 'software-outsourcing-city', sentence: 'I.5.s11', words: OUTSOURCING_ENCOURAGED },

  // Logistics: context (clause 5 calls for parks and names none)
  { place: 'logistics-shenyang', designation: 'logistics-node', sentence: 'I.5.s9', words: LOGISTICS_CALL, source: LOGISTICS_PLAN_2009 },
  { place: 'logistics-dalian', designation: 'logistics-node', sentence: 'I.5.s9', words: LOGISTICS_CALL, source: LOGISTICS_PLAN_2009 },
  { place: 'logistics-harbin', designation: 'logistics-node', sentence: 'I.5.s9', words: LOGISTICS_CALL, source: LOGISTICS_PLAN_2009 },
  { place: 'logistics-changchun', designation: 'logistics-node', sentence: 'I.5.s9', words: LOGISTICS_CALL, source: LOGISTICS_PLAN_2009 },

  // Industrial corridor (clause 6)
  { place: 'harbin-daqing-qiqihar-corridor', designation: 'industrial-corridor', sentence: 'I.6.s2', words: CORRIDOR },

  // Energy and chemicals bases (clause 6)
  {
    place: 'east-inner-mongolia-energy-base',
    designation: 'energy-chemicals-base',
    sentence: 'I.6.s4',
    words: 'energy and heavy chemicals base in east area of Inner Mongolia',
  },
  {
    place: 'east-heilongjiang-coal-power-chemical-base',
    designation: 'energy-chemicals-base',
    sentence: 'I.6.s4',
    words: 'coal-based power and chemicals base in east area of Heilongjiang',
  },
  {
    place: 'west-liaoning-coal-chemical-base',
    designation: 'energy-chemicals-base',
    sentence: 'I.6.s4',
    words: 'coal-based chemicals in west area of Liaoning',
  },

  // Equipment manufacturing (clause 6)
  {
    place: 'shenyang-tiexi',
    designation: 'equipment-manufacturing',
    sentence: 'I.6.s3',
    words: 'Shenyang Tiexi old industrial base to be adjusted and reconstructed as a new demonstration zone of equipment manufacturing',
  },
  {
    place: 'dalian-equipment-manufacturing-clusters',
    designation: 'equipment-manufacturing',
    sentence: 'I.6.s3',
    words: 'the equipment manufacturing clusters in Dalian',
  },

  // Industrial development zones and parks (clause 6)
  {
    place: 'changchun-automobile-zone',
    designation: 'industrial-park',
    sentence: 'I.6.s7',
    words: 'Changchun automobile industry development zone',
  },
  {
    place: 'changchun-railway-equipment-park',
    designation: 'industrial-park',
    sentence: 'I.6.s7',
    words: 'railway transport equipment industrial park',
  },
  {
    place: 'dalian-eco-industrial-demonstration-zone',
    designation: 'industrial-park',
    sentence: 'I.6.s8',
    words: 'Dalian national ecological industrial demonstration zone (under category of venous industries)',
  },

  // Institutions (clause 5)
  {
    place: 'northeast-property-rights-exchange-platform',
    designation: 'financial-institution',
    sentence: 'I.5.s6',
    words: 'The northeast property transaction platform shall be improved on aspect of mutual connection, regional integration and function expansion',
  },
  {
    place: 'dalian-commodity-exchange',
    designation: 'financial-institution',
    sentence: 'I.5.s7',
    words: 'Dalian Commodity Exchange is supported to build itself an important futures transaction center in Asia',
  },

  // Context: cities named only within a zone's or the corridor's name (clause 6). Harbin is in
  // the corridor's name only as the translation's “Heilongjiang”, so it is not listed here.
  { place: 'shenyang', designation: 'zone-namesake', sentence: 'I.6.s2', words: 'Shenyang economic zone' },
  { place: 'daqing', designation: 'zone-namesake', sentence: 'I.6.s2', words: CORRIDOR },
  { place: 'qiqihar', designation: 'zone-namesake', sentence: 'I.6.s2', words: CORRIDOR },
  { place: 'changchun', designation: 'zone-namesake', sentence: 'I.6.s2', words: CHANGJITU },
  { place: 'jilin-city', designation: 'zone-namesake', sentence: 'I.6.s2', words: CHANGJITU },
  { place: 'tumen', designation: 'zone-namesake', sentence: 'I.6.s2', words: CHANGJITU },

  // Context: the region, the tourism zone and the wider areas
  {
    place: 'northeast-china',
    designation: 'policy-region',
    sentence: 'preamble.s1',
    words: 'the old industrial bases including Northeast China',
  },
  {
    place: 'northeast-tourism-zone',
    designation: 'tourism-zone',
    sentence: 'I.5.s16',
    words: 'barrier-free larger northeast tourism zone',
  },
  { place: 'china', designation: 'wider-reference', sentence: 'I.6.s2', words: 'high-class modern industrial bases in China' },
  { place: 'northeast-asia', designation: 'wider-reference', sentence: 'I.4.s7', words: 'the center of northeast Asia' },
  {
    place: 'neighboring-countries',
    designation: 'wider-reference',
    sentence: 'I.4.s7',
    words: 'cooperation with neighboring countries',
  },
  { place: 'asia', designation: 'wider-reference', sentence: 'I.5.s7', words: 'an important futures transaction center in Asia' },
];
