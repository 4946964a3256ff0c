/**
 * What the reader has selected: a place, a prefecture, a clause or a sentence,
 * by id. Here, beside the content it points into, so that the content and the
 * exports can answer "what does this selection cover" without the state.
 */
export type Selection =
  | { kind: 'place'; id: string }
  | { kind: 'division'; id: string }
  | { kind: 'clause'; id: string }
  | { kind: 'sentence'; id: string };
