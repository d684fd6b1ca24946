import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeForMatch } from '../text/normalize.js';
import { arabicSkeleton, deletionKeys, foreignSkeleton, withinOneEdit, withoutArticle } from './skeleton.js';

const fs = (w: string): string => foreignSkeleton(normalizeForMatch(w));
const as = (w: string): string => arabicSkeleton(normalizeForMatch(w));

test('skeleton: spellings of one foreign name meet', () => {
  const pairs: Array<[string, string]> = [
    ['بلينكن', 'بلينكين'], // a long vowel written or not
    ['أنتوني', 'أنطوني'], // ت / ط
    ['توجو', 'توغو'], // g as ج or غ
    ['جوجل', 'غوغل'],
    ['كاثرين', 'كاترين'], // th as ث or ت
    ['ماريا', 'مارية'], // a final ة read as the vowel
    ['سكوت', 'سكّوت'], // a shadda written or not
    ['فيكتور', 'ڤيكتور'],
  ];
  for (const [a, b] of pairs) assert.equal(fs(a), fs(b), `${a} / ${b}`);
  assert.notEqual(fs('بايدن'), fs('بلينكن'));
});

test('skeleton: Arabic names keep their vowels, so different names stay apart', () => {
  assert.notEqual(as('محمد'), as('محمود'));
  assert.notEqual(as('حسن'), as('حسين'));
  assert.equal(as('أسامة'), as('اسامه'));
  assert.equal(as('ضياء'), as('ضيا'));
});

test('skeleton: the article comes off a place name of four letters or more', () => {
  assert.equal(withoutArticle('الهول'), 'هول');
  assert.equal(withoutArticle('الي'), 'الي');
});

test('skeleton: one edit, and the deletion keys that find it', () => {
  assert.ok(withinOneEdit('خول', 'هول'));
  assert.ok(withinOneEdit('بلنكن', 'بلنكين'));
  assert.ok(withinOneEdit('ابc', 'اب'));
  assert.ok(!withinOneEdit('خول', 'روج'));
  assert.ok(!withinOneEdit('abcd', 'ab'));
  const shared = (a: string, b: string): boolean => deletionKeys(a).some((k) => deletionKeys(b).includes(k));
  assert.ok(shared('خول', 'هول'));
  assert.ok(shared('بلنكن', 'بلنكين'));
  assert.ok(!shared('خول', 'روج'));
});

test('skeleton: the Maghrebi ڨ and Moroccan ڭ are g in foreign names', () => {
  assert.equal(fs('هاڨمان'), fs('هاغمان'));
  assert.equal(fs('ڭوتيريش'), fs('غوتيريش'));
});
