// Tests of the page cleaner's chrome classes (pages the rasd team wrote; none of this text
// comes from ../shared): read-also and related links, comment forms, share and follow lines,
// correction notices, separators, source labels, nameplates, signatures, footers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPage } from './clean.js';
import { paragraphs, reasonOf } from './clean.testkit.js';
import type { ChromeReason } from '../types.js';

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
