// Tests of the line features the page cleaner reads (src/ingest/lines.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLine, splitLines } from './lines.js';

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
