import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { extractQuantities } from './quantities.js';

type Want = Partial<Omit<Quantity, 'start' | 'end'>>;

/** The quantities of s, reduced to the fields the test names (text included). */
function q(s: string): Want[] {
  return extractQuantities(s).map((x) => {
    assert.equal(x.text, s.slice(x.start, x.end), 'text is the span of the input');
    const out: Want = { text: x.text };
    for (const k of ['value', 'min', 'max', 'unit', 'noun', 'qualifier'] as const) if (x[k] !== undefined) (out as Record<string, unknown>)[k] = x[k];
    return out;
  });
}

/** The single quantity of s. */
function only(s: string): Want {
  const all = q(s);
  assert.equal(all.length, 1, `${s}: ${JSON.stringify(all)}`);
  return all[0]!;
}

// ---- numbers ----

test('digits in every script, decimals and grouping', () => {
  assert.deepEqual(only('استقبل المخيم 4500 من الوافدين'), { text: '4500', value: 4500 });
  assert.equal(only('استقبل المخيم ٤٥٠٠ نازح جديد').value, 4500);
  assert.equal(only('استقبل المخيم ۴۵۰۰ نازح جديد').value, 4500);
  assert.equal(only('ارتفعت نسبة التضخم إلى 3.7 خلال الربع').value, 3.7);
  assert.equal(only('بلغ معدل النمو ٢٫٤ هذا الربع').value, 2.4);
  assert.equal(only('صدّرت الشركة 12,500 سيارة').value, 12500);
});

test('numbers in words, and words with scales', () => {
  assert.deepEqual(only('قالت الوزارة إن سبعة عشر صيادا عادوا'), { text: 'سبعة عشر', value: 17 });
  assert.equal(only('تضم اللجنة خمسة وعشرين خبيرا اقتصاديا').value, 25);
  assert.equal(only('قدمت البلدية ثلاثمائة وخمسين ألف وجبة').value, 350000);
  assert.equal(only('يقيم في المدينة مليونان ونصف المليون نسمة').value, 2500000);
});

test('digits with a scale word', () => {
  assert.equal(only('رصدت الحكومة 1.5 مليار للطرق').value, 1.5e9);
  assert.equal(only('رصدت الحكومة ١٤٨٫٧ مليون للطرق').value, 148700000);
  assert.equal(only('هجّرت المعارك 10 آلاف من السكان').value, 10000);
});

// ---- currencies ----

test('dollars in all their forms, after a number or after its scale', () => {
  assert.deepEqual(only('خصص البنك الدولي 148.7 مليون دولار لإعادة الإعمار'), { text: '148.7 مليون دولار', value: 148700000, unit: 'USD' });
  assert.equal(only('دفعت الأسرة خمسين دولارا للمهرب').unit, 'USD');
  assert.equal(only('جمعت الحملة 300 دولارات فقط').unit, 'USD');
  assert.deepEqual(only('منحة بقيمة 20 مليون دولار أمريكي للمدارس'), { text: '20 مليون دولار أمريكي', value: 20e6, unit: 'USD' });
  assert.equal(only('أودع 5 آلاف دولار أميركي').unit, 'USD');
  assert.deepEqual(only('بلغ سعر البرميل $82 أمس'), { text: '$82', value: 82, unit: 'USD' });
});

test('euros, both spellings', () => {
  assert.equal(only('تعهد الاتحاد بتقديم 60 مليون يورو').unit, 'EUR');
  assert.equal(only('تعهد الاتحاد بتقديم 60 مليون أورو').unit, 'EUR');
  assert.equal(only('خصصت ألمانيا 35 مليون اورو').unit, 'EUR');
});

test('riyals: Saudi by default, Qatari and Omani when said', () => {
  assert.equal(only('تبلغ الغرامة 500 ريال').unit, 'SAR');
  assert.equal(only('تبلغ الغرامة 500 ريال سعودي').unit, 'SAR');
  assert.deepEqual(only('أعلنت الدوحة تقديم 50 مليون ريال قطري للمتضررين'), {
    text: '50 مليون ريال قطري',
    value: 50e6,
    unit: 'QAR',
  });
  assert.equal(only('رصدت مسقط 3 ملايين ريال عماني').unit, 'OMR');
  assert.equal(only('دفع المقاول ثلاثين ريالا').unit, 'SAR');
});

test('pounds: Egyptian by default, sterling when said', () => {
  assert.equal(only('ارتفع سعر الكيلو إلى 90 جنيها').unit, 'EGP');
  assert.equal(only('ارتفع سعر الكيلو إلى 90 جنيه').unit, 'EGP');
  assert.equal(only('قدمت لندن 40 مليون جنيه إسترليني').unit, 'GBP');
  assert.equal(only('قدمت لندن 40 مليون جنيه استرليني').unit, 'GBP');
});

test('dirhams: Emirati by default, Moroccan when said', () => {
  assert.equal(only('تكلفة المشروع 200 مليون درهم').unit, 'AED');
  assert.equal(only('خصصت الرباط 2.5 مليار درهم مغربي للطرق').unit, 'MAD');
});

test('dinars: the country decides the code; a bare dinar stays a dinar', () => {
  assert.equal(only('منحت الكويت 10 ملايين دينار كويتي').unit, 'KWD');
  assert.equal(only('تبرع رجل أعمال بألف دينار أردني').unit, 'JOD');
  assert.equal(only('خصصت بغداد 500 مليار دينار عراقي للرواتب').unit, 'IQD');
  assert.equal(only('تبلغ المنحة 300 دينار تونسي شهريا').unit, 'TND');
  assert.equal(only('رفعت الحكومة الأجر إلى 20 ألف دينار جزائري').unit, 'DZD');
  assert.equal(only('صرف المصرف 600 دينار ليبي لكل أسرة').unit, 'LYD');
  assert.deepEqual(only('بلغت قيمة الصفقة 75 مليون دينار'), { text: '75 مليون دينار', value: 75e6, unit: 'دينار' });
});

test('liras: Turkish, Syrian, Lebanese when named', () => {
  assert.equal(only('بلغ الحد الأدنى للأجور 17 ألف ليرة تركية').unit, 'TRY');
  assert.equal(only('سعر ربطة الخبز 4000 ليرة سورية').unit, 'SYP');
  assert.equal(only('دفع 90 ألف ليرة لبنانية').unit, 'LBP');
  assert.equal(only('دفع 90 ألف ليرة').unit, 'ليرة');
});

test('money whose currency is said elsewhere keeps no unit', () => {
  assert.deepEqual(q('تعهدت الكويت بمئة مليون دولار والسعودية بثمانين مليونا'), [
    { text: 'مئة مليون دولار', value: 100e6, unit: 'USD' },
    { text: 'ثمانين مليونا', value: 80e6 },
  ]);
  assert.deepEqual(only('تلقت الهيئة مليونا من قطر'), { text: 'مليونا', value: 1e6 });
});

test('a lone ألفا before the counted thing is two thousand', () => {
  assert.deepEqual(only('دفع ألفا دولار كفالة'), { text: 'ألفا دولار', value: 2000, unit: 'USD' });
  assert.equal(only('وصل ألفا لاجئ إلى الجزيرة').value, 2000);
});

// ---- percentages ----

test('percent in every written form', () => {
  for (const s of ['تراجعت الصادرات 68٪ هذا العام', 'تراجعت الصادرات 68% هذا العام', 'تراجعت الصادرات ٪68 هذا العام']) {
    assert.equal(only(s).value, 68, s);
    assert.equal(only(s).unit, 'percent', s);
  }
  for (const w of ['بالمئة', 'بالمائة', 'في المئة', 'في المائة']) {
    const r = only(`تراجعت الصادرات 12 ${w} هذا العام`);
    assert.deepEqual(r, { text: `12 ${w}`, value: 12, unit: 'percent' }, w);
  }
  assert.deepEqual(only('ارتفعت الأسعار بنحو أربعين في المئة'), { text: 'نحو أربعين في المئة', value: 40, unit: 'percent', qualifier: 'approx' });
  assert.equal(only('نسبة المشاركة ٣٥٫٥٪').value, 35.5);
});

// ---- counted nouns ----

test('the counted noun right after the number: unit is its lemma, noun as written', () => {
  assert.deepEqual(only('قتل 12 مقاتلا في الاشتباكات'), { text: '12 مقاتلا', value: 12, unit: 'مقاتل', noun: 'مقاتلا' });
  assert.deepEqual(only('يضم التحالف 40 دولة عضو'), { text: '40 دولة عضو', value: 40, unit: 'دولة', noun: 'دولة عضو' });
  assert.equal(only('شاركت سبع دول في المناورات').unit, 'دولة');
  assert.deepEqual(only('حضر الاجتماع عشرون وزيرا'), { text: 'عشرون وزيرا', value: 20, unit: 'وزير', noun: 'وزيرا' });
  assert.equal(only('انتخب المجلس 15 عضوا جديدا').unit, 'عضو');
  assert.equal(only('أصيب 9 أشخاص').noun, 'أشخاص');
  assert.deepEqual(q('سقط 37 قتيلا و112 مصابا'), [
    { text: '37 قتيلا', value: 37, unit: 'قتيل', noun: 'قتيلا' },
    { text: '112 مصابا', value: 112, unit: 'مصاب', noun: 'مصابا' },
  ]);
  assert.equal(only('عبر الحدود 300 لاجئ').unit, 'لاجئ');
  assert.equal(only('أجلت السلطات 45 عائلة').unit, 'عائلة');
  assert.equal(only('وصلت 80 شاحنة محملة بالدقيق').unit, 'شاحنة');
  assert.deepEqual(only('تحمل السفينة 2000 طن من القمح'), { text: '2000 طن', value: 2000, unit: 'طن', noun: 'طن' });
});

test('any noun with the accusative ending ًا after a number is the counted noun', () => {
  assert.deepEqual(only('أرسلت الوزارة 14 مسعفًا'), { text: '14 مسعفًا', value: 14, unit: 'مسعف', noun: 'مسعفًا' });
  // Adverbs with the same ending count nothing.
  assert.deepEqual(only('تعبر الحدود 300 يوميًا'), { text: '300', value: 300 });
  assert.deepEqual(only('وصل عددهم إلى 40 تقريبًا'), { text: '40 تقريبًا', value: 40, qualifier: 'approx' });
  assert.deepEqual(only('سجلت الوزارة 12 أيضًا'), { text: '12', value: 12 });
});

// ---- qualifiers ----

test('approximations before the number, with and without clitics', () => {
  const phrases = ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقرب من', 'ما يناهز', 'بنحو', 'بحوالي', 'وبنحو', 'لنحو'];
  for (const p of phrases) {
    const r = only(`قدرت الخسائر ${p} 40 مليون دولار`);
    assert.equal(r.qualifier, 'approx', p);
    assert.equal(r.value, 40e6, p);
  }
  // A clitic on the qualifier stays out of the quantity's text.
  assert.equal(only('قدرت الخسائر وبنحو 40 مليون دولار').text, 'نحو 40 مليون دولار');
});

test('تقريبا after the quantity is an approximation too', () => {
  assert.deepEqual(only('غادر 50 شخصا تقريبا'), { text: '50 شخصا تقريبا', value: 50, unit: 'شخص', noun: 'شخصا', qualifier: 'approx' });
});

test('lower bounds: more than, in every phrasing', () => {
  const phrases = ['أكثر من', 'بأكثر من', 'لأكثر من', 'ما يزيد على', 'ما يزيد عن', 'أزيد من', 'يتجاوز', 'تتجاوز', 'تتخطى', 'يتخطى'];
  for (const p of phrases) {
    const r = only(`بلغت التبرعات ${p} 300 مليون دولار`);
    assert.equal(r.qualifier, 'more than', p);
    assert.equal(r.value, 300e6, p);
    assert.equal(r.min, 300e6, p);
  }
  assert.deepEqual(only('حضر أكثر من ثلاثين سفيرًا'), { text: 'أكثر من ثلاثين سفيرًا', value: 30, min: 30, qualifier: 'more than', unit: 'سفير', noun: 'سفيرًا' });
});

test('less than, at least, at most and up to', () => {
  assert.deepEqual(only('أصيب أقل من 20 شخصا'), { text: 'أقل من 20 شخصا', value: 20, max: 20, unit: 'شخص', noun: 'شخصا', qualifier: 'less than' });
  assert.equal(only('قتل على الأقل 15 مدنيا').qualifier, 'at least');
  assert.deepEqual(only('قتل 15 مدنيا على الأقل'), { text: '15 مدنيا على الأقل', value: 15, min: 15, unit: 'مدني', noun: 'مدنيا', qualifier: 'at least' });
  assert.equal(only('تستوعب القاعة ما لا يقل عن 500 شخص').qualifier, 'at least');
  assert.deepEqual(only('تصل العقوبة حتى 10 سنوات'), { text: 'حتى 10 سنوات', value: 10, max: 10, unit: 'سنة', noun: 'سنوات', qualifier: 'up to' });
  assert.equal(only('يمكن نقل ما يصل إلى 3000 طن يوميا').qualifier, 'up to');
  assert.equal(only('حددت الوزارة سقفا لا يتجاوز 40 طالبا في الصف').qualifier, 'at most');
  assert.equal(only('سمحت بدخول 20 شاحنة على الأكثر').qualifier, 'at most');
  // A verb of comparison after the noun: "at a cost that is less than", and its negation.
  assert.equal(only('أنجز المشروع بكلفة تقل عن ٤ مليارات درهم').qualifier, 'less than');
  assert.equal(only('بلغ عدد المتطوعين ما يقل عن 200 متطوع').qualifier, 'less than');
  assert.equal(only('اشترطت اللجنة مساحة لا تقل عن 300 متر').qualifier, 'at least');
});

// ---- ranges ----

test('ranges with ما بين / بين / من ... إلى and a dash', () => {
  assert.deepEqual(only('تضم الجماعة ما بين 5000 و 7000 مسلح'), { text: 'ما بين 5000 و 7000 مسلح', min: 5000, max: 7000, unit: 'مسلح', noun: 'مسلح' });
  assert.deepEqual(only('يتراوح عددهم بين 5 و7 آلاف'), { text: 'بين 5 و7 آلاف', min: 5000, max: 7000 });
  assert.deepEqual(only('تستغرق الرحلة من 10 إلى 12 ساعة'), { text: 'من 10 إلى 12 ساعة', min: 10, max: 12, unit: 'ساعة', noun: 'ساعة' });
  assert.deepEqual(only('تراوحت الحصيلة 5000-7000 بحسب المصادر'), { text: '5000-7000', min: 5000, max: 7000 });
  assert.deepEqual(only('يقدر العدد بين خمسة وسبعة آلاف'), { text: 'بين خمسة وسبعة آلاف', min: 5000, max: 7000 });
  assert.deepEqual(only('تراوحت الزيادة بين 3٪ و5٪'), { text: 'بين 3٪ و5٪', min: 3, max: 5, unit: 'percent' });
  assert.deepEqual(only('بكلفة من 2 إلى 3 ملايين دولار'), { text: 'من 2 إلى 3 ملايين دولار', min: 2e6, max: 3e6, unit: 'USD' });
});

test('من X إلى Y after a verb of change is two values, not a range', () => {
  assert.deepEqual(q('ارتفع عدد القتلى من 10 إلى 12'), [
    { text: '10', value: 10 },
    { text: '12', value: 12 },
  ]);
});

test('two numbers counting different things are not a range', () => {
  assert.deepEqual(q('توزع النازحون بين 5 قرى و3 مدن'), [
    { text: '5 قرى', value: 5, unit: 'قرية', noun: 'قرى' },
    { text: '3 مدن', value: 3, unit: 'مدينة', noun: 'مدن' },
  ]);
});

// ---- exclusions ----

test('years are not quantities', () => {
  assert.deepEqual(q('تأسس التحالف عام 2014 في واشنطن'), []);
  assert.deepEqual(q('منذ 2011 والبلاد في حرب'), []);
  assert.deepEqual(q('أجريت الانتخابات في 2021 وفاز الحزب'), []);
  assert.deepEqual(q('ولد الشاعر سنة 1948م في يافا'), []);
  assert.deepEqual(q('الأشهر الأولى من العام 2023 كانت الأصعب'), []);
  assert.deepEqual(q('فترة ما بين 2014 و2017 من الحرب'), []);
  assert.deepEqual(q('جرت الانتخابات عامي 2014 و2018'), []);
  assert.deepEqual(q('تسعى المملكة بحلول 2030 إلى التنويع'), []);
  // A number in the years' range that counts something stays.
  assert.deepEqual(q('وصل 2000 مهاجر إلى الجزيرة'), [{ text: '2000 مهاجر', value: 2000, unit: 'مهاجر', noun: 'مهاجر' }]);
  assert.deepEqual(q('بينهم 2000 من النساء'), [{ text: '2000', value: 2000 }]);
});

test('days next to a month name, and numbers right after one, are dates', () => {
  assert.deepEqual(q('وصل الوفد يوم 8 يونيو 2023 إلى الرياض'), []);
  assert.deepEqual(q('صدر البيان في 11 من أيار الحالي'), []);
  assert.deepEqual(q('الخميس 23 جانفي'), []);
  assert.deepEqual(q('في حزيران 2021 عقد الاجتماع'), []);
  assert.deepEqual(q('من 8 إلى 10 تشرين الأول'), []);
  assert.deepEqual(q('بين 3 و5 يوليوز'), []);
  assert.deepEqual(q('تعقد القمة يومي 14 و15 نوفمبر'), []);
});

test('resolution, article and law numbers are labels', () => {
  assert.deepEqual(q('طالب بتطبيق القرار رقم 2254 فورا'), []);
  assert.deepEqual(q('وفق قرار مجلس الأمن رقم (2254)'), []);
  assert.deepEqual(q('بموجب القرار «1701»'), []);
  assert.deepEqual(q('نصت المادة 5 من الميثاق'), []);
});

test('phone numbers, codes, dates and times in digits are skipped', () => {
  assert.deepEqual(q('للتواصل اتصل على 0555123456'), []);
  assert.deepEqual(q('الخط الساخن 00966-555-1234'), []);
  assert.deepEqual(q('رقم الهاتف: 920001234'), []);
  assert.deepEqual(q('اتصل بالرقم +97144556677 للاستفسار'), []);
  assert.deepEqual(q('نشر في 8/6/2023 على الموقع'), []);
  assert.deepEqual(q('بدأ الاجتماع الساعة 10:30 صباحا'), []);
  assert.deepEqual(q('نشر بتاريخ 08.06.2023'), []);
  assert.deepEqual(q('رقم الحساب ٩٢٠٠٠١٢٣٤٥'), []);
  // A number that ends a sentence and one that opens the next are two quantities.
  assert.deepEqual(q('بلغ عدد الأعضاء 86. 30 منهم حضروا'), [
    { text: '86', value: 86 },
    { text: '30', value: 30 },
  ]);
  assert.deepEqual(q('تسلم الجيش طائرات إف-16 وF35'), []);
  assert.deepEqual(q('تراجعت إصابات كوفيد-19'), []);
  assert.deepEqual(q('انطلقت القافلة عند الساعة 7 صباحا'), []);
});

// ---- offsets and tokens ----

test('offsets index into the text, and given tokens give the same result', () => {
  const s = 'أعلنت الوزارة، الأحد، عن منحة بقيمة 148.7 مليون دولار وأكثر من 30 وزيرا';
  const a = extractQuantities(s);
  const b = extractQuantities(s, tokenize(s));
  assert.deepEqual(a, b);
  assert.deepEqual(
    a.map((x) => x.text),
    ['148.7 مليون دولار', 'أكثر من 30 وزيرا'],
  );
  for (const x of a) assert.equal(s.slice(x.start, x.end), x.text);
});
