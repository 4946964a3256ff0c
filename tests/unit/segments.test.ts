import { describe, expect, it } from 'vitest';
import { segmentSentence } from '../../src/content/segments.ts';

describe('segmentSentence', () => {
  it.each([
    {
      name: 'keeps a sentence without namings whole',
      text: 'The oil industry shall be optimized.',
      namings: [],
      expected: [{ text: 'The oil industry shall be optimized.' }],
    },
    {
      name: 'marks each naming in order',
      text: 'Yanji and Suifenhe are encouraged.',
      namings: [
        { place: 'suifenhe', words: 'Suifenhe' },
        { place: 'yanji', words: 'Yanji' },
      ],
      expected: [
        { text: 'Yanji', place: 'yanji' },
        { text: ' and ' },
        { text: 'Suifenhe', place: 'suifenhe' },
        { text: ' are encouraged.' },
      ],
    },
    {
      name: 'lets longer words claim their span before a shorter name inside them',
      text: 'Dalian Commodity Exchange is supported, and Dalian too.',
      namings: [
        { place: 'dalian', words: 'Dalian' },
        { place: 'dce', words: 'Dalian Commodity Exchange' },
      ],
      expected: [
        { text: 'Dalian Commodity Exchange', place: 'dce' },
        { text: ' is supported, and ' },
        { text: 'Dalian', place: 'dalian' },
        { text: ' too.' },
      ],
    },
    {
      name: 'ignores words that are not in the sentence',
      text: 'China supports it.',
      namings: [{ place: 'asia', words: 'Asia' }],
      expected: [{ text: 'China supports it.' }],
    },
  ])('$name', ({ text, namings, expected }) => {
    const segments = segmentSentence(text, namings);
    expect(segments).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
