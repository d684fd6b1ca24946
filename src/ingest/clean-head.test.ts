// Tests of the page cleaner's head of the page (pages the rasd team wrote; none of this text
// comes from ../shared): leading chrome, titles, mastheads and bylines, tickers, section
// labels, captions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPage } from './clean.js';
import { PAGE_PORT, paragraphs, reasonOf } from './clean.testkit.js';
import type { ChromeReason } from '../types.js';

test('clean: leading chrome, repeated title, captions, mid-body read-also, tail chrome', () => {
  const r = cleanPage(PAGE_PORT);
  assert.equal(r.title, 'ميناء السويس الجديد يستقبل أول سفينة حاويات عملاقة');
  assert.deepEqual(r.captions, ['رصيف الحاويات', 'رصيف الحاويات في الميناء الجديد عند وصول السفينة']);
  assert.deepEqual(paragraphs(r), [
    'استقبل الميناء الجديد صباح اليوم السبت أول سفينة حاويات يزيد طولها على 400 متر، في خطوة قال مسؤولون إنها تفتح الباب أمام خطوط ملاحية جديدة.',
    'وقال رئيس هيئة الموانئ إن الرصيف الجديد يستوعب سفينتين من هذا الحجم في وقت واحد، وإن أعمال التفريغ استغرقت أقل من يومين.',
    'خطط التوسعة',
    'وأوضح المسؤول أن المرحلة الثانية من المشروع ستضيف ثلاثة أرصفة أخرى بحلول نهاية العام المقبل، بتكلفة تقدر بنحو 750 مليون دولار.',
  ]);
  const expected: Array<[number, ChromeReason]> = [
    [0, 'page-date'],
    [1, 'masthead'],
    [2, 'masthead'],
    [3, 'masthead'],
    [5, 'section-label'],
    [9, 'repeated-title'],
    [11, 'repeated-title'],
    [12, 'caption'],
    [13, 'caption'],
    [14, 'follow-share'],
    [20, 'read-also'],
    [26, 'source-label'],
    [28, 'comment-form'],
    [29, 'comment-form'],
    [30, 'comment-form'],
    [31, 'comment-form'],
    [32, 'comment-form'],
    [33, 'back-to-top'],
  ];
  assert.deepEqual(
    r.removed.map((x) => [x.lineNo, x.reason]),
    expected,
  );
  const lines = PAGE_PORT.split('\n');
  for (const x of r.removed) assert.equal(x.line, lines[x.lineNo]!.trim());
});

test('clean: a byline under the title is chrome; the publication date under it stays in the body', () => {
  const page = [
    'الحكومة تقر موازنة العام المقبل بعجز أقل',
    'الثلاثاء 4 نوفمبر 2025 - 11:20 ص',
    'كتب: محمود سالم',
    '',
    'أقرت الحكومة في اجتماعها الأسبوعي مشروع موازنة العام المقبل، متوقعة تراجع العجز إلى أقل من خمسة بالمئة.',
  ].join('\n');
  const r = cleanPage(page);
  assert.deepEqual(
    r.removed.map((x) => x.reason),
    ['masthead'],
  );
  assert.deepEqual(paragraphs(r).slice(0, 1), ['الثلاثاء 4 نوفمبر 2025 - 11:20 ص']);
  assert.equal(paragraphs(r).length, 2);
});

test('clean: a page without a headline has no title and its body starts at the first paragraph', () => {
  const page = [
    'أعلنت هيئة الأرصاد الجوية أن موجة حر ستضرب المناطق الساحلية بدءا من يوم غد، مع درجات حرارة تتجاوز 42 درجة.',
    '',
    'ودعت الهيئة المواطنين إلى تجنب التعرض المباشر للشمس في ساعات الظهيرة.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(r.title, '');
  assert.equal(paragraphs(r).length, 2);
  assert.ok(r.text.startsWith('أعلنت هيئة الأرصاد'));
});

test('clean: masthead staff titles in their variants, with the name on the next line or after a colon', () => {
  const page = [
    'رئيس مجلس الإدارة',
    'ناصر البدوي',
    'نائب رئيس التحرير: ريم العلي',
    'المدير العام',
    'فراس الحكيم',
    'رئيس مجلسي الإدارة والتحرير',
    'منى الشامي',
    'سقوط أمطار غزيرة على المناطق الجبلية',
    'هطلت أمطار غزيرة الليلة الماضية على القرى الجبلية، وأغلقت السيول طريقين رئيسيين لساعات.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(r.title, 'سقوط أمطار غزيرة على المناطق الجبلية');
  assert.deepEqual(r.removed.map((x) => x.reason), new Array(7).fill('masthead'));
  assert.equal(paragraphs(r).length, 1);
});

test('clean: a noun-phrase line under the title is a caption; a verb-initial dek stays in the body', () => {
  const noun = cleanPage(
    [
      'المنتخب يتأهل إلى نهائي البطولة العربية',
      'لاعبو المنتخب بعد صافرة النهاية',
      '',
      'تأهل المنتخب الوطني إلى المباراة النهائية بعد فوزه بهدفين نظيفين في نصف النهائي مساء أمس.',
    ].join('\n'),
  );
  assert.deepEqual(noun.captions, ['لاعبو المنتخب بعد صافرة النهاية']);
  assert.equal(paragraphs(noun).length, 1);
  const verb = cleanPage(
    [
      'المنتخب يتأهل إلى نهائي البطولة العربية',
      'يلتقي في النهائي منتخب البلد المضيف',
      '',
      'تأهل المنتخب الوطني إلى المباراة النهائية بعد فوزه بهدفين نظيفين في نصف النهائي مساء أمس.',
    ].join('\n'),
  );
  assert.deepEqual(verb.captions, []);
  assert.equal(paragraphs(verb)[0], 'يلتقي في النهائي منتخب البلد المضيف');
});

test('clean: a dateline under the title opens the body, it is not a caption', () => {
  const r = cleanPage(
    [
      'افتتاح معرض دولي للكتاب بمشاركة أربعين دار نشر',
      'الموصل - مراسلنا',
      '',
      'افتتح صباح اليوم معرض دولي للكتاب في المدينة بمشاركة أربعين دار نشر عربية وأجنبية.',
    ].join('\n'),
  );
  assert.deepEqual(r.captions, []);
  assert.equal(paragraphs(r)[0], 'الموصل - مراسلنا');
});

test('clean: a ticker label right above the title does not swallow it', () => {
  const r = cleanPage(
    [
      'عاجل',
      'زلزال بقوة خمس درجات يضرب الساحل الشمالي',
      'ضرب زلزال بقوة خمس درجات الساحل الشمالي فجر اليوم، دون أنباء فورية عن إصابات.',
    ].join('\n'),
  );
  assert.equal(r.title, 'زلزال بقوة خمس درجات يضرب الساحل الشمالي');
  assert.deepEqual(r.removed.map((x) => x.reason), ['ticker']);
});

test('clean: the first fragment of a hard-wrapped lede is not a caption, even with a photo word', () => {
  const page = [
    'مجلس المدينة يقر خطة لحماية المباني التراثية',
    'أظهرت صورة نشرها المجلس أمس',
    'واجهات عشرات المباني القديمة وقد تشققت، ما دفع',
    'الأعضاء إلى إقرار خطة ترميم عاجلة تمتد عامين.',
    'وقال رئيس المجلس إن الخطة تشمل تسعين مبنى',
    'في الحي القديم، وإن تمويلها سيأتي من',
    'ميزانية البلدية ومن منحة حكومية.',
  ].join('\n');
  const r = cleanPage(page);
  assert.deepEqual(r.captions, []);
  assert.equal(paragraphs(r).length, 2);
  assert.ok(r.text.startsWith('أظهرت صورة نشرها المجلس أمس واجهات'));
});

test('clean: captions marked as archive photos or starting with جانب من', () => {
  const page = [
    'وزير الخارجية يستقبل نظيره الياباني',
    'جانب من اللقاء في مقر الوزارة',
    'صورة أرشيفية',
    '',
    'استقبل وزير الخارجية نظيره الياباني صباح اليوم، وبحث الجانبان تعزيز التعاون في مجالي الطاقة والتعليم.',
  ].join('\n');
  const r = cleanPage(page);
  assert.deepEqual(r.captions, ['جانب من اللقاء في مقر الوزارة', 'صورة أرشيفية']);
  assert.equal(paragraphs(r).length, 1);
  assert.equal(reasonOf(r, 'صورة أرشيفية'), 'caption');
});

test('clean: breadcrumbs and one-word section labels before the title', () => {
  const page = [
    'الرئيسية » أخبار » محليات',
    'رياضة',
    'النادي الأهلي يتعاقد مع مدرب جديد لموسمين',
    '',
    'أعلن النادي تعاقده مع مدرب جديد لمدة موسمين، على أن يبدأ عمله مع الفريق الأسبوع المقبل.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(r.title, 'النادي الأهلي يتعاقد مع مدرب جديد لموسمين');
  assert.deepEqual(r.removed.map((x) => x.reason), ['section-label', 'section-label']);
});

test('clean: a site slogan under the site name and a bullet-separated ticker item are not the title', () => {
  const page = [
    'نبض الساحل',
    'منصة إخبارية مستقلة تصدر من صور',
    'عاجل ▪ إغلاق طريق الكورنيش البحري مساء اليوم لأعمال الصيانة',
    'محليات',
    '',
    'بلدية المدينة تطلق خطة لتأهيل الأسواق القديمة قبل موسم الصيف',
    '',
    'أعلنت البلدية أمس عن خطة لترميم واجهات الأسواق القديمة وتحسين الإنارة فيها، على أن تنتهي الأعمال قبل منتصف حزيران.',
    'وقال رئيس البلدية إن الكلفة تبلغ نحو مليوني دولار تتحملها جهات مانحة.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(r.title, 'بلدية المدينة تطلق خطة لتأهيل الأسواق القديمة قبل موسم الصيف');
  assert.equal(reasonOf(r, 'منصة إخبارية مستقلة تصدر من صور'), 'masthead');
  assert.equal(reasonOf(r, 'عاجل ▪ إغلاق طريق الكورنيش البحري مساء اليوم لأعمال الصيانة'), 'ticker');
  assert.ok(!r.text.includes('منصة إخبارية'));
  // A headline that happens to open with an outlet noun is still the title when nothing follows it.
  const own = cleanPage(['صحيفة محلية تفوز بجائزة الصحافة العربية لهذا العام', '', 'فازت الصحيفة بالجائزة عن تحقيق عن المياه.'].join('\n'));
  assert.equal(own.title, 'صحيفة محلية تفوز بجائزة الصحافة العربية لهذا العام');
});

test('clean: a navigation bar of short segments is chrome even when some section names are unknown', () => {
  const page = [
    'ضفاف | سياسة | اقتصاد | عشائر | أهوار | رياضة',
    '',
    'افتتاح جسر جديد على شط العرب يختصر الطريق بين ضفتي المدينة',
    '',
    'افتتحت المحافظة أمس جسرا معلقا بطول 600 متر، قالت إنه سيخفف الزحام عن الجسور القديمة.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(r.title, 'افتتاح جسر جديد على شط العرب يختصر الطريق بين ضفتي المدينة');
  assert.equal(reasonOf(r, 'ضفاف | سياسة | اقتصاد | عشائر | أهوار | رياضة'), 'section-label');
  // Two unknown segments in three is not a menu: a headline with a pipe stays a headline.
  const piped = cleanPage(['مهرجان المربد | أمسيات شعرية في البصرة', '', 'انطلقت أمس فعاليات المهرجان بمشاركة شعراء من عشرة بلدان.'].join('\n'));
  assert.equal(piped.title, 'مهرجان المربد | أمسيات شعرية في البصرة');
});
