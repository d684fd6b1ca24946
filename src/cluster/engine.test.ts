import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRasdError } from '../errors.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { StoryMember, StoryStore } from '../store/story-store.js';
import { StoryEngine, type ClusterInput } from './engine.js';
import { INPUTS, idOf, input, inputOf, interrupting, nameOf, randomCorpus, shuffled, state, type State } from './engine.fixture.js';
import { indexKeys } from './anchor-periods.js';
import { clusterStories, MAX_POSTINGS, relateDocs, StoryIndex } from './stories.js';
import { affinity, docModel } from './story-relation.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-engine-'));
after(() => rmSync(root, { recursive: true, force: true }));
let files = 0;
const newFile = (): string => join(root, `s${files++}.db`);
/** Places `order` into a new store, a new engine (and a reopened store) for each of `batches` parts. */
async function place(order: readonly ClusterInput[], batches = 1): Promise<State> {
  const file = newFile();
  const size = Math.ceil(order.length / batches);
  for (let i = 0; i < order.length; i += size) {
    const store = openSqliteStore(file);
    const engine = new StoryEngine(store.stories);
    for (const d of order.slice(i, i + size)) await engine.add(d);
    await store.close();
  }
  const store = openSqliteStore(file);
  try {
    return await state(store.stories);
  } finally {
    await store.close();
  }
}

let baseline: Promise<State> | undefined;
const base = (): Promise<State> => (baseline ??= place(INPUTS));

const names = (docs: readonly string[]): string[] => docs.map((d) => nameOf.get(d)!).sort();
const partition = (groups: ReadonlyArray<readonly string[]>): string[] => groups.map((g) => names(g).join(' ')).sort();
const storyOf = (st: State, name: string): StoryMember => st.members.flat().find((m) => m.doc === idOf(name))!;

const EXPECTED = [
  'q1 q2 q3 q4 q5', 'r1 r2 r3 ur1 ur2', 'ur3', 'm1a m1b m1c', 'm2a m2b m2c um', 'v1 v2 v3', 'w1 w2', 'w3',
  's1 s2', 's3', 'o1 o2 o3 o4', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'y1', 'y2', 'y3',
].sort();

test('the engine over a store gives the reference stories (clusterStories) on a synthetic corpus', async () => {
  const st = await base();
  assert.deepEqual(partition(st.members.map((ms) => ms.map((m) => m.doc))), EXPECTED);
  const reference = clusterStories(INPUTS.map((d) => d.features));
  assert.deepEqual(
    st.members.map((ms) => ms.map((m) => m.doc)).sort(),
    reference.map((s) => s.docs).sort(),
  );
  // Story ids are the smallest document of each story, and every row matches its members.
  for (const [i, r] of st.stories.entries()) {
    const docs = st.members[i]!.map((m) => m.doc);
    assert.equal(r.id, [...docs].sort()[0]);
    assert.equal(r.size, docs.length);
    assert.ok(docs.includes(r.central));
    assert.equal(r.title, `تقرير ${nameOf.get(r.central)}`);
  }
  assert.deepEqual(st.stories.map((r) => r.size), st.stories.map((r) => r.size).sort((a, b) => b - a));
  const quake = st.stories.find((r) => r.id === storyOf(st, 'q1').story)!;
  assert.deepEqual([quake.firstDate, quake.lastDate], ['2024-02-10', '2024-02-12']);
  const dam = st.stories.find((r) => r.id === storyOf(st, 's1').story)!;
  assert.deepEqual([dam.firstDate, dam.lastDate], ['2024-07', '2024-07-15']);
  // The flood story is named by ur1, undated, whose id sorts before its dated core's.
  assert.deepEqual([storyOf(st, 'r1').story, storyOf(st, 'r1').core], [idOf('ur1'), [idOf('r1'), idOf('r2'), idOf('r3')].sort()[0]]);
  // The middle one of three overlapping reports is the most central.
  const m1 = st.stories.find((r) => r.id === storyOf(st, 'm1a').story)!;
  assert.deepEqual([m1.central, m1.title], [idOf('m1b'), 'تقرير m1b']);
  const hanging = st.stories.find((r) => r.id === idOf('ur3'))!;
  assert.deepEqual([hanging.firstDate, hanging.lastDate, hanging.size], [null, null, 1]);
});

test('on random corpora the engine, in two orders, gives the reference stories', async () => {
  const groups = async (s: StoryStore): Promise<string[]> =>
    Promise.all((await s.listStories()).map(async (r) => (await s.storyDocs(r.id)).map((m) => m.doc).join(' ')));
  for (let seed = 1; seed <= 20; seed++) {
    const docs = randomCorpus(seed);
    const want = clusterStories(docs.map((d) => d.features)).map((s) => s.docs.join(' ')).sort();
    for (const order of [docs, shuffled(docs, seed)]) {
      const store = openSqliteStore(newFile());
      try {
        const engine = new StoryEngine(store.stories);
        for (const d of order) await engine.add(d);
        assert.deepEqual((await groups(store.stories)).sort(), want, `corpus ${seed}`);
      } finally {
        await store.close();
      }
    }
  }
});

test('an undated report related to two dated stories joins the one of higher mean affinity, and bridges nothing', async () => {
  const st = await base();
  const um = input('um').features;
  const m1 = ['m1a', 'm1b', 'm1c'];
  const m2 = ['m2a', 'm2b', 'm2c'];
  for (const n of [...m1, ...m2]) assert.equal(relateDocs(um, input(n).features).relation, 'same', n);
  const mean = (ns: string[]): number => ns.reduce((sum, n) => sum + affinity(docModel(um, {}), docModel(input(n).features, {})), 0) / ns.length;
  assert.ok(mean(m2) > mean(m1) + 0.1, `${mean(m2)} vs ${mean(m1)}`);
  assert.equal(storyOf(st, 'um').story, storyOf(st, 'm2a').story);
  assert.notEqual(storyOf(st, 'm1a').story, storyOf(st, 'm2a').story);
  // um has no core.
  assert.deepEqual([storyOf(st, 'um').core, storyOf(st, 'm1b').core], [null, storyOf(st, 'm1a').story]);
  // The 2024 report recalling 2023 is linked to it by mentions, which merge nothing.
  const mentions = st.edges.filter((e) => e.relation === 'mention').map((e) => names([e.a, e.b]).join(' '));
  assert.deepEqual(mentions.sort(), ['m1b m2c', 'm1c m2c']);
});

test('undated groups: a bridge joins two undated reports, a report hanging off an attached one stays alone', async () => {
  const st = await base();
  assert.equal(relateDocs(input('v1').features, input('v3').features).relation, null);
  assert.equal(storyOf(st, 'v1').story, storyOf(st, 'v3').story);
  assert.equal(relateDocs(input('ur3').features, input('ur2').features).relation, 'same');
  assert.equal(storyOf(st, 'ur2').story, storyOf(st, 'r1').story);
  assert.equal(storyOf(st, 'ur3').story, idOf('ur3'));
  assert.equal(relateDocs(input('w1').features, input('w3').features).relation, null); // no scene
});

test('a dated report that takes the bridge of an undated story splits the rest, in every order', async () => {
  // g1–g2–g3: undated, no dated neighbour, one story through g2 (g1 and g3 share no word).
  // gd, dated, relates to g2 alone: g2 joins it, and g1 and g3 are no longer connected.
  const fire = { topic: 'نار', places: ['LOC:صيدا'], entities: ['ORG:دفاع', 'LOC:صيدا', 'PER:نور'] };
  const docs = [
    inputOf('g1', { ...fire, ranges: [[0, 9]] }),
    inputOf('g2', { ...fire, ranges: [[6, 15]] }),
    inputOf('g3', { ...fire, ranges: [[12, 21]] }),
    inputOf('gd', { ...fire, ranges: [[9, 12]], date: '2024-08-01' }),
  ];
  const [g1, g2, g3, gd] = docs.map((d) => d.features);
  // The bridge is not the story's smallest report: a story taken as it stands (a star from its
  // smallest report) would keep g1 and g3 together.
  assert.ok(g2!.id > g1!.id && g2!.id > g3!.id);
  assert.deepEqual([relateDocs(g1!, g2!).relation, relateDocs(g2!, g3!).relation, relateDocs(g1!, g3!).relation], ['same', 'same', null]);
  assert.deepEqual([relateDocs(gd!, g2!).relation, relateDocs(gd!, g1!).relation, relateDocs(gd!, g3!).relation], ['same', null, null]);
  const want = clusterStories(docs.map((d) => d.features)).map((s) => s.docs.join(' ')).sort();
  assert.deepEqual(want, [[gd!.id, g2!.id].sort().join(' '), g1!.id, g3!.id].sort());
  const orders = [[0, 1, 2, 3], [2, 0, 1, 3], [3, 0, 1, 2], [0, 3, 2, 1]];
  for (const order of orders) {
    const store = openSqliteStore(newFile());
    try {
      const engine = new StoryEngine(store.stories);
      for (const i of order) await engine.add(docs[i]!);
      const got = await Promise.all((await store.stories.listStories()).map(async (r) => (await store.stories.storyDocs(r.id)).map((m) => m.doc).join(' ')));
      assert.deepEqual(got.sort(), want, `order ${order.join('')}`);
    } finally {
      await store.close();
    }
  }
});

test('a reprint is found as a copy pair and is one story with its original', async () => {
  const st = await base();
  assert.deepEqual(st.copies, [[idOf('q1'), idOf('q5')].sort().join(' ')]);
  const [a, b] = [idOf('q1'), idOf('q5')].sort();
  assert.equal(st.edges.find((e) => e.a === a && e.b === b)?.relation, 'same');
  assert.equal(storyOf(st, 'q5').story, storyOf(st, 'q1').story);
});

test('a reprint joins its original even when their features alone would not relate them', async () => {
  // One reprint lost its dateline and scene (undated, no place: no relation by features);
  // another got a wrong year and recalls the original's date (a mention by features).
  const original = input('q1');
  const f = input('q5').features;
  const variants: Array<[Partial<typeof f>, string | null]> = [
    [{ eventDate: null, published: null, places: [] }, null],
    [{ eventDate: '2023-02-10', published: '2023-02-10', dates: ['2024-02-10'] }, 'mention'],
  ];
  for (const [change, byFeatures] of variants) {
    const reprint: ClusterInput = { ...input('q5'), features: { ...f, ...change } };
    assert.equal(relateDocs(original.features, reprint.features).relation, byFeatures);
    const store = openSqliteStore(newFile());
    try {
      const engine = new StoryEngine(store.stories);
      await engine.add(original);
      const placed = await engine.add(reprint);
      assert.deepEqual(placed.copies.map((c) => [c.doc, c.of]), [[reprint.id, original.id]]);
      assert.deepEqual([placed.joined, placed.mentions], [[original.id], []]);
      assert.equal(placed.story, [original.id, reprint.id].sort()[0]);
      assert.deepEqual((await store.stories.storyEdges([reprint.id])).map((e) => e.relation), ['same']);
    } finally {
      await store.close();
    }
  }
});

test('a placement lists only the stories its document joined, as the reference index does', async () => {
  const store = openSqliteStore(newFile());
  try {
    const engine = new StoryEngine(store.stories);
    for (const n of ['m1a', 'm1b', 'm1c', 'm2a', 'm2b', 'm2c', 'r1', 'r2', 'ur1', 'ur2']) await engine.add(input(n));
    const m2 = [idOf('m2a'), idOf('m2b'), idOf('m2c')].sort()[0]!;
    // um is related to both summits but joins 2024's only; ur3 is related to ur2 but stays alone.
    assert.deepEqual(await engine.add(input('um')), { story: [m2, idOf('um')].sort()[0], joined: [m2], copies: [], mentions: [] });
    assert.deepEqual(await engine.add(input('ur3')), { story: idOf('ur3'), joined: [], copies: [], mentions: [] });
    // Over the whole corpus in one order: as many stories joined, the same mentions.
    const fresh = openSqliteStore(newFile());
    try {
      const e = new StoryEngine(fresh.stories);
      const index = new StoryIndex();
      for (const d of shuffled(INPUTS, 11)) {
        const [got, want] = [await e.add(d), index.add(d.features)];
        assert.deepEqual([got.joined.length, got.mentions], [want.joined.length, want.mentions], nameOf.get(d.id));
      }
    } finally {
      await fresh.close();
    }
  } finally {
    await store.close();
  }
});

test('ingest order does not change the stories: five shuffles, and batches with new engines', async () => {
  const expected = await base();
  for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(await place(shuffled(INPUTS, seed)), expected, `shuffle ${seed}`);
  assert.deepEqual(await place(shuffled(INPUTS, 42), 4), expected, 'four batches');
  assert.deepEqual(await place([...INPUTS].reverse(), 40), expected, 'one document per engine');
});

test('clearing the stories and placing everything again in another order gives the same stories', async () => {
  const store = openSqliteStore(newFile());
  try {
    const engine = new StoryEngine(store.stories);
    for (const d of shuffled(INPUTS, 8)) await engine.add(d);
    await store.stories.clearStories();
    assert.deepEqual(await store.stories.listStories(), []);
    const again = new StoryEngine(store.stories);
    for (const d of shuffled(INPUTS, 9)) await again.add(d);
    assert.deepEqual(await state(store.stories), await base());
  } finally {
    await store.close();
  }
});

test('a document related to two stories merges them under the smallest document id', async () => {
  const store = openSqliteStore(newFile());
  try {
    const s = store.stories;
    const engine = new StoryEngine(s);
    const first = await engine.add(input('q1'));
    const third = await engine.add(input('q3'));
    assert.deepEqual([first.story, third.story, first.joined, third.joined], [idOf('q1'), idOf('q3'), [], []]);
    assert.deepEqual((await s.listStories()).map((r) => r.id).sort(), [idOf('q1'), idOf('q3')].sort());
    const merged = await engine.add(input('q2'));
    const ids = [idOf('q1'), idOf('q2'), idOf('q3')].sort();
    assert.equal(merged.story, ids[0]);
    assert.deepEqual(merged.joined, [idOf('q1'), idOf('q3')].sort());
    const list = await s.listStories();
    assert.deepEqual(list.map((r) => [r.id, r.size]), [[ids[0], 3]]);
    assert.deepEqual(await s.storyDocs(ids[0]!), ids.map((doc) => ({ doc, story: ids[0], core: ids[0] })));
    for (const old of [idOf('q1'), idOf('q3')].filter((x) => x !== ids[0])) {
      await assert.rejects(s.getStory(old), (e: unknown) => isRasdError(e) && e.code === 'STORY_NOT_FOUND');
    }
  } finally {
    await store.close();
  }
});

test('placing a placed document again is refused by the store and changes nothing', async () => {
  const store = openSqliteStore(newFile());
  try {
    const engine = new StoryEngine(store.stories);
    for (const d of INPUTS.slice(0, 12)) await engine.add(d);
    const before = await state(store.stories);
    await assert.rejects(engine.add(INPUTS[3]!), (e: unknown) => isRasdError(e) && e.code === 'STORE');
    await assert.rejects(new StoryEngine(store.stories).add(INPUTS[3]!), (e: unknown) => isRasdError(e) && e.code === 'STORE');
    assert.deepEqual(await state(store.stories), before);
  } finally {
    await store.close();
  }
});

test('an interrupted placement leaves nothing of the document, and placing it later gives the same stories', async () => {
  const expected = await base();
  for (const victimName of ['q2', 'um', 'ur2']) {
    for (const mode of ['before', 'inside'] as const) {
      const victim = input(victimName);
      const others = shuffled(INPUTS.filter((d) => d.id !== victim.id), victimName.length * 7 + mode.length);
      const store = openSqliteStore(newFile());
      try {
        const s = interrupting(store.stories, victim.id, mode, others[0]!.id);
        const engine = new StoryEngine(s);
        for (const d of others.slice(0, 25)) await engine.add(d);
        const before = await state(s);
        await assert.rejects(engine.add(victim));
        const what = `${victimName} (${mode})`;
        assert.deepEqual(await state(s), before, what);
        assert.equal((await s.storyFeatures([victim.id])).size, 0, what);
        assert.equal((await s.storyMembership([victim.id])).size, 0, what);
        assert.deepEqual(await s.storyEdges([victim.id]), [], what);
        assert.deepEqual(await s.copyPairs([victim.id]), [], what);
        assert.ok(!(await s.storyIndex(0)).docs.some((d) => d.doc === victim.id), what);
        for (const d of others.slice(25)) await engine.add(d);
        await engine.add(victim);
        assert.deepEqual(await state(s), expected, what);
      } finally {
        await store.close();
      }
    }
  }
});

/** Places `order` in one new store through engine.batch, `size` documents per batch. */
async function placeBatched(order: readonly ClusterInput[], size: number): Promise<State> {
  const store = openSqliteStore(newFile());
  try {
    const engine = new StoryEngine(store.stories);
    for (let i = 0; i < order.length; i += size) {
      await engine.batch(async () => {
        for (const d of order.slice(i, i + size)) await engine.add(d);
      });
    }
    return await state(store.stories);
  } finally {
    await store.close();
  }
}

test('placing in batches gives the same stories, summaries, edges and copies as one by one', async () => {
  const expected = await base();
  for (const [seed, size] of [[0, 1], [3, 7], [5, 100]] as const) {
    const order = seed === 0 ? INPUTS : shuffled(INPUTS, seed);
    assert.deepEqual(await placeBatched(order, size), expected, `batches of ${size}`);
  }
});

test('on random corpora spread over three months, batched placement gives the reference stories', async () => {
  for (let seed = 1; seed <= 12; seed++) {
    const docs = randomCorpus(seed, 90);
    const want = clusterStories(docs.map((d) => d.features)).map((s) => s.docs.join(' ')).sort();
    const got = await placeBatched(shuffled(docs, seed), 1 + (seed % 9));
    assert.deepEqual(got.members.map((ms) => ms.map((m) => m.doc).join(' ')).sort(), want, `corpus ${seed}`);
  }
});

test('a batch that fails is undone whole: none of its documents is placed, and placing them again gives the same stories', async () => {
  const expected = await base();
  const order = shuffled(INPUTS, 11);
  const victim = order[20]!;
  const store = openSqliteStore(newFile());
  try {
    const s = interrupting(store.stories, victim.id, 'inside', order[0]!.id);
    const engine = new StoryEngine(s);
    await engine.batch(async () => {
      for (const d of order.slice(0, 15)) await engine.add(d);
    });
    const before = await state(s);
    await assert.rejects(
      engine.batch(async () => {
        for (const d of order.slice(15)) await engine.add(d);
      }),
    );
    assert.deepEqual(await state(s), before);
    assert.equal((await s.storyMembership(order.slice(15).map((d) => d.id))).size, 0);
    assert.deepEqual(await s.storyPending(), []);
    await engine.batch(async () => {
      for (const d of order.slice(15)) await engine.add(d);
    });
    assert.deepEqual(await state(s), expected);
  } finally {
    await store.close();
  }
});

test('a batch cannot be opened inside another', async () => {
  const store = openSqliteStore(newFile());
  try {
    const engine = new StoryEngine(store.stories);
    await assert.rejects(engine.batch(() => engine.batch(async () => undefined)), /already open/u);
    await engine.batch(async () => {
      await engine.add(INPUTS[0]!);
    });
    assert.equal((await store.stories.listStories()).length, 1);
  } finally {
    await store.close();
  }
});

test('the engine counts its work: placements, candidates, edges, and reports read back from the store', async () => {
  const file = newFile();
  const last = input('q5');
  const first = openSqliteStore(file);
  const engine = new StoryEngine(first.stories);
  for (const d of INPUTS) if (d.id !== last.id) await engine.add(d);
  const stats = engine.stats;
  assert.equal(stats.placed, INPUTS.length - 1);
  assert.ok(stats.candidates >= stats.edges && stats.edges > 0, JSON.stringify(stats));
  assert.equal(stats.storeReads, 0, 'one engine has every report it placed in its cache');
  await first.close();
  // A new engine (a later ingest) has none cached: q5's neighbours are read back.
  const second = openSqliteStore(file);
  try {
    const later = new StoryEngine(second.stories);
    const placed = await later.add(last);
    assert.equal(later.stats.placed, 1);
    assert.ok(later.stats.edges >= 1 && later.stats.candidates >= later.stats.edges, JSON.stringify(later.stats));
    assert.ok(later.stats.storeReads >= later.stats.candidates, `every candidate was read back: ${JSON.stringify(later.stats)}`);
    assert.equal(placed.story, ['q1', 'q2', 'q3', 'q4', 'q5'].map(idOf).sort()[0], 'q5 joins the q story');
  } finally {
    await second.close();
  }
});
