import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicRatio, isArabicLetter, normalizeForMatch, prepareText } from './normalize.js';
import { toRaw, spanToRaw } from './offsets.js';

const n = normalizeForMatch;

test('match: tashkeel and superscript alef are removed', () => {
  assert.equal(n('كَتَبَ المُرَاسِلُ تَقْرِيرًا'), 'كتب المراسل تقريرا');
  assert.equal(n('هٰذا'), 'هذا');
  assert.equal(n('قالۖ'), 'قال');
});

test('match: tatweel is removed', () => {
  assert.equal(n('الـمـؤتـمـر'), 'المءتمر');
});

test('match: alef forms fold to bare alef', () => {
  assert.equal(n('أعلن إعلان آخر ٱلقوم'), 'اعلن اعلان اخر القوم');
});

test('match: alef maqsura folds to yeh, teh marbuta to heh', () => {
  assert.equal(n('مستشفى'), 'مستشفي');
  assert.equal(n('مدينة'), 'مدينه');
});

test('match: hamza seats fold so both spellings give one key', () => {
  assert.equal(n('مسؤول'), n('مسئول'));
  assert.equal(n('مسؤول'), 'مسءول');
  // decomposed seat + combining hamza above
  assert.equal(n('مسو\u0654ول'), 'مسءول');
  assert.equal(n('مسى\u0654ول'), 'مسءول');
});

test('match: Arabic-Indic and Persian digits become ASCII', () => {
  assert.equal(n('٠١٢٣٤٥٦٧٨٩'), '0123456789');
  assert.equal(n('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
});

test('match: Arabic number separators fold', () => {
  assert.equal(n('٣٫٥'), '3.5');
  assert.equal(n('٢٬٠٠٠'), '2,000');
});

test('match: Arabic punctuation folds to ASCII', () => {
  assert.equal(n('نعم، لا؛ لماذا؟ ٥٠٪'), 'نعم, لا; لماذا? 50%');
});

test('match: zero-width and bidi controls are removed', () => {
  assert.equal(n('\u200fوزير\u200b الدفاع\u200e\u202bقال\u202c\u2066 \u2069\ufeff\u061c'), 'وزير الدفاعقال ');
  assert.equal(n('مي\u200cخواهم\u200d'), 'ميخواهم');
});

test('match: NBSP and other Unicode spaces become a plain space', () => {
  assert.equal(n('وزير\u00a0الخارجية\u2009اليوم\u3000'), 'وزير الخارجيه اليوم ');
});

test('match: presentation forms become base letters and are folded', () => {
  // ﻻ lam-alef ligature, ﺑ ﻳ ﺖ contextual forms
  assert.equal(n('\ufefb'), 'لا');
  assert.equal(n('\ufef7'), 'لا'); // lam with alef-hamza-above
  assert.equal(n('\ufe91\ufef3\ufe96'), 'بيت');
  assert.equal(n('\ufe93'), 'ه'); // teh marbuta isolated
  assert.equal(n('\ufe70'), ''); // a spacing fathatan is dropped, not left as a space
});

test('match: Latin is lowercased', () => {
  assert.equal(n('NATO وÉcole'), 'nato وécole');
});

test('match: text with nothing to fold comes back unchanged', () => {
  const s = 'قال الوزير ان الاجتماع انتهي';
  assert.equal(n(s), s);
});

test('prepare: keeps tashkeel, tatweel, hamza forms, digits and punctuation', () => {
  const s = 'قالَ المسؤولُ الـكبير: ١٤٨٫٧ مليون، أي 50٪؟';
  assert.deepEqual(prepareText(s).text, s);
});

test('prepare: removes BOM, zero-width and bidi controls, maps back to raw', () => {
  const raw = '\ufeffقال\u200f الوزير\u200b\u202bاليوم\u202c';
  const { text, map } = prepareText(raw);
  assert.equal(text, 'قال الوزيراليوم');
  for (let i = 0; i < text.length; i++) assert.equal(raw[toRaw(map, i)], text[i]);
  assert.equal(toRaw(map, text.indexOf('اليوم')), raw.indexOf('اليوم'));
});

test('prepare: unifies spaces and line ends', () => {
  const raw = 'سطر\u00a0أول\r\nسطر ثان\rسطر\u2028ثالث';
  const { text, map } = prepareText(raw);
  assert.equal(text, 'سطر أول\nسطر ثان\nسطر\nثالث');
  const firstBreak = text.indexOf('\n');
  assert.equal(raw[toRaw(map, firstBreak)], '\n');
  const secondBreak = text.indexOf('\n', firstBreak + 1);
  assert.equal(raw[toRaw(map, secondBreak)], '\r');
  assert.equal(raw[toRaw(map, text.indexOf('ثان'))], 'ث');
});

test('prepare: presentation forms become letters; ligatures expand, mapped to the ligature', () => {
  const raw = 'ك\ufefbم \ufe91\ufef4\ufe96 جديد';
  const { text, map } = prepareText(raw);
  assert.equal(text, 'كلام بيت جديد');
  assert.equal(toRaw(map, 1), 1); // ل from the ligature
  assert.equal(toRaw(map, 2), 1); // ا from the same ligature
  assert.equal(toRaw(map, 3), 2); // م after it
  const j = text.indexOf('جديد');
  assert.equal(raw.slice(toRaw(map, j), toRaw(map, j) + 4), 'جديد');
  assert.deepEqual(spanToRaw(map, text.indexOf('بيت'), text.indexOf('بيت') + 3), {
    start: raw.indexOf('\ufe91'),
    end: raw.indexOf('\ufe96') + 1,
  });
});

test('isArabicLetter: letters yes; marks, tatweel, digits, punctuation no', () => {
  for (const ch of 'ابتثءىةؤئپ') assert.ok(isArabicLetter(ch.charCodeAt(0)), ch);
  for (const ch of '\u064e\u0640٣،؟aZ ') assert.ok(!isArabicLetter(ch.charCodeAt(0)), ch);
});

test('arabicRatio: share of Arabic letters among letters, 0 without letters', () => {
  assert.equal(arabicRatio('قال ab'), 3 / 5);
  assert.equal(arabicRatio('كَتَبَ'), 1);
  assert.equal(arabicRatio('123 ... ٤٥'), 0);
  assert.equal(arabicRatio(''), 0);
  assert.equal(arabicRatio('Москва ودمشق'), 5 / 11);
});
