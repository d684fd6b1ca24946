import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDates } from './dates.js';
import { hijriMonthStart, isoDay, toHijri } from './date-math.js';
import { hijriToIsoByScan, only, ref } from './dates-test-helpers.js';

// ---- Hijri ----

test('Hijri month starts found by searching Gregorian days agree with Intl', () => {
  for (let y = 1420; y <= 1460; y++) {
    for (let m = 1; m <= 12; m++) {
      const n = hijriMonthStart(y, m);
      assert.ok(n !== null);
      assert.deepEqual(toHijri(n), { y, m, d: 1 }, `${y}-${m}`);
      assert.ok(toHijri(n - 1)!.d >= 29, `${y}-${m}: the day before is the previous month's last`);
    }
  }
  assert.equal(isoDay(hijriMonthStart(1444, 9)!), hijriToIsoByScan(1444, 9, 1));
});

test('Hijri dates convert with the Umm al-Qura calendar', () => {
  for (const [text, hy, hm, hd] of [
    ['بدأ الصيام في 1 رمضان 1444 هـ في معظم الدول.', 1444, 9, 1],
    ['وقف الحجاج على عرفة في 9 ذو الحجة 1443هـ وسط حر شديد.', 1443, 12, 9],
    ['صدر المرسوم الملكي في 15 ربيع الأول 1445 هـ.', 1445, 3, 15],
    ['أعلن القرار في 20 جمادى الآخرة 1440 هـ بعد مشاورات.', 1440, 6, 20],
    ['افتتح المشروع في الخامس من شوال 1442 هـ رسميا.', 1442, 10, 5],
    ['صدر النظام بتاريخ 3 ذي القعدة 1439هـ في الجريدة.', 1439, 11, 3],
  ] as const) {
    const d = only(text);
    assert.equal(d.value, hijriToIsoByScan(hy, hm, hd), text);
    assert.equal(d.precision, 'day');
    assert.match(d.evidence, /Umm al-Qura/u);
  }
});

test('Hijri: both writings of a date, a month, a year, and a day against the reference', () => {
  const ds = extractDates('وصل الوفد الخميس 19 ذو القعدة 1444 هـ الموافق 8 يونيو 2023 م إلى جدة.');
  assert.equal(ds.length, 2);
  assert.equal(ds[0]!.value, '2023-06-08');
  assert.equal(ds[1]!.value, '2023-06-08');
  assert.equal(ds[0]!.evidence.includes('says'), false, 'the weekday fits');
  const m = only('تزدحم الأسواق في شهر رمضان 1444 هـ بالمتسوقين.');
  const mid = hijriToIsoByScan(1444, 9, 15).slice(0, 7);
  assert.deepEqual([m.value, m.precision], [mid, 'month']);
  const y = only('أقرت الميزانية لعام 1445 هـ بعجز محدود.');
  assert.deepEqual([y.value, y.precision], ['2024', 'year']); // 1445 AH runs from mid-2023 to mid-2024, mostly 2024
  // no year: the Hijri year of the reference
  assert.equal(only('يبدأ الحج في 8 ذي الحجة بحسب الهيئة.', ref('2023-06-08')).value, hijriToIsoByScan(1444, 12, 8));
});
