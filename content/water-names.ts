/**
 * The seas and bays the map names at city zoom, so that a reader zoomed in on
 * Dalian's coast can tell the Bohai from the Yellow Sea and see Dalian Bay.
 * Natural Earth's marine names are not in the vendored pack, so each name here
 * is cited: its Chinese name and its point both come from the page in `source`
 * (read 2026-12-05, through stored copies of public pages; most are copies of
 * the English Wikipedia article, whose infobox gives the Chinese name and whose
 * coordinates give the point).
 *
 * Precision: `at` is the point the source gives for the whole water body, to
 * the source's own precision (a degree to a second). It is where the map puts
 * the name, not an extent: no boundary of a sea or bay is drawn or measured.
 */
import type { Source } from '../src/content/types.ts';

export interface WaterName {
  nameEn: string;
  /** Simplified Chinese, as the source gives it. */
  nameZh: string;
  /** Longitude, latitude: the source's point for the water body. */
  at: [number, number];
  /** The lowest zoom the name is drawn at: the seas from where the context is loaded, bays when they fill the view. */
  minzoom: number;
  source: Source;
}

const READ = '(read 2026-12-05)';

export const WATER_NAMES: readonly WaterName[] = [
  {
    nameEn: 'Bohai Sea',
    nameZh: '渤海',
    at: [119.9, 38.7],
    minzoom: 5.5,
    source: {
      label: `copy of English Wikipedia, Bohai Sea: "Chinese: 渤海", coordinates 38°42′N 119°54′E ${READ}`,
      url: 'https://howlingpixel.com/i-en/Bohai_Sea',
    },
  },
  {
    nameEn: 'Yellow Sea',
    nameZh: '黄海',
    at: [123, 38],
    minzoom: 5.5,
    source: {
      label: `copy of English Wikipedia, Yellow Sea: coordinates 38°0′N 123°0′E; its Chinese name, Hanzi 黄海, from the copy at worldwizzy.com/library/Yellow_Sea ${READ}`,
      url: 'https://en-m-wikipedia-org.zproxy.org/wiki/Yellow_Sea',
    },
  },
  {
    nameEn: 'Liaodong Bay',
    nameZh: '辽东湾',
    at: [120.89, 40.04],
    minzoom: 6.5,
    source: {
      label: `copy of English Wikipedia, Liaodong Bay: "simplified Chinese: 辽东湾", coordinates 40°02′N 120°53′E ${READ}`,
      url: 'https://wikimili.com/en/Liaodong_Bay',
    },
  },
  {
    nameEn: 'Korea Bay',
    nameZh: '西朝鲜湾',
    at: [124, 39],
    minzoom: 6.5,
    source: {
      label: `copy of English Wikipedia, Korea Bay: "Chinese: 西朝鲜湾", coordinates 39°N 124°E ${READ}`,
      url: 'https://worddisk.com/wiki/Korea_Bay',
    },
  },
  {
    nameEn: 'Dalian Bay',
    nameZh: '大连湾',
    at: [121.6994, 38.9567],
    minzoom: 9,
    source: {
      label: `English Wikipedia, Dalian Bay (revision 937484489): "simplified Chinese: 大连湾", coordinates 38°57′24″N 121°41′58″E ${READ}`,
      url: 'https://en.wikipedia.org/wiki/?oldid=937484489&title=Dalian_Bay',
    },
  },
];
