// Two engines, as two processes would, placing into one store in turns: each batch must
// see what the other placed since its own last batch (its in-memory indexes catch up when
// the batch opens), so the stories are the reference's whoever placed what.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import type { StoryStore } from '../store/story-store.js';
import { StoryEngine, type ClusterInput } from './engine.js';
import { randomCorpus, shuffled } from './engine.fixture.js';
import { clusterStories } from './stories.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-engine-shared-'));
after(() => rmSync(root, { recursive: true, force: true }));

const edgeList = (edges: ReadonlyArray<{ a: string; b: string; relation: string }>): string[] =>
  [...new Set(edges.map((e) => `${e.a} ${e.b} ${e.relation}`))].sort();

/**
 * The stored edges among these documents that placement reads: all but the same-event edges
 * of undated reports that match too many events, which the engine examines or not depending
 * on whether the report was already known to be ambiguous (engine.ts).
 */
async function placementEdges(s: StoryStore, ids: readonly string[]): Promise<string[]> {
  const ambiguous = new Set([...(await s.storyMembership(ids)).values()].filter((m) => m.ambiguous).map((m) => m.doc));
  return edgeList((await s.storyEdges(ids)).filter((e) => e.relation !== 'same' || (!ambiguous.has(e.a) && !ambiguous.has(e.b))));
}

/** The edges one engine alone finds for these documents. */
async function alone(docs: readonly ClusterInput[]): Promise<string[]> {
  const store = openSqliteStore(join(root, `alone${files++}.db`));
  try {
    const engine = new StoryEngine(store.stories);
    for (const d of docs) await engine.add(d);
    return await placementEdges(store.stories, docs.map((d) => d.id));
  } finally {
    await store.close();
  }
}
let files = 0;

test('two engines over one store, batches in turns: the reference stories', async () => {
  for (let seed = 1; seed <= 8; seed++) {
    const docs = shuffled(randomCorpus(seed, seed % 2 === 0 ? 12 : 90), seed);
    const want = clusterStories(docs.map((d) => d.features)).map((s) => s.docs.join(' ')).sort();
    const file = join(root, `s${seed}.db`);
    const [one, two] = [openSqliteStore(file), openSqliteStore(file)];
    try {
      const engines = [new StoryEngine(one.stories), new StoryEngine(two.stories)];
      const size = 2 + (seed % 4);
      for (let i = 0, turn = 0; i < docs.length; i += size, turn++) {
        const engine = engines[turn % 2]!;
        await engine.batch(async () => {
          for (const d of docs.slice(i, i + size)) await engine.add(d);
        });
      }
      const got = await Promise.all((await one.stories.listStories()).map(async (r) => (await one.stories.storyDocs(r.id)).map((m) => m.doc).join(' ')));
      assert.deepEqual(got.sort(), want, `corpus ${seed}`);
      // Every pair the decision links is an edge, whichever engine placed each end.
      assert.deepEqual(await placementEdges(one.stories, docs.map((d) => d.id)), await alone(docs), `corpus ${seed}: edges`);
    } finally {
      await one.close();
      await two.close();
    }
  }
});

test('a new engine over a placed archive loads its indexes in chunks, all of them', async () => {
  for (let seed = 21; seed <= 24; seed++) {
    const docs = shuffled(randomCorpus(seed, 30), seed);
    const want = clusterStories(docs.map((d) => d.features)).map((s) => s.docs.join(' ')).sort();
    const store = openSqliteStore(join(root, `chunks${seed}.db`));
    try {
      const half = Math.floor(docs.length / 2);
      const first = new StoryEngine(store.stories);
      for (const d of docs.slice(0, half)) await first.add(d);
      // The second engine reads 7 documents at a time, until a read comes back short.
      let reads = 0;
      const read = store.stories.storyIndex.bind(store.stories);
      store.stories.storyIndex = async (after, limit) => {
        reads++;
        return read(after, limit);
      };
      const second = new StoryEngine(store.stories, {}, 7);
      await second.prepare();
      assert.equal(reads, Math.floor(half / 7) + 1, `corpus ${seed}`);
      for (const d of docs.slice(half)) await second.add(d);
      const got = await Promise.all((await store.stories.listStories()).map(async (r) => (await store.stories.storyDocs(r.id)).map((m) => m.doc).join(' ')));
      assert.deepEqual(got.sort(), want, `corpus ${seed}`);
      assert.deepEqual(await placementEdges(store.stories, docs.map((d) => d.id)), await alone(docs), `corpus ${seed}: edges`);
    } finally {
      await store.close();
    }
  }
});
