import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BandTable } from './band-table.js';

test('documents sharing any band hash are candidates, each once; a hash in another band is not', () => {
  const t = new BandTable(8);
  t.add('a', Uint32Array.of(1, 2, 3));
  t.add('b', Uint32Array.of(9, 2, 7));
  t.add('c', Uint32Array.of(3, 1, 2));
  assert.deepEqual(t.candidates(Uint32Array.of(1, 2, 5)).sort(), ['a', 'b']);
  assert.deepEqual(t.candidates(Uint32Array.of(3, 0, 0)), ['c'], 'hash 3 in band 0 is c, not a (band 2)');
  assert.deepEqual(t.candidates(Uint32Array.of(4, 5, 6)), []);
  assert.deepEqual(t.candidates(new Uint32Array(0)), []);
});

test('the table grows past its first capacity and finds every document again; adding twice changes nothing', () => {
  const t = new BandTable(4);
  const bandsOf = (i: number): Uint32Array => Uint32Array.from({ length: 64 }, (_, b) => (i * 7919 + b * 104729) >>> 0);
  for (let i = 0; i < 3000; i++) t.add(`d${i}`, bandsOf(i));
  t.add('d5', bandsOf(99));
  assert.equal(t.size, 3000);
  for (const i of [0, 1, 1234, 2999]) assert.ok(t.candidates(bandsOf(i)).includes(`d${i}`), `d${i}`);
  const probe = bandsOf(1234);
  probe.fill(0xffffffff, 1);
  assert.deepEqual(t.candidates(probe), ['d1234'], 'one shared band is enough');
  assert.equal(t.has('d5'), true);
  assert.equal(t.has('d3000'), false);
});

test('a document without band hashes is kept but resembles nothing', () => {
  const t = new BandTable();
  t.add('empty', new Uint32Array(0));
  assert.equal(t.size, 1);
  assert.deepEqual(t.candidates(Uint32Array.of(0, 0)), []);
});
