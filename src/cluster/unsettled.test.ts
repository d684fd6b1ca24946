import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestCores } from './unsettled.js';
import { affinity, docModel, type DocModel } from './story-relation.js';
import type { StoryDoc } from './story-features.js';

const doc = (id: string, keys: string[], places: string[] = []): DocModel =>
  docModel({ id, keys, titleKeys: [], entities: [], places, eventDate: null, published: null } as StoryDoc, {});

const MODELS = new Map<string, DocModel>([
  ['u', doc('u', ['سيل', 'وادي', 'جسر', 'انهيار'])],
  // Core k1: one close report and one far: mean lower than k2's two fairly close ones.
  ['a1', doc('a1', ['سيل', 'وادي', 'جسر', 'انهيار'])],
  ['a2', doc('a2', ['قمح', 'ميناء', 'سفينة', 'شحنة'])],
  ['b1', doc('b1', ['سيل', 'وادي', 'جسر', 'مطر'])],
  ['b2', doc('b2', ['سيل', 'وادي', 'انهيار', 'مطر'])],
]);
const CORES: Record<string, string[]> = { a1: ['a1', 'a2'], b1: ['b1', 'b2'], c1: ['b1', 'b2'] };

async function run(candidates: Map<string, string[]>): Promise<Map<string, string | null>> {
  let calls = 0;
  const out = await bestCores({
    candidates,
    membersOf: async (cs) => new Map(cs.map((c) => [c, CORES[c]!])),
    models: async (ids) => new Map(ids.map((d) => [d, MODELS.get(d)!])),
    affinity: (u, x, models) => (calls++, affinity(models.get(u)!, models.get(x)!)),
    known: () => false,
  });
  assert.ok(calls <= 6);
  return out;
}

test('the core of highest mean affinity wins, not the one holding the single closest report', async () => {
  assert.deepEqual(await run(new Map([['u', ['a1', 'b1']]])), new Map([['u', 'b1']]));
});

test('equal means go to the smallest core name; no candidate core gives null', async () => {
  assert.deepEqual(await run(new Map([['u', ['c1', 'b1']]])), new Map([['u', 'b1']]));
  assert.deepEqual(await run(new Map([['u', []]])), new Map([['u', null]]));
});

test('remembered pairs need no model: nothing is loaded when every affinity is known', async () => {
  const remembered = new Map([['u a1', 0.1], ['u a2', 0.1], ['u b1', 0.9], ['u b2', 0.9]]);
  const out = await bestCores({
    candidates: new Map([['u', ['a1', 'b1']]]),
    membersOf: async (cs) => new Map(cs.map((c) => [c, CORES[c]!])),
    models: async () => assert.fail('no model should be loaded'),
    affinity: (u, x) => remembered.get(`${u} ${x}`)!,
    known: (u, x) => remembered.has(`${u} ${x}`),
  });
  assert.deepEqual(out, new Map([['u', 'b1']]));
});
