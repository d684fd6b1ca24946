import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDates } from './dates.js';
import { find, only, ref } from './dates-test-helpers.js';

// Weekdays and dates relative to the reference are tested in dates-relative.test.ts,
// Hijri dates in dates-hijri.test.ts.

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

// ---- names, events and offsets ----

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

test('a day and month with no year anywhere keep their month-day for the story to compare', () => {
  const text = 'غمرت المياه الأحياء المنخفضة ليل الجمعة الثاني من أيار (مايو)، وعادت الكهرباء صباح ٤ أيار. وتحيي البلاد ذكرى ثورة 25 يناير كل عام.';
  const dates = extractDates(text);
  const friday = dates.find((d) => d.text.startsWith('الجمعة'))!;
  assert.equal(friday.value, null);
  assert.equal(friday.monthDay, '--05-02');
  assert.equal(dates.find((d) => d.text.includes('٤'))!.monthDay, '--05-04');
  // An event name (ثورة 25 يناير) is not a day of this report's event.
  const revolution = dates.find((d) => d.text.includes('يناير'));
  assert.equal(revolution?.monthDay, undefined);
  // With a year written or a reference date, the value is resolved and no month-day is kept.
  const withYear = extractDates('انعقد الاجتماع في 15 حزيران 2023 بالعاصمة.');
  assert.equal(withYear[0]!.value, '2023-06-15');
  assert.equal(withYear[0]!.monthDay, undefined);
  const withRef = extractDates('انعقد الاجتماع في 15 حزيران بالعاصمة.', { reference: { date: '2023-06-16', precision: 'day' } });
  assert.equal(withRef[0]!.value, '2023-06-15');
  assert.equal(withRef[0]!.monthDay, undefined);
});
