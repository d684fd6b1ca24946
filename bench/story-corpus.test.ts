import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_DAY, maxEditions, MIN_EDITION_GAP_DAYS, storyCorpus, YEARS } from './story-corpus.js';

test('the story corpus is a pure function of seed, size and kinds', () => {
  const a = storyCorpus(7, 400);
  const b = storyCorpus(7, 400);
  for (const i of [0, 1, 199, 399]) {
    assert.equal(a.idOf(i), b.idOf(i));
    assert.equal(a.storyOf(i), b.storyOf(i));
    assert.deepEqual(a.doc(i), b.doc(i));
  }
  assert.notEqual(storyCorpus(8, 400).idOf(0), a.idOf(0), 'another seed, another corpus');
});

test('more kinds of recurring events spread the same stories over fewer editions per kind', () => {
  const few = storyCorpus(3, 20_000, 50);
  const many = storyCorpus(3, 20_000, 5_000);
  assert.equal(few.stories, many.stories, 'the kinds do not change the story plan');
  assert.ok(few.maxEditions > 3 * many.maxEditions, `${few.maxEditions} vs ${many.maxEditions} editions`);
  assert.ok(many.maxEditions >= 2, 'a kind still recurs');
});

test('a number of kinds or years that is not a positive integer is refused', () => {
  for (const k of [0, -3, 2.5, Number.NaN]) assert.throws(() => storyCorpus(1, 10, k), /recurringKinds must be a positive integer/);
  for (const y of [0, -1, 1.5]) assert.throws(() => storyCorpus(1, 10, 8, y), /years must be a positive integer/);
});

test('more years spread the same stories at the same density over a longer span', () => {
  const six = storyCorpus(4, 20_000, 2);
  const twelve = storyCorpus(4, 20_000, 2, 12);
  assert.equal(six.stories, twelve.stories, 'the years do not change the story plan');
  assert.equal(twelve.maxEditions, maxEditions(12), 'twice the years hold twice the weekly editions');
  let last = 0;
  for (let s = 0; s < twelve.stories; s++) last = Math.max(last, twelve.plan(s).day);
  assert.ok(last >= FIRST_DAY + 365 * 11 && last < FIRST_DAY + 365 * 12, `the last event ${last - FIRST_DAY} days in`);
});

test('every event falls within the six years, and the editions of a kind at least a week apart', () => {
  // Two kinds for 20,000 reports: more editions each than the six years hold a week apart.
  const c = storyCorpus(5, 20_000, 2);
  assert.equal(c.maxEditions, maxEditions(YEARS), 'the most frequent kind is capped');
  const byKind = new Map<number, number[]>();
  for (let s = 0; s < c.stories; s++) {
    const { kind, day } = c.plan(s);
    assert.ok(day >= FIRST_DAY && day < FIRST_DAY + 365 * YEARS, `story ${s} on day ${day}`);
    if (kind >= 0) byKind.set(kind, [...(byKind.get(kind) ?? []), day]);
  }
  assert.equal(byKind.size, 2);
  for (const [kind, days] of byKind) {
    for (let j = 1; j < days.length; j++) assert.ok(days[j]! - days[j - 1]! >= MIN_EDITION_GAP_DAYS, `kind ${kind}: editions ${j - 1} and ${j} are ${days[j]! - days[j - 1]!} days apart`);
  }
  // The last tenth of the archive is like the others: it holds one-off events too.
  const lastTenth = new Set<number>();
  for (let i = 18_000; i < 20_000; i++) lastTenth.add(c.storyOf(i));
  assert.ok([...lastTenth].some((s) => c.plan(s).kind < 0), 'one-off events in the last tenth');
});
