import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intersectionSize, wordShingles } from './shingles.js';

test('wordShingles: one distinct hash per k-word window, sorted', () => {
  const sh = wordShingles('قال الوزير إن الخطة جاهزة وإن التنفيذ يبدأ غدا', 4);
  assert.equal(sh.length, 9 - 4 + 1);
  for (let i = 1; i < sh.length; i++) assert.ok(sh[i - 1]! < sh[i]!);
  // A repeated window counts once.
  assert.equal(wordShingles('أ ب ج د أ ب ج د', 4).length, 4 + 1 - 1);
});

test('wordShingles: punctuation, hamza, tashkeel and digit script do not matter', () => {
  const a = wordShingles('أعلنت الوزارة، إن 35 فرقة إطفاء شاركت في إخماد الحريق.');
  const b = wordShingles('اعلنت الوزاره - ان ٣٥ فِرقة اطفاء شاركت في اخماد الحريق');
  assert.deepEqual(b, a);
  assert.equal(intersectionSize(a, b), a.length);
});

test('wordShingles: word order matters; short and empty texts', () => {
  const a = wordShingles('الوزير زار المدينة صباح اليوم');
  const b = wordShingles('صباح اليوم زار الوزير المدينة');
  assert.ok(intersectionSize(a, b) < a.length);
  assert.equal(wordShingles('خبر عاجل').length, 1);
  assert.notDeepEqual(wordShingles('خبر عاجل'), wordShingles('عاجل خبر'));
  assert.equal(wordShingles('... !! ،').length, 0);
  assert.equal(wordShingles('').length, 0);
  assert.throws(() => wordShingles('نص', 0), RangeError);
});

test('intersectionSize merges sorted sets', () => {
  assert.equal(intersectionSize(Uint32Array.of(1, 3, 5, 9), Uint32Array.of(2, 3, 9, 10)), 2);
  assert.equal(intersectionSize(Uint32Array.of(), Uint32Array.of(1)), 0);
});
