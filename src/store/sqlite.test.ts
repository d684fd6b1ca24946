import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isRasdError } from '../errors.js';
import { MIGRATIONS, RASD_APPLICATION_ID, SCHEMA_VERSION, applyMigrations, type Migration } from './migrations.js';
import { openSqliteStore } from './sqlite.js';
import { runStoreSuite } from './store.suite.js';
import { runStoryStoreSuite } from './story-store.suite.js';
import { doc, tempFiles } from './sqlite.fixture.js';

const tempFile = tempFiles('rasd-sqlite-');
runStoreSuite('sqlite', async () => openSqliteStore(tempFile()));
runStoryStoreSuite('sqlite', async () => openSqliteStore(tempFile()));

function storeErrorMatching(re: RegExp) {
  return (e: unknown) => {
    assert.ok(isRasdError(e), `expected a RasdError, got ${String(e)}`);
    assert.equal(e.code, 'STORE');
    assert.match(e.message, re);
    return true;
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
    assert.throws(() => openSqliteStore(join(tempFile(), 'no', 'such', 'dir', 'x.db')), storeErrorMatching(/x\.db/));
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

test('a damaged event-dates value of an undated report is a STORE error naming it, not a wrong placement', async () => {
  const file = tempFile();
  const store = openSqliteStore(file);
  await store.stories.commitStoryDoc({
    doc: 'w1', title: 'تقرير', features: { id: 'w1', keys: [], titleKeys: [], entities: [], places: [], eventDate: null, published: null },
    shingles: new Uint32Array(0), anchors: [], bands: new Uint32Array(0), edges: [], copies: [],
    member: { doc: 'w1', story: 'w1', core: null, events: [] }, stories: [], dropStories: [],
  });
  for (const bad of ['2024:19726', '2024:x:19726', '2024:19730:19726']) {
    const raw = new Database(file);
    raw.prepare("UPDATE story_members SET events = ? WHERE doc_id = 'w1'").run(bad);
    raw.close();
    await assert.rejects(store.stories.storyMembership(['w1']), (e: unknown) => isRasdError(e) && e.code === 'STORE' && /w1/.test(e.message) && e.message.includes(bad), bad);
  }
  await store.close();
});
