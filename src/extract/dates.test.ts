import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention, DatePrecision } from '../types.js';
import { extractDates } from './dates.js';
import { hijriMonthStart, isoDay, toHijri } from './date-math.js';

const ref = (date: string, precision: DatePrecision = 'day') => ({ reference: { date, precision } });

/** The one mention whose text contains `surface`. */
function find(ds: DateMention[], surface: string): DateMention {
  const hits = ds.filter((d) => d.text.includes(surface) || surface.includes(d.text));
  assert.equal(hits.length, 1, `expected one mention for "${surface}", got ${JSON.stringify(ds.map((d) => d.text))}`);
  return hits[0]!;
}

function only(text: string, opts?: Parameters<typeof extractDates>[1]): DateMention {
  const ds = extractDates(text, opts);
  assert.equal(ds.length, 1, `expected one mention in "${text}", got ${JSON.stringify(ds.map((d) => d.text))}`);
  return ds[0]!;
}

/** ISO day of a Hijri date, found the way the brief asks: by walking Gregorian days with Intl. */
function hijriToIsoByScan(hy: number, hm: number, hd: number): string {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  // Start well before: 1 AH ≈ 622 CE, 354.37 days a year.
  let t = Date.UTC(622, 6, 19) + Math.round((hy - 1) * 354.367 - 40) * 86_400_000;
  for (let i = 0; i < 800; i++, t += 86_400_000) {
    const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    if (parseInt(p.year!, 10) === hy && parseInt(p.month!, 10) === hm && parseInt(p.day!, 10) === hd) return new Date(t).toISOString().slice(0, 10);
  }
  throw new Error('not found');
}

// ---- month names in every naming ----

const EGYPTIAN: Array<[string, number]> = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['مايو', 5], ['يونيو', 6],
  ['يونية', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
];
const LEVANTINE: Array<[string, number]> = [
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8],
  ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
];
const MAGHREBI: Array<[string, number]> = [
  ['جانفي', 1], ['فيفري', 2], ['مارس', 3], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
  ['سبتمبر', 9], ['أكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
];
const MOROCCAN: Array<[string, number]> = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ماي', 5], ['يونيو', 6], ['يوليوز', 7], ['غشت', 8],
  ['شتنبر', 9], ['أكتوبر', 10], ['نونبر', 11], ['دجنبر', 12],
];

for (const [naming, table] of [['Egyptian/Gulf', EGYPTIAN], ['Levantine/Iraqi', LEVANTINE], ['Algerian/Tunisian', MAGHREBI], ['Moroccan', MOROCCAN]] as const) {
  test(`months: ${naming} names, with a day and a year`, () => {
    for (const [name, m] of table) {
      const text = `افتتحت البلدية السوق الجديد في 5 ${name} 2021 بحضور عدد من التجار.`;
      const d = only(text);
      assert.equal(d.value, `2021-${String(m).padStart(2, '0')}-05`, name);
      assert.equal(d.precision, 'day');
      assert.equal(d.inferred, false);
      assert.equal(d.text, `5 ${name} 2021`);
    }
  });
  test(`months: ${naming} names, month and year`, () => {
    for (const [name, m] of table) {
      const d = only(`تراجعت صادرات القمح خلال ${name} 2019 بسبب الجفاف.`);
      assert.equal(d.value, `2019-${String(m).padStart(2, '0')}`, name);
      assert.equal(d.precision, 'month');
    }
  });
}

test('months: the combined form and a second naming in brackets', () => {
  assert.equal(only('ارتفع سعر الخبز في شباط / فبراير 2020 للمرة الثانية.').value, '2020-02');
  assert.equal(only('عاد السفير إلى عمله في حزيران (يونيو) 2019 بعد غياب.').value, '2019-06');
  assert.equal(only('صدر الحكم يوم 14 يونيو/حزيران 2018 في جلسة علنية.').value, '2018-06-14');
  assert.equal(only('وقعت الاتفاقية في 3 تشرين الأول/أكتوبر 2016 في جنيف.').value, '2016-10-03');
});

test('months: clitics, hamza and ta marbuta variants', () => {
  assert.equal(only('وفي أيار 2018 انطلقت الحملة الانتخابية في المدن الكبرى.').value, '2018-05');
  assert.equal(only('تعود القضية إلى 2 يونية 2015 حين اعتقل الصحفي.').value, '2015-06-02');
  assert.equal(only('أرجئت الجلسة لـمارس 2022 بطلب من الدفاع.').value, '2022-03');
  assert.equal(only('ومنذ إبريل 2020 لم يصرف الموظفون رواتبهم.').value, '2020-04');
  assert.equal(only('تأجلت الانتخابات البلدية بيوليو 2017 إلى موعد لاحق.').value, '2017-07');
});

test('months: day numbers in every digit script, with من, and ordinal words', () => {
  assert.equal(only('انطلق المهرجان في ٨ يونيو ٢٠٢٣ على شاطئ المدينة.').value, '2023-06-08');
  assert.equal(only('انطلق المهرجان في ۸ يونيو ۲۰۲۳ على شاطئ المدينة.').value, '2023-06-08');
  assert.equal(only('أغلقت المعابر في 11 من أيار 2021 أمام الشاحنات.').value, '2021-05-11');
  assert.equal(only('تسلم الرئيس مهامه في الخامس من يونيو 2020 رسميا.').value, '2020-06-05');
  assert.equal(only('اندلع الحريق فجر الحادي والعشرين من آذار 2019 في المستودع.').value, '2019-03-21');
  assert.equal(only('أعلن الاتحاد في الثاني عشر من كانون الأول 2017 نتائج القرعة.').value, '2017-12-12');
  assert.equal(only('وصل الوفد في الأول من تموز 2014 إلى العاصمة.').value, '2014-07-01');
});

test('months: a day that does not exist resolves to null', () => {
  const d = only('زعم البيان أن الاجتماع عقد في 30 شباط 2021 وهو خطأ.');
  assert.equal(d.value, null);
  assert.equal(d.precision, 'day');
});

test('months: a month word that is also a name or a verb is not a date alone', () => {
  assert.deepEqual(extractDates('قال وزير الخارجية لويجي دي مايو إن الحكومة ستدعم المبادرة.'), []);
  assert.deepEqual(extractDates('مارس الضغط على النواب حتى وافقوا على القانون.'), []);
  assert.deepEqual(extractDates('التقى الوزير بالسيد رمضان عبد الله في مكتبه.'), []);
  // but with a preposition, a year, a day or شهر they are months
  assert.equal(only('يبدأ الموسم السياحي في يونيو كل عام.', ref('2022-02-10')).value, '2022-06');
  assert.equal(only('يكثر الطلب على التمور خلال شهر رمضان من كل سنة.', ref('2023-02-01')).precision, 'month');
  assert.equal(only('سجلت الأسعار في مارس 2021 أعلى مستوى لها.').value, '2021-03');
});

test('numeric dates', () => {
  assert.equal(only('صدر المرسوم بتاريخ 08/06/2023 ونشر في الجريدة الرسمية.').value, '2023-06-08');
  assert.equal(only('صدر المرسوم بتاريخ 2023-06-08 ونشر في الجريدة الرسمية.').value, '2023-06-08');
  assert.equal(only('صدر المرسوم بتاريخ ٨/٦/٢٠٢٣ ونشر في الجريدة الرسمية.').value, '2023-06-08');
  assert.equal(only('صدر المرسوم بتاريخ 08.06.2023 ونشر في الجريدة الرسمية.').value, '2023-06-08');
});

// ---- years ----

test('years: with a year word, after a preposition, in any digits', () => {
  const a = only('تأسست الشركة عام 2014 برأس مال صغير.');
  assert.deepEqual([a.text, a.value, a.precision, a.inferred], ['عام 2014', '2014', 'year', false]);
  assert.equal(only('يعاني القطاع من الركود منذ 2011 تقريبا.').value, '2011');
  assert.equal(only('بلغت الصادرات ذروتها في ٢٠٢٣ بعد سنوات من التراجع.').value, '2023');
  assert.equal(only('ارتفع عدد السكان في السنة 2010 إلى مليونين.').value, '2010');
  assert.equal(only('ولد الشاعر سنة 1948 في قرية ساحلية.').value, '1948');
});

test('years: counts and document numbers are not years', () => {
  assert.deepEqual(extractDates('قتل أكثر من 2000 من المدنيين في القصف.'), []);
  assert.deepEqual(extractDates('بينهم 1950 طفلا وفق الأمم المتحدة.'), []);
  assert.deepEqual(extractDates('طالب المندوب بتطبيق القرار رقم 2334 فورا.'), []);
  assert.deepEqual(extractDates('شارك في المسابقة 2021 متسابقا من عشرين دولة.'), []);
});

// ---- weekdays ----

test('weekdays: every name, with and without يوم, against a reference (Thursday 8 June 2023)', () => {
  const r = ref('2023-06-08');
  const expect: Array<[string, string]> = [
    ['الأحد', '2023-06-04'], ['الاثنين', '2023-06-05'], ['الإثنين', '2023-06-05'], ['الثلاثاء', '2023-06-06'],
    ['الأربعاء', '2023-06-07'], ['الخميس', '2023-06-08'], ['الجمعة', '2023-06-02'], ['السبت', '2023-06-03'],
  ];
  for (const [name, iso] of expect) {
    const a = only(`وصل المبعوث إلى العاصمة يوم ${name} في زيارة قصيرة.`, r);
    assert.equal(a.value, iso, name);
    assert.equal(a.text, `يوم ${name}`);
    assert.equal(a.inferred, true);
    assert.equal(only(`قال المتحدث، ${name}، إن المفاوضات ستستأنف.`, r).value, iso, name);
  }
});

test('weekdays: اليوم + weekday is the reference date; a contradiction gives null', () => {
  const a = only('انطلقت اليوم الخميس أعمال القمة الاقتصادية في الدوحة.', ref('2023-06-08'));
  assert.deepEqual([a.text, a.value], ['اليوم الخميس', '2023-06-08']);
  const b = only('انطلقت اليوم الاثنين أعمال القمة الاقتصادية في الدوحة.', ref('2023-06-08'));
  assert.equal(b.value, null);
  assert.match(b.evidence, /contradicts/u);
});

test('weekdays: الماضي and المقبل move strictly before and after', () => {
  const r = ref('2023-06-08');
  assert.equal(only('زار الوزير المصنع الخميس الماضي برفقة المحافظ.', r).value, '2023-06-01');
  assert.equal(only('يزور الوزير المصنع الخميس المقبل برفقة المحافظ.', r).value, '2023-06-15');
  assert.equal(only('عقدت الجلسة يوم الثلاثاء الماضي دون حضور المعارضة.', r).value, '2023-06-06');
  assert.equal(only('تعقد الجلسة يوم السبت القادم في مقر البرلمان.', r).value, '2023-06-10');
});

test('weekdays: without a reference the value is null, the mention is found', () => {
  const a = only('أعلنت النقابة يوم الثلاثاء إضرابا مفتوحا في الموانئ.');
  assert.deepEqual([a.text, a.value, a.precision], ['يوم الثلاثاء', null, 'day']);
  const b = only('اجتمع المجلس اليوم الأحد لمناقشة الموازنة.');
  assert.deepEqual([b.text, b.value, b.precision], ['اليوم الأحد', null, 'day']);
});

test('weekdays: الاثنين "the two", صلاة الجمعة and الأحد عشر are not dates', () => {
  assert.deepEqual(extractDates('جرت مصالحة بين الاثنين بعد سنوات من الخلاف.'), []);
  assert.deepEqual(extractDates('ألقى الإمام خطبة الجمعة في المسجد الكبير.'), []);
  assert.deepEqual(extractDates('وصل اللاعبون الأحد عشر إلى الملعب مبكرا.'), []);
  assert.equal(extractDates('أدى المصلون صلاة الجمعة يوم الجمعة في الساحة.').length, 1);
});

// ---- relative expressions ----

test('relative days against the reference', () => {
  const r = ref('2022-05-11');
  const expect: Array<[string, string]> = [
    ['اليوم', '2022-05-11'], ['أمس', '2022-05-10'], ['أول أمس', '2022-05-09'], ['أول من أمس', '2022-05-09'],
    ['غدا', '2022-05-12'], ['غداً', '2022-05-12'], ['بعد غد', '2022-05-13'],
  ];
  for (const [w, iso] of expect) {
    const a = only(`أكد المتحدث ${w} أن الحدود ستبقى مفتوحة.`, r);
    assert.deepEqual([a.text, a.value, a.precision, a.inferred], [w, iso, 'day', true], w);
  }
  assert.equal(only('وكانت الشرطة أوقفت المشتبه به أمس الثلاثاء في منزله.', r).value, '2022-05-10');
  assert.equal(only('تنطلق الامتحانات الوطنية يوم غد الخميس في كل الولايات.', r).value, '2022-05-12');
  assert.equal(only('يصل الوفد صباح غد إلى المطار.', r).value, '2022-05-12');
  assert.deepEqual(extractDates('دعا الخطيب الشباب إلى العمل من أجل غد أفضل.', r), []);
  assert.equal(only('أحبط الحرس البحري عشرات المحاولات منذ غرة جانفي الماضي.', r).value, '2022-01-01');
  assert.equal(only('تبدأ العطلة المدرسية في غرة شهر رمضان 1443 هـ.').precision, 'day');
});

test('relative units: month, year, week', () => {
  const r = ref('2022-05-11');
  const expect: Array<[string, string, DatePrecision]> = [
    ['الشهر الماضي', '2022-04', 'month'], ['الشهر الحالي', '2022-05', 'month'], ['الشهر الجاري', '2022-05', 'month'],
    ['الشهر المقبل', '2022-06', 'month'], ['العام الماضي', '2021', 'year'], ['السنة الماضية', '2021', 'year'],
    ['العام المقبل', '2023', 'year'], ['العام الحالي', '2022', 'year'], ['السنة الحالية', '2022', 'year'],
    ['هذا العام', '2022', 'year'], ['هذا الشهر', '2022-05', 'month'],
  ];
  for (const [w, v, p] of expect) {
    const a = only(`ارتفعت أسعار الوقود ${w} بنسبة ملحوظة.`, r);
    assert.deepEqual([a.text, a.value, a.precision], [w, v, p], w);
  }
  // Clitics: للعام, بالشهر
  assert.equal(only('قدرت الحكومة العجز للعام المقبل بمليار دينار.', r).value, '2023');
  // A week: the finest precision its days share.
  assert.deepEqual(
    [only('زار الوفد المنطقة الأسبوع الماضي.', ref('2022-05-20')).value, only('زار الوفد المنطقة الأسبوع الماضي.', ref('2022-05-20')).precision],
    ['2022-05', 'month'],
  );
  assert.equal(only('زار الوفد المنطقة الأسبوع الماضي.', ref('2022-05-03')).precision, 'year');
});

test('relative units: العام as the adjective "general" is not a year', () => {
  assert.deepEqual(extractDates('انتقد الأمين العام الحالي أداء المنظمة.', ref('2022-05-11')), []);
  assert.deepEqual(extractDates('استدعى المدعي العام السابق عددا من الشهود.', ref('2022-05-11')), []);
});

test('relative months: X الماضي, X الحالي/الجاري, X المقبل, month of last year', () => {
  const r = ref('2022-05-11');
  assert.equal(only('هاجم مسلحون السجن في كانون الثاني الماضي.', r).value, '2022-01');
  assert.equal(only('أجريت الانتخابات في أيار الماضي بعد تأجيلها.', r).value, '2021-05');
  assert.equal(only('تنطلق المفاوضات في ديسمبر المقبل بجنيف.', r).value, '2022-12');
  assert.equal(only('تنطلق المفاوضات في مارس المقبل بجنيف.', r).value, '2023-03');
  assert.equal(only('أعلنت الوزارة في 9 من أيار الحالي عن خطة جديدة.', r).value, '2022-05-09');
  assert.equal(only('صدر القرار في 20 مايو الجاري.', r).value, '2022-05-20');
  assert.equal(only('تضرر المحصول في يونيو من العام الماضي.', r).value, '2021-06');
  // a day and month "last": the latest such day before the reference
  assert.equal(only('توقفت الرحلات منذ 2 مايو الماضي.', r).value, '2022-05-02');
  assert.equal(only('توقفت الرحلات في 20 مايو الماضي.', r).value, '2021-05-20');
  // without a reference: found, unresolved
  const a = only('هاجم مسلحون السجن في كانون الثاني الماضي.');
  assert.deepEqual([a.value, a.precision], [null, 'month']);
});

test('a day and month without a year take the year from the reference', () => {
  const a = only('أغلق المطار في 14 أيار بسبب العاصفة.', ref('2022-05-20'));
  assert.deepEqual([a.value, a.inferred], ['2022-05-14', true]);
  // a report in early January writing of 28 December means the December just gone
  assert.equal(only('وقع الانفجار في 28 ديسمبر وأودى بحياة ثلاثة.', ref('2023-01-04')).value, '2022-12-28');
  // a month half a year away either way stays in the reference's year
  assert.equal(only('يعرض مشروع القانون على البرلمان في سبتمبر للتصويت عليه.', ref('2022-03-15')).value, '2022-09');
  // a year-precision reference gives just the year
  assert.equal(only('أغلق المطار في 14 أيار بسبب العاصفة.', ref('2022', 'year')).value, '2022-05-14');
});

// ---- seasons ----

test('seasons with a year, with a relative year, and relative to the reference', () => {
  const a = only('تعقد القمة المقبلة في بروكسل في خريف عام 2021 بحسب البيان.');
  assert.deepEqual([a.text, a.value, a.precision], ['خريف عام 2021', '2021', 'season']);
  assert.equal(only('تراجعت السياحة في صيف 2019 بشكل حاد.').value, '2019');
  assert.equal(only('شهدت المنطقة فيضانات في شتاء 2020.').precision, 'season');
  assert.equal(only('بدأت الاحتجاجات في ربيع العام الماضي.', ref('2022-05-11')).value, '2021');
  const r = ref('2022-05-11');
  assert.equal(only('انخفض منسوب النهر خلال الصيف الماضي.', r).value, '2021');
  assert.equal(only('يتوقع الخبراء موجة حر خلال الصيف المقبل.', r).value, '2022');
  assert.equal(only('تضررت المحاصيل خلال الشتاء الماضي.', r).value, '2022');
  assert.equal(only('تضررت المحاصيل خلال الخريف الماضي.', ref('2022-10-20')).value, '2021');
});

test('a season word alone is not a date', () => {
  assert.deepEqual(extractDates('تحدث الكاتب عن تداعيات الربيع العربي على المنطقة.'), []);
  assert.deepEqual(extractDates('يحب السكان الخروج إلى الحدائق في الربيع.'), []);
});

// ---- year inferred from the weekday ----

test('a weekday, day and month without a year: the year near the years the text names', () => {
  const text = 'أغلقت النقابة مكاتبها ظهر الخميس 9 من تشرين الثاني احتجاجا على الاعتقالات. وكانت قد نظمت إضرابا عاما في آذار 2022.';
  const ds = extractDates(text);
  const a = find(ds, 'الخميس 9 من تشرين الثاني');
  assert.deepEqual([a.value, a.precision, a.inferred], ['2023-11-09', 'day', true]); // a Wednesday in 2022
  assert.match(a.evidence, /Thursday in 2023/u);
  // 3 February was a Friday in 2017 and a Saturday in 2018
  const b = find(extractDates('انعقد المؤتمر يوم السبت 3 شباط في عمان، بعد قمة عام 2017.'), 'السبت 3 شباط');
  assert.equal(b.value, '2018-02-03');
  // no year in the text: nothing to search near
  assert.equal(only('انعقد المؤتمر يوم السبت 3 شباط في عمان.').value, null);
  // no weekday: nothing to choose by
  assert.equal(find(extractDates('انعقد المؤتمر في 3 شباط بعد قمة عام 2017.'), '3 شباط').value, null);
  // a weekday that fits neither year
  assert.equal(find(extractDates('انعقد المؤتمر يوم الأحد 3 شباط بعد قمة عام 2017.'), '3 شباط').value, null);
});

test('an inferred year never passes notAfter', () => {
  const text = 'أغلقت النقابة مكاتبها ظهر الخميس 9 من تشرين الثاني، بعد إضراب عام 2022.';
  assert.equal(find(extractDates(text, { notAfter: '2023-10-01' }), 'الخميس').value, null);
  assert.equal(find(extractDates(text, { notAfter: '2023-12-01' }), 'الخميس').value, '2023-11-09');
});

// ---- Hijri ----

test('Hijri month starts found by searching Gregorian days agree with Intl', () => {
  for (let y = 1420; y <= 1460; y++) {
    for (let m = 1; m <= 12; m++) {
      const n = hijriMonthStart(y, m);
      assert.ok(n !== null);
      assert.deepEqual(toHijri(n), { y, m, d: 1 }, `${y}-${m}`);
      assert.ok(toHijri(n - 1)!.d >= 29, `${y}-${m}: the day before is the previous month's last`);
    }
  }
  assert.equal(isoDay(hijriMonthStart(1444, 9)!), hijriToIsoByScan(1444, 9, 1));
});

test('Hijri dates convert with the Umm al-Qura calendar', () => {
  for (const [text, hy, hm, hd] of [
    ['بدأ الصيام في 1 رمضان 1444 هـ في معظم الدول.', 1444, 9, 1],
    ['وقف الحجاج على عرفة في 9 ذو الحجة 1443هـ وسط حر شديد.', 1443, 12, 9],
    ['صدر المرسوم الملكي في 15 ربيع الأول 1445 هـ.', 1445, 3, 15],
    ['أعلن القرار في 20 جمادى الآخرة 1440 هـ بعد مشاورات.', 1440, 6, 20],
    ['افتتح المشروع في الخامس من شوال 1442 هـ رسميا.', 1442, 10, 5],
    ['صدر النظام بتاريخ 3 ذي القعدة 1439هـ في الجريدة.', 1439, 11, 3],
  ] as const) {
    const d = only(text);
    assert.equal(d.value, hijriToIsoByScan(hy, hm, hd), text);
    assert.equal(d.precision, 'day');
    assert.match(d.evidence, /Umm al-Qura/u);
  }
});

test('Hijri: both writings of a date, a month, a year, and a day against the reference', () => {
  const ds = extractDates('وصل الوفد الخميس 19 ذو القعدة 1444 هـ الموافق 8 يونيو 2023 م إلى جدة.');
  assert.equal(ds.length, 2);
  assert.equal(ds[0]!.value, '2023-06-08');
  assert.equal(ds[1]!.value, '2023-06-08');
  assert.equal(ds[0]!.evidence.includes('says'), false, 'the weekday fits');
  const m = only('تزدحم الأسواق في شهر رمضان 1444 هـ بالمتسوقين.');
  const mid = hijriToIsoByScan(1444, 9, 15).slice(0, 7);
  assert.deepEqual([m.value, m.precision], [mid, 'month']);
  const y = only('أقرت الميزانية لعام 1445 هـ بعجز محدود.');
  assert.deepEqual([y.value, y.precision], ['2024', 'year']); // 1445 AH runs from mid-2023 to mid-2024, mostly 2024
  // no year: the Hijri year of the reference
  assert.equal(only('يبدأ الحج في 8 ذي الحجة بحسب الهيئة.', ref('2023-06-08')).value, hijriToIsoByScan(1444, 12, 8));
});

test('a day and month naming an event or movement takes no year from the reference', () => {
  const r = ref('2022-05-11');
  const a = only('اتهم النائب قوى 14 آذار بعرقلة تشكيل الحكومة.', r);
  assert.deepEqual([a.value, a.precision], [null, 'day']);
  assert.equal(find(extractDates('تحل غدا ذكرى 25 يناير وسط إجراءات أمنية.', r), '25 يناير').value, null);
  assert.equal(find(extractDates('تغيرت السياسة الأمريكية بعد أحداث الحادي عشر من سبتمبر 2001.', r), 'سبتمبر').value, '2001-09-11');
});

test('years before the Common Era are not dates', () => {
  assert.deepEqual(extractDates('بنيت المدينة القديمة نحو عام 1200 ق.م. على ضفة النهر.'), []);
  assert.deepEqual(extractDates('عرفت المنطقة الزراعة منذ سنة 1500 قبل الميلاد.'), []);
});

test('a name that ends like a clitic and a day word is not read as one (باول أمس الأول)', () => {
  const a = only('قال الوزير باول أمس الأول إن المحادثات بناءة.', ref('2022-05-11'));
  assert.deepEqual([a.text, a.value], ['أمس الأول', '2022-05-09']);
});

test('فاتح and غرة are the first of the month; dual relative words', () => {
  assert.equal(only('دخل القانون حيز التنفيذ في فاتح يناير 2020.').value, '2020-01-01');
  const ds = extractDates('زار المبعوث العاصمتين يومي السبت والأحد الماضيين.', ref('2022-05-11'));
  assert.equal(ds.at(-1)?.value, '2022-05-08');
});

test('offsets index the text', () => {
  const text = 'قال المتحدث إن اللجنة اجتمعت في 3 آذار 2020 وأصدرت توصياتها.';
  for (const d of extractDates(text)) assert.equal(text.slice(d.start, d.end), d.text);
});
