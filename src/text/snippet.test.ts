import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSnippet, markSnippet } from './snippet.js';
import { stem } from './stem.js';

const TEXT = [
  'افتتح وزير الطاقة محطة جديدة لتحلية المياه في مدينة الجبيل صباح الأحد.',
  'وقال الوزير إن المحطة ستغطي حاجة ثلاثة ملايين نسمة، وإن العمل فيها بدأ قبل ثلاث سنوات بكلفة بلغت ١٫٢ مليار دولار.',
  'وفي شأن آخر، أعلنت الوزارة خطة لتوسيع شبكة الأنابيب نحو المدن الداخلية خلال العامين المقبلين، بعد افتتاح المحطة بالجبيل.',
].join('\n');

test('the window holds the most distinct query words, and highlights point at them', () => {
  const keys = new Set([stem('الأنابيب'), stem('الجبيل')]);
  const s = makeSnippet(TEXT, keys, 20);
  const marked = markSnippet(s, '[', ']');
  assert.match(marked, /\[الأنابيب\]/);
  assert.match(marked, /\[بالجبيل\]/, 'a clitic form of the query word is found and highlighted as written');
  for (const h of s.highlights) assert.ok(['الأنابيب', 'بالجبيل'].includes(s.text.slice(h.start, h.end)));
  assert.ok(s.text.startsWith('…'), 'a cut at the start is marked');
  assert.equal(TEXT.slice(s.start, s.end).replace(/\s+/g, ' '), s.text.replace(/^…|…$/g, ''));
});

test('digits are kept as written, and numbers match by value', () => {
  const s = makeSnippet(TEXT, new Set(['1.2']), 8);
  assert.ok(s.text.includes('١٫٢'));
  assert.equal(s.text.slice(s.highlights[0]!.start, s.highlights[0]!.end), '١٫٢');
});

test('a text without the query words gives its opening, and an empty text an empty snippet', () => {
  const s = makeSnippet(TEXT, new Set(['غير-موجود']), 5);
  assert.equal(s.start, 0);
  assert.deepEqual(s.highlights, []);
  assert.deepEqual(makeSnippet('', new Set(['x'])), { text: '', start: 0, end: 0, highlights: [] });
});
