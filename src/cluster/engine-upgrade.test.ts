// A store upgraded to schema 6 mid-archive: the undated reports' affinity sums and joined
// cores are unknown (NULL) for everything placed before, and the engine computes them when
// a placement first needs them. The stories must be the reference's all the same.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite.js';
import { StoryEngine, type ClusterInput } from './engine.js';
import { randomCorpus, shuffled } from './engine.fixture.js';
import { clusterStories } from './stories.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-engine-upgrade-'));
after(() => rmSync(root, { recursive: true, force: true }));

async function placeAll(file: string, docs: readonly ClusterInput[]): Promise<void> {
  const store = openSqliteStore(file);
  try {
    const engine = new StoryEngine(store.stories);
    for (const d of docs) await engine.add(d);
  } finally {
    await store.close();
  }
}

test('sums and joined cores left unknown by the upgrade are computed when needed: the reference stories', async () => {
  let forgotten = 0;
  for (let seed = 1; seed <= 10; seed++) {
    const docs = shuffled(randomCorpus(seed, seed % 2 === 0 ? 12 : 90), seed);
    const want = clusterStories(docs.map((d) => d.features)).map((s) => s.docs.join(' ')).sort();
    const file = join(root, `u${seed}.db`);
    const half = Math.floor(docs.length / 2);
    await placeAll(file, docs.slice(0, half));
    const db = new Database(file);
    forgotten += db.prepare('UPDATE story_undated_adj SET sum = NULL, n = NULL').run().changes;
    db.prepare('UPDATE story_members SET joined = NULL').run();
    db.close();
    await placeAll(file, docs.slice(half));
    const store = openSqliteStore(file);
    try {
      const got = await Promise.all((await store.stories.listStories()).map(async (r) => (await store.stories.storyDocs(r.id)).map((m) => m.doc).join(' ')));
      assert.deepEqual(got.sort(), want, `corpus ${seed}`);
    } finally {
      await store.close();
    }
  }
  assert.ok(forgotten >= 10, `only ${forgotten} adjacency rows were forgotten: the test exercises too little`);
});
