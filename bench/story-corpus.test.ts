import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyCorpus } from './story-corpus.js';

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

test('a number of kinds that is not a positive integer is refused', () => {
  for (const k of [0, -3, 2.5, Number.NaN]) assert.throws(() => storyCorpus(1, 10, k), /recurringKinds must be a positive integer/);
});
