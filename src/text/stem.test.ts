import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexKeys, stem } from './stem.js';

test('article and preposition+article prefixes meet the bare form', () => {
  assert.equal(stem('بالرياض'), stem('الرياض'));
  assert.equal(stem('الرياض'), 'رياض');
  assert.equal(stem('للمدينة'), stem('المدينة'));
  assert.equal(stem('وبالمدينة'), stem('مدينة'));
  assert.equal(stem('فالحكومة'), stem('كالحكومة'));
});

test('conjunction, article and plural suffix are all stripped', () => {
  assert.equal(stem('والمقاتلين'), stem('المقاتلين'));
  assert.equal(stem('المقاتلين'), stem('مقاتلين'));
  assert.equal(stem('مقاتلين'), 'مقاتل');
  assert.equal(stem('المقاتلون'), 'مقاتل');
});

test('hamza seat spellings give one stem', () => {
  assert.equal(stem('المسؤولون'), stem('المسئولين'));
  assert.equal(stem('مسؤول'), stem('مسئول'));
});

test('tashkeel, tatweel and alef forms do not change the stem', () => {
  assert.equal(stem('المُـؤتَمَر'), stem('المؤتمر'));
  assert.equal(stem('إعلان'), stem('اعلان'));
});

test('short words keep their own first letter', () => {
  assert.equal(stem('بلد'), 'بلد');
  assert.equal(stem('وبلد'), 'بلد');
  assert.equal(stem('كتب'), 'كتب');
  assert.equal(stem('لجنة'), stem('اللجنة'));
  assert.equal(stem('فترة'), stem('الفترة'));
});

test('words that begin with a clitic letter of their own keep it', () => {
  assert.equal(stem('وزير'), stem('الوزير'));
  assert.equal(stem('ووزير'), stem('الوزير'));
  assert.equal(stem('لبنان'), stem('بلبنان'));
  assert.equal(stem('فلسطين'), stem('وفلسطين'));
});

test('a bare preposition comes off a long word', () => {
  assert.equal(stem('لمكافحة'), stem('مكافحة'));
  assert.equal(stem('بمدينة'), stem('مدينة'));
});

test('suffixes leave at least three letters', () => {
  assert.equal(stem('الحكومية'), stem('حكومة'));
  assert.equal(stem('دولي'), stem('الدولة'));
  assert.equal(stem('بيان'), 'بيان');
  assert.equal(stem('بيانات'), 'بيان');
});

test('digits return their ASCII form', () => {
  assert.equal(stem('٢٠٢٣'), '2023');
  assert.equal(stem('۱۴'), '14');
  assert.equal(stem('١٤٨٫٧'), '148.7');
  assert.equal(stem('2,500'), '2500');
});

test('Latin words are lowercased only', () => {
  assert.equal(stem('NATO'), 'nato');
});

test('indexKeys: stems and numbers in order, punctuation and symbols skipped', () => {
  assert.deepEqual(indexKeys('وصل المقاتلون إلى الرياض، ومعهم ٣٠٠ مسؤول (50٪).'), [
    'وصل', 'مقاتل', 'الي', 'رياض', 'معهم', '300', 'مسءول', '50',
  ]);
  assert.deepEqual(indexKeys('... !'), []);
});
