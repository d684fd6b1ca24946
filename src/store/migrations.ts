// Schema migrations of the embedded SQLite store. MIGRATIONS[i] takes a store from
// version i to version i + 1 (PRAGMA user_version). Steps are only ever appended: a
// released step is never edited, so a newer rasd upgrades any older store step by step,
// and an older rasd can tell that a store is newer than it knows and refuse it.
import type BetterSqlite3 from 'better-sqlite3';
import { RasdError } from '../errors.js';

/** PRAGMA application_id of a rasd store: the bytes of 'rasd'. */
export const RASD_APPLICATION_ID = 0x72617364;

export interface Migration {
  /** What the step does, for error messages. */
  name: string;
  sql: string;
}

/**
 * SQL emptying every story table when the one-row table `flag` says restart: the documents
 * stay, all pending, and the next ingest (or rasd recluster) places them (migrations 12, 13).
 */
const restartStoriesIf = (flag: string): string =>
  ['story_members', 'story_features', 'story_index_keys', 'story_edges', 'copies', 'story_undated_adj', 'stories']
    .map((t) => `DELETE FROM ${t} WHERE (SELECT restart FROM ${flag});`)
    .join('\n      ');

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'documents, key index and outlet lines',
    sql: `
      -- seq is the ingest order and the rowid of the document's FTS row; it never
      -- changes (unlike an implicit rowid, which VACUUM may renumber).
      CREATE TABLE documents (
        id          TEXT PRIMARY KEY,
        seq         INTEGER NOT NULL UNIQUE,
        hash        TEXT NOT NULL UNIQUE,
        source      TEXT NOT NULL,
        outlet      TEXT NOT NULL,
        encoding    TEXT NOT NULL,
        raw         TEXT NOT NULL,
        title       TEXT NOT NULL,
        text        TEXT NOT NULL,
        captions    TEXT NOT NULL,  -- JSON string[]
        removed     TEXT NOT NULL,  -- JSON RemovedLine[]
        map         TEXT NOT NULL,  -- JSON OffsetRun[]
        sentences   TEXT NOT NULL,  -- JSON Span[]
        keys        TEXT NOT NULL,  -- the body's index keys
        title_keys  TEXT,           -- the title's index keys, when given
        ingested_at TEXT NOT NULL   -- ISO 8601
      );
      CREATE INDEX documents_outlet ON documents(outlet);

      -- The stemmed keys, already normalized by the caller: title keys and the whole
      -- document's keys in two columns, so that a title match can weigh more.
      CREATE VIRTUAL TABLE doc_keys USING fts5(
        title, body,
        tokenize = 'unicode61 remove_diacritics 0'
      );

      -- For each outlet, how many of its documents carry each outlet-line key.
      CREATE TABLE outlet_lines (
        outlet TEXT NOT NULL,
        key    TEXT NOT NULL,
        docs   INTEGER NOT NULL,
        PRIMARY KEY (outlet, key)
      ) WITHOUT ROWID;

      -- Documents per outlet, kept as a counter: counting rows per ingest would make a
      -- batch quadratic in the size of the outlet.
      CREATE TABLE outlets (
        outlet TEXT PRIMARY KEY,
        docs   INTEGER NOT NULL
      ) WITHOUT ROWID;

      PRAGMA application_id = ${RASD_APPLICATION_ID};
    `,
  },
  {
    name: 'extraction and canonical entities',
    sql: `
      -- JSON Extraction (mentions, quantities, dates, published); NULL for a document
      -- stored before extraction existed, filled in by the next ingest.
      ALTER TABLE documents ADD COLUMN extraction TEXT;

      -- Canonical entities are rebuilt from all mentions after each ingest; ids are
      -- derived from the entity's key, so a rebuild gives the same ids.
      CREATE TABLE entities (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        type     TEXT NOT NULL,
        surfaces TEXT NOT NULL     -- JSON string[]
      ) WITHOUT ROWID;

      -- Which entity each mention (by its index in the document's extraction) refers to.
      CREATE TABLE entity_links (
        doc_id  TEXT NOT NULL REFERENCES documents(id),
        mention INTEGER NOT NULL,
        entity  TEXT NOT NULL REFERENCES entities(id),
        PRIMARY KEY (doc_id, mention)
      ) WITHOUT ROWID;
      CREATE INDEX entity_links_entity ON entity_links(entity, doc_id);
    `,
  },
  {
    name: 'stories and near-duplicates',
    sql: `
      -- Story clustering (src/cluster/engine.ts). A document with a story_features row is
      -- placed: its edges, copies, index entries and membership were written with it in one
      -- transaction. No foreign keys to documents: the engine can run over features alone
      -- (the benchmark does), and recluster clears these tables without touching documents.
      CREATE TABLE story_features (
        doc_id   TEXT PRIMARY KEY,
        title    TEXT NOT NULL,
        features TEXT NOT NULL,   -- JSON StoryDoc
        shingles BLOB NOT NULL    -- sorted distinct uint32 shingle hashes, little-endian
      ) WITHOUT ROWID;

      -- Inverted index of anchors (a document's most weighted keys and its entities).
      CREATE TABLE story_anchors (
        anchor TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (anchor, doc_id)
      ) WITHOUT ROWID;
      CREATE TABLE story_anchor_counts (
        anchor TEXT PRIMARY KEY,
        n      INTEGER NOT NULL
      ) WITHOUT ROWID;

      -- MinHash LSH buckets (band · 2^32 + band hash) for near-duplicate candidates.
      CREATE TABLE lsh_buckets (
        bucket INTEGER NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (bucket, doc_id)
      ) WITHOUT ROWID;

      -- Pairwise decisions, a < b: 'same' (one event) or 'mention' (one recalls the other).
      CREATE TABLE story_edges (
        a        TEXT NOT NULL,
        b        TEXT NOT NULL,
        relation TEXT NOT NULL CHECK (relation IN ('same', 'mention')),
        cosine   REAL NOT NULL,
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      CREATE INDEX story_edges_b ON story_edges(b);

      -- Verified near-duplicate pairs: doc_id was placed after of_id.
      CREATE TABLE copies (
        doc_id      TEXT NOT NULL,
        of_id       TEXT NOT NULL,
        jaccard     REAL NOT NULL,
        containment REAL NOT NULL,
        PRIMARY KEY (doc_id, of_id)
      ) WITHOUT ROWID;
      CREATE INDEX copies_of ON copies(of_id);

      -- Membership: story; region (connected component of 'same' edges); core (component
      -- of dated reports over dated-dated edges, NULL for an undated report).
      CREATE TABLE story_docs (
        doc_id TEXT PRIMARY KEY,
        story  TEXT NOT NULL,
        region TEXT NOT NULL,
        core   TEXT
      ) WITHOUT ROWID;
      CREATE INDEX story_docs_story ON story_docs(story);
      CREATE INDEX story_docs_region ON story_docs(region, core);
      CREATE INDEX story_docs_core ON story_docs(core);

      CREATE TABLE stories (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        central    TEXT NOT NULL,
        size       INTEGER NOT NULL,
        first_date TEXT,
        last_date  TEXT
      ) WITHOUT ROWID;
      CREATE INDEX stories_size ON stories(size DESC, id);
    `,
  },
  {
    name: 'story features in placement order, copy bands with them',
    sql: `
      -- The story tables take a new layout, so they start again: every document is pending,
      -- and the next ingest (or rasd recluster) places it. A placed document's features,
      -- shingle set and LSH band hashes (kilobytes) are appended in placement order instead of
      -- inserted at random places of B-trees keyed by content-hash ids or bucket hashes: the
      -- engine keeps the band index in memory (cluster/band-table.ts) and reads the bands of
      -- the documents placed since it last looked (by seq).
      DELETE FROM stories;
      DELETE FROM story_docs;
      DELETE FROM copies;
      DELETE FROM story_edges;
      DELETE FROM story_anchor_counts;
      DELETE FROM story_anchors;
      DROP TABLE lsh_buckets;
      DROP TABLE story_features;
      -- seq only grows (AUTOINCREMENT), even across recluster, so "placed after seq" is exact.
      CREATE TABLE story_features (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id   TEXT NOT NULL UNIQUE,
        title    TEXT NOT NULL,
        features TEXT NOT NULL,   -- JSON StoryDoc
        shingles BLOB NOT NULL,   -- sorted distinct uint32 shingle hashes, little-endian
        bands    BLOB NOT NULL    -- uint32 hash of each LSH band, little-endian (empty: no shingles)
      );
    `,
  },
  {
    name: 'undated reports and the dated cores they touch',
    sql: `
      -- For each undated report, the dated cores it has a same-event edge to (renamed with the
      -- cores): when a dated report joins a core, only the undated reports touching it are
      -- placed again, not the whole connected region (cluster/engine.ts).
      CREATE TABLE story_undated_adj (
        core TEXT NOT NULL,
        doc  TEXT NOT NULL,
        PRIMARY KEY (core, doc)
      ) WITHOUT ROWID;
      CREATE INDEX story_undated_adj_doc ON story_undated_adj(doc);
      INSERT OR IGNORE INTO story_undated_adj (core, doc)
        SELECT x.core, u.doc_id FROM story_edges e
          JOIN story_docs x ON x.doc_id = e.a JOIN story_docs u ON u.doc_id = e.b
          WHERE e.relation = 'same' AND x.core IS NOT NULL AND u.core IS NULL
        UNION
        SELECT x.core, u.doc_id FROM story_edges e
          JOIN story_docs x ON x.doc_id = e.b JOIN story_docs u ON u.doc_id = e.a
          WHERE e.relation = 'same' AND x.core IS NOT NULL AND u.core IS NULL;
    `,
  },
  {
    name: 'affinity sums of undated reports',
    sql: `
      -- An undated report's affinity sum with each core it touches and the core's size, and
      -- the core it joined, so that its best core is kept as cores grow instead of being
      -- recomputed over every core it touches (cluster/undated-scores.ts). Rows of older
      -- stores are left unknown (NULL); the engine computes them when it first needs them.
      ALTER TABLE story_undated_adj ADD COLUMN sum REAL;
      ALTER TABLE story_undated_adj ADD COLUMN n INTEGER;
      ALTER TABLE story_docs ADD COLUMN joined TEXT;
    `,
  },
  {
    name: 'story index keys kept with the features',
    sql: `
      -- Each report's index keys move from the anchor tables (one B-tree row per key and
      -- report, and a count per key) to a JSON list beside its features: the engine keeps
      -- the index in memory (cluster/anchor-index.ts) and loads it in placement order. A
      -- key past the posting cap was not listed for later reports; it was saturated and
      -- stays so, since the first cap + 1 reports carrying it still list it.
      ALTER TABLE story_features ADD COLUMN anchors TEXT NOT NULL DEFAULT '[]';
      CREATE TEMP TABLE doc_anchors (doc_id TEXT PRIMARY KEY, anchors TEXT NOT NULL) WITHOUT ROWID;
      INSERT INTO doc_anchors SELECT doc_id, json_group_array(anchor) FROM story_anchors GROUP BY doc_id;
      UPDATE story_features SET anchors = (SELECT anchors FROM doc_anchors t WHERE t.doc_id = story_features.doc_id)
        WHERE doc_id IN (SELECT doc_id FROM doc_anchors);
      DROP TABLE doc_anchors;
      DROP TABLE story_anchors;
      DROP TABLE story_anchor_counts;
    `,
  },
  {
    name: 'story edges keyed by placement order',
    sql: `
      -- An edge is written when its later document is placed, and its earlier one is mostly
      -- a report of the same days. Keyed by the two documents' placement numbers
      -- (story_features.seq), both B-trees take each batch's edges near their right edge,
      -- where the previous batch left its pages; keyed by content-hash ids, each edge went to
      -- a page of its own at random in two B-trees, and a batch's commit wrote as many pages
      -- as edges once the table outgrew the batch (cluster/engine.ts, the bench's tenths).
      -- Every edge has both documents placed: they were written in one transaction.
      CREATE TABLE story_edges_by_seq (
        lo       INTEGER NOT NULL,   -- seq of the earlier-placed document
        hi       INTEGER NOT NULL,   -- seq of the later-placed one
        relation TEXT NOT NULL CHECK (relation IN ('same', 'mention')),
        cosine   REAL NOT NULL,
        PRIMARY KEY (lo, hi)
      ) WITHOUT ROWID;
      INSERT INTO story_edges_by_seq
        SELECT min(fa.seq, fb.seq), max(fa.seq, fb.seq), e.relation, e.cosine FROM story_edges e
          JOIN story_features fa ON fa.doc_id = e.a JOIN story_features fb ON fb.doc_id = e.b;
      DROP TABLE story_edges;
      ALTER TABLE story_edges_by_seq RENAME TO story_edges;
      CREATE INDEX story_edges_hi ON story_edges(hi);
    `,
  },
  {
    name: 'no story regions',
    sql: `
      -- The region (the connected component of same-event edges, dated and undated) was
      -- kept for reference and read by nothing since the stories were placed core by core;
      -- keeping it cost an index entry per report and a rename per merge.
      DROP INDEX story_docs_region;
      ALTER TABLE story_docs DROP COLUMN region;
    `,
  },
  {
    name: 'story index keys in a table of their own',
    sql: `
      -- Each placed report's band hashes and index keys (about 1 KB), which a run reads for
      -- every report when it loads its in-memory indexes, move out of the features row (about
      -- 6.5 KB, over two pages): the load reads a sixth of the bytes. Same seq as the features
      -- row.
      CREATE TABLE story_index_keys (
        seq     INTEGER PRIMARY KEY,
        doc_id  TEXT NOT NULL,
        bands   BLOB NOT NULL,   -- uint32 hash of each LSH band, little-endian (empty: no shingles)
        anchors TEXT NOT NULL    -- JSON list of index keys (cluster/anchor-periods.ts)
      );
      INSERT INTO story_index_keys (seq, doc_id, bands, anchors) SELECT seq, doc_id, bands, anchors FROM story_features;
      ALTER TABLE story_features DROP COLUMN bands;
      ALTER TABLE story_features DROP COLUMN anchors;
    `,
  },
  {
    name: 'story memberships keyed by placement order',
    sql: `
      -- Memberships keyed and indexed by placement numbers (story_features.seq), as the edges
      -- are: a report's own, and those of the reports naming its story and its core, mostly
      -- of the same days, so a batch's memberships, renames and their two indexes go near the
      -- right edge of the B-trees. Keyed by content-hash ids, each membership went to three
      -- pages of its own once the table outgrew a batch: into a store of 100,000 placed
      -- reports, a batch of 1,024 memberships wrote some 1,800 pages (75 ms) instead of 24.
      -- The names are kept as text beside the numbers, so that reading a membership is one
      -- row, not a look-up per name.
      CREATE TABLE story_members (
        seq       INTEGER PRIMARY KEY,   -- the report's placement number
        doc_id    TEXT NOT NULL,
        story_seq INTEGER NOT NULL,      -- that of the report naming its story
        story     TEXT NOT NULL,
        core_seq  INTEGER,               -- that of the report naming its dated core (NULL: undated)
        core      TEXT,
        joined    TEXT                   -- undated: the core it joined (NULL: none)
      );
      INSERT INTO story_members (seq, doc_id, story_seq, story, core_seq, core, joined)
        SELECT f.seq, d.doc_id, s.seq, d.story, c.seq, d.core, d.joined FROM story_docs d
          JOIN story_features f ON f.doc_id = d.doc_id
          JOIN story_features s ON s.doc_id = d.story
          LEFT JOIN story_features c ON c.doc_id = d.core
          WHERE (d.core IS NULL) = (c.seq IS NULL);
      CREATE INDEX story_members_story ON story_members(story_seq);
      CREATE INDEX story_members_core ON story_members(core_seq);
      -- Every name is a placed report's in a store rasd wrote. If one is not, the stories of
      -- this store cannot be carried over: they start again, every document pending, and the
      -- next ingest (or rasd recluster) places it, as a layout change once did.
      CREATE TEMP TABLE m11 AS SELECT (SELECT count(*) FROM story_docs) != (SELECT count(*) FROM story_members) AS restart;
      DELETE FROM story_members WHERE (SELECT restart FROM m11);
      DELETE FROM story_features WHERE (SELECT restart FROM m11);
      DELETE FROM story_index_keys WHERE (SELECT restart FROM m11);
      DELETE FROM story_edges WHERE (SELECT restart FROM m11);
      DELETE FROM copies WHERE (SELECT restart FROM m11);
      DELETE FROM story_undated_adj WHERE (SELECT restart FROM m11);
      DELETE FROM stories WHERE (SELECT restart FROM m11);
      DROP TABLE m11;
      DROP TABLE story_docs;
    `,
  },
  {
    name: 'undated reports matching too many events',
    sql: `
      -- An undated report's dated neighbours' event dates (cluster/undated-events.ts), kept to
      -- tell when it matches more events than it can be placed among (story-placement.ts),
      -- as "year:lo:hi" day ranges sorted by day; '!' marks one that does; NULL: dated.
      ALTER TABLE story_members ADD COLUMN events TEXT;
      CREATE TEMP TABLE m12 AS
        SELECT DISTINCT u.seq AS seq, substr(d, 1, 4) + 0 AS year,
          CAST(julianday(CASE WHEN length(d) = 7 THEN d || '-01' ELSE d END) - 2440587.5 AS INTEGER) AS lo,
          CAST(julianday(CASE WHEN length(d) = 7 THEN d || '-01' ELSE d END, CASE WHEN length(d) = 7 THEN '+1 month' ELSE '+0 days' END,
            CASE WHEN length(d) = 7 THEN '-1 day' ELSE '+0 days' END) - 2440587.5 AS INTEGER) AS hi
        FROM story_members u
        JOIN story_edges e ON e.relation = 'same' AND (e.lo = u.seq OR e.hi = u.seq)
        JOIN story_members n ON n.seq = CASE WHEN e.lo = u.seq THEN e.hi ELSE e.lo END AND n.core_seq IS NOT NULL
        JOIN (SELECT seq, json_extract(features, '$.eventDate') AS d FROM story_features) f ON f.seq = n.seq
        WHERE u.core_seq IS NULL AND (length(d) = 10 OR length(d) = 7);
      UPDATE story_members SET events = COALESCE((SELECT group_concat(year || ':' || lo || ':' || hi, ' ')
        FROM (SELECT * FROM m12 WHERE m12.seq = story_members.seq ORDER BY lo, hi, year)), '') WHERE core_seq IS NULL;
      -- A report whose dates stand for more than three events (no one event can have them:
      -- more than 3 days apart, or in different years; counted as story-dates.ts
      -- distinctEvents does, taking in order of last day each date that starts more than 3
      -- days after the last one taken) is placed otherwise now: the stories of such a store
      -- start again, every document pending, and the next ingest (or rasd recluster) places it.
      CREATE TEMP TABLE m12o AS SELECT seq, year, lo, hi, row_number() OVER (PARTITION BY seq ORDER BY year, hi) AS rn FROM m12;
      CREATE TEMP TABLE m12r AS WITH RECURSIVE g(seq, rn, year, hi, n) AS (
          SELECT seq, rn, year, hi, 1 FROM m12o WHERE rn = 1
          UNION ALL
          SELECT o.seq, o.rn,
            CASE WHEN o.year != g.year OR o.lo - g.hi > 3 THEN o.year ELSE g.year END,
            CASE WHEN o.year != g.year OR o.lo - g.hi > 3 THEN o.hi ELSE g.hi END,
            g.n + (o.year != g.year OR o.lo - g.hi > 3)
          FROM g JOIN m12o o ON o.seq = g.seq AND o.rn = g.rn + 1)
        SELECT EXISTS (SELECT 1 FROM g WHERE n > 3) AS restart;
      ${restartStoriesIf('m12r')}
      DROP TABLE m12;
      DROP TABLE m12o;
      DROP TABLE m12r;
    `,
  },
  {
    name: 'undated copies placed with their originals',
    sql: `
      -- An undated report that copies a dated one (or is copied by one) is placed among its
      -- dated copies' cores only, and is never ambiguous (cluster/story-placement.ts): marked
      -- 'C' in story_members.events, with affinity rows for those cores only.
      CREATE TEMP TABLE m13 AS
        SELECT DISTINCT u.seq AS seq, uf.doc_id AS doc, u.joined AS joined, p.core AS core
        FROM story_members u
        JOIN story_features uf ON uf.seq = u.seq
        JOIN copies c ON c.doc_id = uf.doc_id OR c.of_id = uf.doc_id
        JOIN story_features pf ON pf.doc_id = CASE WHEN c.doc_id = uf.doc_id THEN c.of_id ELSE c.doc_id END
        JOIN story_members p ON p.seq = pf.seq AND p.core IS NOT NULL
        WHERE u.core_seq IS NULL;
      UPDATE story_members SET events = 'C' WHERE seq IN (SELECT seq FROM m13);
      DELETE FROM story_undated_adj WHERE doc IN (SELECT doc FROM m13)
        AND NOT EXISTS (SELECT 1 FROM m13 WHERE m13.doc = story_undated_adj.doc AND m13.core = story_undated_adj.core);
      -- Such a report in another core's story, or with copies in two cores (the best of them
      -- is not known here), is placed otherwise now: the stories start again, every document
      -- pending, and the next ingest (or rasd recluster) places it.
      CREATE TEMP TABLE m13r AS SELECT EXISTS (
        SELECT 1 FROM (SELECT seq, count(DISTINCT core) AS n, max(joined IS NOT NULL AND joined = core) AS ok FROM m13 GROUP BY seq)
        WHERE n > 1 OR NOT ok) AS restart;
      ${restartStoriesIf('m13r')}
      DROP TABLE m13;
      DROP TABLE m13r;
    `,
  },
];

/** The schema version this rasd writes and the newest it can read. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** The error for a store whose schema is newer than this rasd knows. */
export function newerStoreError(file: string, found: number, known: number = SCHEMA_VERSION): RasdError {
  return new RasdError(
    'STORE',
    `${file}: the store is at schema version ${found}, newer than this rasd knows (${known}); upgrade rasd to open it`,
  );
}

export function schemaVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings `db` up to `migrations.length`, one transaction per step (BEGIN IMMEDIATE, and
 * the version is read again inside it, so two processes opening one old store at once
 * do not both run a step). A step that fails is rolled back whole and leaves the store
 * at the version before it. Throws RasdError('STORE') for a store newer than `migrations`.
 */
export function applyMigrations(
  db: BetterSqlite3.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  const known = migrations.length;
  const refuseNewer = (found: number): never => {
    throw newerStoreError(file, found, known);
  };
  const start = schemaVersion(db);
  if (start > known) refuseNewer(start);
  for (let version = start; version < known; version++) {
    const step = db.transaction(() => {
      const now = schemaVersion(db);
      if (now > known) refuseNewer(now);
      if (now > version) return; // another process ran this step first
      const migration = migrations[version]!;
      try {
        db.exec(migration.sql);
      } catch (e) {
        throw new RasdError(
          'STORE',
          `${file}: upgrading the store to version ${version + 1} (${migration.name}) failed: ${(e as Error).message}`,
        );
      }
      db.pragma(`user_version = ${version + 1}`);
    });
    step.immediate();
  }
}
