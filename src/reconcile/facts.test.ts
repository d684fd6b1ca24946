// Fact extraction on two hand-written reports (not from any seed), run through the real
// extractor: every kind, with exact values, subjects and evidence offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../extract/component.js';
import { splitSentences } from '../text/sentences.js';
import { extractFacts } from './facts.js';
import type { FactMention } from './types.js';

// Tashkeel and shadda (تعهّدت، رحّب، أكّد), Arabic-Indic digits (٢٥), numbers in words
// (سبعة ملايين، ثلاثة آلاف), a range, a partitive, «» quotes before and after their verb.
const AID = [
  'تعهّدت اليابان بتقديم ٢٥ مليون دولار لدعم اللاجئين في لبنان والأردن، فيما خصص الاتحاد الأوروبي ما بين 40 و50 مليون يورو لصالح برامج التعليم في المخيمات.',
  ' ووصلت إلى الميناء شحنة بقيمة سبعة ملايين دولار مقدمة من كندا.',
  ' وتراجعت البطالة في المنطقة، إذ سجل المكتب انخفاضا بنسبة 12٪ مقارنة بالعام الماضي.',
  '\nوقالت المفوضية إن نحو ثلاثة آلاف لاجئ من السودان وصلوا الأسبوع الماضي، بينهم 450 من القاصرين.',
  ' ورحّب المجلس بانضمام السويد وفنلندا إلى حلف شمال الأطلسي، ليرتفع عدد الأعضاء إلى 32.',
  ' وقال الرئيس الفرنسي إيمانويل ماكرون: «هذه خطوة تاريخية لأمن أوروبا». «لن نتخلى عن شركائنا»، قال أنطوني بلينكن.',
  ' وأكّد الأمين العام للأمم المتحدة أنطونيو غوتيريش أن الحوار هو السبيل الوحيد لإنهاء الأزمة.',
].join('');

// Members before the joining verb, joined by و; a counted noun after عدد; a speaker
// carried over to "وقال:" with no name.
const SUMMIT = [
  'أعلنت المنظمة أن أوغندا وكينيا وتنزانيا انضمت إلى الاتحاد الإفريقي للاتصالات هذا الأسبوع.',
  ' وقال وزير الخارجية المصري سامح شكري إن القاهرة ستستضيف القمة المقبلة.',
  ' وقال: «نحن مستعدون لاستقبال الوفود».',
].join('');

function factsOf(text: string): FactMention[] {
  return extractFacts({ id: 'doc', text, sentences: splitSentences(text), extraction: extractDocument('', text, []) });
}

function only(facts: FactMention[], kind: FactMention['kind'], evidence: string): FactMention {
  const hits = facts.filter((f) => f.kind === kind && f.text === evidence);
  assert.equal(hits.length, 1, `one ${kind} «${evidence}» in ${JSON.stringify(facts.map((f) => `${f.kind}:${f.text}`))}`);
  return hits[0]!;
}

test('every fact points at its words and its sentence', () => {
  for (const text of [AID, SUMMIT]) {
    for (const f of factsOf(text)) {
      assert.equal(text.slice(f.start, f.end), f.text);
      assert.equal(text.slice(f.sentence.start, f.sentence.end), f.sentence.text);
      assert.ok(f.sentence.start <= f.start && f.end <= f.sentence.end, `${f.kind} «${f.text}» inside its sentence`);
      assert.equal(f.doc, 'doc');
    }
  }
});

test('money: the giver after the verb, a range, a giver named after the amount, the purpose', () => {
  const facts = factsOf(AID);
  const japan = only(facts, 'money', '٢٥ مليون دولار');
  assert.equal(japan.start, AID.indexOf('٢٥ مليون'));
  assert.deepEqual([japan.value, japan.unit, japan.subject, japan.subjectText, japan.object], [25_000_000, 'USD', 'LOC:JP', 'اليابان', 'لدعم اللاجئين في لبنان والأردن']);
  const eu = only(facts, 'money', 'ما بين 40 و50 مليون يورو');
  assert.deepEqual([eu.value, eu.min, eu.max, eu.unit, eu.subjectText, eu.object], [null, 40_000_000, 50_000_000, 'EUR', 'الاتحاد الأوروبي', 'لصالح برامج التعليم في المخيمات']);
  const canada = only(facts, 'money', 'سبعة ملايين دولار');
  assert.deepEqual([canada.value, canada.subject], [7_000_000, 'LOC:CA']);
});

test('money: no giver when the sentence names none', () => {
  const text = 'وبلغت قيمة الأضرار نحو 300 مليون دولار بحسب التقديرات الأولية.';
  const f = only(factsOf(text), 'money', 'نحو 300 مليون دولار');
  assert.deepEqual([f.value, f.qualifier, f.subject], [300_000_000, 'approx', null]);
});

test('counts: the counted noun, its entity, a partitive and عدد X ... N', () => {
  const facts = factsOf(AID);
  const refugees = only(facts, 'count', 'نحو ثلاثة آلاف لاجئ');
  assert.deepEqual([refugees.value, refugees.qualifier, refugees.unit, refugees.subject, refugees.subjectText], [3000, 'approx', 'لاجئ', 'noun:لاجئ|LOC:SD', 'السودان']);
  const part = only(facts, 'count', '450');
  assert.deepEqual([part.value, part.subject], [450, 'noun:لاجئ']);
  const members = only(facts, 'count', '32');
  assert.deepEqual([members.value, members.unit, members.subject], [32, 'عضو', 'noun:عضو']);
});

test('counts: a bare number that counts nothing is not a fact', () => {
  const text = 'وتحدث الوزير في المؤتمر الذي عقد في القاعة 12 من المبنى الرئيسي.';
  assert.equal(factsOf(text).filter((f) => f.kind === 'count').length, 0);
});

test('percent: the noun before بنسبة', () => {
  const f = only(factsOf(AID), 'percent', '12٪');
  assert.deepEqual([f.value, f.unit, f.subject], [12, 'percent', 'noun:انخفاض']);
  const g = only(factsOf('وبلغت نسبة المشاركة في الانتخابات ٤٥٪ وفق اللجنة.'), 'percent', '٤٥٪');
  assert.deepEqual([g.value, g.subject], [45, 'noun:مشارك']);
});

test('membership: members after انضمام, with what they joined and the new total', () => {
  const facts = factsOf(AID).filter((f) => f.kind === 'membership');
  assert.deepEqual(facts.map((f) => [f.subject, f.subjectText, f.object, f.total]), [
    ['LOC:SE', 'السويد', 'حلف شمال الأطلسي', 32],
    ['LOC:FI', 'فنلندا', 'حلف شمال الأطلسي', 32],
  ]);
  assert.equal(facts[0]!.start, AID.indexOf('السويد'));
});

test('membership: a list before the joining verb', () => {
  const facts = factsOf(SUMMIT).filter((f) => f.kind === 'membership');
  assert.deepEqual(facts.map((f) => f.subjectText), ['أوغندا', 'كينيا', 'تنزانيا']);
  for (const f of facts) assert.equal(f.total, undefined);
});

test('quotes: before and after the verb, indirect speech, a speaker carried over', () => {
  const facts = factsOf(AID).filter((f) => f.kind === 'quote');
  const macron = only(facts, 'quote', '«هذه خطوة تاريخية لأمن أوروبا»');
  assert.deepEqual([macron.subjectText, macron.verb, macron.object], ['إيمانويل ماكرون', 'قال', 'هذه خطوة تاريخية لأمن أوروبا']);
  const blinken = only(facts, 'quote', '«لن نتخلى عن شركائنا»');
  assert.deepEqual([blinken.subjectText, blinken.verb], ['أنطوني بلينكن', 'قال']);
  const guterres = only(facts, 'quote', 'الحوار هو السبيل الوحيد لإنهاء الأزمة');
  assert.deepEqual([guterres.subjectText, guterres.verb], ['أنطونيو غوتيريش', 'أكد']);
  const summit = factsOf(SUMMIT).filter((f) => f.kind === 'quote');
  assert.deepEqual(summit.map((f) => [f.subjectText, f.text]), [
    ['سامح شكري', 'القاهرة ستستضيف القمة المقبلة'],
    ['سامح شكري', '«نحن مستعدون لاستقبال الوفود»'],
  ]);
});

test('quotes of an unnamed body: the statement or the source speaks, keyed by its noun', () => {
  const text = [
    'أعلنت وزارة الداخلية توقيف ١٢ شخصا في عملية أمنية بالعاصمة.',
    ' وقال البيان إن الموقوفين كانوا يخططون لهجمات خلال الأعياد.',
    ' وأضاف المصدر: «التحقيقات ما زالت جارية».',
    ' وقالت إن العملية جرت بلا إصابات.',
  ].join('');
  const quotes = factsOf(text).filter((f) => f.kind === 'quote');
  assert.deepEqual(quotes.map((f) => [f.subject, f.subjectText, f.verb, f.object]), [
    ['noun:بيان', 'البيان', 'قال', 'الموقوفين كانوا يخططون لهجمات خلال الأعياد'],
    ['noun:مصدر', 'المصدر', 'أضاف', 'التحقيقات ما زالت جارية'],
    ['noun:مصدر', 'المصدر', 'قال', 'العملية جرت بلا إصابات'],
  ]);
  // Not a speaker: a noun of the list that is not right after the verb.
  assert.deepEqual(factsOf('وقال رئيس الوزراء إن البيان لم يصدر بعد.').filter((f) => f.subject?.startsWith('noun:')), []);
});
