import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_FEATURES,
  documentHints,
  hashString,
  HINT_OWN_SHIFT,
  MAX_FEATURES,
  mix,
  SHAPE_ARABIC,
  SHAPE_DIGIT,
  SHAPE_LATIN,
  SHAPE_PUNCT,
  tokenFeatures,
  wordInfo,
} from './features.js';

test('features: hashing is deterministic and keys are never 0', () => {
  assert.equal(hashString('بنها'), hashString('بنها'));
  assert.notEqual(hashString('بنها'), hashString('طنطا'));
  assert.notEqual(mix(1, 2), mix(2, 1));
  for (let a = 0; a < 2000; a++) assert.notEqual(mix(a, a * 7), 0);
});

test('features: word info folds spelling and finds the clitics stem() strips', () => {
  const a = wordInfo('والمدينة');
  const b = wordInfo('المدينه');
  assert.equal(a.stemH, b.stemH, 'stem of و+ال+مدينة and ال+مدينه meet');
  assert.notEqual(a.cliticPre, b.cliticPre);
  assert.equal(wordInfo('أحمد').normH, wordInfo('احمد').normH);
  assert.equal(wordInfo('سامي'), wordInfo('سامي'), 'cached');
});

test('features: shapes tell script classes apart', () => {
  assert.equal(wordInfo('قنا').shape >> 4, SHAPE_ARABIC);
  assert.equal(wordInfo('Reuters').shape >> 4, SHAPE_LATIN);
  assert.equal(wordInfo('2024').shape >> 4, SHAPE_DIGIT);
  assert.equal(wordInfo('،').shape >> 4, SHAPE_PUNCT);
  assert.notEqual(wordInfo('Reuters').shape, wordInfo('reuters').shape, 'a capital is marked');
});

test('features: a token\'s keys depend on its neighbours and stay within MAX_FEATURES', () => {
  const s1 = ['زار', 'سامي', 'مدينة', 'طنطا'].map(wordInfo);
  const s2 = ['زار', 'سامي', 'مدينة', 'بنها'].map(wordInfo);
  const cfg = { ...DEFAULT_FEATURES, window: 2, ngrams: 3, stemAffixes: 3, contextAffixes: true, bigrams: true, docTags: true, stack: true };
  const a = new Uint32Array(MAX_FEATURES);
  const b = new Uint32Array(MAX_FEATURES);
  const hints = new Uint32Array(4).fill(1 << HINT_OWN_SHIFT);
  const na = tokenFeatures(s1, 1, cfg, a, 0, hints);
  const nb = tokenFeatures(s2, 1, cfg, b, 0, hints);
  assert.ok(na > 20 && na <= MAX_FEATURES);
  assert.equal(na, nb);
  // Same word, one neighbour two to the right differs: most keys agree, some do not.
  const setB = new Set(b.subarray(0, nb));
  const differ = [...a.subarray(0, na)].filter((k) => !setB.has(k)).length;
  assert.ok(differ >= 1 && differ <= 4, `${differ} keys differ`);
  // The longest word we can build stays within the buffer.
  const long = ['و' + 'ب'.repeat(60)].map(wordInfo);
  assert.ok(tokenFeatures(long, 0, cfg, a, 0, new Uint32Array(1)) <= MAX_FEATURES);
});

test('features: document hints carry the first-pass tags of the same stem elsewhere', () => {
  // Tags: O=0, B-PERS=1, B-LOC=3.
  const sents = [['زار', 'سامي', 'طنطا'], ['عاد', 'وسامي', '.'], ['غادر', 'سامي']].map((s) => s.map(wordInfo));
  const tags = [Int32Array.from([0, 1, 3]), Int32Array.from([0, 0, 0]), Int32Array.from([0, 1])];
  const all = documentHints(sents, tags, Infinity);
  // سامي in sentence 2 (وسامي, tagged O) sees B-PERS twice elsewhere.
  assert.equal(all[1]![1]! & 0x1ff, 1 << 1);
  assert.equal(all[1]![1]! >>> HINT_OWN_SHIFT, 1, 'own tag O + 1');
  // سامي in sentence 1 sees B-PERS (sentence 3) and O (sentence 2).
  assert.equal(all[0]![1]! & 0x1ff, (1 << 1) | (1 << 0));
  // A word seen once has no document bits; punctuation never takes part.
  assert.equal(all[0]![2]! & 0x1ff, 0);
  assert.equal(all[1]![2]! & 0x1ff, 0);
  // With a window of 0 sentences, only the same sentence counts.
  const near = documentHints(sents, tags, 0);
  assert.equal(near[1]![1]! & 0x1ff, 0);
  const one = documentHints(sents, tags, 1);
  assert.equal(one[0]![1]! & 0x1ff, 1 << 0, 'sentence 3 is out of reach of sentence 1');
});
