import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPage } from '../ingest/clean.js';
import { pageDateBound, publicationDate, resolveDocumentDates } from './published.js';

const doc = (text: string, removed: Array<{ line: string; reason: string }> = []) => ({
  title: 'الحكومة تعلن خطة لخفض العجز',
  text,
  removed,
});

test('a full date in the first sentence is the publication date', () => {
  const p = publicationDate(doc('أعلنت وزارة المالية، الأربعاء 12 أبريل 2023، عن خطة لخفض العجز خلال ثلاث سنوات.\nوقال الوزير إن الخطة تشمل ترشيد الإنفاق.'));
  assert.equal(p?.date, '2023-04-12');
  assert.equal(p?.precision, 'day');
  assert.match(p!.evidence, /first sentence.*الأربعاء 12 أبريل 2023/u);
});

test('a dateline and a timestamp line under the title are publication dates', () => {
  const a = publicationDate(doc('القاهرة - 12 أبريل 2023 (رويترز) - أعلنت وزارة المالية عن خطة لخفض العجز.\nوقال الوزير إن الخطة طموحة.'));
  assert.equal(a?.date, '2023-04-12');
  const b = publicationDate(doc('نشر في: الأربعاء 12 أبريل 2023 - 10:45 ص\nأعلن وزير المالية اليوم الأربعاء عن خطة لخفض العجز.'));
  assert.equal(b?.date, '2023-04-12');
  assert.match(b!.evidence, /timestamp line/u);
  const c = publicationDate(doc('2023/04/12\nأعلن وزير المالية اليوم عن خطة لخفض العجز.'));
  assert.equal(c?.date, '2023-04-12');
});

test('a page date removed by the cleaner is not a publication date', () => {
  const removed = [{ line: 'السبت 4 مايو 2024', reason: 'page-date' }];
  const p = publicationDate(doc('أعلن وزير المالية، اليوم الأربعاء، عن خطة لخفض العجز.\nوقال إن الخطة تمتد ثلاث سنوات.', removed));
  assert.equal(p, null);
  assert.equal(pageDateBound(removed), '2024-05-04');
});

test('the page date removed from a real page layout does not become the publication date', () => {
  const raw = [
    'الأحد 19 يناير 2025',
    'رئيس التحرير',
    'سامي عبد الرحمن',
    '',
    'اقتصاد',
    '',
    'الحكومة تعلن خطة لخفض العجز في الموازنة العامة',
    '',
    'أعلن وزير المالية، اليوم الأربعاء، عن خطة لخفض العجز في الموازنة العامة للدولة خلال ثلاث سنوات، وذلك في مؤتمر صحفي عقده بمقر الوزارة.',
    '',
    'وقال الوزير إن الخطة تستهدف زيادة الإيرادات الضريبية وترشيد الإنفاق الحكومي دون المساس بالدعم المقدم للفئات الأكثر احتياجا، مشيرا إلى أن العجز بلغ ذروته في مارس 2022.',
    '',
    'وأضاف أن الحكومة ستعرض الخطة على البرلمان الشهر المقبل لمناقشتها وإقرارها قبل نهاية العام المالي.',
  ].join('\n');
  const c = cleanPage(raw);
  assert.ok(c.removed.some((r) => r.reason === 'page-date'), 'the cleaner removes the masthead date');
  const r = resolveDocumentDates(c.text, c.removed, c.title);
  assert.equal(r.published, null);
  const next = r.dates.find((d) => d.text === 'الشهر المقبل');
  assert.equal(next?.value, null, 'relative dates stay unresolved without a publication date');
  assert.equal(r.dates.find((d) => d.text === 'مارس 2022')?.value, '2022-03');
});

test('in the first sentence, the date with a weekday wins over an anniversary', () => {
  const p = publicationDate(doc('في ذكرى حرب 5 يونيو 1967، نظم الطلاب الاثنين 5 يونيو 2023 وقفة أمام الجامعة.\nوشارك فيها المئات.'));
  assert.equal(p?.date, '2023-06-05');
});

test('a date in the body that dates another event is not the publication date', () => {
  const text = [
    'أعلن وزير المالية عن خطة جديدة لخفض العجز في الموازنة العامة.',
    'وقال الوزير إن الخطة تستهدف زيادة الإيرادات.',
    'وكانت الحكومة السابقة قد أقرت في 3 مارس 2020 خطة مماثلة لم تنفذ.',
  ].join('\n');
  assert.equal(publicationDate(doc(text)), null);
  // nor a date that bounds a period, even in the first sentence
  assert.equal(publicationDate(doc('تتواصل الاحتجاجات منذ 3 مارس 2020 في العاصمة.\nوقال المنظمون إنها سلمية.')), null);
  // nor a full date without a weekday in the second sentence
  assert.equal(publicationDate(doc('أعلنت الوزارة خطة جديدة لدعم المزارعين.\nوتعود الخطة السابقة إلى 3 مارس 2020.')), null);
});

test('اليوم + weekday alone does not give a publication date', () => {
  assert.equal(publicationDate(doc('انطلقت اليوم الخميس أعمال المؤتمر الاقتصادي في العاصمة.\nوشارك فيه وزراء من عشر دول.')), null);
});

test('the second sentence counts when it dates the report with a weekday; its year may be inferred', () => {
  const text = [
    'أصدر وزراء الزراعة العرب بيانا مشتركا في ختام اجتماعهم في الخرطوم.',
    'ونص البيان الذي وزع ليل الثلاثاء 15 من آذار على أن الأمن الغذائي أولوية.',
    'وكان الوزراء قد اجتمعوا آخر مرة في تشرين الأول 2021 في القاهرة.',
    'وأشار البيان إلى موجة الجفاف التي ضربت المنطقة في شباط الماضي.',
  ].join('\n');
  const r = resolveDocumentDates(text, [], 'بيان وزراء الزراعة العرب');
  assert.equal(r.published?.date, '2022-03-15'); // 15 March was a Tuesday in 2022, not in 2021
  assert.match(r.published!.evidence, /weekday/u);
  // second pass: relative dates against the publication date
  assert.equal(r.dates.find((d) => d.text === 'شباط الماضي')?.value, '2022-02');
  const own = r.dates.find((d) => d.text.startsWith('الثلاثاء'));
  assert.match(own!.evidence, /year inferred/u, 'the date that gave the reference keeps its own account');
});

test('resolveDocumentDates: weekdays and relative words resolve against the first-sentence date', () => {
  const text = [
    'افتتح رئيس الوزراء، السبت 10 حزيران 2023، محطة جديدة لتحلية المياه في العقبة.',
    'وكان وزير المياه قد زار الموقع يوم الأربعاء للاطلاع على الاستعدادات.',
    'وتأخر المشروع عن موعده الأصلي في العام الماضي بسبب نقص التمويل.',
    'ومن المتوقع تشغيل المرحلة الثانية في الخريف المقبل.',
  ].join('\n');
  const r = resolveDocumentDates(text, [], 'افتتاح محطة تحلية');
  assert.equal(r.published?.date, '2023-06-10');
  const by = (s: string) => r.dates.find((d) => d.text === s);
  assert.equal(by('يوم الأربعاء')?.value, '2023-06-07');
  assert.equal(by('العام الماضي')?.value, '2022');
  assert.deepEqual([by('الخريف المقبل')?.value, by('الخريف المقبل')?.precision], ['2023', 'season']);
  assert.equal(by('السبت 10 حزيران 2023')?.inferred, false);
});

test('a first-sentence date after the page date is not taken', () => {
  const removed = [{ line: 'الاثنين 1 مايو 2023', reason: 'page-date' }];
  assert.equal(publicationDate(doc('أعلنت الوزارة، الأربعاء 12 يوليو 2023، عن الخطة.\nوقال الوزير إنها طموحة.', removed)), null);
});
