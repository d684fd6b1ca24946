import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsSentence, planParagraphs } from './paragraphs.js';

type R = { first: number; last: number };
const r = (first: number, last: number): R => ({ first, last });

// A report wrapped at a fixed width, with lines cut mid-sentence and some ragged starts.
const WRAPPED = [
  'افتتحت وزارة الزراعة صباح الأحد معرضا للمنتجات المحلية في ساحة البلدية القديمة.',
  'وقال مدير',
  'المعرض في كلمة الافتتاح إن أكثر من مئتي مزارع من القرى المجاورة',
  'يشاركون هذا العام، وإن الإقبال فاق توقعات المنظمين منذ الساعات',
  'الأولى.',
  'وأضاف أن',
  'الأسعار ستبقى مدعومة حتى نهاية الموسم: "نريد أن يصل المنتج إلى كل',
  'بيت بسعر عادل".',
  'ويستمر المعرض',
  'خمسة أيام.',
];

test('hard-wrapped: lines without final punctuation run on into the next', () => {
  assert.deepEqual(planParagraphs(WRAPPED), [r(0, 0), r(1, 4), r(5, 7), r(8, 9)]);
});

// One paragraph a line, with two short subheadings that carry no punctuation.
const UNWRAPPED = [
  'أعلنت هيئة الطيران المدني استئناف الرحلات إلى المطار الشمالي بعد توقف دام ثلاثة أشهر بسبب أعمال الصيانة.',
  'وأوضح المتحدث باسم الهيئة أن الرحلات ستعود تدريجيا بمعدل رحلتين في اليوم خلال الأسبوع الأول.',
  'جدول جديد',
  'وتبدأ الرحلة الأولى صباح الخميس، على أن تضاف رحلات مسائية مطلع الشهر المقبل وفق الطلب.',
  'ترحيب شعبي في المدينة',
  'واستقبل سكان المدينة النبأ بارتياح، إذ كانوا يضطرون إلى السفر برا ساعات طويلة',
  'وقالت إحدى المسافرات إن العودة إلى المطار توفر عليها يوما كاملا في كل رحلة.',
];

test('one paragraph a line: never join, subheadings stay alone', () => {
  assert.deepEqual(planParagraphs(UNWRAPPED), UNWRAPPED.map((_, i) => r(i, i)));
});

test('blank lines always separate, and are not part of any paragraph', () => {
  const lines = ['السطر الأول من الخبر ينتهي هنا.', '', '', 'فقرة ثانية قصيرة.', '   ', 'فقرة ثالثة.'];
  assert.deepEqual(planParagraphs(lines), [r(0, 0), r(3, 3), r(5, 5)]);
});

test('blank lines separate even inside a hard-wrapped document', () => {
  const lines = [...WRAPPED.slice(1, 5), '', 'عنوان فرعي', '', ...WRAPPED.slice(5, 8)];
  // the subheading, surrounded by blank lines, stays alone
  assert.deepEqual(planParagraphs(lines), [r(0, 3), r(5, 5), r(7, 9)]);
});

test('a wrapped document with paragraphs split by blank lines is still detected', () => {
  const lines = [
    'شهدت العاصمة مساء الجمعة أمطارا غزيرة تسببت في إغلاق عدد من',
    'الطرق الرئيسية وتعطل حركة السير لساعات.',
    '',
    'ودعت مديرية الدفاع المدني السكان إلى تجنب الخروج من منازلهم إلا',
    'للضرورة القصوى حتى تنحسر المياه.',
    '',
    'وتوقعت الأرصاد الجوية أن تستمر الحالة الماطرة حتى صباح الأحد المقبل',
    'مع انخفاض ملموس في درجات الحرارة.',
  ];
  assert.deepEqual(planParagraphs(lines), [r(0, 1), r(3, 4), r(6, 7)]);
});

test('unwrapped document with blank lines between paragraphs keeps every line', () => {
  const lines = ['عنوان قصير', '', 'فقرة تامة تنتهي بنقطة.', '', 'عنوان آخر', 'فقرة بعده مباشرة.'];
  assert.deepEqual(planParagraphs(lines), [r(0, 0), r(2, 2), r(4, 4), r(5, 5)]);
});

test('final punctuation includes closing quotes and brackets after the mark', () => {
  assert.ok(endsSentence('قال: "انتهى كل شيء."'));
  assert.ok(endsSentence('قال «انتهى كل شيء؟» '));
  assert.ok(endsSentence('ثم ماذا…'));
  assert.ok(endsSentence('وقال الوزير:'));
  assert.ok(endsSentence('(انتهى!)'));
  assert.ok(!endsSentence('قال إن الوضع "مستقر"،'));
  assert.ok(!endsSentence('وقال مدير'));
  assert.ok(!endsSentence(''));
});

test('empty input gives no paragraphs', () => {
  assert.deepEqual(planParagraphs([]), []);
  assert.deepEqual(planParagraphs(['', ' ']), []);
});

test('stacks of short unpunctuated lines (menus, mastheads) do not make a document wrapped', () => {
  const lines = [
    'الرئيسية',
    'أخبار محلية',
    'رياضة واقتصاد',
    'رئيس التحرير',
    'افتتح المحافظ صباح اليوم جسرا جديدا يربط ضفتي النهر بعد عامين من العمل.',
    'ويبلغ طول الجسر أربعمئة متر ويتسع لأربعة مسارات للسيارات.',
    'تفاصيل المشروع',
    'وقال المهندس المسؤول إن المشروع أنجز قبل موعده بشهرين.',
  ];
  assert.deepEqual(planParagraphs(lines), lines.map((_, i) => r(i, i)));
});
