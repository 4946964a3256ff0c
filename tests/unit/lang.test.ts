import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from '../../src/i18n/format.ts';
import { localName, preferredLang } from '../../src/i18n/lang.ts';

describe('preferredLang', () => {
  it.each<[string[], string]>([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['fr-FR', 'en-GB'], 'en'],
    [['fr', 'de'], 'en'],
    [[], 'en'],
    [['EN-us', 'zh'], 'en'],
  ])('takes the first language the interface speaks from %j', (languages, lang) => {
    expect(preferredLang(languages)).toBe(lang);
  });
});

describe('localName', () => {
  const harbin = { name_en: 'Harbin', name_zh: '哈尔滨市' };
  it('leads with the English name in English', () => {
    expect(localName(harbin, 'en')).toEqual({ primary: { text: 'Harbin', lang: 'en' }, secondary: { text: '哈尔滨市', lang: 'zh' } });
  });
  it('leads with the Chinese name in Chinese', () => {
    expect(localName(harbin, 'zh').primary).toEqual({ text: '哈尔滨市', lang: 'zh' });
  });
});

describe('Intl formatting', () => {
  it('writes a date the way each language does', () => {
    expect(formatDate('en', '2009-09-09')).toBe('9 September 2009');
    expect(formatDate('zh', '2009-09-09')).toBe('2009年9月9日');
  });
  it('joins lists the way each language does', () => {
    expect(formatList('en', ['Dalian', 'Harbin', 'Daqing'])).toBe('Dalian, Harbin, and Daqing');
    expect(formatList('zh', ['大连', '哈尔滨', '大庆'])).toBe('大连、哈尔滨和大庆');
  });
});
