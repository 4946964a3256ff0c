import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from '../../src/i18n/format.ts';
import { localName, namesInOrder, preferredLang } from '../../src/i18n/lang.ts';

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

describe('namesInOrder', () => {
  const harbin = { name_en: 'Harbin', name_zh: '哈尔滨市' };
  it('leads with the English name in English', () => {
    expect(namesInOrder(harbin, 'en')).toEqual({ primary: { text: 'Harbin', lang: 'en' }, secondary: { text: '哈尔滨市', lang: 'zh' } });
  });
  it('leads with the Chinese name in Chinese', () => {
    expect(namesInOrder(harbin, 'zh')).toEqual({ primary: { text: '哈尔滨市', lang: 'zh' }, secondary: { text: 'Harbin', lang: 'en' } });
  });
  it('reads the names the code derives (nameEn, nameZh) as it reads the data’s', () => {
    expect(namesInOrder({ nameEn: 'Harbin', nameZh: '哈尔滨市' }, 'zh')).toEqual(namesInOrder(harbin, 'zh'));
  });
});

describe('localName', () => {
  it.each([
    ['the data’s names', { name_en: 'Dalian', name_zh: '大连市' }],
    ['a search result’s or a prefecture’s names', { nameEn: 'Dalian', nameZh: '大连市' }],
  ])('gives the name in the reader’s language, from %s', (_, named) => {
    expect(localName(named, 'en')).toBe('Dalian');
    expect(localName(named, 'zh')).toBe('大连市');
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
