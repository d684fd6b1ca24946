// reconcileFacts on hand-made mentions: what agrees, what is compatible, what conflicts,
// copies as one source, subjects keeping figures apart, and grouping at scale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Qualifier } from '../types.js';
import type { FactKind, FactMention } from './types.js';
import { reconcileFacts } from './reconcile.js';
import { approxTolerance, roundingUnit } from './coverage.js';

interface Spec {
  doc: string;
  value?: number | null;
  qualifier?: Qualifier;
  min?: number;
  max?: number;
  kind?: FactKind;
  unit?: string | null;
  subject?: string | null;
  object?: string;
  text?: string;
  subjectText?: string;
}

/** A mention with evidence that points at its own words in a one-sentence document. */
function fm(s: Spec): FactMention {
  const text = s.text ?? String(s.value ?? `${s.min}-${s.max}`);
  const sentence = `قال التقرير ${text} في البيان.`;
  const start = sentence.indexOf(text);
  return {
    doc: s.doc,
    text,
    start,
    end: start + text.length,
    sentence: { start: 0, end: sentence.length, text: sentence },
    kind: s.kind ?? 'count',
    value: s.value === undefined ? null : s.value,
    ...(s.min !== undefined ? { min: s.min } : {}),
    ...(s.max !== undefined ? { max: s.max } : {}),
    ...(s.qualifier ? { qualifier: s.qualifier } : {}),
    unit: s.unit === undefined ? 'قتيل' : s.unit,
    subject: s.subject === undefined ? 'noun:قتيل' : s.subject,
    subjectText: null,
    ...(s.object !== undefined ? { object: s.object } : {}),
    ...(s.subjectText !== undefined ? { subjectText: s.subjectText } : {}),
  };
}

const noCopies = (): null => null;
const money = (s: Spec): FactMention => fm({ kind: 'money', unit: 'USD', subject: 'ORG:بنك', ...s });

test('three reports with the same figure: agreed, three sources, the figure as value', () => {
  const facts = reconcileFacts([fm({ doc: 'a', value: 12 }), fm({ doc: 'b', value: 12 }), fm({ doc: 'c', value: 12 })], noCopies);
  assert.equal(facts.length, 1);
  const [f] = facts;
  assert.deepEqual([f!.status, f!.sources, f!.value, f!.sides], ['agreed', 3, 12, undefined]);
  assert.deepEqual(f!.reports.map((r) => r.doc), ['a', 'b', 'c']);
  assert.equal(f!.reports[0]!.sentence.text.slice(f!.reports[0]!.start, f!.reports[0]!.end), '12');
});

test('نحو 150 مليون against 148.7 مليون: compatible, the exact figure is the value', () => {
  const facts = reconcileFacts([money({ doc: 'a', value: 150_000_000, qualifier: 'approx' }), money({ doc: 'b', value: 148_700_000 })], noCopies);
  assert.equal(facts.length, 1);
  assert.deepEqual([facts[0]!.status, facts[0]!.value, facts[0]!.sources], ['compatible', 148_700_000, 2]);
  // ... but not 130 million: 150 million "about" does not reach it.
  const far = reconcileFacts([money({ doc: 'a', value: 150_000_000, qualifier: 'approx' }), money({ doc: 'b', value: 130_000_000 })], noCopies);
  assert.equal(far[0]!.status, 'conflict');
});

test('حوالي 600 against 601 compatible; tolerance is 5% or half the rounding unit, capped', () => {
  const facts = reconcileFacts([fm({ doc: 'a', value: 600, qualifier: 'approx' }), fm({ doc: 'b', value: 601 })], noCopies);
  assert.deepEqual([facts.length, facts[0]!.status, facts[0]!.value], [1, 'compatible', 601]);
  assert.equal(roundingUnit(600), 100);
  assert.equal(roundingUnit(148_700_000), 100_000);
  assert.equal(roundingUnit(12.5), 0);
  assert.equal(approxTolerance(600), 50);
  assert.equal(approxTolerance(150_000_000), 7_500_000);
  assert.equal(approxTolerance(2_000_000), 200_000); // half a million is more than 10%: capped
  // Two approximations alone: compatible when they overlap, the better-sourced as value.
  const two = reconcileFacts([fm({ doc: 'a', value: 600, qualifier: 'approx' }), fm({ doc: 'b', value: 620, qualifier: 'approx' }), fm({ doc: 'c', value: 620, qualifier: 'approx' })], noCopies);
  assert.deepEqual([two[0]!.status, two[0]!.value], ['compatible', 620]);
});

test('أكثر من 300 covers 320 (compatible) but not 250 (conflict, with the bound as a side)', () => {
  const ok = reconcileFacts([fm({ doc: 'a', value: 300, qualifier: 'more than' }), fm({ doc: 'b', value: 320 })], noCopies);
  assert.deepEqual([ok.length, ok[0]!.status, ok[0]!.value], [1, 'compatible', 320]);
  const bad = reconcileFacts([fm({ doc: 'a', value: 300, qualifier: 'more than' }), fm({ doc: 'b', value: 250 })], noCopies);
  assert.equal(bad[0]!.status, 'conflict');
  assert.deepEqual(bad[0]!.sides, [{ value: 250, docs: ['b'] }, { value: '> 300', docs: ['a'] }]);
  // "more than 300" does not cover 300 itself; "at least 300" does.
  assert.equal(reconcileFacts([fm({ doc: 'a', value: 300, qualifier: 'more than' }), fm({ doc: 'b', value: 300 })], noCopies)[0]!.status, 'conflict');
  assert.equal(reconcileFacts([fm({ doc: 'a', value: 300, qualifier: 'at least' }), fm({ doc: 'b', value: 300 })], noCopies)[0]!.status, 'compatible');
  // Bounds alone that leave no common value conflict.
  const apart = reconcileFacts([fm({ doc: 'a', value: 300, qualifier: 'more than' }), fm({ doc: 'b', value: 200, qualifier: 'less than' })], noCopies);
  assert.deepEqual([apart[0]!.status, apart[0]!.sides?.length], ['conflict', 2]);
});

test('12 dead against 14 dead: a conflict with each side and its reports; the majority figure is the value', () => {
  const facts = reconcileFacts([fm({ doc: 'a', value: 12 }), fm({ doc: 'b', value: 14 }), fm({ doc: 'c', value: 12 })], noCopies);
  assert.equal(facts.length, 1);
  const [f] = facts;
  assert.deepEqual([f!.status, f!.value, f!.sources], ['conflict', 12, 3]);
  assert.deepEqual(f!.sides, [{ value: 12, docs: ['a', 'c'] }, { value: 14, docs: ['b'] }]);
  // A tie leaves the value open.
  const tie = reconcileFacts([fm({ doc: 'a', value: 12 }), fm({ doc: 'b', value: 14 })], noCopies);
  assert.deepEqual([tie[0]!.status, tie[0]!.value], ['conflict', null]);
});

test('a report and its copy are one source; a copy that changed the figure makes no conflict', () => {
  const copyOf = (d: string): string | null => (d === 'reprint' ? 'wire' : null);
  const same = reconcileFacts([fm({ doc: 'wire', value: 870 }), fm({ doc: 'reprint', value: 870 })], copyOf);
  assert.deepEqual([same[0]!.status, same[0]!.sources], ['agreed', 1]);
  assert.equal(same[0]!.reports.find((r) => r.doc === 'reprint')!.copyOf, 'wire');
  const typo = reconcileFacts([fm({ doc: 'reprint', value: 780 }), fm({ doc: 'wire', value: 870 }), fm({ doc: 'own', value: 870 })], copyOf);
  assert.deepEqual([typo[0]!.status, typo[0]!.sources, typo[0]!.value], ['agreed', 2, 870]);
  assert.equal(typo[0]!.reports.length, 3); // the reprint's figure is kept as evidence
  // Without the original in the group, the copy speaks for it.
  const alone = reconcileFacts([fm({ doc: 'reprint', value: 14 }), fm({ doc: 'own', value: 12 })], copyOf);
  assert.deepEqual([alone[0]!.status, alone[0]!.sides?.map((s) => s.docs)], ['conflict', [['own'], ['reprint']]]);
});

test('the same figure about different subjects is two facts, and different figures never conflict across subjects', () => {
  const facts = reconcileFacts([fm({ doc: 'a', value: 50, subject: 'noun:جريح' }), fm({ doc: 'b', value: 50, subject: 'noun:معتقل' })], noCopies);
  assert.equal(facts.length, 2);
  assert.ok(facts.every((f) => f.status === 'agreed' && f.sources === 1));
  const apart = reconcileFacts([fm({ doc: 'a', value: 12, subject: 'noun:قتيل' }), fm({ doc: 'b', value: 40, subject: 'noun:جريح' })], noCopies);
  assert.deepEqual(apart.map((f) => f.status), ['agreed', 'agreed']);
  // Another unit is another fact too.
  assert.equal(reconcileFacts([fm({ doc: 'a', value: 5 }), fm({ doc: 'b', value: 5, unit: 'جريح' })], noCopies).length, 2);
});

test('a figure without a subject joins the one group whose figure it matches, else stays apart', () => {
  const facts = reconcileFacts(
    [
      money({ doc: 'a', value: 870_000_000 }),
      money({ doc: 'b', value: 870_000_000, subject: null }),
      money({ doc: 'c', value: 900_000_000, qualifier: 'approx', subject: null }),
      money({ doc: 'd', value: 3_000_000, subject: null }),
    ],
    noCopies,
  );
  assert.equal(facts.length, 2);
  assert.deepEqual([facts[0]!.subject, facts[0]!.sources, facts[0]!.status], ['ORG:بنك', 3, 'compatible']);
  assert.deepEqual([facts[1]!.subject, facts[1]!.value], [null, 3_000_000]);
  // Matching two subjected groups, it is not known which it is about: it stays apart.
  const two = reconcileFacts([fm({ doc: 'a', value: 50, subject: 'noun:جريح' }), fm({ doc: 'b', value: 50, subject: 'noun:معتقل' }), fm({ doc: 'c', value: 50, subject: null })], noCopies);
  assert.equal(two.length, 3);
});

test('ما بين 5000 و7000 against 6000: compatible; against 8000: conflict', () => {
  const ok = reconcileFacts([fm({ doc: 'a', min: 5000, max: 7000 }), fm({ doc: 'b', value: 6000 })], noCopies);
  assert.deepEqual([ok.length, ok[0]!.status, ok[0]!.value], [1, 'compatible', 6000]);
  assert.deepEqual([ok[0]!.reports[0]!.min, ok[0]!.reports[0]!.max], [5000, 7000]);
  const bad = reconcileFacts([fm({ doc: 'a', min: 5000, max: 7000 }), fm({ doc: 'b', value: 8000 })], noCopies);
  assert.deepEqual(bad[0]!.sides, [{ value: 8000, docs: ['b'] }, { value: '5000–7000', docs: ['a'] }]);
});

test('quotes group by speaker and memberships by member, whatever the words', () => {
  const facts = reconcileFacts(
    [
      fm({ doc: 'a', kind: 'quote', unit: null, subject: 'PER:الحارثي', object: 'المشروع يعزز التجارة' }),
      fm({ doc: 'b', kind: 'quote', unit: null, subject: 'PER:الحارثي', object: 'المشروع يعزز التجارة' }),
      fm({ doc: 'c', kind: 'quote', unit: null, subject: 'PER:البوسعيدي', object: 'الأشغال استغرقت أربع سنوات' }),
      fm({ doc: 'a', kind: 'membership', unit: null, subject: 'LOC:مصر', object: 'بريكس' }),
    ],
    noCopies,
  );
  assert.deepEqual(facts.map((f) => [f.kind, f.subject, f.sources, f.status]), [
    ['membership', 'LOC:مصر', 1, 'agreed'],
    ['quote', 'PER:الحارثي', 2, 'agreed'],
    ['quote', 'PER:البوسعيدي', 1, 'agreed'],
  ]);
  assert.equal(facts[1]!.value, 'المشروع يعزز التجارة');
});

test('100,000 mentions group into the right facts (maps, not pairs)', () => {
  const mentions: FactMention[] = [];
  const SUBJECTS = 2000;
  // 2,000 subjects × 45 reports of its figure; every tenth subject has one dissenting report.
  for (let s = 0; s < SUBJECTS; s++) {
    for (let r = 0; r < 45; r++) {
      const value = s % 10 === 0 && r === 0 ? 1000 + s + 0.25 : 1000 + s;
      mentions.push(fm({ doc: `d${r}`, value, subject: `noun:s${s}` }));
    }
  }
  // 10,000 figures without a subject: 5,000 repeat a subject's figure exactly (they join it),
  // 5,000 are the same figure far from every subject's (one fact).
  for (let i = 0; i < 5000; i++) mentions.push(fm({ doc: `n${i}`, value: 1000 + (i % SUBJECTS), subject: null }));
  for (let i = 0; i < 5000; i++) mentions.push(fm({ doc: `m${i}`, value: 77, subject: null }));
  assert.equal(mentions.length, 100_000);
  const facts = reconcileFacts(mentions, noCopies);
  assert.equal(facts.length, SUBJECTS + 1);
  assert.equal(facts.filter((f) => f.status === 'conflict').length, SUBJECTS / 10);
  assert.equal(facts.find((f) => f.value === 77)!.sources, 5000);
  assert.equal(facts.reduce((a, f) => a + f.reports.length, 0), 100_000);
});

test('figures of one subject an order of magnitude apart are two facts, not a conflict', () => {
  const facts = reconcileFacts(
    [
      fm({ doc: 'a', value: 86, unit: 'دولة', subject: 'noun:دولة' }),
      fm({ doc: 'b', value: 86, unit: 'دولة', subject: 'noun:دولة' }),
      fm({ doc: 'c', value: 8, unit: 'دولة', subject: 'noun:دولة' }),
      fm({ doc: 'd', min: 5000, max: 7000, unit: 'دولة', subject: 'noun:دولة' }),
      // A real disagreement stays one fact in conflict: 57 against 75 is within the ratio.
      fm({ doc: 'a', value: 57, unit: 'USD', subject: 'LOC:QA', kind: 'money' }),
      fm({ doc: 'b', value: 75, unit: 'USD', subject: 'LOC:QA', kind: 'money' }),
    ],
    () => null,
  );
  const counts = facts.filter((f) => f.kind === 'count');
  assert.deepEqual(counts.map((f) => [f.value, f.status, f.sources]).sort(), [[null, 'agreed', 1], [8, 'agreed', 1], [86, 'agreed', 2]].sort());
  const money = facts.filter((f) => f.kind === 'money');
  assert.equal(money.length, 1);
  assert.equal(money[0]!.status, 'conflict');
  assert.deepEqual(money[0]!.sides!.map((s) => s.value).sort(), [57, 75]);
});

test('money given by a country and announced by its minister is one fact; two countries stay two', () => {
  const money = (doc: string, value: number, subject: string | null, qualifier?: Qualifier): FactMention =>
    fm({ doc, value, subject, unit: 'USD', kind: 'money', ...(qualifier ? { qualifier } : {}) });
  const facts = reconcileFacts(
    [money('a', 148_700_000, 'LOC:US'), money('b', 150_000_000, 'PER:بلنكن', 'approx'), money('c', 148_700_000, 'LOC:SA'), money('d', 40_000_000, 'PER:بلنكن')],
    () => null,
  );
  const aid = facts.find((f) => f.reports.some((r) => r.doc === 'b'))!;
  assert.deepEqual(aid.reports.map((r) => r.doc).sort(), ['a', 'b']);
  assert.equal(aid.status, 'compatible');
  // Saudi Arabia's 148.7 million is another country's money, and 40 million is another figure.
  assert.equal(facts.length, 3);
  assert.ok(facts.every((f) => f.status !== 'conflict'));
});

test('one loan given two amounts is a conflict even when only one report names the lender', () => {
  const loan = (doc: string, value: number, subject: string | null, thing?: string): FactMention => ({
    ...fm({ doc, value, subject, unit: 'USD', kind: 'money' }),
    ...(thing ? { thing } : {}),
  });
  const facts = reconcileFacts([loan('a', 250_000_000, null, 'قرض'), loan('b', 250_000_000, null, 'قرض'), loan('c', 205_000_000, 'ORG:البنك الدولي', 'قرض')], () => null);
  assert.equal(facts.length, 1);
  assert.equal(facts[0]!.status, 'conflict');
  const sides = facts[0]!.sides!.map((s) => [s.value, [...s.docs].sort()] as const).sort((x, y) => (x[0] as number) - (y[0] as number));
  assert.deepEqual(sides, [[205_000_000, ['c']], [250_000_000, ['a', 'b']]]);
  // Without the noun that says what the money is, the figures are not known to be one fact.
  assert.equal(reconcileFacts([loan('a', 250_000_000, null), loan('c', 205_000_000, 'ORG:البنك الدولي')], () => null).length, 2);
});

test('a fact shows its subject as most sources write it, not as its matching key', () => {
  const [q] = reconcileFacts(
    [
      fm({ doc: 'a', kind: 'quote', unit: null, subject: 'PER:blnkn', subjectText: 'بلينكن', object: 'نقف مع شركائنا' }),
      fm({ doc: 'b', kind: 'quote', unit: null, subject: 'PER:blnkn', subjectText: 'بلينكين', object: 'نقف مع شركائنا' }),
      fm({ doc: 'c', kind: 'quote', unit: null, subject: 'PER:blnkn', subjectText: 'بلينكن', object: 'نقف مع شركائنا' }),
    ],
    noCopies,
  );
  assert.deepEqual([q!.subject, q!.subjectName], ['PER:blnkn', 'بلينكن']);
  const [n] = reconcileFacts([fm({ doc: 'a', value: 3 })], noCopies);
  assert.equal(n!.subjectName, undefined, 'no written subject, no name');
});
