// The embedded store: one SQLite file (WAL journal) holding the documents, an FTS5 index
// over their stemmed keys, and the per-outlet line counts. better-sqlite3 is synchronous;
// the methods are async only to fit the Store interface.
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { RasdError, isRasdError } from '../errors.js';
import type { Encoding, Entity, EntitySummary, EntityType, Extraction, StoredDoc } from '../types.js';
import type { AddResult, EntityLink, MentionSet, NewDoc, SearchHit, Store } from './store.js';
import {
  listEntities,
  listMentionSets,
  parseExtraction,
  prepareEntityStatements,
  replaceEntities,
  type EntityStatements,
} from './sqlite-entities.js';
import { SqliteStoryStore } from './sqlite-stories.js';
import { RASD_APPLICATION_ID, SCHEMA_VERSION, applyMigrations, newerStoreError, schemaVersion } from './migrations.js';

/** Length of a document id: the first hex characters of its content hash. */
export const ID_LENGTH = 12;
/** The shortest id prefix getDocument accepts. */
export const MIN_PREFIX = 4;
/** How much more a key in the title counts than a key in the body (bm25 column weight). */
export const TITLE_WEIGHT = 3;
/** How long a writer waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 5000;

interface DocRow {
  id: string;
  seq: number;
  hash: string;
  source: string;
  outlet: string;
  encoding: string;
  raw: string;
  title: string;
  text: string;
  captions: string;
  removed: string;
  map: string;
  sentences: string;
  keys: string;
  title_keys: string | null;
  extraction: string | null;
  ingested_at: string;
}

function toStoredDoc(row: DocRow): StoredDoc {
  const doc: StoredDoc = {
    id: row.id,
    hash: row.hash,
    source: row.source,
    outlet: row.outlet,
    encoding: row.encoding as Encoding,
    raw: row.raw,
    title: row.title,
    text: row.text,
    captions: JSON.parse(row.captions) as StoredDoc['captions'],
    removed: JSON.parse(row.removed) as StoredDoc['removed'],
    map: JSON.parse(row.map) as StoredDoc['map'],
    sentences: JSON.parse(row.sentences) as StoredDoc['sentences'],
    keys: row.keys,
    ingestedAt: row.ingested_at,
  };
  if (row.title_keys !== null) doc.titleKeys = row.title_keys;
  if (row.extraction !== null) doc.extraction = parseExtraction(row.extraction);
  return doc;
}

/** A key as an FTS5 string: it can only ever match as a phrase, never be read as syntax. */
function ftsString(key: string): string {
  return `"${key.replaceAll('"', '""')}"`;
}

/** Keys with a letter or digit in them: the others index to nothing and would match nothing. */
function searchableKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const k of keys) {
    const key = k.trim();
    if (/[\p{L}\p{N}]/u.test(key)) out.add(key);
  }
  return [...out];
}

function sqliteCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns a better-sqlite3 error into RasdError('STORE') naming the file; RasdErrors pass. */
function storeError(file: string, what: string, e: unknown): RasdError {
  if (isRasdError(e)) return e;
  const code = sqliteCode(e);
  const msg = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_NOTADB') return new RasdError('STORE', `${file}: not a rasd store (not an SQLite database)`);
  if (code === 'SQLITE_CORRUPT') return new RasdError('STORE', `${file}: the store is damaged (${msg})`);
  return new RasdError('STORE', `${file}: ${what}: ${msg}${code ? ` [${code}]` : ''}`);
}

function prepareStatements(db: BetterSqlite3.Database) {
  return {
    byHash: db.prepare<[string], { id: string; source: string }>('SELECT id, source FROM documents WHERE hash = ?'),
    byId: db.prepare<[string], DocRow>('SELECT * FROM documents WHERE id = ?'),
    idTaken: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?'),
    byPrefix: db.prepare<[string, string, number], DocRow>(
      'SELECT * FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?',
    ),
    nextSeq: db.prepare<[], { seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM documents'),
    insertDoc: db.prepare(
      `INSERT INTO documents (id, seq, hash, source, outlet, encoding, raw, title, text,
         captions, removed, map, sentences, keys, title_keys, extraction, ingested_at)
       VALUES (@id, @seq, @hash, @source, @outlet, @encoding, @raw, @title, @text,
         @captions, @removed, @map, @sentences, @keys, @title_keys, @extraction, @ingested_at)`,
    ),
    insertKeys: db.prepare<[number, string, string]>('INSERT INTO doc_keys (rowid, title, body) VALUES (?, ?, ?)'),
    bumpLine: db.prepare<[string, string]>(
      `INSERT INTO outlet_lines (outlet, key, docs) VALUES (?, ?, 1)
       ON CONFLICT (outlet, key) DO UPDATE SET docs = docs + 1`,
    ),
    lineCount: db.prepare<[string, string], { docs: number }>(
      'SELECT docs FROM outlet_lines WHERE outlet = ? AND key = ?',
    ),
    outletDocs: db.prepare<[string], { n: number }>('SELECT docs AS n FROM outlets WHERE outlet = ?'),
    bumpOutlet: db.prepare<[string]>(
      `INSERT INTO outlets (outlet, docs) VALUES (?, 1) ON CONFLICT (outlet) DO UPDATE SET docs = docs + 1`,
    ),
    all: db.prepare<[], DocRow>('SELECT * FROM documents ORDER BY seq'),
    sources: db.prepare<[], { id: string; source: string }>('SELECT id, source FROM documents ORDER BY seq'),
    search: db.prepare<[string, number], DocRow & { score: number }>(
      `SELECT d.*, -bm25(doc_keys, ${TITLE_WEIGHT}.0, 1.0) AS score
       FROM doc_keys JOIN documents d ON d.seq = doc_keys.rowid
       WHERE doc_keys MATCH ?
       ORDER BY score DESC, d.seq
       LIMIT ?`,
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly file: string;
  private db: BetterSqlite3.Database | null;
  private readonly st: Statements;
  private readonly est: EntityStatements;
  readonly stories: SqliteStoryStore;

  /** Use openSqliteStore, which checks and upgrades the file first. */
  constructor(db: BetterSqlite3.Database, file: string) {
    this.db = db;
    this.file = file;
    this.st = prepareStatements(db);
    this.est = prepareEntityStatements(db);
    this.stories = new SqliteStoryStore(db, (what, fn) => this.run(what, fn));
  }

  private open(): BetterSqlite3.Database {
    if (!this.db) throw new RasdError('STORE', `${this.file}: the store is closed`);
    return this.db;
  }

  private run<T>(what: string, fn: (db: BetterSqlite3.Database) => T): T {
    const db = this.open();
    try {
      return fn(db);
    } catch (e) {
      throw storeError(this.file, what, e);
    }
  }

  /** NewDoc.titleKeys, when given, go to an FTS column weighted TITLE_WEIGHT times the body's. */
  async addDocument(doc: NewDoc, outletLineKeys: readonly string[]): Promise<AddResult> {
    if (typeof doc.hash !== 'string' || doc.hash.length === 0) {
      throw new RasdError('STORE', `${this.file}: cannot add ${doc.source}: the document has no content hash`);
    }
    return this.run(`adding ${doc.source}`, (db) =>
      db
        .transaction((): AddResult => {
          const present = this.st.byHash.get(doc.hash);
          if (present) return { status: 'present', id: present.id, firstSource: present.source };

          // The id is the hash's first ID_LENGTH characters, lengthened in the rare case
          // that another document's hash starts the same way.
          let id: string | undefined;
          for (let len = Math.min(ID_LENGTH, doc.hash.length); len <= doc.hash.length; len++) {
            const candidate = doc.hash.slice(0, len);
            if (!this.st.idTaken.get(candidate)) {
              id = candidate;
              break;
            }
          }
          if (id === undefined) {
            throw new RasdError('STORE', `${this.file}: no free id for hash ${doc.hash}`);
          }

          const seq = this.st.nextSeq.get()!.seq;
          this.st.insertDoc.run({
            id,
            seq,
            hash: doc.hash,
            source: doc.source,
            outlet: doc.outlet,
            encoding: doc.encoding,
            raw: doc.raw,
            title: doc.title,
            text: doc.text,
            captions: JSON.stringify(doc.captions),
            removed: JSON.stringify(doc.removed),
            map: JSON.stringify(doc.map),
            sentences: JSON.stringify(doc.sentences),
            keys: doc.keys,
            title_keys: doc.titleKeys ?? null,
            extraction: doc.extraction ? JSON.stringify(doc.extraction) : null,
            ingested_at: new Date().toISOString(),
          });
          this.st.insertKeys.run(seq, doc.titleKeys ?? '', doc.keys);
          this.st.bumpOutlet.run(doc.outlet);
          for (const key of new Set(outletLineKeys)) {
            if (key.length > 0) this.st.bumpLine.run(doc.outlet, key);
          }
          return { status: 'added', id };
        })
        .immediate(),
    );
  }

  async findByHash(hash: string): Promise<string | null> {
    return this.run('looking up a hash', () => this.st.byHash.get(hash)?.id ?? null);
  }

  async listDocuments(): Promise<StoredDoc[]> {
    return this.run('listing documents', () => this.st.all.all().map(toStoredDoc));
  }

  async documentSources(): Promise<Map<string, string>> {
    return this.run('listing documents', () => new Map(this.st.sources.all().map((r) => [r.id, r.source])));
  }

  async getDocument(idOrPrefix: string): Promise<StoredDoc> {
    const q = idOrPrefix.trim();
    const rows = this.run('looking up a document', () => {
      const exact = this.st.byId.get(q);
      if (exact) return [exact];
      if (q.length < MIN_PREFIX) return null;
      // Every id starting with q sorts in [q, q + U+10FFFF).
      return this.st.byPrefix.all(q, `${q}\u{10FFFF}`, 6).filter((r) => r.id.startsWith(q));
    });
    if (rows === null) {
      throw new RasdError(
        'DOC_NOT_FOUND',
        `"${q}": ids need at least ${MIN_PREFIX} characters (give more of the id)`,
      );
    }
    if (rows.length === 0) throw new RasdError('DOC_NOT_FOUND', `"${q}"`);
    if (rows.length > 1) {
      const shown = rows.slice(0, 5).map((r) => r.id);
      const more = rows.length > 5 ? ', ...' : '';
      throw new RasdError('AMBIGUOUS_ID', `"${q}" could be ${shown.join(', ')}${more}; give more of the id`);
    }
    return toStoredDoc(rows[0]!);
  }

  async search(keys: readonly string[], limit: number): Promise<SearchHit[]> {
    const terms = searchableKeys(keys);
    if (terms.length === 0) throw new RasdError('BAD_QUERY', 'no search keys were given');
    const n = Math.floor(limit);
    if (!(n > 0)) return [];
    const quoted = terms.map(ftsString);
    return this.run('searching', () => {
      let rows = this.st.search.all(quoted.join(' AND '), n);
      // Nothing has every key: offer the documents closest to the query instead.
      if (rows.length === 0 && terms.length > 1) rows = this.st.search.all(quoted.join(' OR '), n);
      return rows.map((r) => ({ doc: toStoredDoc(r), score: r.score }));
    });
  }

  async outletLineCounts(outlet: string, keys: readonly string[]): Promise<Map<string, number>> {
    return this.run('reading outlet lines', () => {
      const counts = new Map<string, number>();
      for (const key of keys) {
        if (!counts.has(key)) counts.set(key, this.st.lineCount.get(outlet, key)?.docs ?? 0);
      }
      return counts;
    });
  }

  async setExtraction(id: string, extraction: Extraction): Promise<void> {
    this.run('saving an extraction', () => this.est.setExtraction.run(JSON.stringify(extraction), id));
  }

  async documentsWithoutExtraction(): Promise<string[]> {
    return this.run('listing documents', () => this.est.withoutExtraction.all().map((r) => r.id));
  }

  async listMentions(): Promise<MentionSet[]> {
    return this.run('reading mentions', () => listMentionSets(this.est));
  }

  async replaceEntities(entities: readonly Entity[], links: readonly EntityLink[]): Promise<void> {
    this.run('saving entities', (db) => replaceEntities(db, this.est, entities, links));
  }

  async listEntities(type?: EntityType): Promise<EntitySummary[]> {
    return this.run('listing entities', () => listEntities(this.est, type));
  }

  async entitiesOfDocs(ids: readonly string[]): Promise<Array<{ id: string; name: string; type: EntityType; docs: number; mentions: number }>> {
    if (ids.length === 0) return [];
    return this.run('reading entities', () => this.est.entitiesOfDocs.all(JSON.stringify(ids)).map((r) => ({ ...r, type: r.type as EntityType })));
  }

  async entityLinks(docId: string): Promise<Map<number, string>> {
    return this.run('reading entity links', () => new Map(this.est.linksOf.all(docId).map((r) => [r.mention, r.entity])));
  }

  async outletDocCount(outlet: string): Promise<number> {
    return this.run('counting documents', () => this.st.outletDocs.get(outlet)?.n ?? 0);
  }

  /** The connection's settings and the schema version, for diagnostics. */
  settings(): { journalMode: string; synchronous: number; foreignKeys: boolean; busyTimeoutMs: number; version: number } {
    return this.run('reading settings', (db) => ({
      journalMode: db.pragma('journal_mode', { simple: true }) as string,
      synchronous: db.pragma('synchronous', { simple: true }) as number,
      foreignKeys: db.pragma('foreign_keys', { simple: true }) === 1,
      busyTimeoutMs: db.pragma('busy_timeout', { simple: true }) as number,
      version: schemaVersion(db),
    }));
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db?.open) db.close();
  }
}

/**
 * Opens (creating if needed) the store in `file` and upgrades its schema to this rasd's.
 * Throws RasdError('STORE') for a file that is not a rasd store, a store newer than this
 * rasd, or a store that cannot be opened.
 */
/** Pages written to the WAL between automatic checkpoints. */
export const WAL_CHECKPOINT_PAGES = 10000;

export function openSqliteStore(file: string): SqliteStore {
  let db: BetterSqlite3.Database;
  try {
    db = new Database(file);
  } catch (e) {
    throw storeError(file, 'cannot open the store', e);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const version = schemaVersion(db); // the first read: a non-database fails here
    // Nothing is written before these checks pass: a store this rasd refuses stays as it was.
    if (version === 0) {
      const objects = db.prepare('SELECT COUNT(*) AS n FROM sqlite_master').get() as { n: number };
      if (objects.n > 0) {
        throw new RasdError('STORE', `${file}: not a rasd store (an SQLite database with other tables)`);
      }
    } else if (db.pragma('application_id', { simple: true }) !== RASD_APPLICATION_ID) {
      throw new RasdError('STORE', `${file}: not a rasd store (an SQLite database of another application)`);
    }
    if (version > SCHEMA_VERSION) throw newerStoreError(file, version);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // A checkpoint copies the WAL into the database and syncs it; one every WAL_CHECKPOINT_PAGES
    // pages instead of SQLite's default 1000 lets an ingest of one transaction per file run
    // about a fifth faster, for a WAL of up to ~40 MB between checkpoints.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    // Sorting for GROUP BY stays in memory (story candidates).
    db.pragma('temp_store = MEMORY');
    applyMigrations(db, file);
    return new SqliteStore(db, file);
  } catch (e) {
    db.close();
    throw storeError(file, 'cannot open the store', e);
  }
}
