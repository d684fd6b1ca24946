import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, pairwise } from './bcubed.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test('a perfect prediction scores 1', () => {
  const gold = { A: ['a', 'b', 'c'], B: ['d'] };
  for (const s of [bcubed(gold, [['d'], ['c', 'a', 'b']]), pairwise(gold, [['d'], ['c', 'a', 'b']])]) {
    assert.deepEqual(s, { precision: 1, recall: 1, f1: 1 });
  }
});

test('hand-computed case: one item put with the wrong story', () => {
  // gold A = {a b c}, B = {d e}; predicted {a b}, {c d e}.
  const gold = { A: ['a', 'b', 'c'], B: ['d', 'e'] };
  const pred = [['a', 'b'], ['c', 'd', 'e']];
  // B-cubed precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15.
  // Recall per item: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15.
  const b = bcubed(gold, pred);
  close(b.precision, 11 / 15);
  close(b.recall, 11 / 15);
  close(b.f1, 11 / 15);
  // Pairs predicted: ab, cd, ce, de (4), correct: ab, de (2); gold pairs: ab ac bc de (4).
  const p = pairwise(gold, pred);
  close(p.precision, 0.5);
  close(p.recall, 0.5);
  close(p.f1, 0.5);
});

test('all singletons: full precision, recall by cluster size', () => {
  const gold = { A: ['a', 'b'], B: ['c'] };
  const pred = [['a'], ['b'], ['c']];
  const b = bcubed(gold, pred);
  close(b.precision, 1);
  close(b.recall, (0.5 + 0.5 + 1) / 3);
  close(b.f1, (2 * (2 / 3)) / (1 + 2 / 3));
  const p = pairwise(gold, pred);
  assert.deepEqual(p, { precision: 1, recall: 0, f1: 0 });
});

test('everything in one cluster', () => {
  const gold = { A: ['a', 'b'], B: ['c', 'd'] };
  const b = bcubed(gold, [['a', 'b', 'c', 'd']]);
  close(b.precision, 0.5);
  close(b.recall, 1);
  const p = pairwise(gold, [['a', 'b', 'c', 'd']]);
  close(p.precision, 2 / 6);
  close(p.recall, 1);
});

test('a gold item missing from the prediction is its own singleton; unknown predicted items are ignored', () => {
  const gold = { A: ['a', 'b'] };
  const b = bcubed(gold, [['a', 'x']]);
  close(b.precision, 1);
  close(b.recall, 0.5);
  assert.throws(() => bcubed({ A: ['a'], B: ['a'] }, [['a']]), /two gold clusters/);
  assert.throws(() => bcubed({ A: ['a'] }, [['a'], ['a']]), /two predicted clusters/);
});
