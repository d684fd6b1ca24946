// Upgrades of the SQLite store from each older schema that had story tables: a new store is
// taken back to the older layout by SQL (BACK_TO_*), given rows as that rasd wrote them, and
// opened again, which runs the migrations since.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from './migrations.js';
import { openSqliteStore, type SqliteStore } from './sqlite.js';
import type { StoryEdge } from './story-store.js';
import { byString } from '../cluster/story-components.js';
import { dateRange } from '../cluster/story-dates.js';
import { doc, tempFiles } from './sqlite.fixture.js';

const tempFile = tempFiles('rasd-sqlite-upgrade-');

/** SQL taking a new store's story tables back to schema 11 (no event dates of undated reports' neighbours). */
const BACK_TO_11 = 'ALTER TABLE story_members DROP COLUMN events;';

/** SQL taking a new store's story tables back to schema 10 (memberships keyed by document ids). */
const BACK_TO_10 = `DROP TABLE story_members;
  CREATE TABLE story_docs (doc_id TEXT PRIMARY KEY, story TEXT NOT NULL, core TEXT, joined TEXT) WITHOUT ROWID;
  CREATE INDEX story_docs_story ON story_docs(story);
  CREATE INDEX story_docs_core ON story_docs(core);`;

/** SQL taking a new store's story tables back to schema 9 (index keys in the features row). */
const BACK_TO_9 = `${BACK_TO_10} DROP TABLE story_index_keys;
  ALTER TABLE story_features ADD COLUMN bands BLOB NOT NULL DEFAULT x'';
  ALTER TABLE story_features ADD COLUMN anchors TEXT NOT NULL DEFAULT '[]';`;

/** SQL taking a new store's story tables back to schema 8 (a region per report). */
const BACK_TO_8 = `${BACK_TO_9} DROP TABLE story_docs;
  CREATE TABLE story_docs (doc_id TEXT PRIMARY KEY, story TEXT NOT NULL, region TEXT NOT NULL, core TEXT, joined TEXT) WITHOUT ROWID;
  CREATE INDEX story_docs_story ON story_docs(story);
  CREATE INDEX story_docs_region ON story_docs(region, core);
  CREATE INDEX story_docs_core ON story_docs(core);`;

/** SQL taking a new store's story tables back to schema 7 (edges keyed by document ids). */
const BACK_TO_7 = `${BACK_TO_8} DROP TABLE story_edges;
  CREATE TABLE story_edges (a TEXT NOT NULL, b TEXT NOT NULL, relation TEXT NOT NULL, cosine REAL NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
  CREATE INDEX story_edges_b ON story_edges(b);`;

/** SQL taking a new store's story tables back to schema 6 (index keys in anchor tables). */
const BACK_TO_6 = `${BACK_TO_7} ALTER TABLE story_features DROP COLUMN anchors;
  CREATE TABLE story_anchors (anchor TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (anchor, doc_id)) WITHOUT ROWID;
  CREATE TABLE story_anchor_counts (anchor TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;`;

/** Takes the store in `file` back to schema `version` with `sql` (and `more`), as an older rasd left it. */
function rewind(file: string, version: number, sql: string, more?: (db: Database.Database) => void): void {
  const db = new Database(file);
  db.exec(sql);
  more?.(db);
  db.pragma(`user_version = ${version}`);
  db.close();
}

/** A new store taken back to schema `version` by `sql`, then opened (upgraded) again for `check`. */
async function afterUpgrade(version: number, sql: string, check: (store: SqliteStore, file: string) => Promise<void>): Promise<void> {
  const file = tempFile();
  await openSqliteStore(file).close();
  rewind(file, version, sql);
  const store = openSqliteStore(file);
  try {
    assert.equal(store.settings().version, SCHEMA_VERSION);
    await check(store, file);
  } finally {
    await store.close();
  }
}

describe('SQLite store: upgrades of the story tables', () => {
  test('a store at version 3 upgrades with its story tables emptied and every document pending again', async () => {
    const file = tempFile();
    let store = openSqliteStore(file);
    const { id } = await store.addDocument({ ...doc(7), extraction: { mentions: [], quantities: [], dates: [], published: null } }, []);
    await store.close();
    // Back to version 3 with a placed document, as the previous rasd left it.
    rewind(file, 3, `${BACK_TO_6} DROP TABLE story_features; DROP TABLE story_undated_adj; ALTER TABLE story_docs DROP COLUMN joined;
      CREATE TABLE story_features (doc_id TEXT PRIMARY KEY, title TEXT NOT NULL, features TEXT NOT NULL, shingles BLOB NOT NULL) WITHOUT ROWID;
      CREATE TABLE lsh_buckets (bucket INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (bucket, doc_id)) WITHOUT ROWID;`, (db) => {
      db.prepare("INSERT INTO story_features VALUES (?, 'خبر', '{}', x'')").run(id);
      db.prepare("INSERT INTO story_docs VALUES (?, ?, ?, ?)").run(id, id, id, id);
      db.prepare("INSERT INTO stories VALUES (?, 'خبر', ?, 1, NULL, NULL)").run(id, id);
    });
    store = openSqliteStore(file);
    try {
      assert.equal(store.settings().version, SCHEMA_VERSION);
      assert.deepEqual(await store.stories.listStories(), []);
      assert.deepEqual(await store.stories.storyPending(), [id]);
      assert.equal((await store.getDocument(id)).text, doc(7).text);
    } finally {
      await store.close();
    }
  });

  test('versions 5 and 6 find the undated reports touching each core from the stored edges, sums unknown', async () => {
    await afterUpgrade(4, `${BACK_TO_6} DROP TABLE story_undated_adj;
      ALTER TABLE story_docs DROP COLUMN joined;
      INSERT INTO story_features (doc_id, title, features, shingles, bands) VALUES
        ('d1', 'خبر', '{}', x'', x''), ('u1', 'خبر', '{}', x'', x''), ('d2', 'خبر', '{}', x'', x'');
      INSERT INTO story_docs VALUES ('d1', 'd1', 'd1', 'd1'), ('u1', 'd1', 'd1', NULL), ('d2', 'd2', 'd2', 'd2');
      INSERT INTO story_edges VALUES ('d1', 'u1', 'same', 0.6), ('d2', 'u1', 'same', 0.4), ('d1', 'd2', 'mention', 0.5);`, async (store) => {
      // Version 6 leaves their sums unknown, and no joined core: the engine computes them.
      const unknown = (core: string) => ({ core, doc: 'u1', sum: null, n: null });
      assert.deepEqual(await store.stories.docAdjacency(['u1', 'd1']), new Map([['u1', [unknown('d1'), unknown('d2')]]]));
      assert.equal((await store.stories.joinedCores(['u1'])).size, 0);
    });
  });

  /** Schema 11 rows: d1..dn dated (features with these event dates), u1 undated with a same-event edge to each, in d1's story. */
  const v11 = (dates: readonly string[]): string => {
    const ds = dates.map((_, i) => `d${i + 1}`);
    const features = [...dates.map((d, i) => `('${ds[i]}', '{"eventDate":"${d}"}')`), "('u1', '{\"eventDate\":null}')"];
    const members = ds.map((d, i) => `(${i + 1}, '${d}', ${i + 1}, '${d}', ${i + 1}, '${d}', NULL)`);
    const u = ds.length + 1;
    return `${BACK_TO_11}
      INSERT INTO story_features (doc_id, title, features, shingles) SELECT column1, 'خبر', column2, x'' FROM (VALUES ${features.join(', ')});
      INSERT INTO story_members (seq, doc_id, story_seq, story, core_seq, core, joined) VALUES ${members.join(', ')}, (${u}, 'u1', 1, 'd1', NULL, NULL, 'd1');
      INSERT INTO story_edges (lo, hi, relation, cosine) VALUES ${ds.map((_, i) => `(${i + 1}, ${u}, 'same', 0.5)`).join(', ')};
      INSERT INTO story_undated_adj (core, doc, sum, n) VALUES ${ds.map((d) => `('${d}', 'u1', 0.5, 1)`).join(', ')};`;
  };

  test('version 12 keeps, for each undated report, its dated neighbours\' event dates, sorted', async () => {
    await afterUpgrade(11, v11(['2024-02', '2024-01-04', '2024-01-05']), async (store) => {
      const m = await store.stories.storyMembership(['u1', 'd1']);
      assert.deepEqual(m.get('u1'), { doc: 'u1', story: 'd1', core: null, events: ['2024-01-04', '2024-01-05', '2024-02'].map((d) => dateRange(d)!) });
      assert.deepEqual(m.get('d1'), { doc: 'd1', story: 'd1', core: 'd1' });
      assert.equal((await store.stories.listStories()).length, 0, 'no summary rows were written here; none are dropped either');
      assert.deepEqual(await store.stories.joinedCores(['u1']), new Map([['u1', { core: 'd1', doc: 'u1', sum: 0.5, n: 1 }]]));
    });
  });

  test('version 12 keeps the stories when an undated report\'s many dates stand for three events or fewer', async () => {
    const dates = ['2024-01-04', '2024-01-05', '2024-01-07', '2024-01', '2024-02-20', '2024-02-21', '2025-01-04'];
    await afterUpgrade(11, v11(dates), async (store) => {
      const u1 = (await store.stories.storyMembership(['u1'])).get('u1');
      assert.deepEqual(u1?.events, dates.map((d) => dateRange(d)!).sort((a, b) => a.lo - b.lo || a.hi - b.hi));
    });
  });

  test('version 12 starts the stories again when an undated report matches more than three events', async () => {
    // Weekly editions; and a chain of dates 3 days apart, each compatible with the next, that
    // still holds four events (the 1st, 7th, 13th and 19th).
    const chain = [1, 4, 7, 10, 13, 16, 19, 22].map((d) => `2024-01-${String(d).padStart(2, '0')}`);
    for (const dates of [['2024-01-04', '2024-01-11', '2024-01-18', '2024-01-25'], chain]) {
      await afterUpgrade(11, v11(dates), async (store) => {
        assert.equal((await store.stories.storyMembership(['u1', 'd1'])).size, 0, dates.join(' '));
        assert.equal((await store.stories.storyFeatures(['u1'])).size, 0);
      });
    }
  });

  /** Schema 12 rows: dated d1 and d2 (cores of their own), undated u1 in `story` (joined `joined`) touching both, a copy of d1. */
  const v12 = (story: string, joined: string): string => `
      INSERT INTO story_features (doc_id, title, features, shingles) VALUES ('d1', 'خبر', '{}', x''), ('d2', 'خبر', '{}', x''), ('u1', 'خبر', '{}', x'');
      INSERT INTO story_members (seq, doc_id, story_seq, story, core_seq, core, joined, events) VALUES
        (1, 'd1', 1, 'd1', 1, 'd1', NULL, NULL), (2, 'd2', 2, 'd2', 2, 'd2', NULL, NULL),
        (3, 'u1', ${story === 'd1' ? 1 : 2}, '${story}', NULL, NULL, '${joined}', '');
      INSERT INTO copies VALUES ('u1', 'd1', 0.9, 0.95);
      INSERT INTO story_undated_adj (core, doc, sum, n) VALUES ('d1', 'u1', 0.9, 1), ('d2', 'u1', 0.95, 1);`;

  test('version 13 places an undated copy of a dated report among its copies\' cores: its other rows go', async () => {
    await afterUpgrade(12, v12('d1', 'd1'), async (store) => {
      assert.deepEqual((await store.stories.storyMembership(['u1'])).get('u1'), { doc: 'u1', story: 'd1', core: null, copied: true });
      assert.deepEqual(await store.stories.docAdjacency(['u1']), new Map([['u1', [{ core: 'd1', doc: 'u1', sum: 0.9, n: 1 }]]]));
    });
  });

  test('version 13 starts the stories again when an undated copy is in another core\'s story', async () => {
    await afterUpgrade(12, v12('d2', 'd2'), async (store) => {
      assert.equal((await store.stories.storyMembership(['u1', 'd1', 'd2'])).size, 0);
    });
  });

  test('version 11 keys the memberships by placement order; they read back by document id as before', async () => {
    // Placed in the order d2, d1, u1 (seqs 1, 2, 3); story and core d1, u1 joined d1.
    await afterUpgrade(10, `${BACK_TO_10}
      INSERT INTO story_features (doc_id, title, features, shingles) VALUES ('d2', 'خبر', '{}', x''), ('d1', 'خبر', '{}', x''), ('u1', 'خبر', '{}', x'');
      INSERT INTO story_docs VALUES ('d1', 'd1', 'd1', NULL), ('d2', 'd1', 'd1', NULL), ('u1', 'd1', NULL, 'd1');
      INSERT INTO story_undated_adj (core, doc, sum, n) VALUES ('d1', 'u1', 0.75, 2);`, async (store, file) => {
      const m = await store.stories.storyMembership(['d1', 'd2', 'u1', 'nothing']);
      assert.deepEqual([...m.values()].sort((x, y) => byString(x.doc, y.doc)), [
        { doc: 'd1', story: 'd1', core: 'd1' },
        { doc: 'd2', story: 'd1', core: 'd1' },
        { doc: 'u1', story: 'd1', core: null, events: [] },
      ]);
      assert.deepEqual((await store.stories.storyDocs('d1')).map((x) => x.doc), ['d1', 'd2', 'u1']);
      assert.deepEqual(await store.stories.coreMembers(['d1']), new Map([['d1', ['d1', 'd2']]]));
      assert.deepEqual(await store.stories.joinedCores(['u1', 'd1']), new Map([['u1', { core: 'd1', doc: 'u1', sum: 0.75, n: 2 }]]));
      const db = new Database(file, { readonly: true });
      assert.deepEqual(db.prepare('SELECT seq, story_seq, core_seq, joined FROM story_members ORDER BY seq').all(), [
        { seq: 1, story_seq: 2, core_seq: 2, joined: null },
        { seq: 2, story_seq: 2, core_seq: 2, joined: null },
        { seq: 3, story_seq: 2, core_seq: null, joined: 'd1' },
      ]);
      db.close();
    });
  });

  test('version 11 starts the stories again, every document pending, when a membership names no placed report', async () => {
    const file = tempFile();
    let store = openSqliteStore(file);
    const { id } = await store.addDocument({ ...doc(8), extraction: { mentions: [], quantities: [], dates: [], published: null } }, []);
    await store.close();
    rewind(file, 10, BACK_TO_10, (db) => {
      db.prepare("INSERT INTO story_features (doc_id, title, features, shingles) VALUES (?, 'خبر', '{}', x'')").run(id);
      db.prepare("INSERT INTO story_docs VALUES (?, 'not-placed', NULL, NULL)").run(id);
      db.prepare("INSERT INTO stories VALUES ('not-placed', 'خبر', ?, 1, NULL, NULL)").run(id);
    });
    store = openSqliteStore(file);
    try {
      assert.equal(store.settings().version, SCHEMA_VERSION);
      assert.deepEqual(await store.stories.listStories(), []);
      assert.deepEqual(await store.stories.storyPending(), [id]);
      assert.equal((await store.stories.storyMembership([id])).size, 0);
    } finally {
      await store.close();
    }
  });

  test('version 10 moves the band hashes and index keys to a table of their own, in placement order', async () => {
    await afterUpgrade(9, `${BACK_TO_9}
      INSERT INTO story_features (doc_id, title, features, shingles, bands, anchors) VALUES
        ('d2', 'خبر', '{}', x'', x'07000000', '["k:سفين"]'), ('d1', 'خبر', '{}', x'0100000002000000', x'', '[]');`, async (store, file) => {
      const index = await store.stories.storyIndex(0);
      assert.deepEqual(index.docs, [
        { doc: 'd2', bands: Uint32Array.of(7), anchors: ['k:سفين'] },
        { doc: 'd1', bands: new Uint32Array(0), anchors: [] },
      ]);
      assert.deepEqual((await store.stories.storyFeatures(['d1'])).get('d1')!.shingles, Uint32Array.of(1, 2));
      const db = new Database(file, { readonly: true });
      const columns = db.prepare("SELECT name FROM pragma_table_info('story_features')").all().map((r) => (r as { name: string }).name);
      assert.deepEqual(columns, ['seq', 'doc_id', 'title', 'features', 'shingles']);
      db.close();
    });
  });

  test('version 9 drops the regions; membership and core members read as before', async () => {
    await afterUpgrade(8, `${BACK_TO_8}
      INSERT INTO story_features (doc_id, title, features, shingles) VALUES ('d1', 'خبر', '{}', x''), ('u1', 'خبر', '{}', x''), ('u2', 'خبر', '{}', x'');
      INSERT INTO story_docs VALUES ('d1', 'd1', 'd1', 'd1', NULL), ('u1', 'd1', 'd1', NULL, 'd1'), ('u2', 'u2', 'd1', NULL, NULL);`, async (store, file) => {
      const m = await store.stories.storyMembership(['d1', 'u1', 'u2']);
      assert.deepEqual([...m.values()].sort((x, y) => byString(x.doc, y.doc)), [
        { doc: 'd1', story: 'd1', core: 'd1' },
        { doc: 'u1', story: 'd1', core: null, events: [] },
        { doc: 'u2', story: 'u2', core: null, events: [] },
      ]);
      assert.deepEqual(await store.stories.coreMembers(['d1']), new Map([['d1', ['d1']]]));
      const db = new Database(file, { readonly: true });
      // (Version 11 then keys the memberships by placement order, and 12 adds the event dates.)
      const columns = db.prepare("SELECT name FROM pragma_table_info('story_members')").all().map((r) => (r as { name: string }).name);
      assert.deepEqual(columns, ['seq', 'doc_id', 'story_seq', 'story', 'core_seq', 'core', 'joined', 'events']);
      assert.deepEqual(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'story_docs%'").get(), { n: 0 });
      db.close();
    });
  });

  test('version 8 keys the edges by placement order; they read back by document id as before', async () => {
    // Placed in the order d2, d1, u1: seqs 1, 2, 3, so "d1" < "d2" by id but not by seq.
    await afterUpgrade(7, `${BACK_TO_7}
      INSERT INTO story_features (doc_id, title, features, shingles, bands) VALUES
        ('d2', 'خبر', '{}', x'', x''), ('d1', 'خبر', '{}', x'', x''), ('u1', 'خبر', '{}', x'', x'');
      INSERT INTO story_edges VALUES ('d1', 'd2', 'same', 0.7), ('d1', 'u1', 'same', 0.6), ('d2', 'u1', 'mention', 0.4);`, async (store, file) => {
      const sorted = (edges: StoryEdge[]) => edges.sort((x, y) => byString(`${x.a} ${x.b}`, `${y.a} ${y.b}`));
      assert.deepEqual(sorted(await store.stories.storyEdges(['d1'])), [
        { a: 'd1', b: 'd2', relation: 'same', cosine: 0.7 },
        { a: 'd1', b: 'u1', relation: 'same', cosine: 0.6 },
      ]);
      assert.deepEqual(await store.stories.storyEdges(['u1', 'd2']).then(sorted), [
        { a: 'd1', b: 'd2', relation: 'same', cosine: 0.7 },
        { a: 'd1', b: 'u1', relation: 'same', cosine: 0.6 },
        { a: 'd2', b: 'u1', relation: 'mention', cosine: 0.4 },
      ]);
      const db = new Database(file, { readonly: true });
      assert.deepEqual(db.prepare('SELECT lo, hi FROM story_edges ORDER BY lo, hi').all(), [
        { lo: 1, hi: 2 },
        { lo: 1, hi: 3 },
        { lo: 2, hi: 3 },
      ]);
      db.close();
    });
  });

  test('version 7 moves each report\'s index keys beside its features; saturated keys stay saturated', async () => {
    await afterUpgrade(6, `${BACK_TO_6}
      INSERT INTO story_features (doc_id, title, features, shingles, bands) VALUES
        ('d1', 'خبر', '{}', x'', x''), ('d2', 'خبر', '{}', x'', x''), ('d3', 'خبر', '{}', x'', x'');
      INSERT INTO story_anchors VALUES ('k:سفين', 'd1'), ('P7|k:ميناء', 'd1'), ('k:سفين', 'd2');
      INSERT INTO story_anchor_counts VALUES ('k:سفين', 2), ('P7|k:ميناء', 1);`, async (store, file) => {
      const { docs } = await store.stories.storyIndex(0);
      const keys = new Map(docs.map((d) => [d.doc, [...d.anchors].sort()]));
      // d3 carried only keys past the cap (not listed for it): it lists none, they stay saturated.
      assert.deepEqual(keys, new Map([['d1', ['P7|k:ميناء', 'k:سفين']], ['d2', ['k:سفين']], ['d3', []]]));
      const tables = new Database(file, { readonly: true });
      assert.deepEqual(tables.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'story_anchor%'").all(), []);
      tables.close();
    });
  });
});
