import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AdjacencyRow, StoryMember } from '../store/story-store.js';
import { placeNewUndated } from './place-undated.js';

// Neighbours as the store returns them: dated reports d* in cores, undated reports u* that
// touch a core (they have adjacency rows) or none (loose, in stories of their own kind).
const member = (doc: string, story: string, core: string | null): [string, StoryMember] => [doc, { doc, story, core }];
const store = (touching: readonly string[]) => ({
  docAdjacency: async (docs: readonly string[]) => {
    const out = new Map<string, AdjacencyRow[]>();
    for (const d of docs) if (touching.includes(d)) out.set(d, [{ core: 'c', doc: d, sum: 1, n: 1 }]);
    return out;
  },
});

test('an undated report with a best core joins the story holding that core, named by the smaller id', async () => {
  const neighbours = new Map([member('d5', 'm2', 'd5'), member('d7', 'm4', 'd6'), member('u9', 'm2', null)]);
  assert.deepEqual(await placeNewUndated({ id: 'x1', best: 'd6', neighbours }, store(['u9'])), { member: 'm4', joins: ['m4'] });
  assert.deepEqual(await placeNewUndated({ id: 'a1', best: 'd6', neighbours }, store(['u9'])), { member: 'a1', joins: ['m4'] });
  assert.deepEqual(await placeNewUndated({ id: 'x1', best: 'd5', neighbours }, store(['u9'])), { member: 'm2', joins: ['m2'] });
});

test('an undated report touching no core merges the stories of its loose neighbours only', async () => {
  const neighbours = new Map([
    member('u3', 'k3', null), // loose
    member('u4', 'k3', null), // loose, same story
    member('u8', 'k8', null), // loose
    member('u5', 'm2', null), // touches a core: stays in the core's story
  ]);
  assert.deepEqual(await placeNewUndated({ id: 'x1', best: null, neighbours }, store(['u5'])), { member: 'k3', joins: ['k3', 'k8'] });
  assert.deepEqual(await placeNewUndated({ id: 'b0', best: null, neighbours }, store(['u5'])), { member: 'b0', joins: ['k3', 'k8'] });
  // Every undated neighbour touching a core: a story of its own.
  assert.deepEqual(await placeNewUndated({ id: 'x1', best: null, neighbours }, store(['u3', 'u4', 'u5', 'u8'])), { member: 'x1', joins: [] });
  assert.deepEqual(await placeNewUndated({ id: 'x1', best: null, neighbours: new Map() }, store([])), { member: 'x1', joins: [] });
});

test('a best core that is none of the neighbours\' cores is a programming error, named', async () => {
  const neighbours = new Map([member('d5', 'm2', 'd5')]);
  await assert.rejects(placeNewUndated({ id: 'x1', best: 'd9', neighbours }, store([])), /x1's best core d9/u);
});
