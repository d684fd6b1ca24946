// Tests of the page cleaner's body text (pages the rasd team wrote; none of this text comes
// from ../shared): hard wraps, subheadings, offsets back to the raw page, the outlet profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPage, outletLineKey, outletLineKeys } from './clean.js';
import { PAGE_PORT, paragraphs, reasonOf } from './clean.testkit.js';
import { toRaw } from '../text/offsets.js';

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
