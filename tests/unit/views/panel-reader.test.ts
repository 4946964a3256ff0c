/**
 * The panel's Read the policy view: the whole text, its links, the keys that
 * move through it, and what pointing at a sentence lights on the map.
 */
import { describe, expect, it } from 'vitest';
import { placesNamedIn } from '../../../src/content/atlas-data.ts';
import { Panel } from '../../../src/features/reader/panel.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { data, fakeAtlas, nextFrame } from './fake-atlas.ts';
import { allByRole, byRole, byText, click, press, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

async function openReader(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas({ view: 'reader', ...initial });
  const panel = new Panel({ state: atlas.store, actions: atlas.actions, contextFor: atlas.contextFor, header: [], id: 'panel' });
  document.body.append(panel.element);
  // The reader marks and scrolls to the selection once laid out, on the next frame.
  await nextFrame();
  const reader = byRole(document.body, 'article', { name: STRINGS[atlas.state().lang].tabReader });
  return { ...atlas, reader };
}

const clauses = data.document.sections.flatMap((section) => section.clauses);
const sentence = (id: string) => document.querySelector(`[data-sentence="${id}"]`) as HTMLElement;

describe('the panel’s reader', () => {
  it('holds the title, the number and every clause, each heading a link that shows the clause', async () => {
    const { reader } = await openReader();
    expect(textOf(byRole(reader, 'heading', { name: data.document.meta.title }))).toBe(data.document.meta.title);
    expect(byText(reader, data.document.meta.documentNumber)).toBeTruthy();
    for (const clause of clauses) {
      const link = byRole(reader, 'link', { name: `${clause.number}. ${clause.heading}` });
      expect(link.getAttribute('title')).toBe(EN.showClause(clause.number));
    }
  });

  it('a clause heading selects the clause and the reader stays open, marking it', async () => {
    const { reader, state } = await openReader();
    const clause = clauses[2];
    if (!clause) throw new Error('the text has clauses');
    click(byRole(reader, 'link', { name: `${clause.number}. ${clause.heading}` }));
    expect(state()).toMatchObject({ selection: { kind: 'clause', id: clause.id }, view: 'reader' });
    await nextFrame();
    expect(reader.querySelector('.is-current')?.getAttribute('data-clause')).toBe(clause.id);
  });

  it('a place named in the text selects the place and keeps the reader, since the text names it', async () => {
    const { reader, state } = await openReader();
    const suifenhe = allByRole(reader, 'link', { name: /Suifenhe/ })[0];
    if (!suifenhe) throw new Error('the text names Suifenhe');
    click(suifenhe);
    expect(state()).toMatchObject({ selection: { kind: 'place', id: 'suifenhe' }, view: 'reader' });
  });

  it('a link to a sentence opens the reader with that sentence marked', async () => {
    const { reader } = await openReader({ selection: { kind: 'sentence', id: 'I.5.s12' } });
    const current = reader.querySelectorAll('.is-current');
    expect([...current].map((node) => node.getAttribute('data-sentence'))).toEqual(['I.5.s12']);
    expect(sentence('I.5.s12').tabIndex).toBe(0);
  });

  it('the text is one tab stop: the arrow keys move between headings and sentences, Home and End to the ends', async () => {
    const { reader } = await openReader();
    // The stops are the clause headings' links and the sentences; a sentence's place links follow it in the tab order.
    const stops = () => [...reader.querySelectorAll<HTMLElement>('.clause-link[tabindex="0"], .sentence[tabindex="0"]')];
    const [first] = stops();
    expect(stops()).toHaveLength(1);
    if (!first) throw new Error('the text has a tab stop');
    first.focus();
    expect(press(first, 'ArrowDown')).toBe(true);
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(stops()).toEqual([second]);
    press(second, 'ArrowUp');
    expect(document.activeElement).toBe(first);
    press(first, 'End');
    const lastClause = clauses.at(-1);
    const lastSentence = lastClause?.paragraph.sentences.at(-1);
    expect((document.activeElement as HTMLElement).getAttribute('data-sentence')).toBe(lastSentence?.id);
    press(document.activeElement as HTMLElement, 'Home');
    expect(document.activeElement).toBe(first);
  });

  it('Enter on a sentence selects it', async () => {
    const { state } = await openReader();
    const target = sentence('I.5.s12');
    target.focus();
    press(target, 'Enter');
    expect(state().selection).toEqual({ kind: 'sentence', id: 'I.5.s12' });
  });

  it('pointing at a sentence lights the places it names on the map, and leaving it ends the light', async () => {
    const { previews } = await openReader();
    const target = sentence('I.5.s12');
    target.dispatchEvent(new MouseEvent('mouseenter'));
    expect(previews.at(-1)).toEqual(placesNamedIn(data, 'I.5.s12').map((place) => place.properties.id));
    expect(previews.at(-1)?.length).toBeGreaterThan(0);
    target.dispatchEvent(new MouseEvent('mouseleave'));
    expect(previews.at(-1)).toBeNull();
  });

  it('leaving the reader for Explore ends any light a sentence had started', async () => {
    const { previews, actions } = await openReader();
    sentence('I.5.s12').dispatchEvent(new MouseEvent('mouseenter'));
    actions.setView('details');
    expect(previews.at(-1)).toBeNull();
  });

  it('in Chinese, the title and number lead in Chinese and the reader says the text is the English translation', async () => {
    const { reader } = await openReader({ lang: 'zh' });
    expect(byRole(reader, 'heading', { name: data.document.meta.titleZh })).toBeTruthy();
    expect(byText(reader, data.document.meta.documentNumberZh)).toBeTruthy();
    expect(byText(reader, ZH.quotedInEnglish)).toBeTruthy();
    const englishTitle = byText(reader, data.document.meta.title);
    expect(englishTitle.getAttribute('lang')).toBe('en');
  });

  it('the reader is rebuilt in the new language when the language changes', async () => {
    const { actions } = await openReader();
    actions.setLang('zh');
    expect(byRole(document.body, 'article', { name: ZH.tabReader })).toBeTruthy();
    expect(byRole(document.body, 'heading', { name: data.document.meta.titleZh })).toBeTruthy();
  });
});
