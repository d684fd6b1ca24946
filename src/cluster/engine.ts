// The story engine: places one document at a time into the stories kept in a store.
//
// For a new document it
//   1. finds candidates through the anchor index (documents sharing at least
//      MIN_SHARED_ANCHORS of its anchors, in the time partitions its dates can match:
//      anchor-periods.ts; saturated anchors skipped) and, for copies, its LSH bands; both
//      indexes are in memory (anchor-index.ts, band-table.ts), loaded from the store once
//      per run;
//   2. decides each pair (relate: same event, mention, or nothing) and verifies each copy
//      candidate on the exact shingle sets (pair-decisions.ts);
//   3. dated: merges the dated cores it joins, keeps the affinity sums of the undated
//      reports touching them, and places again only those whose best core changes or that
//      now match too many events (undated-scores.ts, undated-events.ts, place-again.ts);
//      undated: joins its best core's story, or its loose neighbours' stories, by renaming
//      them (place-undated.ts), or, matching too many events, stays alone;
//   4. writes all of it in the batch's transaction (StoryStore.commitStoryDoc); story
//      summaries are rewritten once per batch (flush).
// Its cost is the candidates it examines plus the size of the stories involved, never the
// number of stories. The stories are a function of the edge set, and each edge is decided from its
// two documents alone, so any ingest order (and `rasd recluster`) gives the same stories;
// the one exception is the posting cap (stories.ts, MAX_POSTINGS).
//
// What it keeps in memory between placements (recent document models, pair affinities) is
// in doc-cache.ts.
import type { CopyPair, StoryCommit, StoryMember, StoryRecord, StoryStore } from '../store/story-store.js';
import { LshIndex, minhashSignature } from './minhash.js';
import { wordShingles } from './shingles.js';
import { anchorQueries, indexKeys } from './anchor-periods.js';
import { BandTable } from './band-table.js';
import { AnchorIndex } from './anchor-index.js';
import { storyRecord } from './region.js';
import { placeAgain } from './place-again.js';
import { placeNewUndated } from './place-undated.js';
import { noScores, rescoreJoin, scoreUndated } from './undated-scores.js';
import { datedEventsJoin, datedEventsOf } from './undated-events.js';
import { byString } from './story-components.js';
import { dated, docModel, MIN_SHARED_ENTITIES, type StoryIndexOptions } from './story-relation.js';
import { DocCache, type Known } from './doc-cache.js';
import { decidePairs } from './pair-decisions.js';
import { MAX_POSTINGS, MIN_SHARED_ANCHORS } from './stories.js';
import type { StoryDoc } from './story-features.js';
import type { EngineStats } from './engine-stats.js';

/** LSH shape for copies: 64 bands × 2 rows (see near-duplicates.ts). */
export const COPY_BANDS = 64;
export const COPY_ROWS = 2;
/** Documents read per chunk when the indexes load. */
export const INDEX_CHUNK = 4096;

export interface ClusterInput {
  id: string;
  title: string;
  /** The clean body, for shingles. */
  text: string;
  features: StoryDoc;
}

interface Index {
  bands: BandTable;
  anchors: AnchorIndex;
  ambiguous: Set<string>;
}
const NONE: ReadonlySet<string> = new Set();

export interface Placement {
  story: string;
  /** Stories (ids before this placement) the document's story now includes. */
  joined: string[];
  copies: CopyPair[];
  /** Documents this one recalls or is recalled by. */
  mentions: string[];
}

export class StoryEngine {
  private readonly docs: DocCache;
  private readonly counts: Omit<EngineStats, 'storeReads'> = { placed: 0, candidates: 0, edges: 0, undatedRows: 0, placedAgain: 0 };
  private readonly lsh = new LshIndex(COPY_BANDS, COPY_ROWS);
  /**
   * The copy and candidate indexes, and the undated reports known to be ambiguous
   * (story-placement.ts): null until first needed, and again after an undone batch.
   */
  private index: Index | null = null;
  private indexSeq = 0;
  /** Stories changed since their summary rows were last written. */
  private readonly dirty = new Set<string>();
  private batchOpen = false;

  constructor(
    private readonly store: StoryStore,
    private readonly opts: StoryIndexOptions = {},
    private readonly indexChunk = INDEX_CHUNK,
  ) {
    this.docs = new DocCache(store, opts);
  }

  /**
   * Runs `fn` (a run of add calls) as one store batch: its placements become durable
   * together, with the summary rows of every story they changed; if it throws, none of
   * them does. Outside a batch each add commits, and rewrites its stories' rows, alone.
   */
  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.batchOpen) throw new Error('StoryEngine.batch: a batch is already open');
    await this.store.beginStoryBatch();
    this.batchOpen = true;
    try {
      // Another process may have placed documents since this engine's last batch: the
      // indexes catch up now, under the batch's write lock.
      if (this.index !== null) await this.loadIndex();
      const out = await fn();
      await this.flush();
      await this.store.endStoryBatch(true);
      return out;
    } catch (e) {
      this.dirty.clear();
      this.index = null; // it holds the undone documents: load it again
      this.indexSeq = 0;
      await this.store.endStoryBatch(false).catch(() => undefined);
      throw e;
    } finally {
      this.batchOpen = false;
    }
  }

  /** The work done since this engine was made (engine-stats.ts). */
  get stats(): EngineStats {
    return { ...this.counts, storeReads: this.docs.storeReads };
  }

  /** Loads the in-memory indexes now (else the first add does): everything placed so far. */
  async prepare(): Promise<void> {
    await this.loadIndex();
  }

  /**
   * Brings the indexes up to date: everything on first use, then what was placed since; read
   * indexChunk (INDEX_CHUNK) documents at a time, so that a large archive's rows are not all
   * held at once.
   */
  private async loadIndex(): Promise<Index> {
    const index = (this.index ??= { bands: new BandTable(), anchors: new AnchorIndex(MAX_POSTINGS), ambiguous: new Set() });
    for (;;) {
      const { last, docs } = await this.store.storyIndex(this.indexSeq, this.indexChunk);
      for (const d of docs) {
        index.bands.add(d.doc, d.bands);
        index.anchors.add(d.doc, d.anchors);
        if (d.ambiguous) index.ambiguous.add(d.doc);
      }
      this.indexSeq = last;
      if (docs.length < this.indexChunk) return index;
    }
  }

  /**
   * Rewrites the summary row of every story changed since the last flush (size, dates,
   * most central report's title), from its members: once per batch, not once per
   * document, so a large story is not re-read at each report that joins it.
   */
  private async flush(): Promise<void> {
    if (this.dirty.size === 0) return;
    const ids = [...this.dirty].sort(byString);
    this.dirty.clear();
    const records: StoryRecord[] = [];
    const drop: string[] = [];
    for (const story of ids) {
      const docs = (await this.store.storyDocs(story)).map((m) => m.doc);
      if (docs.length === 0) {
        drop.push(story);
        continue;
      }
      const known = await this.docs.known(docs);
      const models = new Map(docs.map((d) => [d, this.docs.model(known.get(d)!)]));
      records.push(storyRecord(story, docs, models, (d) => known.get(d)!.title));
    }
    await this.store.writeStoryRecords(records, drop);
  }

  /** Places one document (already placed: an error from the store's primary key). */
  async add(input: ClusterInput): Promise<Placement> {
    const id = input.id;
    const model = docModel(input.features, this.opts);
    const shingles = wordShingles(input.text);
    const bands = this.lsh.bandHashes(minhashSignature(shingles, COPY_BANDS * COPY_ROWS));
    // Inside a batch the store is this engine's alone; outside, another process may have
    // placed documents since the table was last brought up to date.
    const index = this.index === null || !this.batchOpen ? await this.loadIndex() : this.index;
    const copyCandidates = index.bands.candidates(bands).sort(byString);
    const queries = anchorQueries(model, MIN_SHARED_ANCHORS, MIN_SHARED_ENTITIES);
    // An ambiguous undated report is a story of its own until a dated copy of it arrives, so
    // a same-event edge to it changes nothing: it is not examined, unless this document
    // recalls other events (a mention of it is possible only then: story-relation.ts relate).
    // No placement reads the edges it misses; a copy of it is still found (below).
    const skip = (model.doc.recalls?.length ?? 0) === 0 ? index.ambiguous : NONE;
    const related = [...new Set(queries.flatMap((q) => index.anchors.candidates(q.keys, q.minShared)))].filter((o) => !skip.has(o)).sort(byString);
    const { edges, copies, others } = await decidePairs({ id, model, shingles, related, copyCandidates }, this.docs);
    const same = edges.filter((e) => e.relation === 'same').map((e) => (e.a === id ? e.b : e.a));

    // When dated, its core: the document and the cores of its dated neighbours.
    const neighbours = await this.store.storyMembership(same);
    const isDated = dated(model);
    const datedNbrs = [...neighbours.values()].filter((m) => m.core !== null);
    const cores = [...new Set(datedNbrs.map((m) => m.core!))].sort(byString);
    const core = isDated ? [id, ...cores].sort(byString)[0]! : null;
    const self: Known = { doc: input.features, title: input.title, shingles, gate: model, model };
    // The event dates of undated reports' dated neighbours (story-placement.ts): a dated
    // document adds its own to its undated neighbours', and those that now match too many
    // events leave their stories; an undated document's own tell whether it is placed at all.
    // An undated report with a dated copy is placed among its copies' cores only.
    const copyOf = copies.map((c) => neighbours.get(c.of)).filter((m): m is StoryMember => m !== undefined);
    const copiedUndated = new Set(copyOf.filter((m) => m.core === null).map((m) => m.doc));
    const copyCores = [...new Set(copyOf.filter((m) => m.core !== null).map((m) => m.core!))].sort(byString);
    const events = isDated
      ? datedEventsJoin(model.range!, [...neighbours.values()], copiedUndated, core!)
      : datedEventsOf(id, datedNbrs.map((m) => others.get(m.doc)!.gate.range!), copyCores.length > 0);
    const ambiguous = new Set(events.ambiguous);
    const copied = new Set(events.copied);
    // Scored against the new core: the undated neighbours it copies (whatever they were),
    // and the others that are neither ambiguous nor placed among copies.
    const undatedNbrs = [...neighbours.values()].filter(
      (m) => m.core === null && (copiedUndated.has(m.doc) || (!m.ambiguous && !m.copied && !ambiguous.has(m.doc))),
    );
    // Undated reports' affinity sums with the cores they touch, and their best cores
    // (undated-scores.ts): those whose best core changes are the ones a dated document
    // joining cores unsettles; an undated document's own best core places it.
    const deps = this.docs.scoreDeps(id, model);
    const scored = isDated
      ? await rescoreJoin({ id, core: core!, cores, neighbours: undatedNbrs.map((m) => m.doc), leaving: ambiguous, forced: copied }, deps)
      : ambiguous.has(id)
        ? noScores()
        : await scoreUndated({ id, cores: events.ownCopied ? copyCores : cores }, deps);

    // Stories whose summary rows this placement changes (written by flush).
    const touched = new Set<string>();
    let member: string;
    let assign: Array<{ doc: string; story: string }> | undefined;
    let storyRename: StoryCommit['storyRename'];
    let storyOfNeighbour: (doc: string) => string;
    if (ambiguous.has(id)) {
      // It matches too many events to join any: a story of its own.
      member = id;
      storyOfNeighbour = (d) => neighbours.get(d)!.story;
    } else if (!isDated) {
      // An undated report unsettles no other report: it joins its best core's story, or
      // merges its loose neighbours' stories (place-undated.ts).
      const placed = await placeNewUndated({ id, best: scored.best.get(id) ?? null, neighbours }, this.store);
      member = placed.member;
      storyRename = { from: placed.joins, to: member };
      for (const st of placed.joins) touched.add(st);
      const joins = new Set(placed.joins);
      storyOfNeighbour = (d) => (joins.has(neighbours.get(d)!.story) ? member : neighbours.get(d)!.story);
    } else if (scored.changed.length === 0 && ambiguous.size === 0) {
      // A dated report joining dated cores, no undated report changing core: their stories
      // (with the undated reports that joined them) merge under the smallest id.
      const stories = [...new Set(datedNbrs.map((m) => m.story))].sort(byString);
      member = [id, ...stories].sort(byString)[0]!;
      storyRename = { from: stories, to: member };
      for (const st of stories) touched.add(st);
      // An undated neighbour stays where it was unless its core is the one it joins.
      storyOfNeighbour = (d) => (neighbours.get(d)!.core !== null || scored.best.get(d) === core ? member : neighbours.get(d)!.story);
    } else {
      const unsettled = [...scored.changed, ...ambiguous].sort(byString);
      const again = await placeAgain({ id, self, core: core!, cores, neighbours, unsettled, ambiguous, copied, copiesOfDoc: copiedUndated, scored, edges }, this.store, this.docs);
      assign = again.assign;
      for (const st of again.touched) touched.add(st);
      member = again.storyOf.get(id)!;
      storyOfNeighbour = (d) => again.storyOf.get(d)!;
    }
    touched.add(member);

    const anchors = indexKeys(model);
    const commit: StoryCommit = {
      doc: id,
      title: input.title,
      features: input.features,
      shingles,
      anchors,
      bands,
      edges,
      copies,
      member: { doc: id, story: member, core, ...(isDated ? {} : ambiguous.has(id) ? { ambiguous: true } : events.ownCopied ? { copied: true } : { events: events.own }) },
      undatedEvents: events.neighbours,
      ...(core !== null ? { coreRename: { from: cores, to: core } } : {}),
      ...(storyRename ? { storyRename } : {}),
      ...(assign ? { assign } : {}),
      adjacency: scored.rows,
      joined: scored.joined,
      stories: [],
      dropStories: [],
    };
    await this.store.commitStoryDoc(commit);
    for (const d of events.ambiguous) index.ambiguous.add(d);
    for (const d of copied) index.ambiguous.delete(d);
    const counts = this.counts;
    counts.placed++;
    counts.candidates += others.size - (others.has(id) ? 1 : 0);
    counts.edges += edges.length;
    counts.undatedRows += scored.rows.length;
    counts.placedAgain += assign?.length ?? 0;
    index.bands.add(id, bands);
    index.anchors.add(id, anchors);
    this.docs.remember(id, self);
    for (const st of touched) this.dirty.add(st);
    if (!this.batchOpen) await this.flush();
    // The stories of its neighbours that its own story now includes (an undated report may
    // relate to several stories and join one, or none).
    const joined = [...new Set([...neighbours.values()].filter((m) => storyOfNeighbour(m.doc) === member).map((m) => m.story))];
    return {
      story: member,
      joined: joined.sort(byString),
      copies,
      mentions: edges.filter((e) => e.relation === 'mention').map((e) => (e.a === id ? e.b : e.a)).sort(byString),
    };
  }
}
