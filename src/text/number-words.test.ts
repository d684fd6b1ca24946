import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { findNumbers, parseNumberAt, scaleExact } from './number-words.js';

/** Every number in s as [value, text as shown]. */
function nums(s: string): [number, string][] {
  return findNumbers(tokenize(s), s).map((m) => [m.value, s.slice(m.span.start, m.span.end)]);
}

/** The one number in s. */
function one(s: string): number {
  const all = nums(s);
  assert.equal(all.length, 1, `${s}: ${JSON.stringify(all)}`);
  return all[0]![0];
}

test('units in every case and gender form', () => {
  for (const w of ['ثلاثة', 'ثلاث']) assert.equal(one(`وصل ${w} وزراء`), 3);
  for (const w of ['ثمانية', 'ثماني', 'ثمان', 'ثمانيًا']) assert.equal(one(`اعتقلت الشرطة ${w}`), 8);
  for (const w of ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']) assert.equal(one(`أصيب ${w} من الحراس`), 2);
  for (const w of ['عشرة', 'عشر']) assert.equal(one(`بعد ${w} سنوات من الحرب`), 10);
  assert.equal(one('زار الوفد أربع مدن'), 4);
  assert.equal(one('أغلقت السلطات تسعة مخيمات'), 9);
});

test('tens, nominative and oblique', () => {
  assert.equal(one('شارك ثلاثون مندوبا'), 30);
  assert.equal(one('بحضور ثلاثين مندوبا'), 30);
  assert.equal(one('قرابة تسعين شاحنة'), 90);
  assert.equal(one('نحو سبعون أسرة'), 70);
});

test('the teens, eleven to nineteen, both genders', () => {
  const units = ['أحد', 'اثنا', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'];
  units.forEach((u, k) => assert.equal(one(`قتل ${u} عشر مدنيا`), 11 + k, u));
  assert.equal(one('استمر الحصار إحدى عشرة ساعة'), 11);
  assert.equal(one('تسلمت اثني عشر طلبا'), 12);
  assert.equal(one('خلال ثلاث عشرة دقيقة'), 13);
});

test('compounds joined by و', () => {
  assert.equal(one('دمرت خمسة وعشرين منزلا'), 25);
  assert.equal(one('وصلت مئة وخمسون شاحنة'), 150);
  assert.equal(one('وصلت مئة وخمسة وعشرون شاحنة'), 125);
  assert.equal(one('عاد واحد وعشرون صيادا'), 21);
  assert.equal(one('بلغ عدد الضحايا ثلاثمئة وسبعة عشر'), 317);
});

test('hundreds in both spellings, dual and one-word forms', () => {
  assert.equal(one('نحو مئة جندي'), 100);
  assert.equal(one('نحو مائة جندي'), 100);
  assert.equal(one('أرسلت مئتين من الجنود'), 200);
  assert.equal(one('أرسلت مائتان من الجنود'), 200);
  assert.equal(one('نزح ثلاثمئة شخص'), 300);
  assert.equal(one('نزح ثلاثمائة شخص'), 300);
  assert.equal(one('نزح ثلاث مئة شخص'), 300);
  assert.equal(one('تضرر تسعمائة مسكن'), 900);
});

test('scales: singular, accusative, dual and plural forms', () => {
  assert.equal(one('خصصت ألف خيمة'), 1000);
  assert.equal(one('وزعت ثلاثة آلاف سلة'), 3000);
  assert.equal(one('وزعت ألفين سلة'), 2000);
  assert.equal(one('وزعت خمسين ألفا من السلال'), 50000);
  assert.equal(one('يعيش مليون لاجئ'), 1e6);
  assert.equal(one('يعيش أربعة ملايين لاجئ'), 4e6);
  assert.equal(one('يعيش مليونين من اللاجئين'), 2e6);
  assert.equal(one('تلقى عشرين مليونا من المانحين'), 20e6);
  assert.equal(one('بلغت الكلفة مليار دولار'), 1e9);
  assert.equal(one('بلغت الكلفة ثلاثة مليارات'), 3e9);
  assert.equal(one('بلغت الكلفة بليون دولار'), 1e9);
  assert.equal(one('ثلاثمئة وخمسون ألفًا من الزوار'), 350000);
});

test('several parts with decreasing scales', () => {
  assert.equal(one('يبلغ عدد السكان ثلاثة ملايين وخمسمئة ألف وعشرون'), 3500020);
  assert.equal(one('مليون و200 ألف نسمة'), 1200000);
  assert.equal(one('ألفين وخمسمئة عامل'), 2500);
  assert.equal(one('مئتا ألف نازح'), 200000);
  assert.equal(one('ألف مليون دولار'), 1e9);
});

test('halves and quarters of a scale', () => {
  assert.equal(one('نحو نصف مليون نازح'), 500000);
  assert.equal(one('ربع مليون طن'), 250000);
  assert.equal(one('مليون ونصف المليون زائر'), 1500000);
  assert.equal(one('مليونان ونصف'), 2500000);
  assert.deepEqual(nums('نصف السكان'), []);
});

test('clitics on the first word are read and left out of the span', () => {
  assert.deepEqual(nums('تبرع بعشرة ملايين'), [[10e6, 'عشرة ملايين']]);
  assert.deepEqual(nums('رفعت السعر لمئة'), [[100, 'مئة']]);
  assert.deepEqual(nums('عشرون رجلا وثلاثين امرأة'), [
    [20, 'عشرون'],
    [30, 'ثلاثين'],
  ]);
  assert.deepEqual(nums('وَبِعَشَرَةِ آلاف'), [[10000, 'عَشَرَةِ آلاف']]);
  const m = parseNumberAt(tokenize('وبألفي'), 0)!;
  assert.equal(m.value, 2000);
  assert.equal(m.clitic, 'وب');
});

test('hamza, alef, ta marbuta and tashkeel variants', () => {
  assert.equal(one('اربعة الاف'), 4000);
  assert.equal(one('إثنان'), 2);
  assert.equal(one('مائه'), 100);
  assert.equal(one('ثَلاثَةُ'), 3);
  assert.equal(one('خمـسة'), 5);
  assert.equal(one('ثمانى'), 8);
});

test('digits with scale words, any digit script', () => {
  assert.deepEqual(nums('اعتقل 10 آلاف'), [[10000, '10 آلاف']]);
  assert.equal(one('1.5 مليار'), 1.5e9);
  assert.equal(one('١٤٨٫٧ مليون'), 148700000);
  assert.equal(one('۲۵ ألف'), 25000);
  assert.equal(one('2,5 مليون'), 2500000);
  assert.equal(one('يعيش 10 000 شخص'), 10000);
  assert.equal(one('12,500 طن'), 12500);
});

test('a و-joined group before an equal scale starts the next number', () => {
  assert.deepEqual(nums('خمسة آلاف وسبعة آلاف'), [
    [5000, 'خمسة آلاف'],
    [7000, 'سبعة آلاف'],
  ]);
  assert.deepEqual(nums('بين 5 آلاف و7 آلاف'), [
    [5000, '5 آلاف'],
    [7000, '7 آلاف'],
  ]);
  // Two units or two tens in a row are two numbers (a range is read by the caller).
  assert.deepEqual(nums('خمسة وسبعة'), [
    [5, 'خمسة'],
    [7, 'سبعة'],
  ]);
});

test('words that only look like numbers are not numbers', () => {
  assert.deepEqual(nums('وقعت الهجمات في وقت واحد'), []);
  assert.deepEqual(nums('قال أحد المسؤولين'), []);
  assert.deepEqual(nums('يحتجز آلاف الأشخاص'), []);
  assert.deepEqual(nums('انعقد المؤتمر الحادي عشر'), []);
  assert.deepEqual(nums('الدورة الثالثة عشرة'), []);
  assert.deepEqual(nums('أثنى الوزير على الجهود'), []);
  assert.deepEqual(nums('لست أدري'), []);
  assert.deepEqual(nums('الخمسة الكبار'), []);
});

test('token range and scale of a match', () => {
  const toks = tokenize('أعلنت عن 7 ملايين دولار');
  const m = parseNumberAt(toks, 2)!;
  assert.equal(m.start, 2);
  assert.equal(m.end, 4);
  assert.equal(m.scale, 1e6);
  assert.equal(m.value, 7e6);
  assert.equal(m.digitsOnly, false);
  assert.equal(m.scaled, true);
  const plain = parseNumberAt(tokenize('نحو 40'), 1)!;
  assert.equal(plain.digitsOnly, true);
  assert.equal(plain.scale, undefined);
  assert.equal(parseNumberAt(toks, 0), null);
  const alone = parseNumberAt(tokenize('ألفا'), 0)!;
  assert.equal(alone.value, 1000);
  assert.equal(alone.dualIfConstruct, true);
});

test('decimals times scales come out exact', () => {
  assert.equal(scaleExact(148.7, 1e6), 148700000);
  assert.equal(scaleExact(1.27, 1e9), 1270000000);
  assert.equal(scaleExact(0.3, 1e3), 300);
  assert.equal(scaleExact(12, 1e3), 12000);
});
