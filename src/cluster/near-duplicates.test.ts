import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COPY_MIN_CONTAINMENT,
  COPY_MIN_JACCARD,
  NearDuplicateFinder,
  nearDuplicateGroups,
  shingleSimilarity,
} from './near-duplicates.js';
import { wordShingles } from './shingles.js';

// A wire report written for this test.
const WIRE = [
  'وزارة الزراعة تتوقع ارتفاع محصول القمح هذا الموسم',
  'الرباط، 3 أبريل 2025 (وكالة الساحل) - توقعت وزارة الزراعة اليوم الخميس أن يبلغ محصول القمح هذا الموسم 4.2 مليون طن، بزيادة 18 في المئة عن الموسم الماضي، بفضل الأمطار التي شهدتها البلاد خلال فصل الشتاء.',
  'وقال مدير الإنتاج النباتي في الوزارة، أحمد الإدريسي، إن المساحات المزروعة بلغت مليونين و300 ألف هكتار، وإن أكثر من نصفها يقع في سهول الشاوية ودكالة والغرب.',
  'وأضاف أن الوزارة ستخصص 450 مليون درهم لدعم شراء البذور المختارة والأسمدة، وأن عمليات الحصاد ستبدأ في منتصف مايو المقبل في المناطق الجنوبية.',
  'وأشار الإدريسي إلى أن أسعار الخبز ستبقى مستقرة، مؤكدا أن المخزون الحالي من الحبوب يكفي لتغطية حاجيات السوق حتى نهاية الصيف.',
].join('\n');

// Reprint: a new headline, an outlet label, the third paragraph trimmed away.
const REPRINT = [
  'موسم قمح قياسي في الأفق: 4.2 مليون طن',
  'بوابة الشمال - متابعات',
  'الرباط، 3 أبريل 2025 (وكالة الساحل) - توقعت وزارة الزراعة اليوم الخميس أن يبلغ محصول القمح هذا الموسم 4.2 مليون طن، بزيادة 18 في المئة عن الموسم الماضي، بفضل الأمطار التي شهدتها البلاد خلال فصل الشتاء.',
  'وقال مدير الإنتاج النباتي في الوزارة، أحمد الإدريسي، إن المساحات المزروعة بلغت مليونين و300 ألف هكتار، وإن أكثر من نصفها يقع في سهول الشاوية ودكالة والغرب.',
  'وأشار الإدريسي إلى أن أسعار الخبز ستبقى مستقرة، مؤكدا أن المخزون الحالي من الحبوب يكفي لتغطية حاجيات السوق حتى نهاية الصيف.',
].join('\n');

// The same report in Eastern Arabic digits, hamza-less alef, ta marbuta as ha, other punctuation.
const VARIANT = [
  'وزارة الزراعة تتوقع ارتفاع محصول القمح هذا الموسم',
  'الرباط - ٣ ابريل ٢٠٢٥ (وكالة الساحل): توقعت وزاره الزراعه اليوم الخميس ان يبلغ محصول القمح هذا الموسم ٤٫٢ مليون طن - بزياده ١٨ في المئه عن الموسم الماضي - بفضل الامطار التي شهدتها البلاد خلال فصل الشتاء',
  'وقال مدير الانتاج النباتي في الوزاره احمد الادريسي: ان المساحات المزروعه بلغت مليونين و٣٠٠ الف هكتار، وان اكثر من نصفها يقع في سهول الشاويه ودكاله والغرب',
  'واضاف ان الوزاره ستخصص ٤٥٠ مليون درهم لدعم شراء البذور المختاره والاسمده، وان عمليات الحصاد ستبدا في منتصف مايو المقبل في المناطق الجنوبيه',
  'واشار الادريسي الى ان اسعار الخبز ستبقى مستقره، مؤكدا ان المخزون الحالي من الحبوب يكفي لتغطيه حاجيات السوق حتى نهايه الصيف',
].join('\n');

// Another report on the same topic: the same vocabulary, written independently.
const OTHER = [
  'تراجع محصول القمح في الجهة الشرقية بسبب الجفاف',
  'وجدة، 5 أبريل 2025 - قالت المديرية الجهوية للزراعة إن محصول القمح في الجهة الشرقية سيتراجع هذا الموسم بنحو 30 في المئة، بعد أن عرفت المنطقة أمطارا أقل من المعدل خلال فصل الشتاء.',
  'وأوضح مسؤول في المديرية أن المساحات المزروعة بالحبوب تقلصت إلى 180 ألف هكتار، وأن الفلاحين طالبوا وزارة الزراعة بدعم إضافي لشراء البذور والأسمدة.',
  'وتوقع المسؤول أن تبدأ عمليات الحصاد في المنطقة مطلع يونيو المقبل، مشيرا إلى أن أسعار الأعلاف ارتفعت في الأسواق المحلية خلال الأسابيع الأخيرة.',
].join('\n');

test('the thresholds are the named constants', () => {
  assert.equal(COPY_MIN_JACCARD, 0.5);
  assert.ok(COPY_MIN_CONTAINMENT > 0.5 && COPY_MIN_CONTAINMENT < 1);
});

test('NearDuplicateFinder: reprint and spelling variant copy the wire; the other report does not', () => {
  const f = new NearDuplicateFinder();
  assert.deepEqual(f.add('wire', WIRE).copies, []);
  const reprint = f.add('reprint', REPRINT).copies;
  assert.deepEqual(reprint.map((c) => c.of), ['wire']);
  assert.ok(reprint[0]!.containment >= 0.8, `trimmed reprint is contained: ${reprint[0]!.containment}`);
  assert.ok(reprint[0]!.similarity < 1);

  const variant = f.add('variant', VARIANT).copies;
  assert.equal(variant[0]!.of, 'wire');
  assert.equal(variant[0]!.similarity, 1, 'digit script, hamza, ta marbuta and punctuation are folded');
  assert.deepEqual(variant.map((c) => c.of), ['wire', 'reprint'], 'most similar first');

  assert.deepEqual(f.add('other', OTHER).copies, []);
  const sim = shingleSimilarity(wordShingles(WIRE), wordShingles(OTHER));
  assert.ok(sim.jaccard < 0.1 && sim.containment < 0.2, JSON.stringify(sim));
  assert.equal(f.size, 4);
  assert.throws(() => f.add('wire', WIRE), /duplicate id/);
});

test('NearDuplicateFinder: a copy found when the trimmed reprint arrives first', () => {
  const f = new NearDuplicateFinder();
  f.add('reprint', REPRINT);
  const copies = f.add('wire', WIRE).copies;
  assert.deepEqual(copies.map((c) => c.of), ['reprint']);
});

test('NearDuplicateFinder: empty and tiny documents copy nothing', () => {
  const f = new NearDuplicateFinder();
  f.add('a', '');
  assert.deepEqual(f.add('b', '').copies, []);
  f.add('wire', WIRE);
  assert.deepEqual(f.add('tiny', 'وزارة الزراعة تتوقع ارتفاع محصول القمح').copies, [], 'contained but too short for containment alone');
});

test('nearDuplicateGroups: one group with its pairs, independent of input order', () => {
  const docs = [
    { id: 'wire', text: WIRE },
    { id: 'reprint', text: REPRINT },
    { id: 'variant', text: VARIANT },
    { id: 'other', text: OTHER },
    { id: 'empty', text: '' },
  ];
  const expected = nearDuplicateGroups(docs);
  assert.equal(expected.length, 1);
  assert.deepEqual(expected[0]!.members, ['reprint', 'variant', 'wire']);
  assert.deepEqual(expected[0]!.pairs.map((p) => `${p.a}|${p.b}`), ['reprint|variant', 'reprint|wire', 'variant|wire']);
  for (const p of expected[0]!.pairs) assert.ok(p.jaccard > 0 && p.jaccard <= 1 && p.containment >= p.jaccard);

  let seed = 42;
  const rand = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let round = 0; round < 20; round++) {
    const shuffled = [...docs];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    assert.deepEqual(nearDuplicateGroups(shuffled), expected);
  }
});

test('nearDuplicateGroups: separate stories make separate groups', () => {
  const groups = nearDuplicateGroups([
    { id: 'b1', text: OTHER },
    { id: 'a1', text: WIRE },
    { id: 'b2', text: OTHER.replace('تراجع محصول القمح في الجهة الشرقية بسبب الجفاف', 'الجفاف يضرب حقول الشرق') },
    { id: 'a2', text: REPRINT },
  ]);
  assert.deepEqual(groups.map((g) => g.members), [['a1', 'a2'], ['b1', 'b2']]);
});
