import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isRasdError } from '../errors.js';
import { MIGRATIONS, RASD_APPLICATION_ID, SCHEMA_VERSION, applyMigrations, type Migration } from './migrations.js';
import { openSqliteStore, type SqliteStore } from './sqlite.js';
import type { NewDoc } from './store.js';
import type { StoryEdge } from './story-store.js';
import { byString } from '../cluster/story-components.js';
import { runStoreSuite } from './store.suite.js';
import { runStoryStoreSuite } from './story-store.suite.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-sqlite-'));
after(() => rmSync(root, { recursive: true, force: true }));
runStoreSuite('sqlite', async () => openSqliteStore(tempFile()));
runStoryStoreSuite('sqlite', async () => openSqliteStore(tempFile()));

function tempFile(name = 'store.db'): string {
  const dir = mkdtempSync(join(root, 's-'));
  return join(dir, name);
}

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

function storeErrorMatching(re: RegExp) {
  return (e: unknown) => {
    assert.ok(isRasdError(e), `expected a RasdError, got ${String(e)}`);
    assert.equal(e.code, 'STORE');
    assert.match(e.message, re);
    return true;
  };
}

function doc(i: number, over: Partial<NewDoc> = {}): NewDoc {
  const text = `تقرير رقم ${i}: ارتفعت أسعار النفط في الأسواق العالمية اليوم.`;
  return {
    hash: createHash('sha256').update(text).digest('hex'),
    source: `وكالة/${i}.txt`,
    outlet: 'وكالة',
    encoding: 'utf-8',
    raw: text,
    title: `تقرير ${i}`,
    text,
    captions: [],
    removed: [],
    map: [[0, 0, text.length]],
    sentences: [{ start: 0, end: text.length }],
    keys: `نفط سعر سوق رقم${i}`,
    ...over,
  };
}

describe('SQLite store: opening and schema', () => {
  test('a new store is in WAL mode, synchronous NORMAL, foreign keys on, at the current version', async () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    try {
      const s = store.settings();
      assert.equal(s.journalMode, 'wal');
      assert.equal(s.synchronous, 1); // NORMAL
      assert.equal(s.foreignKeys, true);
      assert.ok(s.busyTimeoutMs > 0);
      assert.equal(s.version, SCHEMA_VERSION);
      assert.equal(store.kind, 'sqlite');
      // WAL is a property of the file: another connection sees it too.
      const other = new Database(file, { readonly: true });
      assert.equal(other.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(other.pragma('application_id', { simple: true }), RASD_APPLICATION_ID);
      other.close();
    } finally {
      await store.close();
    }
  });

  test('a version-0 database (empty SQLite file, or zero bytes) is migrated to the current version', async () => {
    const empty = tempFile();
    new Database(empty).close();
    const zero = tempFile();
    writeFileSync(zero, '');
    for (const file of [empty, zero]) {
      const store = openSqliteStore(file);
      const r = await store.addDocument(doc(1), ['سطر']);
      assert.equal(r.status, 'added');
      await store.close();
      const db = new Database(file, { readonly: true });
      assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
      for (const t of ['doc_keys', 'documents', 'outlet_lines']) assert.ok(tables.some((x) => x.name === t), t);
      db.close();
    }
  });

  test('reopening keeps the documents and runs no step again', async () => {
    const file = tempFile();
    let store = openSqliteStore(file);
    const { id } = await store.addDocument(doc(2), []);
    await store.close();
    store = openSqliteStore(file);
    assert.equal((await store.getDocument(id)).text, doc(2).text);
    assert.equal((await store.addDocument(doc(2), [])).status, 'present');
    assert.equal(store.settings().version, SCHEMA_VERSION);
    await store.close();
  });

  test('migrations run step by step from an older version, one transaction each', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      { name: 'one', sql: 'CREATE TABLE a (x INTEGER)' },
      { name: 'two', sql: "CREATE TABLE b (y TEXT); INSERT INTO b VALUES ('ب')" },
    ];
    applyMigrations(db, 'mem', steps.slice(0, 1));
    assert.equal(db.pragma('user_version', { simple: true }), 1);
    applyMigrations(db, 'mem', steps);
    assert.equal(db.pragma('user_version', { simple: true }), 2);
    assert.deepEqual(db.prepare('SELECT y FROM b').all(), [{ y: 'ب' }]);
    // A failing step leaves nothing of itself behind and the version where it was.
    const broken: Migration = { name: 'broken', sql: 'CREATE TABLE c (z INTEGER); CREATE TABLE oops (' };
    assert.throws(() => applyMigrations(db, 'mem', [...steps, broken]), storeErrorMatching(/version 3 \(broken\)/));
    assert.equal(db.pragma('user_version', { simple: true }), 2);
    assert.deepEqual(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'c'").get(), { n: 0 });
    db.close();
  });

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
        { doc: 'u1', story: 'd1', core: null },
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
        { doc: 'u1', story: 'd1', core: null },
        { doc: 'u2', story: 'u2', core: null },
      ]);
      assert.deepEqual(await store.stories.coreMembers(['d1']), new Map([['d1', ['d1']]]));
      const db = new Database(file, { readonly: true });
      // (Version 11 then keys the memberships by placement order.)
      const columns = db.prepare("SELECT name FROM pragma_table_info('story_members')").all().map((r) => (r as { name: string }).name);
      assert.deepEqual(columns, ['seq', 'doc_id', 'story_seq', 'story', 'core_seq', 'core', 'joined']);
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

  test('the released migration list only grows', () => {
    assert.ok(MIGRATIONS.length >= 1);
    assert.equal(SCHEMA_VERSION, MIGRATIONS.length);
  });

  test('a store newer than this rasd is refused and left untouched', async () => {
    const file = tempFile();
    await openSqliteStore(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = readFileSync(file);
    assert.throws(() => openSqliteStore(file), storeErrorMatching(new RegExp(`version ${SCHEMA_VERSION + 1}, newer than this rasd knows \\(${SCHEMA_VERSION}\\)`)));
    assert.ok(readFileSync(file).equals(before));
    const check = new Database(file, { readonly: true });
    assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
    check.close();
  });

  test('a file that is not a database is refused with STORE naming the file, and not changed', () => {
    const file = tempFile('notes.db');
    const content = 'هذه ملاحظات نصية وليست قاعدة بيانات\n'.repeat(50);
    writeFileSync(file, content);
    assert.throws(() => openSqliteStore(file), storeErrorMatching(/notes\.db: not a rasd store/));
    assert.equal(readFileSync(file, 'utf8'), content);
  });

  test('an SQLite database of something else is not a rasd store', () => {
    const file = tempFile('other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE documents (name TEXT)');
    db.close();
    assert.throws(() => openSqliteStore(file), storeErrorMatching(/other\.db: not a rasd store/));
    const versioned = tempFile('versioned.db');
    const db2 = new Database(versioned);
    db2.exec('CREATE TABLE t (x)');
    db2.pragma('user_version = 1');
    db2.close();
    assert.throws(() => openSqliteStore(versioned), storeErrorMatching(/versioned\.db: not a rasd store/));
  });

  test('a store in a missing directory is a STORE error, not a crash', () => {
    assert.throws(() => openSqliteStore(join(root, 'no', 'such', 'dir', 'x.db')), storeErrorMatching(/x\.db/));
  });

  test('a closed store refuses work with STORE; closing twice is fine', async () => {
    const store = openSqliteStore(tempFile());
    await store.close();
    await store.close();
    await assert.rejects(store.listDocuments(), storeErrorMatching(/closed/));
  });

  test('two connections to one file agree on what is present', async () => {
    const file = tempFile();
    const a = openSqliteStore(file);
    const b = openSqliteStore(file);
    try {
      assert.equal((await a.addDocument(doc(3), ['سطر'])).status, 'added');
      const r = await b.addDocument(doc(3), ['سطر']);
      assert.equal(r.status, 'present');
      assert.equal(r.firstSource, doc(3).source);
      assert.equal((await b.outletLineCounts('وكالة', ['سطر'])).get('سطر'), 1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('the title column is filled from titleKeys when given', async () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    await store.addDocument({ ...doc(4), titleKeys: 'عنوان' }, []);
    await store.close();
    const db = new Database(file, { readonly: true });
    assert.deepEqual(db.prepare('SELECT title, body FROM doc_keys').all(), [{ title: 'عنوان', body: doc(4).keys }]);
    db.close();
  });
});

/** Frames in a WAL file after its last commit frame: writes of a transaction that never committed. */
function uncommittedWalFrames(wal: Buffer): number {
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let frames = 0;
  let afterCommit = 0;
  for (let off = 32; off + 24 + pageSize <= wal.length; off += 24 + pageSize) {
    if (wal.readUInt32BE(off + 8) !== salt1 || wal.readUInt32BE(off + 12) !== salt2) break; // stale frame
    frames++;
    afterCommit = wal.readUInt32BE(off + 4) !== 0 ? 0 : afterCommit + 1;
  }
  return afterCommit;
}

describe('SQLite store: crash consistency', () => {
  test('a writer killed with SIGKILL inside a transaction leaves a consistent store with every finished document', async () => {
    const file = tempFile('crash.db');
    const lines = 150;
    const killAt = 200;
    const moduleUrl = new URL('./sqlite.js', import.meta.url).href;
    // The child adds documents 0..killAt-1, then document killAt: one bigger than
    // SQLite's page cache, so its pages spill into the WAL before it commits, with an
    // outlet-line key list whose 76th element, read inside the transaction (after the
    // document and its FTS row went in), says "inside" and blocks. The parent kills it
    // then: no timing is involved.
    const child = `
      import { createHash } from 'node:crypto';
      import { openSqliteStore } from ${JSON.stringify(moduleUrl)};
      const store = openSqliteStore(process.env.RASD_CRASH_DB);
      const lineKeys = Array.from({ length: ${lines} }, (_, k) => 'سطر متكرر ' + k);
      const body = 'نص طويل عن أسعار النفط والأسواق. '.repeat(400);
      const huge = 'نص طويل جدا عن الاقتصاد. '.repeat(300000);
      for (let i = 0; i <= ${killAt}; i++) {
        const text = 'تقرير ' + i + ' ' + (i === ${killAt} ? huge : body);
        let keys = lineKeys;
        if (i === ${killAt}) {
          keys = lineKeys.slice();
          Object.defineProperty(keys, 75, { get() {
            process.stdout.write('inside\\n');
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
            return 'never';
          } });
        }
        await store.addDocument({
          hash: createHash('sha256').update(text).digest('hex'),
          source: 'وكالة/' + i + '.txt', outlet: 'وكالة', encoding: 'utf-8',
          raw: text, title: 'تقرير ' + i, text, captions: ['صورة ' + i],
          removed: [], map: [[0, 0, text.length]], sentences: [{ start: 0, end: text.length }],
          keys: 'نفط سعر سوق رقم' + i,
        }, keys);
        process.stdout.write('added ' + i + '\\n');
      }
    `;
    const proc = spawn(process.execPath, ['--input-type=module', '-e', child], {
      env: { ...process.env, RASD_CRASH_DB: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let added = 0;
    let inside = false;
    let stderr = '';
    let pending = '';
    proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exit = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
    proc.stdout.on('data', (b: Buffer) => {
      pending += b.toString();
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) {
        if (line.startsWith('added ')) added++;
        if (line === 'inside') {
          inside = true;
          proc.kill('SIGKILL');
        }
      }
    });
    const signal = await exit;
    assert.equal(signal, 'SIGKILL', `the writer ended by itself: ${stderr}`);
    assert.ok(inside);
    assert.equal(added, killAt);
    // The kill really left half a transaction on disk.
    assert.ok(uncommittedWalFrames(readFileSync(`${file}-wal`)) > 0, 'the WAL holds uncommitted frames');

    const db = new Database(file);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.exec("INSERT INTO doc_keys (doc_keys) VALUES ('integrity-check')"); // throws if the index is damaged
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    assert.equal(count('SELECT COUNT(*) AS n FROM documents'), killAt);
    assert.equal(count('SELECT COUNT(*) AS n FROM doc_keys'), killAt);
    assert.equal(count('SELECT COUNT(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_keys k WHERE k.rowid = d.seq)'), 0);
    assert.equal(count('SELECT COUNT(*) AS n FROM doc_keys k WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.seq = k.rowid)'), 0);
    assert.equal(count(`SELECT COUNT(*) AS n FROM documents WHERE source = 'وكالة/${killAt}.txt'`), 0);
    // Every document carried every line key, so each count is the number of documents.
    assert.deepEqual(
      db.prepare('SELECT COUNT(*) AS keys, MIN(docs) AS lo, MAX(docs) AS hi FROM outlet_lines').get(),
      { keys: lines, lo: killAt, hi: killAt },
    );
    db.close();

    const store = openSqliteStore(file);
    try {
      assert.equal(await store.outletDocCount('وكالة'), killAt);
      assert.equal((await store.search(['رقم0'], 5)).length, 1);
      assert.equal((await store.search(['رقم' + killAt], 5)).length, 0);
      assert.equal((await store.addDocument(doc(9), [])).status, 'added');
    } finally {
      await store.close();
    }
  });
});
