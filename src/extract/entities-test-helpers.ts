// Helpers shared by the entity-finding tests (entities.test.ts, entities-model.test.ts).
import assert from 'node:assert/strict';
import type { BioTag, Mention } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { findMentions } from './entities.js';

/** findMentions over a text, with tags for its words when a test gives a tagger. */
export const find = (text: string, tags?: (words: string[]) => BioTag[]): Mention[] => {
  const tokens = tokenize(text);
  return findMentions(text, tokens, tags ? tags(tokens.map((t) => t.text)) : undefined);
};
export const show = (ms: readonly Mention[]): string[] => ms.map((m) => `${m.type}:${m.text}`);
/** The mention with this text; fails the test, listing what was found, when there is none. */
export const one = (ms: readonly Mention[], text: string): Mention => {
  const m = ms.find((x) => x.text === text);
  assert.ok(m, `no mention '${text}' in ${show(ms).join(' | ')}`);
  return m;
};
