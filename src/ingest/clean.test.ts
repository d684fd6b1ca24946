// Tests of the page cleaner on pages the rasd team wrote (none of this text comes from
// ../shared): every chrome class, titles, captions, wraps, the outlet profile, offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPage, outletLineKey, outletLineKeys } from './clean.js';
import { describeLine, splitLines } from './lines.js';
import { toRaw } from '../text/offsets.js';
import type { ChromeReason, CleanResult } from '../types.js';

/** The reason a line (trimmed text) was removed, or undefined when it was not. */
function reasonOf(r: CleanResult, line: string): ChromeReason | undefined {
  return r.removed.find((x) => x.line === line)?.reason;
}

function paragraphs(r: CleanResult): string[] {
  return r.text === '' ? [] : r.text.split('\n');
}

// An Egyptian outlet: page date, masthead (with the مجلسى spelling and a name on the same
// line), section label, title three times, two captions (one a prefix of the other), a
// follow line, read-also in mid-body with a subheading and a paragraph after it, a source
// label, a comment form and back-to-top.
const PAGE_PORT = [
  'السبت 14 مارس 2026',
  'رئيس مجلسى الإدارة والتحرير',
  'سامح الدمرداش',
  'مدير التحرير: هالة منصور',
  '',
  'عربي ودولي',
  '',
  'ميناء السويس الجديد يستقبل أول سفينة حاويات عملاقة',
  '',
  'ميناء السويس الجديد يستقبل أول سفينة حاويات عملاقة',
  '',
  'ميناءُ السويس الجديد يستقبل أوّل سفينة حاويات عملاقة',
  'رصيف الحاويات',
  'رصيف الحاويات في الميناء الجديد عند وصول السفينة',
  'تابع آخر الأخبار عبر تطبيقنا على الهاتف',
  '',
  'استقبل الميناء الجديد صباح اليوم السبت أول سفينة حاويات يزيد طولها على 400 متر، في خطوة قال مسؤولون إنها تفتح الباب أمام خطوط ملاحية جديدة.',
  '',
  'وقال رئيس هيئة الموانئ إن الرصيف الجديد يستوعب سفينتين من هذا الحجم في وقت واحد، وإن أعمال التفريغ استغرقت أقل من يومين.',
  '',
  'إقرأ أيضاً: ارتفاع صادرات الموالح خلال الربع الأول',
  '',
  'خطط التوسعة',
  '',
  'وأوضح المسؤول أن المرحلة الثانية من المشروع ستضيف ثلاثة أرصفة أخرى بحلول نهاية العام المقبل، بتكلفة تقدر بنحو 750 مليون دولار.',
  '',
  'المصدر: وكالات',
  '',
  'التعليقات',
  'أضف تعليقك',
  'لن نعرض بريدك الإلكتروني لأحد، والخانات المطلوبة عليها علامة *',
  'الاسم',
  'البريد الإلكتروني',
  'العودة للأعلى',
].join('\n');

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

// A Levantine outlet: ticker label, page date with a two-word month, section label, a
// caption credited to an agency, a related-articles block with headlines, a footer.
const PAGE_OLIVE_OIL = [
  'عاجل',
  'الأحد 3 كانون الثاني 2027',
  'اقتصاد',
  'ارتفاع أسعار زيت الزيتون إلى مستوى قياسي في الأسواق المحلية',
  'مزارعون يقطفون الزيتون في أحد بساتين الريف (رويترز)',
  '',
  'سجلت أسعار زيت الزيتون هذا الأسبوع أعلى مستوى لها منذ عقد، بعد موسم شحيح أصاب معظم مناطق الإنتاج بسبب قلة الأمطار.',
  '',
  'وقال تاجر في سوق الجملة إن سعر الصفيحة ارتفع بنحو الثلث خلال شهر واحد، متوقعاً استمرار الارتفاع حتى الربيع.',
  '',
  'مواضيع ذات صلة',
  'انخفاض أسعار الخضار مع بداية فصل الشتاء',
  'الحكومة تدرس دعم مزارعي القمح في المناطق الجافة',
  '',
  'نشرة المساء بين يديك',
  '',
  'أسعار الذهب تتراجع للمرة الثالثة',
  'جميع الحقوق محفوظة © 2027',
].join('\n');

test('clean: ticker, Levantine page date, agency caption, related headlines and footer', () => {
  const r = cleanPage(PAGE_OLIVE_OIL);
  assert.equal(r.title, 'ارتفاع أسعار زيت الزيتون إلى مستوى قياسي في الأسواق المحلية');
  assert.deepEqual(r.captions, ['مزارعون يقطفون الزيتون في أحد بساتين الريف (رويترز)']);
  assert.equal(paragraphs(r).length, 2);
  assert.ok(r.text.startsWith('سجلت أسعار زيت الزيتون'));
  assert.ok(r.text.endsWith('حتى الربيع.'));
  assert.equal(reasonOf(r, 'عاجل'), 'ticker');
  assert.equal(reasonOf(r, 'الأحد 3 كانون الثاني 2027'), 'page-date');
  assert.equal(reasonOf(r, 'اقتصاد'), 'section-label');
  assert.equal(reasonOf(r, 'مواضيع ذات صلة'), 'related-articles');
  // The links right under the related label belong to it ...
  assert.equal(reasonOf(r, 'انخفاض أسعار الخضار مع بداية فصل الشتاء'), 'related-articles');
  assert.equal(reasonOf(r, 'الحكومة تدرس دعم مزارعي القمح في المناطق الجافة'), 'related-articles');
  // ... and the short lines after that block are trailing chrome.
  assert.equal(reasonOf(r, 'نشرة المساء بين يديك'), 'trailing-chrome');
  assert.equal(reasonOf(r, 'أسعار الذهب تتراجع للمرة الثالثة'), 'trailing-chrome');
  assert.equal(reasonOf(r, 'جميع الحقوق محفوظة © 2027'), 'trailing-chrome');
});

// A Maghrebi outlet: page date with a French-derived month, gendered correction notices,
// separators, a follow line and a row of network names.
const PAGE_FORESTS = [
  'الاثنين 8 جوان 2026',
  '',
  'إطلاق برنامج لتشجير المرتفعات الغربية',
  '',
  'أطلقت وزارة الفلاحة اليوم برنامجا لغرس مليون شجرة في المرتفعات الغربية خلال ثلاث سنوات، بمشاركة جمعيات محلية.',
  'وأكد المدير الجهوي للغابات أن الأولوية ستكون للأصناف المقاومة للجفاف.',
  '—',
  'إن وجدت/وجدتِ في هذا الخبر خطأ أو نقصا في المعلومات فراسلنا/راسلينا لتصحيحه',
  'إذا كنت تعتقد/تعتقدين أن النص يخالف ميثاق النشر فقدم/قدمي شكوى',
  '- - -',
  'تابعونا',
  'فيسبوك   تويتر   واتساب',
].join('\n');

test('clean: Maghrebi page date, gendered correction notices, separators, follow lines', () => {
  const r = cleanPage(PAGE_FORESTS);
  assert.equal(r.title, 'إطلاق برنامج لتشجير المرتفعات الغربية');
  assert.equal(paragraphs(r).length, 2);
  assert.equal(reasonOf(r, 'الاثنين 8 جوان 2026'), 'page-date');
  assert.equal(reasonOf(r, '—'), 'separator');
  assert.equal(reasonOf(r, '- - -'), 'separator');
  assert.equal(
    reasonOf(r, 'إن وجدت/وجدتِ في هذا الخبر خطأ أو نقصا في المعلومات فراسلنا/راسلينا لتصحيحه'),
    'correction-notice',
  );
  assert.equal(reasonOf(r, 'إذا كنت تعتقد/تعتقدين أن النص يخالف ميثاق النشر فقدم/قدمي شكوى'), 'correction-notice');
  assert.equal(reasonOf(r, 'تابعونا'), 'follow-share');
  assert.equal(reasonOf(r, 'فيسبوك   تويتر   واتساب'), 'follow-share');
});

test('clean: a hard-wrapped page is joined with single spaces; the title is not joined to the lede', () => {
  const page = [
    'افتتاح مكتبة عامة جديدة في وسط المدينة',
    'افتتحت البلدية يوم الأربعاء مكتبة عامة جديدة',
    'تضم أكثر من عشرين ألف كتاب، إلى جانب قاعة',
    'للأطفال وأخرى للقراءة الصامتة.',
    'وقال رئيس البلدية إن المكتبة ستفتح أبوابها',
    'يوميا من الثامنة صباحا حتى التاسعة مساء،',
    'وإن الاشتراك فيها مجاني لطلاب المدارس.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(r.title, 'افتتاح مكتبة عامة جديدة في وسط المدينة');
  assert.deepEqual(paragraphs(r), [
    'افتتحت البلدية يوم الأربعاء مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب، إلى جانب قاعة للأطفال وأخرى للقراءة الصامتة.',
    'وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا من الثامنة صباحا حتى التاسعة مساء، وإن الاشتراك فيها مجاني لطلاب المدارس.',
  ]);
  assert.deepEqual(r.removed, []);
});

test('clean: subheadings between paragraphs stay in the body', () => {
  const page = [
    'مدارس الريف تستعد لعام دراسي بمناهج جديدة',
    '',
    'تستعد مدارس القرى لاستقبال التلاميذ الأسبوع المقبل بمناهج جرى تحديثها خلال الصيف، وفق ما أعلنته مديرية التعليم.',
    '',
    'نقص المعلمين',
    '',
    'وتشكو إدارات عدة من نقص في معلمي الرياضيات والعلوم، ما دفع المديرية إلى فتح باب التعاقد المؤقت.',
    '',
    'النقل المدرسي',
    '',
    'وخصصت المحافظة أربعين حافلة جديدة لنقل التلاميذ من القرى البعيدة إلى المدارس الإعدادية.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(r.title, 'مدارس الريف تستعد لعام دراسي بمناهج جديدة');
  assert.deepEqual(paragraphs(r).filter((p) => p.split(' ').length <= 3), ['نقص المعلمين', 'النقل المدرسي']);
  assert.equal(paragraphs(r).length, 5);
  assert.deepEqual(r.removed, []);
});

test('clean: every spelling of read-also is chrome and the paragraph after it stays', () => {
  for (const label of ['اقرأ أيضا:', 'اقرا ايضا:', 'إقرأ أيضاً:', 'اقرأ ايضا :', 'اقرأ أيضًا -']) {
    const link = `${label} افتتاح معرض للكتاب في الإسكندرية`;
    const page = [
      'الحكومة تعلن خطة لترشيد استهلاك الكهرباء في الصيف',
      '',
      'أعلنت الحكومة خطة من عشر نقاط لترشيد استهلاك الكهرباء خلال أشهر الصيف، تبدأ بالمباني الحكومية.',
      '',
      link,
      '',
      'وتشمل الخطة إطفاء إنارة الواجهات بعد منتصف الليل وضبط أجهزة التكييف على درجة حرارة محددة.',
    ].join('\n');
    const r = cleanPage(page);
    assert.equal(reasonOf(r, link), 'read-also', label);
    assert.equal(paragraphs(r).length, 2, label);
    assert.ok(r.text.endsWith('على درجة حرارة محددة.'), label);
  }
});

test('clean: a bare read-also label takes its link line along; the subheading and paragraph after stay', () => {
  const page = [
    'ارتفاع عدد السياح الوافدين بنسبة الربع',
    'أظهرت بيانات وزارة السياحة ارتفاع عدد السياح الوافدين خلال الأشهر الستة الأولى بنحو الربع.',
    'اقرأ أيضاً',
    'افتتاح فندق جديد على الواجهة البحرية',
    'أسواق جديدة',
    'وعزت الوزارة الزيادة إلى رحلات جوية مباشرة جديدة من أسواق لم تكن تصل منها رحلات من قبل.',
    'الوسوم: سياحة، طيران، فنادق',
    'إعلان',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(reasonOf(r, 'اقرأ أيضاً'), 'read-also');
  assert.equal(reasonOf(r, 'افتتاح فندق جديد على الواجهة البحرية'), 'read-also');
  assert.equal(reasonOf(r, 'الوسوم: سياحة، طيران، فنادق'), 'trailing-chrome');
  assert.equal(reasonOf(r, 'إعلان'), 'separator');
  assert.deepEqual(paragraphs(r).slice(1), [
    'أسواق جديدة',
    'وعزت الوزارة الزيادة إلى رحلات جوية مباشرة جديدة من أسواق لم تكن تصل منها رحلات من قبل.',
  ]);
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

test('clean: comment, related, back-to-top and source labels in their spelling variants', () => {
  const body = 'وذكرت البلدية أن أعمال الصيانة ستستمر أسبوعين وأن الطريق سيفتح أمام السيارات بعد ذلك مباشرة.';
  const cases: Array<[string, ChromeReason]> = [
    ['اترك تعليقا', 'comment-form'],
    ['اترك تعليقاً', 'comment-form'],
    ['أضف تعليقك', 'comment-form'],
    ['الاسم *', 'comment-form'],
    ['البريد الالكتروني *', 'comment-form'],
    ['أخبار ذات صلة', 'related-articles'],
    ['موضوعات ذات صلة', 'related-articles'],
    ['زر الذهاب إلى الأعلى', 'back-to-top'],
    ['الرجوع إلى أعلى الصفحة', 'back-to-top'],
    ['المصدر', 'source-label'],
    ['المصدر: الوكالة الرسمية للأنباء', 'source-label'],
    ['شارك', 'follow-share'],
    ['تابعنا على :', 'follow-share'],
    ['........', 'separator'],
    ['آخر الأخبار', 'ticker'],
  ];
  for (const [line, reason] of cases) {
    const page = ['إغلاق جزئي لطريق الكورنيش بسبب أعمال الصيانة', '', body, '', line].join('\n');
    const r = cleanPage(page);
    assert.equal(reasonOf(r, line), reason, line);
    assert.equal(r.text, body, line);
  }
});

test('clean: a body sentence that starts like a label is not chrome', () => {
  const page = [
    'وزير الصحة يتفقد مستشفى المدينة الجديد',
    '',
    'المصدر الذي تحدث إلى الصحيفة قال إن الوزير أمضى ثلاث ساعات في أقسام الطوارئ والعناية المركزة.',
    'شارك في الجولة محافظ الإقليم ومدير المستشفى وعدد من الأطباء المقيمين، واستمعوا إلى شكاوى المرضى.',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(paragraphs(r).length, 2);
  assert.deepEqual(r.removed, []);
});

test('clean: readers\' comments after a comment form are trailing chrome even when punctuated', () => {
  const page = [
    'افتتاح أول خط للحافلات الكهربائية في العاصمة',
    '',
    'بدأ صباح اليوم تشغيل أول خط للحافلات الكهربائية يربط محطة القطارات بالجامعة، بعشر حافلات في المرحلة الأولى.',
    '',
    'التعليقات',
    'اترك تعليقاً',
    'خالد: خبر مفرح ونتمنى أن تعمم التجربة على كل المحافظات قريبا.',
    'سلمى: متى يصل الخط إلى الأحياء الشرقية؟',
  ].join('\n');
  const r = cleanPage(page);
  assert.equal(paragraphs(r).length, 1);
  assert.equal(reasonOf(r, 'خالد: خبر مفرح ونتمنى أن تعمم التجربة على كل المحافظات قريبا.'), 'trailing-chrome');
  assert.equal(reasonOf(r, 'سلمى: متى يصل الخط إلى الأحياء الشرقية؟'), 'trailing-chrome');
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

test('clean: empty and all-chrome pages give an empty title and text, not a crash', () => {
  for (const page of ['', '\uFEFF', '\n\n   \n', 'آخر الأخبار\nالتعليقات\nاترك تعليقاً\nزر الذهاب إلى الأعلى\n-----']) {
    const r = cleanPage(page);
    assert.equal(r.title, '');
    assert.equal(r.text, '');
    assert.deepEqual(r.map, []);
    assert.deepEqual(r.captions, []);
  }
  const chrome = cleanPage('آخر الأخبار\nالتعليقات\nاترك تعليقاً\nزر الذهاب إلى الأعلى\n-----');
  assert.deepEqual(
    chrome.removed.map((x) => x.reason),
    ['ticker', 'comment-form', 'comment-form', 'back-to-top', 'separator'],
  );
});

test('clean: text offsets map back to the raw page through a BOM, an RLM, a ZWNJ and CRLF line ends', () => {
  const raw =
    '\uFEFFسياسة\r\n' +
    'البرلمان يقر قانون الإيجارات الجديد بعد نقاش طويل\r\n' +
    '\r\n' +
    'أقر البرلمان \u200Fمساء أمس قانون الإيجارات بأغلبية 180 صوتا، بعد جلسة استمرت سبع ساعات.\r\n' +
    '\r\n' +
    'وينص القانون على زيادة سنوية للإيجار لا تتجاوز 5 بالمئة، ويمنح المستأجرين مهلة\u200C ثلاث سنوات.\r\n';
  const r = cleanPage(raw);
  assert.equal(r.title, 'البرلمان يقر قانون الإيجارات الجديد بعد نقاش طويل');
  assert.equal(paragraphs(r).length, 2);
  assert.ok(!r.text.includes('\u200F') && !r.text.includes('\u200C') && !r.text.includes('\r'));
  for (let i = 0; i < r.text.length; i++) {
    const at = toRaw(r.map, i);
    const ch = r.text[i]!;
    if (ch === '\n' || ch === ' ' && raw[at] !== ' ') {
      assert.ok(raw[at] === '\n' || raw[at] === '\r', `separator at ${i} maps to a line break`);
    } else {
      assert.equal(raw[at], ch, `text[${i}]`);
    }
  }
  // Removed lines carry the line numbers of the raw page.
  assert.deepEqual(r.removed, [{ line: 'سياسة', reason: 'section-label', lineNo: 0 }]);
  // A span of the text maps to the same words in the raw page.
  const word = 'قانون الإيجارات بأغلبية';
  const i = r.text.indexOf(word);
  assert.equal(raw.slice(toRaw(r.map, i), toRaw(r.map, i + word.length - 1) + 1), word);
});

test('clean: hard-wrapped joins map to the raw line break they replace', () => {
  const raw = [
    'البلدية تفتتح السوق الأسبوعي الجديد قرب المحطة',
    'افتتحت البلدية صباح الجمعة السوق الأسبوعي',
    'الجديد قرب المحطة، بعد أشهر من أعمال',
    'التهيئة والتجهيز.',
    'وقال عدد من التجار إن الإقبال كان',
    'كبيرا منذ الساعات الأولى، وإن الأسعار',
    'جاءت أقل مما توقعوه.',
  ].join('\n');
  const r = cleanPage(raw);
  assert.equal(
    r.text,
    'افتتحت البلدية صباح الجمعة السوق الأسبوعي الجديد قرب المحطة، بعد أشهر من أعمال التهيئة والتجهيز.\n' +
      'وقال عدد من التجار إن الإقبال كان كبيرا منذ الساعات الأولى، وإن الأسعار جاءت أقل مما توقعوه.',
  );
  for (let i = 0; i < r.text.length; i++) {
    const at = toRaw(r.map, i);
    if (r.text[i] === ' ' && raw[at] === '\n') continue;
    if (r.text[i] === '\n') assert.equal(raw[at], '\n');
    else assert.equal(raw[at], r.text[i]);
  }
});

// An outlet that prints its slogan above every headline.
const PAGE_THEATRE = [
  'صوتك الحر من قلب المدينة',
  'ختام مهرجان المسرح الشبابي بتتويج فرقة من الجنوب',
  '',
  'اختتمت مساء أمس فعاليات مهرجان المسرح الشبابي بمشاركة اثنتي عشرة فرقة من مختلف المحافظات.',
  'وحصلت الفرقة الفائزة على جائزة مالية ودعوة للمشاركة في مهرجان دولي الخريف المقبل.',
].join('\n');

test('clean: a line that recurs across the outlet\'s pages is outlet boilerplate', () => {
  const sloganKey = outletLineKey('صوتك الحر من قلب المدينة');
  assert.ok(sloganKey);
  // Without a profile the slogan looks like a headline.
  assert.equal(cleanPage(PAGE_THEATRE).title, 'صوتك الحر من قلب المدينة');
  // In 6 of the outlet's 20 pages (this one included): boilerplate.
  const r = cleanPage(PAGE_THEATRE, { outletLines: new Map([[sloganKey, 6]]), outletDocs: 20 });
  assert.equal(r.title, 'ختام مهرجان المسرح الشبابي بتتويج فرقة من الجنوب');
  assert.equal(reasonOf(r, 'صوتك الحر من قلب المدينة'), 'outlet-boilerplate');
  assert.equal(paragraphs(r).length, 2);
  // In only one other page: not enough.
  const once = cleanPage(PAGE_THEATRE, { outletLines: new Map([[sloganKey, 2]]), outletDocs: 3 });
  assert.equal(once.title, 'صوتك الحر من قلب المدينة');
  // In 3 of 40 pages: too small a share of the outlet.
  const rare = cleanPage(PAGE_THEATRE, { outletLines: new Map([[sloganKey, 3]]), outletDocs: 40 });
  assert.equal(rare.title, 'صوتك الحر من قلب المدينة');
});

test('outletLineKey: folded key for short lines, null for body sentences', () => {
  assert.equal(outletLineKey('أخبار اليوم'), outletLineKey('اخبار اليوم'));
  assert.equal(outletLineKey('  إقرأ أيضاً  '), outletLineKey('اقرا ايضا'));
  assert.equal(outletLineKey('مدينةٌ'), outletLineKey('مدينه'));
  assert.equal(outletLineKey(''), null);
  assert.equal(outletLineKey('-----'), null);
  assert.equal(outletLineKey('وقال الوزير إن الحكومة ستعرض مشروع الموازنة على البرلمان الأسبوع المقبل.'), null);
  assert.equal(
    outletLineKey('هذا سطر طويل جدا فيه أكثر من اثنتي عشرة كلمة ولا يمكن أن يكون من زخارف الموقع المتكررة'),
    null,
  );
  const keys = outletLineKeys(PAGE_PORT);
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(keys.includes(outletLineKey('التعليقات')!));
  assert.ok(keys.includes(outletLineKey('ميناء السويس الجديد يستقبل أول سفينة حاويات عملاقة')!));
  assert.ok(!keys.some((k) => k.startsWith('استقبل الميناء')));
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

// A site whose name stands above everything and again in its footer, with a ticker box,
// a tool bar, an agency signature and reader notices without slash forms.
const PAGE_HARBOUR = [
  'عاجل',
  'انقطاع الكهرباء عن أحياء في شرق المدينة',
  'إغلاق مؤقت لجسر الميناء أمام الشاحنات',
  'مرفأ الأخبار',
  'الرئيسية | محليات | اقتصاد | رياضة',
  '',
  'بلدية الساحل تطلق مشروعا لتجديد شبكة الصرف الصحي',
  'طباعة | أرسل لصديق | حفظ',
  'عدد القراءات: 842',
  '',
  'أطلقت بلدية الساحل اليوم مشروعا لتجديد شبكة الصرف الصحي في الأحياء القديمة، بكلفة تقارب عشرين مليون دينار.',
  '',
  'وقال رئيس البلدية إن الأشغال ستنجز على ثلاث مراحل حتى لا تتعطل حركة السير في الشوارع الرئيسية.',
  '',
  '(و.ا) ر.ح / س.م',
  '',
  'لاحظت خطأ في هذا الخبر؟ راسلنا لتصحيحه',
  'لتقديم شكوى حول ما ننشر يرجى زيارة صفحة التواصل',
  'تابعوا مرفأ الأخبار على يوتيوب وإنستغرام',
  'التعليقات (3)',
  'اترك ردا',
  'الاسم (مطلوب)',
  'مرفأ الأخبار - موقع إخباري مستقل',
  'مرفأ الأخبار © 2026',
  'من نحن | اتصل بنا | سياسة الخصوصية',
].join('\n');

test('clean: nameplates, ticker items, tool bars, signatures and reader notices', () => {
  const r = cleanPage(PAGE_HARBOUR);
  assert.equal(r.title, 'بلدية الساحل تطلق مشروعا لتجديد شبكة الصرف الصحي');
  assert.equal(paragraphs(r).length, 2);
  const want: Array<[string, ChromeReason]> = [
    ['عاجل', 'ticker'],
    ['انقطاع الكهرباء عن أحياء في شرق المدينة', 'ticker'],
    ['إغلاق مؤقت لجسر الميناء أمام الشاحنات', 'ticker'],
    ['مرفأ الأخبار', 'masthead'],
    ['الرئيسية | محليات | اقتصاد | رياضة', 'section-label'],
    ['طباعة | أرسل لصديق | حفظ', 'follow-share'],
    ['عدد القراءات: 842', 'follow-share'],
    ['(و.ا) ر.ح / س.م', 'source-label'],
    ['لاحظت خطأ في هذا الخبر؟ راسلنا لتصحيحه', 'correction-notice'],
    ['لتقديم شكوى حول ما ننشر يرجى زيارة صفحة التواصل', 'correction-notice'],
    ['تابعوا مرفأ الأخبار على يوتيوب وإنستغرام', 'follow-share'],
    ['التعليقات (3)', 'comment-form'],
    ['اترك ردا', 'comment-form'],
    ['الاسم (مطلوب)', 'comment-form'],
    ['مرفأ الأخبار - موقع إخباري مستقل', 'masthead'],
    ['مرفأ الأخبار © 2026', 'trailing-chrome'],
    ['من نحن | اتصل بنا | سياسة الخصوصية', 'trailing-chrome'],
  ];
  for (const [line, reason] of want) assert.equal(reasonOf(r, line), reason, line);
  assert.equal(r.removed.length, want.length);
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

test('lines: date-only lines in every month naming, and lines that only mention a date', () => {
  const d = (s: string): boolean => describeLine(s, 0, 0, s.length, 0).dateOnly;
  assert.ok(d('الأربعاء 11 أيار 2022'));
  assert.ok(d('الجمعة، 3 جانفي 2025'));
  assert.ok(d('الخميس ٥ يونيو ٢٠٢٥ - ١٠:٣٠ م'));
  assert.ok(d('12/05/2022 - 10:45'));
  assert.ok(d('1 تشرين الأول 2024'));
  assert.ok(d('نشر في: 7 فبراير 2026'));
  assert.ok(!d('قال الوزير يوم 5 يونيو إن الاتفاق سيوقع'));
  assert.ok(!d('الخميس'));
  assert.ok(!d('يونيو'));
});

test('lines: features of a line', () => {
  const [a, b, c, e] = splitLines('  وقال الوزير إن  \n\nالتحالف الدولي: تهديد مستمر\nعاد الوفد. ثم بدأ الاجتماع');
  assert.equal(a!.text, 'وقال الوزير إن');
  assert.equal(a!.start, 2);
  assert.ok(a!.endsWithFunctionWord);
  assert.ok(a!.startsVerbLike);
  assert.ok(b!.blank);
  assert.equal(c!.no, 2);
  assert.equal(c!.words, 4);
  assert.ok(!c!.endsSentence && !c!.startsVerbLike);
  assert.ok(e!.innerSentenceBreak);
});
