import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const split = (s: string) => splitSentences(s).map((sp) => s.slice(sp.start, sp.end));

test('breaks at . ! ? ؟ … and keeps the mark with its sentence', () => {
  assert.deepEqual(split('وصل الوفد صباحا. هل انتهت المفاوضات؟ لا! ربما غدا… ثم سافروا. Why? Yes.'), [
    'وصل الوفد صباحا.', 'هل انتهت المفاوضات؟', 'لا!', 'ربما غدا…', 'ثم سافروا.', 'Why?', 'Yes.',
  ]);
});

test('spans are trimmed, ordered and cover all non-space content', () => {
  const s = '  أمطار غزيرة.   وسيول في الوادي!  ';
  const spans = splitSentences(s);
  assert.deepEqual(spans, [{ start: 2, end: 14 }, { start: 17, end: 33 }]);
  const covered = spans.map((sp) => s.slice(sp.start, sp.end)).join('').replace(/\s/g, '');
  assert.equal(covered, s.replace(/\s/g, ''));
});

test('a run of marks ends once: ؟! and ...', () => {
  assert.deepEqual(split('أهذا معقول؟! نعم... بالتأكيد.'), ['أهذا معقول؟!', 'نعم...', 'بالتأكيد.']);
});

test('decimals do not break, in either script', () => {
  assert.deepEqual(split('بلغ العجز 148.7 مليون. وارتفع المؤشر ٣٫٥ نقطة. ثم 2.5.'), [
    'بلغ العجز 148.7 مليون.', 'وارتفع المؤشر ٣٫٥ نقطة.', 'ثم 2.5.',
  ]);
});

test('single-letter Arabic abbreviations do not break', () => {
  assert.deepEqual(split('التقى د. سمير بالمهندس م. خالد في ص. ب. 42 بالمدينة. وانتهى اللقاء.'), [
    'التقى د. سمير بالمهندس م. خالد في ص. ب. 42 بالمدينة.', 'وانتهى اللقاء.',
  ]);
  assert.deepEqual(split('كتب أ. هشام مقالا. ونشره.'), ['كتب أ. هشام مقالا.', 'ونشره.']);
});

test('listed abbreviations do not break: إلخ. ق.م. هـ. and Latin ones', () => {
  assert.deepEqual(split('زرعوا القمح والشعير إلخ. في الحقول. وبنيت المدينة عام 300 ق.م. على التل.'), [
    'زرعوا القمح والشعير إلخ. في الحقول.', 'وبنيت المدينة عام 300 ق.م. على التل.',
  ]);
  assert.deepEqual(split('قابل Mr. Smith الوفد في U.S. قبل عودته. ثم غادر.'), [
    'قابل Mr. Smith الوفد في U.S. قبل عودته.', 'ثم غادر.',
  ]);
});

test('an era letter after a year ends the sentence', () => {
  assert.deepEqual(split('ولد الشاعر عام 1320 هـ. ونشأ في القرية.'), ['ولد الشاعر عام 1320 هـ.', 'ونشأ في القرية.']);
});

test('no break inside a quotation; the quote ends the sentence when it closed one', () => {
  assert.deepEqual(split('قال الوزير: "لن نتراجع. سنواصل العمل." ثم غادر القاعة.'), [
    'قال الوزير: "لن نتراجع. سنواصل العمل."', 'ثم غادر القاعة.',
  ]);
  assert.deepEqual(split('وأكد أن «المرحلة صعبة. لكنها ستمر» وفق قوله. انتهى.'), [
    'وأكد أن «المرحلة صعبة. لكنها ستمر» وفق قوله.', 'انتهى.',
  ]);
  assert.deepEqual(split('وصف البيان الوضع بأنه “مقلق. وخطير” أمس. وتابع.'), [
    'وصف البيان الوضع بأنه “مقلق. وخطير” أمس.', 'وتابع.',
  ]);
});

test('curly quotes written the other way round still pair up', () => {
  assert.deepEqual(split('وقال إن ”الهدنة صامدة. حتى الآن“ بحسب المصادر. وتابع.'), [
    'وقال إن ”الهدنة صامدة. حتى الآن“ بحسب المصادر.', 'وتابع.',
  ]);
});

test('a comma after the closing quote continues the sentence', () => {
  assert.deepEqual(split('وتساءل: "إلى متى؟"، مضيفا أن الصبر نفد. وسكت.'), [
    'وتساءل: "إلى متى؟"، مضيفا أن الصبر نفد.', 'وسكت.',
  ]);
});

test('an unbalanced quote is closed by the paragraph break', () => {
  const s = 'قال المصدر "إن الاتفاق قريب. وسيعلن قريبا.\n\nوفي سياق آخر. وصل الوزير.';
  assert.deepEqual(split(s), ['قال المصدر "إن الاتفاق قريب. وسيعلن قريبا.', 'وفي سياق آخر.', 'وصل الوزير.']);
});

test('".." used as a dash in headlines is not a boundary', () => {
  assert.deepEqual(split('لبنان.. أزمة الوقود تتفاقم'), ['لبنان.. أزمة الوقود تتفاقم']);
});

test('a list number is not a sentence', () => {
  assert.deepEqual(split('1. خفض الضرائب على الخبز.'), ['1. خفض الضرائب على الخبز.']);
});

test('paragraph breaks end sentences, even without punctuation', () => {
  assert.deepEqual(split('عنوان فرعي\nنص الفقرة الأولى هنا.\nنص الفقرة الثانية.'), [
    'عنوان فرعي', 'نص الفقرة الأولى هنا.', 'نص الفقرة الثانية.',
  ]);
});

test('line breaks inside a hard-wrapped paragraph are not boundaries', () => {
  const s = [
    'وقال رئيس',
    'البلدية في مؤتمر صحفي إن أعمال الترميم في السوق القديم',
    'ستنتهي قبل الصيف، وإن المحلات ستفتح أبوابها من جديد. وأضاف',
    'أن التكلفة تجاوزت المتوقع بسبب ارتفاع أسعار مواد البناء.',
    'وأشار إلى أن',
    'البلدية طلبت دعما إضافيا من الحكومة المركزية لإكمال الأعمال.',
  ].join('\n');
  const out = split(s);
  assert.equal(out.length, 3);
  assert.ok(out[0]!.startsWith('وقال رئيس\nالبلدية'));
  assert.ok(out[0]!.endsWith('من جديد.'));
  assert.ok(out[1]!.startsWith('وأضاف\nأن'));
  assert.ok(out[2]!.startsWith('وأشار إلى أن\nالبلدية'));
});

test('a missing space after a dot still ends the sentence before Arabic', () => {
  assert.deepEqual(split('انتهى الاجتماع.وقال المتحدث إنه مثمر.'), ['انتهى الاجتماع.', 'وقال المتحدث إنه مثمر.']);
  assert.deepEqual(split('زوروا example.com للمزيد.'), ['زوروا example.com للمزيد.']);
});

test('empty text gives no spans', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n '), []);
});
