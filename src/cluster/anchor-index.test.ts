import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnchorIndex } from './anchor-index.js';

/** The candidates sorted (the index returns them in no particular order). */
const sorted = (xs: string[]): string[] => [...xs].sort();

function world(): AnchorIndex {
  const index = new AnchorIndex(1000);
  index.add('a1', ['k:سفين', 'k:ميناء', 'k:شحن', 'e:جده']);
  index.add('b1', ['k:قمح', 'k:ميناء']);
  index.add('a2', ['k:سفين', 'k:ميناء', 'k:حاوي', 'e:جده']);
  index.add('u1', ['k:سفين', 'k:شحن', 'e:جده']);
  index.add('u2', []);
  return index;
}

test('candidates share at least minShared anchors', () => {
  const index = world();
  assert.deepEqual(sorted(index.candidates(['k:سفين', 'k:ميناء', 'e:جده'], 3)), ['a1', 'a2']);
  assert.deepEqual(sorted(index.candidates(['k:سفين', 'k:شحن', 'e:جده'], 3)), ['a1', 'u1']);
  assert.deepEqual(sorted(index.candidates(['k:ميناء'], 1)), ['a1', 'a2', 'b1']);
  assert.deepEqual(sorted(index.candidates(['k:حاوي', 'k:قمح'], 1)), ['a2', 'b1']);
  assert.deepEqual(sorted(index.candidates(['k:حاوي', 'k:قمح'], 2)), []);
  assert.deepEqual(sorted(index.candidates(['k:غائب', 'k:مفقود'], 1)), []);
  assert.deepEqual(sorted(index.candidates([], 0)), []);
  // A key given twice counts once; the counts of one query do not leak into the next.
  assert.deepEqual(sorted(index.candidates(['k:حاوي', 'k:حاوي'], 2)), []);
  assert.deepEqual(sorted(index.candidates(['k:حاوي'], 1)), ['a2']);
  assert.equal(index.size, 5);
});

test('a key carried by more than the cap finds nothing; it lists the first cap + 1 documents only', () => {
  const index = new AnchorIndex(2);
  index.add('d1', ['k:عام', 'k:نادر']);
  index.add('d2', ['k:عام', 'k:نادر']);
  assert.deepEqual(sorted(index.candidates(['k:عام'], 1)), ['d1', 'd2']);
  index.add('d3', ['k:عام']);
  // Three documents carry it now: saturated, and it no longer counts towards minShared.
  assert.deepEqual(sorted(index.candidates(['k:عام'], 1)), []);
  assert.deepEqual(sorted(index.candidates(['k:عام', 'k:نادر'], 1)), ['d1', 'd2']);
  assert.deepEqual(sorted(index.candidates(['k:عام', 'k:نادر'], 2)), []);
});

test('a key a document lists twice is one posting (it does not fill the cap)', () => {
  const index = new AnchorIndex(2);
  index.add('d0', ['k:عام', 'k:نادر', 'k:عام', 'k:عام']);
  index.add('d1', ['k:عام', 'k:عام']);
  assert.deepEqual(sorted(index.candidates(['k:عام'], 1)), ['d0', 'd1']);
  index.add('d2', ['k:نادر', 'k:عام', 'k:نادر']);
  assert.deepEqual(sorted(index.candidates(['k:عام'], 1)), [], 'three documents: saturated');
  assert.deepEqual(sorted(index.candidates(['k:نادر'], 1)), ['d0', 'd2']);
});

test('a document is added once; adding it again changes nothing (not even the cap)', () => {
  const index = new AnchorIndex(1);
  index.add('p1', ['k:نادر']);
  index.add('p1', ['k:نادر', 'k:غيره']);
  assert.deepEqual(sorted(index.candidates(['k:نادر'], 1)), ['p1']);
  assert.deepEqual(sorted(index.candidates(['k:غيره'], 1)), []);
  assert.ok(index.has('p1') && !index.has('p2'));
});

test('partitioned keys count once per anchor', () => {
  const index = new AnchorIndex(1000);
  index.add('t1', ['P1|k:سفين', 'P2|k:سفين', 'P1|k:ميناء', 'e:جده']);
  index.add('t2', ['P1|k:سفين', 'P1|k:ميناء', 'P1|k:شحن']);
  const keys = ['P1|k:سفين', 'P2|k:سفين', 'P1|k:ميناء', 'P1|k:شحن'];
  assert.deepEqual(sorted(index.candidates(keys, 2)), ['t1', 't2']);
  assert.deepEqual(sorted(index.candidates(keys, 3)), ['t2'], 't1 shares two anchors, one of them in two periods');
  assert.deepEqual(sorted(index.candidates(['e:جده', 'P2|k:سفين'], 2)), ['t1']);
});

/** Random documents over `periods` × `words` keys, checked against a scan every 97 documents. */
function checkAgainstScan(periods: number, words: number, docCount: number): void {
  let s = 12345;
  const rnd = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const cap = 40;
  const index = new AnchorIndex(cap);
  const docs: Array<{ id: string; keys: string[] }> = [];
  const key = (): string => `P${Math.floor(rnd() * periods)}|k:${Math.floor(rnd() * words)}`;
  const anchor = (k: string): string => k.slice(k.indexOf('|') + 1);
  const carried = new Map<string, number>();
  for (let i = 0; i < docCount; i++) {
    const id = `d${Math.floor(rnd() * 1e9).toString(36)}${i}`;
    const keys = Array.from({ length: 3 + Math.floor(rnd() * 8) }, key);
    index.add(id, keys);
    docs.push({ id, keys });
    for (const k of new Set(keys)) carried.set(k, (carried.get(k) ?? 0) + 1);
    if (i % 97 !== 0) continue;
    const query = Array.from({ length: 6 }, key);
    const minShared = 1 + Math.floor(rnd() * 3);
    const usable = new Set(query.filter((k) => (carried.get(k) ?? 0) <= cap));
    const want = docs
      .filter((d) => new Set(d.keys.filter((k) => usable.has(k)).map(anchor)).size >= minShared)
      .map((d) => d.id)
      .sort();
    assert.deepEqual(sorted(index.candidates(query, minShared)), want, `after ${i + 1} documents`);
  }
}

test('on random documents, the candidates are those a scan of every document finds', () => {
  checkAgainstScan(3, 60, 3000);
});

test('the same while the key table and the posting pool grow many times over (40,000 keys)', () => {
  checkAgainstScan(10, 4000, 6000);
});
