// The SQL of the SQLite story store (sqlite-stories.ts): row shapes and their records, the
// shingle and band BLOB format, and every prepared statement. Lists of ids and keys go to
// SQLite as one JSON array (json_each), so a lookup is one statement whatever its size.
import type BetterSqlite3 from 'better-sqlite3';
import { RasdError } from '../errors.js';
import type { AdjacencyRow, CopyPair, StoryEdge, StoryMember, StoryRecord } from './story-store.js';
import type { EventDay } from '../cluster/story-dates.js';

export interface StoryRow {
  id: string;
  title: string;
  central: string;
  size: number;
  first_date: string | null;
  last_date: string | null;
}

export const toRecord = (r: StoryRow): StoryRecord => ({
  id: r.id,
  title: r.title,
  central: r.central,
  size: r.size,
  firstDate: r.first_date,
  lastDate: r.last_date,
});

export interface MemberRow {
  doc_id: string;
  story: string;
  core: string | null;
  events: string | null;
}

/** Marks an ambiguous report in story_members.events. */
const AMBIGUOUS = '!';
/** Marks an undated report placed among its dated copies' cores. */
const COPIED = 'C';

/**
 * An undated report's neighbours' event dates as stored (story_members.events, migration
 * 12): "year:lo:hi" for each, space-separated ('' for none); AMBIGUOUS for a report that
 * matches too many; COPIED for one with a dated copy (migration 13); NULL for a dated report.
 */
export function eventsText(m: { events?: readonly EventDay[]; ambiguous?: boolean; copied?: boolean; copiedInto?: string }): string | null {
  if (m.copied || m.copiedInto !== undefined) return COPIED;
  if (m.ambiguous) return AMBIGUOUS;
  return m.events ? m.events.map((e) => `${e.year}:${e.lo}:${e.hi}`).join(' ') : null;
}

/** The stored dates of `doc`, or an error naming it when they are not "year:lo:hi" whole numbers. */
function textEvents(doc: string, t: string): EventDay[] {
  if (t === '') return [];
  return t.split(' ').map((x) => {
    const parts = x.split(':').map(Number);
    if (parts.length !== 3 || !parts.every(Number.isInteger) || parts[1]! > parts[2]!) {
      throw new RasdError('STORE', `story_members.events of ${doc} is damaged: "${x}" is not year:first-day:last-day`);
    }
    return { year: parts[0]!, lo: parts[1]!, hi: parts[2]! };
  });
}

export function toMember(r: MemberRow): StoryMember {
  const m: StoryMember = { doc: r.doc_id, story: r.story, core: r.core };
  if (r.events === AMBIGUOUS) m.ambiguous = true;
  else if (r.events === COPIED) m.copied = true;
  else if (r.events !== null) m.events = textEvents(r.doc_id, r.events);
  return m;
}

export const toCopy = (r: { doc_id: string; of_id: string; jaccard: number; containment: number }): CopyPair => ({
  doc: r.doc_id,
  of: r.of_id,
  jaccard: r.jaccard,
  containment: r.containment,
});

/** A shingle set (or band hashes) as a BLOB and back (copies the bytes: a Buffer may share a pooled ArrayBuffer). */
export const shinglesBlob = (s: Uint32Array): Buffer => Buffer.from(s.buffer, s.byteOffset, s.byteLength);
export function blobShingles(b: Buffer): Uint32Array {
  const out = new Uint32Array(b.byteLength >>> 2);
  new Uint8Array(out.buffer).set(b.subarray(0, out.byteLength));
  return out;
}

const IDS = '(SELECT value FROM json_each(?))';
/** The placement numbers of the placed documents among a JSON list of ids. */
const SEQS = `(SELECT seq FROM story_features WHERE doc_id IN ${IDS})`;

export function prepare(db: BetterSqlite3.Database) {
  return {
    pending: db.prepare<[], { id: string }>(
      `SELECT d.id FROM documents d
       WHERE d.extraction IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_features f WHERE f.doc_id = d.id)
       ORDER BY d.seq`,
    ),
    index: db.prepare<[number, number], { seq: number; doc_id: string; bands: Buffer; anchors: string; ambiguous: number }>(
      `SELECT k.seq, k.doc_id, k.bands, k.anchors, m.events IS '${AMBIGUOUS}' AS ambiguous
       FROM story_index_keys k LEFT JOIN story_members m ON m.seq = k.seq WHERE k.seq > ? ORDER BY k.seq LIMIT ?`,
    ),
    features: db.prepare<[string], { doc_id: string; title: string; features: string; shingles: Buffer }>(
      `SELECT doc_id, title, features, shingles FROM story_features WHERE doc_id IN ${IDS}`,
    ),
    // Memberships are keyed by placement numbers (migration 11), their names kept as text.
    membership: db.prepare<[string], MemberRow>(
      `SELECT m.doc_id, m.story, m.core, m.events FROM story_features f JOIN story_members m ON m.seq = f.seq WHERE f.doc_id IN ${IDS}`,
    ),
    coreAdjacency: db.prepare<[string], AdjacencyRow>(`SELECT core, doc, sum, n FROM story_undated_adj WHERE core IN ${IDS} ORDER BY core, doc`),
    docAdjacency: db.prepare<[string], AdjacencyRow>(`SELECT core, doc, sum, n FROM story_undated_adj WHERE doc IN ${IDS} ORDER BY doc, core`),
    docAdjacencyAmong: db.prepare<[string, string], AdjacencyRow>(
      `SELECT core, doc, sum, n FROM story_undated_adj WHERE core IN ${IDS} AND doc IN ${IDS} ORDER BY doc, core`,
    ),
    joinedCores: db.prepare<[string], AdjacencyRow>(
      `SELECT m.joined AS core, m.doc_id AS doc, a.sum, a.n FROM story_features f JOIN story_members m ON m.seq = f.seq
       LEFT JOIN story_undated_adj a ON a.core = m.joined AND a.doc = m.doc_id
       WHERE f.doc_id IN ${IDS} AND m.joined IS NOT NULL`,
    ),
    setJoined: db.prepare<[string | null, number]>('UPDATE story_members SET joined = ? WHERE seq = ?'),
    setEvents: db.prepare<[string | null, number]>('UPDATE story_members SET events = ? WHERE seq = ?'),
    dropDocAdjacency: db.prepare<[string]>('DELETE FROM story_undated_adj WHERE doc = ?'),
    dropDocAdjacencyBut: db.prepare<[string, string]>('DELETE FROM story_undated_adj WHERE doc = ? AND core != ?'),
    renameAdjacency: db.prepare<[string, string]>(`UPDATE OR IGNORE story_undated_adj SET core = ? WHERE core IN ${IDS}`),
    dropAdjacency: db.prepare<[string]>(`DELETE FROM story_undated_adj WHERE core IN ${IDS}`),
    upsertAdjacency: db.prepare<[string, string, number | null, number | null]>('INSERT OR REPLACE INTO story_undated_adj (core, doc, sum, n) VALUES (?, ?, ?, ?)'),
    coreMembers: db.prepare<[string], { core: string; doc_id: string }>(
      `SELECT core, doc_id FROM story_members WHERE core_seq IN ${SEQS} ORDER BY core, doc_id`,
    ),
    renameCores: db.prepare<[string, number, string]>(`UPDATE story_members SET core = ?, core_seq = ? WHERE core_seq IN ${SEQS}`),
    renameStories: db.prepare<[string, number, string]>(`UPDATE story_members SET story = ?, story_seq = ? WHERE story_seq IN ${SEQS}`),
    setStory: db.prepare<[string, number, number]>('UPDATE story_members SET story = ?, story_seq = ? WHERE seq = ?'),
    // Edges are stored by placement numbers (migration 8): ids in, ids out.
    edges: db.prepare<[string], { x: string; y: string; relation: StoryEdge['relation']; cosine: number }>(
      `WITH s AS (SELECT seq FROM story_features WHERE doc_id IN ${IDS}),
         e AS (SELECT * FROM story_edges WHERE lo IN (SELECT seq FROM s)
               UNION SELECT * FROM story_edges WHERE hi IN (SELECT seq FROM s))
       SELECT fx.doc_id AS x, fy.doc_id AS y, e.relation, e.cosine FROM e
         JOIN story_features fx ON fx.seq = e.lo JOIN story_features fy ON fy.seq = e.hi`,
    ),
    copies: db.prepare<[string, string], { doc_id: string; of_id: string; jaccard: number; containment: number }>(
      `SELECT * FROM copies WHERE doc_id IN ${IDS} UNION SELECT * FROM copies WHERE of_id IN ${IDS}`,
    ),
    insertFeatures: db.prepare<[string, string, string, Buffer]>(
      'INSERT INTO story_features (doc_id, title, features, shingles) VALUES (?, ?, ?, ?)',
    ),
    insertIndexKeys: db.prepare<[number, string, Buffer, string]>(
      'INSERT INTO story_index_keys (seq, doc_id, bands, anchors) VALUES (?, ?, ?, ?)',
    ),
    // An edge by the two documents' placement numbers (lo < hi), the other's looked up apart:
    // an INSERT … SELECT with the look-up as a subquery cost twice as much per edge.
    seqOf: db.prepare<[string], number>('SELECT seq FROM story_features WHERE doc_id = ?').pluck(),
    insertEdge: db.prepare<[number, number, string, number]>(
      'INSERT OR REPLACE INTO story_edges (lo, hi, relation, cosine) VALUES (?, ?, ?, ?)',
    ),
    insertCopy: db.prepare<[string, string, number, number]>(
      'INSERT OR REPLACE INTO copies (doc_id, of_id, jaccard, containment) VALUES (?, ?, ?, ?)',
    ),
    insertMember: db.prepare<[number, string, number, string, number | null, string | null, string | null]>(
      'INSERT INTO story_members (seq, doc_id, story_seq, story, core_seq, core, events) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    deleteStory: db.prepare<[string]>('DELETE FROM stories WHERE id = ?'),
    upsertStory: db.prepare<[string, string, string, number, string | null, string | null]>(
      'INSERT OR REPLACE INTO stories (id, title, central, size, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    allStories: db.prepare<[], StoryRow>('SELECT * FROM stories ORDER BY size DESC, id'),
    storyById: db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?'),
    storyByPrefix: db.prepare<[string, string], StoryRow>('SELECT * FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT 6'),
    storyDocs: db.prepare<[string], MemberRow>(
      'SELECT doc_id, story, core, events FROM story_members WHERE story_seq = (SELECT seq FROM story_features WHERE doc_id = ?) ORDER BY doc_id',
    ),
  };
}

export type Statements = ReturnType<typeof prepare>;

export const TABLES = ['story_features', 'story_index_keys', 'story_edges', 'copies', 'story_members', 'story_undated_adj', 'stories'];

/** Rows grouped by one column, the other column's values in row order (one pass, no copies). */
export function groupRows<R>(rows: readonly R[], key: (r: R) => string, value: (r: R) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(value(r));
    else out.set(k, [value(r)]);
  }
  return out;
}
