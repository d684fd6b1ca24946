import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeNumber, tokenize } from './tokenize.js';

const kinds = (s: string) => tokenize(s).map((t) => [t.kind, t.text]);

test('words: Arabic and Latin letter runs, with the match key as norm', () => {
  const toks = tokenize('أعلنَ الوزيرُ عن خطة NATO');
  assert.deepEqual(toks.map((t) => t.text), ['أعلنَ', 'الوزيرُ', 'عن', 'خطة', 'NATO']);
  assert.ok(toks.every((t) => t.kind === 'word'));
  assert.deepEqual(toks.map((t) => t.norm), ['اعلن', 'الوزير', 'عن', 'خطه', 'nato']);
});

test('words keep tashkeel, tatweel and ZWNJ inside them', () => {
  assert.deepEqual(kinds('الـقُـدس مي\u200cروم'), [['word', 'الـقُـدس'], ['word', 'مي\u200cروم']]);
  assert.equal(tokenize('الـقُـدس')[0]!.norm, 'القدس');
  // an invisible joiner at a word's edge is not part of it
  assert.deepEqual(kinds('\u200cكلمة\u200c'), [['word', 'كلمة']]);
});

test('words split where the script changes', () => {
  assert.deepEqual(kinds('iPhoneالجديد'), [['word', 'iPhone'], ['word', 'الجديد']]);
});

test('numbers in any script, with internal separators', () => {
  const toks = tokenize('بلغ 148.7 و١٤٨٫٧ و10,000 و٢٬٠٠٠ و۱۲');
  const nums = toks.filter((t) => t.kind === 'number');
  assert.deepEqual(nums.map((t) => t.text), ['148.7', '١٤٨٫٧', '10,000', '٢٬٠٠٠', '۱۲']);
  assert.deepEqual(nums.map((t) => t.norm), ['148.7', '148.7', '10000', '2000', '12']);
});

test('a trailing dot or comma is not part of a number', () => {
  assert.deepEqual(kinds('عام 2019. ثم 86, و5،'), [
    ['word', 'عام'], ['number', '2019'], ['punct', '.'], ['word', 'ثم'], ['number', '86'],
    ['punct', ','], ['word', 'و'], ['number', '5'], ['punct', '،'],
  ]);
});

test('number keys: grouping dropped, decimal point kept', () => {
  assert.equal(normalizeNumber('1,000,000'), '1000000');
  assert.equal(normalizeNumber('1.000.000'), '1000000');
  assert.equal(normalizeNumber('1,5'), '1.5');
  assert.equal(normalizeNumber('1.250,75'), '1250.75');
  assert.equal(normalizeNumber('1,250.75'), '1250.75');
  assert.equal(normalizeNumber('٣٬٢٥٠٫٥'), '3250.5');
});

test('punctuation: Arabic and Latin marks, quotes, brackets, dashes', () => {
  const s = '«نعم»، قال: “لا”؛ (ربما) - أو — لماذا؟! [هنا] …/';
  const punct = tokenize(s).filter((t) => t.kind === 'punct').map((t) => t.text).join('');
  assert.equal(punct, '«»،:“”؛()-—؟![]…/');
  const comma = tokenize('نعم،')[1]!;
  assert.deepEqual([comma.kind, comma.norm], ['punct', ',']);
});

test('symbols: percent, currency and anything else that is not a space', () => {
  assert.deepEqual(kinds('50٪ 20% $5 €3 *'), [
    ['number', '50'], ['symbol', '٪'], ['number', '20'], ['symbol', '%'], ['symbol', '$'],
    ['number', '5'], ['symbol', '€'], ['number', '3'], ['symbol', '*'],
  ]);
  assert.equal(tokenize('٪')[0]!.norm, '%');
  assert.deepEqual(kinds('تم 👍'), [['word', 'تم'], ['symbol', '👍']]);
});

test('offsets index into the given text; invisible controls and odd spaces separate', () => {
  const s = ' \u200fقال\u00a0الوزير:\u200b 12 ';
  for (const t of tokenize(s)) assert.equal(s.slice(t.start, t.end), t.text);
  assert.deepEqual(kinds(s), [['word', 'قال'], ['word', 'الوزير'], ['punct', ':'], ['number', '12']]);
});

test('empty and space-only text gives no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \n\t\u00a0'), []);
});
