// The SQLite side of story clustering (tables of migrations 3 to 13; the statements are in
// sqlite-story-sql.ts).
import type BetterSqlite3 from 'better-sqlite3';
import { RasdError } from '../errors.js';
import type { StoryDoc } from '../cluster/story-features.js';
import type { AdjacencyRow, CopyPair, StoredStoryFeatures, StoryCommit, StoryEdge, StoryMember, StoryRecord, StoryStore } from './story-store.js';
import { blobShingles, eventsText, groupRows, prepare, shinglesBlob, TABLES, toCopy, toMember, toRecord, type Statements } from './sqlite-story-sql.js';

/**
 * Page cache, in KiB, from the first story batch on (SQLite's default is 2,000). The story
 * index of a large archive is hundreds of MB of B-tree pages that every placement reads and
 * writes at random; a larger cache keeps the hot ones in memory instead of re-reading them
 * from the OS. Pages are allocated as used, so a small store stays small.
 */
export const STORY_CACHE_KIB = 131072;

/** The shortest story id prefix getStory accepts (as for documents). */
export const MIN_STORY_PREFIX = 4;

/**
 * StoryStore over one SQLite connection. `run` wraps every call so that driver errors become
 * RasdError('STORE') naming the file (SqliteStore.run).
 */
export class SqliteStoryStore implements StoryStore {
  private readonly st: Statements;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly run: <T>(what: string, fn: () => T) => T,
  ) {
    this.st = prepare(db);
  }

  async storyPending(): Promise<string[]> {
    return this.run('listing documents to cluster', () => this.st.pending.all().map((r) => r.id));
  }

  async storyIndex(afterSeq: number, limit?: number): Promise<{ last: number; docs: Array<{ doc: string; bands: Uint32Array; anchors: string[]; ambiguous?: true }> }> {
    return this.run('reading the story index', () => {
      const rows = this.st.index.all(afterSeq, limit ?? -1);
      const docs = rows.map((r) => ({
        doc: r.doc_id,
        bands: blobShingles(r.bands),
        anchors: JSON.parse(r.anchors) as string[],
        ...(r.ambiguous ? { ambiguous: true as const } : {}),
      }));
      return { last: rows.at(-1)?.seq ?? afterSeq, docs };
    });
  }

  async storyFeatures(ids: readonly string[]): Promise<Map<string, StoredStoryFeatures>> {
    const out = new Map<string, StoredStoryFeatures>();
    if (ids.length === 0) return out;
    return this.run('reading story features', () => {
      for (const r of this.st.features.all(JSON.stringify(ids))) {
        out.set(r.doc_id, { doc: JSON.parse(r.features) as StoryDoc, title: r.title, shingles: blobShingles(r.shingles) });
      }
      return out;
    });
  }

  async storyMembership(ids: readonly string[]): Promise<Map<string, StoryMember>> {
    if (ids.length === 0) return new Map();
    return this.run('reading story membership', () => new Map(this.st.membership.all(JSON.stringify(ids)).map((r) => [r.doc_id, toMember(r)])));
  }

  async coreAdjacency(cores: readonly string[]): Promise<AdjacencyRow[]> {
    if (cores.length === 0) return [];
    return this.run('reading undated neighbours', () => this.st.coreAdjacency.all(JSON.stringify(cores)));
  }

  async docAdjacency(docs: readonly string[], cores?: readonly string[]): Promise<Map<string, AdjacencyRow[]>> {
    const out = new Map<string, AdjacencyRow[]>();
    if (docs.length === 0 || cores?.length === 0) return out;
    return this.run('reading undated neighbours', () => {
      const rows = cores ? this.st.docAdjacencyAmong.all(JSON.stringify(cores), JSON.stringify(docs)) : this.st.docAdjacency.all(JSON.stringify(docs));
      for (const r of rows) {
        const list = out.get(r.doc);
        if (list) list.push(r);
        else out.set(r.doc, [r]);
      }
      return out;
    });
  }

  async joinedCores(docs: readonly string[]): Promise<Map<string, AdjacencyRow>> {
    if (docs.length === 0) return new Map();
    return this.run('reading undated neighbours', () => new Map(this.st.joinedCores.all(JSON.stringify(docs)).map((r) => [r.doc, r])));
  }

  async coreMembers(cores: readonly string[]): Promise<Map<string, string[]>> {
    if (cores.length === 0) return new Map();
    return this.run('reading story cores', () =>
      groupRows(this.st.coreMembers.all(JSON.stringify(cores)), (r) => r.core, (r) => r.doc_id),
    );
  }

  async storyEdges(ids: readonly string[]): Promise<StoryEdge[]> {
    if (ids.length === 0) return [];
    return this.run('reading story edges', () =>
      this.st.edges.all(JSON.stringify(ids)).map((r) => ({ a: r.x < r.y ? r.x : r.y, b: r.x < r.y ? r.y : r.x, relation: r.relation, cosine: r.cosine })),
    );
  }

  async copyPairs(ids: readonly string[]): Promise<CopyPair[]> {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    return this.run('reading copies', () => this.st.copies.all(json, json).map(toCopy));
  }

  async commitStoryDoc(c: StoryCommit): Promise<void> {
    this.run(`placing ${c.doc} in a story`, () =>
      this.db
        .transaction(() => {
          const seq = Number(this.st.insertFeatures.run(c.doc, c.title, JSON.stringify(c.features), shinglesBlob(c.shingles)).lastInsertRowid);
          this.st.insertIndexKeys.run(seq, c.doc, shinglesBlob(c.bands), JSON.stringify(c.anchors));
          // Edges and memberships name placed reports by placement number: each looked up once
          // per commit (a story's or core's name is mostly the document's own, or repeated).
          const seqs = new Map<string, number | undefined>([[c.doc, seq]]);
          const seqOf = (id: string): number | undefined => {
            if (!seqs.has(id)) seqs.set(id, this.st.seqOf.get(id));
            return seqs.get(id);
          };
          for (const e of c.edges) {
            if ((e.a !== c.doc && e.b !== c.doc) || e.a === e.b) throw new RasdError('STORE', `an edge of ${c.doc} between ${e.a} and ${e.b}`);
            const other = e.a === c.doc ? e.b : e.a;
            const at = seqOf(other);
            if (at === undefined) throw new RasdError('STORE', `an edge of ${c.doc} to ${other}, which is not placed`);
            this.st.insertEdge.run(Math.min(seq, at), Math.max(seq, at), e.relation, e.cosine);
          }
          for (const p of c.copies) this.st.insertCopy.run(p.doc, p.of, p.jaccard, p.containment);
          const placed = (id: string, what: string): number => {
            const at = seqOf(id);
            if (at === undefined) throw new RasdError('STORE', `${what} ${id} of ${c.doc} is not a placed report`);
            return at;
          };
          // Renames the names in `from` (but `to`) to `to`; returns them as a JSON list, or null when there are none.
          const rename = (st: BetterSqlite3.Statement<[string, number, string]>, r: StoryCommit['coreRename'], what: string): string | null => {
            const from = r?.from.filter((x) => x !== r.to) ?? [];
            if (!r || from.length === 0) return null;
            const json = JSON.stringify(from);
            st.run(r.to, placed(r.to, what), json);
            return json;
          };
          const cores = rename(this.st.renameCores, c.coreRename, 'the core');
          if (cores !== null) {
            // Rows already naming the new core stay; the duplicates left under old names go.
            this.st.renameAdjacency.run(c.coreRename!.to, cores);
            this.st.dropAdjacency.run(cores);
          }
          for (const a of c.adjacency ?? []) this.st.upsertAdjacency.run(a.core, a.doc, a.sum, a.n);
          rename(this.st.renameStories, c.storyRename, 'the story');
          if (c.member.doc !== c.doc) throw new RasdError('STORE', `the membership of ${c.member.doc} in the commit of ${c.doc}`);
          const { story, core } = c.member;
          this.st.insertMember.run(seq, c.doc, placed(story, 'the story'), story, core === null ? null : placed(core, 'the core'), core, eventsText(c.member));
          for (const a of c.assign ?? []) this.st.setStory.run(a.story, placed(a.story, 'the story'), placed(a.doc, 'the report'));
          for (const j of c.joined ?? []) this.st.setJoined.run(j.core, placed(j.doc, 'the report'));
          // Last, whatever came before: a report that becomes ambiguous loses its rows and joined
          // core; one that a dated copy takes keeps the row of that copy's core only.
          for (const u of c.undatedEvents ?? []) {
            const at = placed(u.doc, 'the report');
            this.st.setEvents.run(eventsText(u), at);
            if (u.copiedInto !== undefined) this.st.dropDocAdjacencyBut.run(u.doc, u.copiedInto);
            else if (u.ambiguous) {
              this.st.dropDocAdjacency.run(u.doc);
              this.st.setJoined.run(null, at);
            }
          }
          for (const s of c.dropStories) this.st.deleteStory.run(s);
          for (const s of c.stories) this.st.upsertStory.run(s.id, s.title, s.central, s.size, s.firstDate, s.lastDate);
        })
        .immediate(),
    );
  }

  async writeStoryRecords(stories: readonly StoryRecord[], drop: readonly string[]): Promise<void> {
    this.run('writing story summaries', () =>
      this.db
        .transaction(() => {
          for (const s of drop) this.st.deleteStory.run(s);
          for (const s of stories) this.st.upsertStory.run(s.id, s.title, s.central, s.size, s.firstDate, s.lastDate);
        })
        .immediate(),
    );
  }

  async beginStoryBatch(): Promise<void> {
    this.run('opening a story batch', () => {
      if (this.db.inTransaction) throw new RasdError('STORE', 'a story batch is already open');
      this.db.pragma(`cache_size = -${STORY_CACHE_KIB}`);
      this.db.exec('BEGIN IMMEDIATE');
    });
  }

  async endStoryBatch(commit: boolean): Promise<void> {
    this.run(commit ? 'committing a story batch' : 'rolling back a story batch', () => {
      if (!this.db.inTransaction) {
        if (commit) throw new RasdError('STORE', 'no story batch is open');
        return;
      }
      this.db.exec(commit ? 'COMMIT' : 'ROLLBACK');
    });
  }

  async listStories(): Promise<StoryRecord[]> {
    return this.run('listing stories', () => this.st.allStories.all().map(toRecord));
  }

  async getStory(idOrPrefix: string): Promise<StoryRecord> {
    const q = idOrPrefix.trim();
    const rows = this.run('looking up a story', () => {
      const exact = this.st.storyById.get(q);
      if (exact) return [exact];
      if (q.length < MIN_STORY_PREFIX) return null;
      return this.st.storyByPrefix.all(q, `${q}\u{10FFFF}`).filter((r) => r.id.startsWith(q));
    });
    if (rows === null) throw new RasdError('STORY_NOT_FOUND', `"${q}": ids need at least ${MIN_STORY_PREFIX} characters (give more of the id)`);
    if (rows.length === 0) throw new RasdError('STORY_NOT_FOUND', `"${q}" (rasd stories lists them)`);
    if (rows.length > 1) {
      throw new RasdError('AMBIGUOUS_ID', `"${q}" could be story ${rows.slice(0, 5).map((r) => r.id).join(', ')}${rows.length > 5 ? ', ...' : ''}; give more of the id`);
    }
    return toRecord(rows[0]!);
  }

  async storyDocs(storyId: string): Promise<StoryMember[]> {
    return this.run('reading a story', () => this.st.storyDocs.all(storyId).map(toMember));
  }

  async clearStories(): Promise<void> {
    this.run('clearing stories', () =>
      this.db
        .transaction(() => {
          for (const t of TABLES) this.db.prepare(`DELETE FROM ${t}`).run();
        })
        .immediate(),
    );
  }
}
