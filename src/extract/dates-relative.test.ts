import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatePrecision } from '../types.js';
import { extractDates } from './dates.js';
import { find, only, ref } from './dates-test-helpers.js';

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
