import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import type { StoryMember } from '../store/story-store.js';
import { StoryEngine, type ClusterInput } from './engine.js';
import { shuffled, weeklyCorpus } from './engine.fixture.js';
import { clusterStories } from './stories.js';
import { dateRange } from './story-dates.js';
import { MAX_UNDATED_EVENTS } from './story-placement.js';
import { datedEventsJoin, datedEventsOf } from './undated-events.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-undated-events-'));
after(() => rmSync(root, { recursive: true, force: true }));
let files = 0;
const day = (iso: string) => dateRange(iso)!;
const weeks = (n: number) => Array.from({ length: n }, (_, i) => day(`2024-03-${String(4 + 7 * i).padStart(2, '0')}`));

test('a new undated report keeps its dated neighbours\' distinct dates, sorted, or is ambiguous past MAX_UNDATED_EVENTS events', () => {
  assert.equal(MAX_UNDATED_EVENTS, 3);
  const dates = [day('2024-03-12'), day('2024-03-04'), day('2024-03-04'), day('2024-03-05')];
  assert.deepEqual(datedEventsOf('u', dates), { own: [day('2024-03-04'), day('2024-03-05'), day('2024-03-12')], neighbours: [], ambiguous: [], copied: [] });
  assert.deepEqual(datedEventsOf('u', weeks(3)).ambiguous, [], 'three weekly editions: placed among them');
  assert.deepEqual(datedEventsOf('u', weeks(4)), { neighbours: [], ambiguous: ['u'], copied: [] });
  // A copy of a dated report is placed among its copies' cores, however many events it matches.
  assert.deepEqual(datedEventsOf('u', weeks(6), true), { ownCopied: true, neighbours: [], ambiguous: [], copied: [] });
  // Many dates of one meeting are one event.
  assert.deepEqual(datedEventsOf('u', [day('2024-03-04'), day('2024-03-05'), day('2024-03-06'), day('2024-03-07'), day('2024-03')]).ambiguous, []);
});

test('a new dated report adds its date to each undated neighbour\'s, tips over those that then match too many events, and takes those it copies', () => {
  const m = (doc: string, extra: Partial<StoryMember>): StoryMember => ({ doc, story: doc, core: null, ...extra });
  const neighbours = [
    m('u1', { events: weeks(3) }), // a fourth week: ambiguous now
    m('u2', { events: weeks(2) }), // a third: still placed
    m('u3', { events: [weeks(4)[3]!] }), // already has that date: nothing changes
    m('u4', { ambiguous: true }), // ambiguous: nothing to keep
    m('u5', { copied: true }), // placed among its copies' cores: none of this
    m('u6', { ambiguous: true }), // ambiguous, but the new report copies it: its core now
    m('u7', { events: weeks(3) }), // likewise, before it would have tipped over
    { doc: 'd1', story: 'd1', core: 'd1' }, // dated: none of this
  ];
  const fourth = weeks(4)[3]!;
  assert.deepEqual(datedEventsJoin(fourth, neighbours, new Set(['u6', 'u7']), 'k1'), {
    neighbours: [{ doc: 'u1', ambiguous: true }, { doc: 'u2', events: [...weeks(2), fourth] }, { doc: 'u6', copiedInto: 'k1' }, { doc: 'u7', copiedInto: 'k1' }],
    ambiguous: ['u1'],
    copied: ['u6', 'u7'],
  });
});

async function stories(order: readonly ClusterInput[], batch: number): Promise<string[]> {
  const store = openSqliteStore(join(root, `s${files++}.db`));
  try {
    const engine = new StoryEngine(store.stories);
    for (let i = 0; i < order.length; i += batch) {
      await engine.batch(async () => {
        for (const d of order.slice(i, i + batch)) await engine.add(d);
      });
    }
    const out: string[] = [];
    for (const r of await store.stories.listStories()) out.push((await store.stories.storyDocs(r.id)).map((x) => x.doc).join(' '));
    return out.sort();
  } finally {
    await store.close();
  }
}

test('weekly editions: the engine, in any order and batching, gives the reference stories, ambiguous undated reports alone', async () => {
  let alone = 0;
  let placed = 0;
  for (let seed = 1; seed <= 16; seed++) {
    const docs = weeklyCorpus(seed);
    const reference = clusterStories(docs.map((d) => d.features));
    const want = reference.map((s) => s.docs.join(' ')).sort();
    for (const d of docs.filter((x) => x.features.eventDate === null)) {
      const story = reference.find((s) => s.docs.includes(d.id))!;
      if (story.docs.length === 1) alone++;
      else placed++;
    }
    for (const [k, order] of [docs, shuffled(docs, seed), [...docs].reverse()].entries()) {
      assert.deepEqual(await stories(order, 1 + ((seed + k) % 5)), want, `corpus ${seed}, order ${k}`);
    }
  }
  // Both rules are at work: undated reports of four or more editions alone, the others placed.
  assert.ok(alone >= 10 && placed >= 10, `${alone} alone, ${placed} placed`);
});

test('weekly editions with undated reprints: each reprint is in its original\'s story, in any order and batching', async () => {
  let reprints = 0;
  for (let seed = 1; seed <= 24; seed++) {
    const docs = weeklyCorpus(seed, true);
    const copies = docs.filter((d) => d.id.includes('r'));
    const orders = [docs, shuffled(docs, seed), [...docs].reverse()];
    const got = await Promise.all(orders.map((order, k) => stories(order, 1 + ((seed + k) % 5))));
    assert.deepEqual(got[1], got[0], `corpus ${seed}: shuffled`);
    assert.deepEqual(got[2], got[0], `corpus ${seed}: reversed`);
    for (const c of copies) {
      const original = docs.find((d) => d.features.eventDate !== null && c.text === `${d.text} عاجل`)!;
      const story = got[0]!.find((s) => s.split(' ').includes(c.id))!;
      assert.ok(story.split(' ').includes(original.id), `corpus ${seed}: ${c.id} with ${original.id}`);
      reprints++;
    }
  }
  assert.ok(reprints >= 24, `${reprints} reprints`);
});
