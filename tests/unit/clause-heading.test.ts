import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/index.ts';
import { clauseTitleRuns, readerClauseHeadingRuns } from '../../src/ui/clause-heading.ts';

const HEADING = 'Speed up the development of modern service industry';

describe('a clause heading in the Chinese interface', () => {
  it('labels the clause number in Chinese and marks only the translation’s heading as English', () => {
    expect(clauseTitleRuns(STRINGS.zh, 5, HEADING)).toEqual([{ text: '第5条 · ' }, { text: HEADING, lang: 'en' }]);
  });

  it('leads the reader’s heading with the Chinese label, not the English “5.”', () => {
    const runs = readerClauseHeadingRuns(STRINGS.zh, 'zh', 5, HEADING);
    expect(runs[0]).toEqual({ text: '第5条 · ' });
    expect(runs.filter((run) => run.lang === 'en').map((run) => run.text)).toEqual([HEADING]);
  });
});

describe('a clause heading in the English interface', () => {
  it('keeps the reader’s numbered heading, all English', () => {
    expect(readerClauseHeadingRuns(STRINGS.en, 'en', 5, HEADING)).toEqual([{ text: `5. ${HEADING}`, lang: 'en' }]);
  });

  it('labels the clause and marks the heading as the translation’s words', () => {
    expect(clauseTitleRuns(STRINGS.en, 6, 'Foster new growth points')).toEqual([
      { text: 'Clause 6 · ' },
      { text: 'Foster new growth points', lang: 'en' },
    ]);
  });
});
