import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignRegion, storyRecord, storySimilarities } from './region.js';
import { affinity, docModel, type DocModel } from './story-relation.js';
import type { StoryDoc } from './story-features.js';

/** A document whose keys are `words`, each weighing 1. */
function sd(id: string, words: string, o: Partial<StoryDoc> = {}): StoryDoc {
  return { id, keys: words.split(' '), titleKeys: [], entities: [], places: [], eventDate: null, published: null, ...o };
}

const modelsOf = (...docs: StoryDoc[]): Map<string, DocModel> => new Map(docs.map((d) => [d.id, docModel(d, {})]));
const edges = (...pairs: string[]): Array<{ a: string; b: string }> => pairs.map((p) => {
  const [a, b] = p.split('-') as [string, string];
  return a < b ? { a, b } : { a: b, b: a };
});
/** coreOf from a table: doc → core, absent → undated. */
const cores = (table: Record<string, string>) => (d: string): string | null => table[d] ?? null;
const asObject = (m: Map<string, string>): Record<string, string> => Object.fromEntries([...m].sort());

test('an undated report between two cores joins the one of higher mean affinity (not the larger sum)', () => {
  const models = modelsOf(
    sd('c1', 'ميناء سفينه رصيف تفريغ شحن', { eventDate: '2025-01-01' }),
    sd('c2', 'ميناء سفينه حاويه قمح ذره', { eventDate: '2025-01-02' }),
    sd('k5', 'ميناء سفينه رصيف حاويه اضراب عمال', { eventDate: '2025-06-01' }),
    sd('a0', 'ميناء سفينه رصيف حاويه اضراب'),
  );
  const a0 = models.get('a0')!;
  const sum = (ids: string[]): number => ids.reduce((s, id) => s + affinity(a0, models.get(id)!), 0);
  assert.ok(sum(['k5']) > sum(['c1', 'c2']) / 2 + 0.2 && sum(['c1', 'c2']) > sum(['k5']));
  const docs = ['c1', 'c2', 'k5', 'a0'];
  const coreOf = cores({ c1: 'c1', c2: 'c1', k5: 'k5' });
  const got = assignRegion(docs, models, edges('a0-c1', 'a0-c2', 'a0-k5', 'c1-c2'), coreOf);
  // a0 sorts first, so the story it joins is named by it.
  assert.deepEqual(asObject(got), { a0: 'a0', c1: 'c1', c2: 'c1', k5: 'a0' });
  // Without an edge to k5, it joins c1's core however close k5 is.
  const other = assignRegion(docs, models, edges('a0-c1', 'c1-c2'), coreOf);
  assert.deepEqual(asObject(other), { a0: 'a0', c1: 'a0', c2: 'a0', k5: 'k5' });
});

test('an undated report equally close to two cores joins the smaller one; the story takes its smallest document', () => {
  // m3 and m7 are the same text on two different days: every affinity is equal.
  const models = modelsOf(
    sd('m7', 'قمه وزراء بيان ختامي', { eventDate: '2025-03-01', places: ['LOC:rabat'] }),
    sd('m3', 'قمه وزراء بيان ختامي', { eventDate: '2024-03-01', places: ['LOC:rabat'] }),
    sd('m5', 'قمه وزراء بيان', { places: ['LOC:rabat'] }),
    sd('m1', 'قمه وزراء ختامي', { places: ['LOC:rabat'] }),
  );
  const coreOf = cores({ m3: 'm3', m7: 'm7' });
  for (const docs of [['m3', 'm5', 'm7'], ['m7', 'm5', 'm3']]) {
    assert.deepEqual(asObject(assignRegion(docs, models, edges('m5-m3', 'm5-m7'), coreOf)), { m3: 'm3', m5: 'm3', m7: 'm7' });
  }
  // Named by its smallest document: m1, undated, is smaller than its core m3.
  const named = assignRegion(['m1', 'm3', 'm5', 'm7'], models, edges('m5-m3', 'm5-m7', 'm1-m7', 'm1-m3'), coreOf);
  assert.deepEqual(asObject(named), { m1: 'm1', m3: 'm1', m5: 'm1', m7: 'm7' });
});

test('a core is one story, whatever its documents\' own dated edges in the list', () => {
  const models = modelsOf(sd('d4', 'مطر سيل', { eventDate: '2025-02-02' }), sd('d2', 'مطر سيل', { eventDate: '2025-02-03' }), sd('d9', 'سيل', { eventDate: '2025-02-03' }));
  // The store keeps each dated document's core: edges between dated documents are not needed.
  const got = assignRegion(['d2', 'd4', 'd9'], models, [], cores({ d2: 'd2', d4: 'd2', d9: 'd2' }));
  assert.deepEqual(asObject(got), { d2: 'd2', d4: 'd2', d9: 'd2' });
});

test('undated reports without a dated neighbour form components among themselves', () => {
  const models = modelsOf(sd('u1', 'حريق غابه'), sd('u2', 'حريق غابه اطفاء'), sd('u3', 'اطفاء غابه'), sd('u4', 'حريق'), sd('u8', 'كتاب مكتبه'));
  const got = assignRegion(['u4', 'u3', 'u2', 'u1', 'u8'], models, edges('u3-u2', 'u2-u4'), () => null);
  assert.deepEqual(asObject(got), { u1: 'u1', u2: 'u2', u3: 'u2', u4: 'u2', u8: 'u8' });
});

test('an undated report whose only neighbour is attached to a core stays on its own', () => {
  const models = modelsOf(sd('a5', 'فيضان نهر', { eventDate: '2025-04-04' }), sd('b1', 'فيضان نهر سد'), sd('a2', 'سد'));
  // b1 joins a5's core; a2, related to b1 alone, does not follow it there (and b1 does not pull it).
  const got = assignRegion(['a2', 'a5', 'b1'], models, edges('b1-a5', 'a2-b1'), cores({ a5: 'a5' }));
  assert.deepEqual(asObject(got), { a2: 'a2', a5: 'a5', b1: 'a5' });
});

test('storySimilarities: 1 for a story of one report, the centroid\'s cosine otherwise', () => {
  assert.deepEqual([...storySimilarities(['x'], modelsOf(sd('x', 'ا ب')))], [['x', 1]]);
  assert.deepEqual([...storySimilarities(['e'], modelsOf(sd('e', '')))], [['e', 1]]);
  // Two identical reports: both lie on the centroid.
  const twins = storySimilarities(['p', 'q'], modelsOf(sd('p', 'نفط سعر برميل'), sd('q', 'نفط سعر برميل')));
  for (const v of twins.values()) assert.ok(Math.abs(v - 1) < 1e-12, String(v));
  // A report without keys has similarity 0, not NaN, and does not move the centroid.
  const withEmpty = storySimilarities(['p', 'z'], modelsOf(sd('p', 'نفط سعر'), sd('z', '')));
  assert.equal(withEmpty.get('z'), 0);
  assert.ok(Math.abs(withEmpty.get('p')! - 1) < 1e-12);
  // Two reports with nothing in common: each is at 1/√2 from the centroid.
  const apart = storySimilarities(['p', 'q'], modelsOf(sd('p', 'نفط'), sd('q', 'ذهب')));
  for (const v of apart.values()) assert.ok(Math.abs(v - Math.SQRT1_2) < 1e-12, String(v));
});

test('storyRecord: the most central report gives the title; ties go to the smaller id; the span of event dates', () => {
  const models = modelsOf(
    sd('r2', 'زلزال هزه ضحايا مباني ولايه', { eventDate: '2025-03-05' }),
    sd('r1', 'زلزال هزه ضحايا مباني ولايه خيام ايواء مساعدات', { eventDate: '2025-03' }),
    sd('r3', 'زلزال هزه ضحايا مباني ولايه مدارس طرق جسور'),
    sd('r0', 'زلزال هزه ضحايا مباني ولايه مدارس طرق جسور', { eventDate: '2025-02-28' }),
  );
  const titles: Record<string, string> = { r0: 'صفر', r1: 'واحد', r2: 'اثنان', r3: 'ثلاثة' };
  const sims = storySimilarities(['r2', 'r3', 'r1'], models);
  assert.ok(sims.get('r2')! > sims.get('r1')! && sims.get('r2')! > sims.get('r3')!);
  assert.deepEqual(storyRecord('r1', ['r2', 'r3', 'r1'], models, (d) => titles[d]!), {
    id: 'r1', title: 'اثنان', central: 'r2', size: 3, firstDate: '2025-03', lastDate: '2025-03-05',
  });
  // r0 and r3 say the same: tied, and the smaller id is the central one, in any order.
  for (const docs of [['r3', 'r0'], ['r0', 'r3']]) {
    const r = storyRecord('r0', docs, models, (d) => titles[d]!);
    assert.deepEqual([r.central, r.title, r.size, r.firstDate, r.lastDate], ['r0', 'صفر', 2, '2025-02-28', '2025-02-28']);
  }
  const undated = storyRecord('r3', ['r3'], models, (d) => titles[d]!);
  assert.deepEqual(undated, { id: 'r3', title: 'ثلاثة', central: 'r3', size: 1, firstDate: null, lastDate: null });
});
