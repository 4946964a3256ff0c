/**
 * Links from each sentence of the translation (Section I, clauses 1–6) to the
 * places it names: hand-curated and reviewed sentence by sentence.
 *
 * Rules, as applied here:
 * - One entry per place per wording in a sentence; `words` is the exact text
 *   that names the place. The same words twice in a sentence make one entry.
 * - Longest name wins: “Northeast China” is the region, not also China;
 *   “Shenyang economic zone” is the zone, not also Shenyang.
 * - “the region”, “The region” and “this region” are linked to the Northeast
 *   where they refer to it (see REGION_REFERENCES in scripts/content/mentions.ts).
 * - A sentence that names no place is linked to the region with `words: null`,
 *   so that every sentence has a place on the map; the open data lists these
 *   apart, as `region_sentences`. The one exception is the nationwide address
 *   line (SENTENCES_WITHOUT_PLACE).
 * - Entries run in document order, then by position in the sentence.
 *
 * tests/unit/mentions.test.ts checks these against the text and the gazetteer,
 * and scans the text for any place name left unlinked.
 */
import type { Mention } from '../src/content/types.ts';

export const mentions: Mention[] = [
  // opening
  // The address line is the standard nationwide addressee line of State Council documents; it is
  // linked to no place (SENTENCES_WITHOUT_PLACE in scripts/content/mentions.ts).

  // preamble
  // “the old industrial bases including Northeast China”: only “Northeast China” names a place.
  { sentence: 'preamble.s1', place: 'northeast-china', words: 'Northeast China' },
  { sentence: 'preamble.s2', place: 'northeast-china', words: null },
  { sentence: 'preamble.s3', place: 'northeast-china', words: 'Northeast China' },
  { sentence: 'preamble.s4', place: 'northeast-china', words: 'Northeast China' },
  { sentence: 'preamble.s5', place: 'northeast-china', words: 'Northeast China' },
  { sentence: 'preamble.s6', place: 'northeast-china', words: null },

  // I.1
  { sentence: 'I.1.s1', place: 'northeast-china', words: null },
  { sentence: 'I.1.s2', place: 'northeast-china', words: null },
  { sentence: 'I.1.s3', place: 'northeast-china', words: null },
  { sentence: 'I.1.s4', place: 'northeast-china', words: 'Northeast Region' },
  // “China supports” is the state acting; the enterprises “in the old industrial base” are the
  // region's (老工业基地 in the original), so the sentence links the region too.
  { sentence: 'I.1.s5', place: 'china', words: 'China' },
  { sentence: 'I.1.s5', place: 'northeast-china', words: 'the old industrial base' },

  // I.2
  { sentence: 'I.2.s1', place: 'northeast-china', words: null },
  { sentence: 'I.2.s2', place: 'northeast-china', words: null },
  { sentence: 'I.2.s3', place: 'northeast-china', words: null },
  { sentence: 'I.2.s4', place: 'northeast-china', words: null },
  { sentence: 'I.2.s5', place: 'northeast-china', words: null },
  { sentence: 'I.2.s6', place: 'northeast-china', words: null },
  { sentence: 'I.2.s7', place: 'northeast-china', words: 'Northeast China' },
  { sentence: 'I.2.s8', place: 'northeast-china', words: null },

  // I.3
  { sentence: 'I.3.s1', place: 'northeast-china', words: null },
  { sentence: 'I.3.s2', place: 'northeast-china', words: null },
  { sentence: 'I.3.s3', place: 'northeast-china', words: null },
  { sentence: 'I.3.s4', place: 'northeast-china', words: null },
  { sentence: 'I.3.s5', place: 'northeast-china', words: 'Northeast China' },
  { sentence: 'I.3.s6', place: 'northeast-china', words: 'this region' },
  { sentence: 'I.3.s7', place: 'northeast-china', words: null },
  { sentence: 'I.3.s8', place: 'china', words: 'China' },
  // “People’s Bank of China” is an institution, not a mention of China (NOT_PLACES).
  { sentence: 'I.3.s9', place: 'northeast-china', words: 'northeast China' },
  { sentence: 'I.3.s10', place: 'northeast-china', words: 'northeast China' },
  { sentence: 'I.3.s11', place: 'northeast-china', words: null },
  { sentence: 'I.3.s12', place: 'northeast-china', words: null },
  { sentence: 'I.3.s13', place: 'northeast-china', words: null },
  { sentence: 'I.3.s14', place: 'northeast-china', words: null },
  { sentence: 'I.3.s15', place: 'northeast-china', words: null },

  // I.4
  { sentence: 'I.4.s1', place: 'northeast-china', words: null },
  { sentence: 'I.4.s2', place: 'northeast-china', words: 'The region' },
  // “It” refers to the region but is no naming; the sentence is linked to the region with null words.
  { sentence: 'I.4.s3', place: 'northeast-china', words: null },
  { sentence: 'I.4.s4', place: 'northeast-china', words: 'the region' },
  { sentence: 'I.4.s5', place: 'northeast-china', words: 'the region' },
  { sentence: 'I.4.s6', place: 'northeast-china', words: null },
  // “northeast Asia” is Northeast Asia, not also Asia.
  { sentence: 'I.4.s7', place: 'northeast-asia', words: 'northeast Asia' },
  { sentence: 'I.4.s7', place: 'northeast-china', words: 'the region' },
  { sentence: 'I.4.s7', place: 'neighboring-countries', words: 'neighboring countries' },
  { sentence: 'I.4.s8', place: 'northeast-china', words: null },
  { sentence: 'I.4.s9', place: 'northeast-china', words: null },

  // I.5
  { sentence: 'I.5.s1', place: 'northeast-china', words: null },
  { sentence: 'I.5.s2', place: 'northeast-china', words: 'Northeast Region' },
  { sentence: 'I.5.s3', place: 'northeast-china', words: null },
  { sentence: 'I.5.s4', place: 'northeast-china', words: null },
  { sentence: 'I.5.s5', place: 'northeast-china', words: 'The region' },
  {
    sentence: 'I.5.s6',
    place: 'northeast-property-rights-exchange-platform',
    words: 'northeast property transaction platform',
  },
  // “Dalian Commodity Exchange” is the exchange, not also Dalian city.
  { sentence: 'I.5.s7', place: 'dalian-commodity-exchange', words: 'Dalian Commodity Exchange' },
  { sentence: 'I.5.s7', place: 'asia', words: 'Asia' },
  { sentence: 'I.5.s7', place: 'northeast-china', words: 'northeast China' },
  { sentence: 'I.5.s8', place: 'northeast-china', words: null },
  { sentence: 'I.5.s9', place: 'northeast-china', words: 'northeast China' },
  { sentence: 'I.5.s10', place: 'northeast-china', words: null },
  { sentence: 'I.5.s11', place: 'dalian', words: 'Dalian' },
  { sentence: 'I.5.s11', place: 'harbin', words: 'Harbin' },
  { sentence: 'I.5.s11', place: 'daqing', words: 'Daqing' },
  { sentence: 'I.5.s11', place: 'yanji', words: 'Yanji' },
  { sentence: 'I.5.s11', place: 'suifenhe', words: 'Suifenhe' },
  { sentence: 'I.5.s12', place: 'northeast-china', words: 'Northeast Region' },
  { sentence: 'I.5.s13', place: 'northeast-china', words: null },
  { sentence: 'I.5.s14', place: 'northeast-china', words: null },
  { sentence: 'I.5.s15', place: 'northeast-china', words: null },
  { sentence: 'I.5.s16', place: 'northeast-china', words: 'Northeast Region' },
  { sentence: 'I.5.s16', place: 'northeast-tourism-zone', words: 'larger northeast tourism zone' },

  // I.6
  { sentence: 'I.6.s1', place: 'northeast-china', words: null },
  // Each zone and the corridor, not the cities inside their names (Shenyang, Daqing, Qiqihar,
  // Changchun, Jilin, Tumen): the names are of the zones.
  { sentence: 'I.6.s2', place: 'liaoning-coastal-economic-zone', words: 'Liaoning coastal economic zone' },
  { sentence: 'I.6.s2', place: 'shenyang-economic-zone', words: 'Shenyang economic zone' },
  {
    sentence: 'I.6.s2',
    place: 'harbin-daqing-qiqihar-corridor',
    words: 'Heilongjiang-Daqing-Qiqihar industrial corridor',
  },
  { sentence: 'I.6.s2', place: 'changchun-jilin-tumen', words: 'Changchun-Jilin-Tumen region economic zone' },
  { sentence: 'I.6.s2', place: 'china', words: 'China' },
  // Tiexi is named twice, as the old industrial base and as what it is to become;
  // “equipment manufacturing clusters in Dalian” is the clusters, not Dalian city.
  { sentence: 'I.6.s3', place: 'shenyang-tiexi', words: 'Shenyang Tiexi old industrial base' },
  { sentence: 'I.6.s3', place: 'shenyang-tiexi', words: 'new demonstration zone of equipment manufacturing' },
  {
    sentence: 'I.6.s3',
    place: 'dalian-equipment-manufacturing-clusters',
    words: 'equipment manufacturing clusters in Dalian',
  },
  {
    sentence: 'I.6.s4',
    place: 'east-inner-mongolia-energy-base',
    words: 'energy and heavy chemicals base in east area of Inner Mongolia',
  },
  {
    sentence: 'I.6.s4',
    place: 'east-heilongjiang-coal-power-chemical-base',
    words: 'coal-based power and chemicals base in east area of Heilongjiang',
  },
  {
    sentence: 'I.6.s4',
    place: 'west-liaoning-coal-chemical-base',
    words: 'coal-based chemicals in west area of Liaoning',
  },
  // “hi-tech industrial bases including …” names the five cities themselves.
  { sentence: 'I.6.s5', place: 'shenyang', words: 'Shenyang' },
  { sentence: 'I.6.s5', place: 'changchun', words: 'Changchun' },
  { sentence: 'I.6.s5', place: 'harbin', words: 'Harbin' },
  { sentence: 'I.6.s5', place: 'dalian', words: 'Dalian' },
  { sentence: 'I.6.s5', place: 'tonghua', words: 'Tonghua' },
  // “Regions with mature conditions” is any region that qualifies, not a place.
  { sentence: 'I.6.s6', place: 'northeast-china', words: null },
  // Two sites in Changchun, the automobile zone and the railway equipment park; not Changchun city.
  { sentence: 'I.6.s7', place: 'changchun-automobile-zone', words: 'Changchun automobile industry development zone' },
  {
    sentence: 'I.6.s7',
    place: 'changchun-railway-equipment-park',
    words: 'railway transport equipment industrial park',
  },
  // The eco-industrial zone, not Dalian city.
  {
    sentence: 'I.6.s8',
    place: 'dalian-eco-industrial-demonstration-zone',
    words: 'Dalian national ecological industrial demonstration zone',
  },
  { sentence: 'I.6.s9', place: 'northeast-china', words: 'northeast China' },
];
