/**
 * Two hundred hostile query strings for the atlas: a hand list of the classic
 * attacks and accidents, then deterministic samples from fast-check (a fixed
 * seed, so a failure names the same URL on every run).
 */
import fc from 'fast-check';

/** Node's HTTP server, like most hosts, refuses request lines over 16 kB; stay under, so the page loads. */
const HUGE = 'x'.repeat(8000);

export const HAND_WRITTEN: readonly string[] = [
  '?place=<script>alert(1)</script>',
  '?place=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?place="><img src=x onerror=alert(1)>',
  '?sentence=<svg/onload=alert(1)>',
  '?place=javascript:alert(1)',
  '?clause=javascript%3Aalert(document.domain)',
  '?view=javascript:alert(1)',
  '?hide=<b>city</b>,logistics-hub',
  `?place=${HUGE}`,
  `?map=${HUGE}`,
  `?hide=${'city,'.repeat(1500)}`,
  `?${'place=suifenhe&'.repeat(400)}`,
  '?place=suifenhe&place=dalian&place=<script>',
  '?place=%',
  '?place=%E0%A4%A',
  '?place=%00%01%02',
  '?%%%%=%%%%',
  '?place=%F0%9F%98%80',
  '?place=绥芬河&view=reader',
  '?place=\u202Esuifenhe',
  '?place=suifenhe\u0000',
  '?map=0/0/0',
  '?map=22/85/180',
  '?map=-1/0/0',
  '?map=99/99/999',
  '?map=NaN/NaN/NaN',
  '?map=Infinity/1/1',
  '?map=1e308/1e308/1e308',
  '?map=6/44/131/extra',
  '?map=6//',
  '?map=//',
  '?map=0x10/0/0',
  '?division=__proto__',
  '?place=constructor',
  '?place=toString&view=reader',
  '?__proto__[polluted]=1',
  '?constructor.prototype.polluted=1',
  '?view=reader&view=details&view=<x>',
  '?view=READER',
  '?sentence=I.5.s12&clause=I.5&place=suifenhe&division=210800',
  '?sentence=I.5.s9999',
  '?clause=I.99',
  '?division=999999',
  '?hide=region,economic-zone,city,logistics-hub,region',
  '?place=suifenhe#<script>alert(1)</script>',
  '?place=suifenhe#javascript:alert(1)',
  '?&&&&&',
  '?=',
  '?place',
  '??place=suifenhe',
  '?place=suifenhe;view=reader',
  '?place=+suifenhe+',
  '?place=SUIFENHE',
  '?asof=<script>alert(1)</script>',
  '?asof=99999999999999999999',
  '?asof=-2009',
  '?asof=2009.5',
  '?asof=1e3',
  '?asof=0x7d9',
  '?asof=1900&ctx=airport',
  '?asof=2009&asof=2025&place=daqing',
];

const ourKeys = fc.constantFrom('place', 'division', 'clause', 'sentence', 'view', 'hide', 'map', 'asof');
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('<script>', '"', "'", '`', '&', '#', '%', '\\', '/', '..', '\u2028', '\uFEFF'),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join('/')),
);

const generated = fc
  .array(fc.tuple(fc.oneof(ourKeys, fc.string({ maxLength: 8 })), nastyText, fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((pairs) => `?${pairs.map(([k, v, encode]) => `${encodeURIComponent(k)}=${encode ? encodeURIComponent(v) : v}`).join('&')}`);

/** The hand list, then seeded samples, `count` in all. */
export function hostileQueries(count = 200, seed = 20090809): string[] {
  const extra = Math.max(0, count - HAND_WRITTEN.length);
  return [...HAND_WRITTEN.slice(0, count), ...fc.sample(generated, { numRuns: extra, seed })];
}
