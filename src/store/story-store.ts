// What a store keeps for story clustering (src/cluster/engine.ts), as part of the Store
// interface. Everything the engine needs to place a new document is read through these
// lookups by key (a story's members, a core's undated neighbours and their affinity sums),
// never by scanning all stories; its in-memory indexes load once per run from storyIndex,
// in placement order. Everything it decides about one document is written in one transaction
// (commitStoryDoc), so an interrupted run leaves each document either fully placed or not
// at all, and the next run places the rest.
import type { StoryDoc } from '../cluster/story-features.js';
import type { EventDay } from '../cluster/story-dates.js';

/** A document's clustering input as stored: its features, title and shingle set. */
export interface StoredStoryFeatures {
  doc: StoryDoc;
  title: string;
  /** Sorted distinct 32-bit shingle hashes (near-duplicate verification). */
  shingles: Uint32Array;
}

/** A pairwise decision between two documents, a < b. */
export interface StoryEdge {
  a: string;
  b: string;
  relation: 'same' | 'mention';
  cosine: number;
}

/** A verified copy: `doc` (placed later) copies `of` (placed earlier), or the reverse; the pair is what counts. */
export interface CopyPair {
  doc: string;
  of: string;
  jaccard: number;
  containment: number;
}

/**
 * Where a document stands: its story; its core (the component of dated reports over
 * dated–dated edges, named by its smallest document; null for a report without an event
 * date).
 */
export interface StoryMember {
  doc: string;
  story: string;
  core: string | null;
  /**
   * An undated report: the distinct event dates of its dated same-event neighbours, kept to
   * tell when it matches too many events to be placed (cluster/story-placement.ts).
   */
  events?: readonly EventDay[];
  /** An undated report that matches too many events: a story of its own. */
  ambiguous?: boolean;
  /**
   * An undated report that copies a dated one (or is copied by one): placed among its dated
   * copies' cores only, never ambiguous (cluster/story-placement.ts).
   */
  copied?: boolean;
}

/** Every document whose column is one of `from` takes `to`. */
export interface Rename {
  from: readonly string[];
  to: string;
}

/**
 * An undated report u and a dated core c it has a same-event edge to (cluster/undated-scores.ts):
 * the sum of u's affinities with c's reports and c's size, so that u's mean affinity with c
 * is kept as c grows instead of being recomputed. sum and n are null when not known yet
 * (rows of stores older than schema 6); the engine computes them when it needs them.
 */
export interface AdjacencyRow {
  core: string;
  doc: string;
  sum: number | null;
  n: number | null;
}

/** A story's summary row. */
export interface StoryRecord {
  /** The smallest document id of the story. */
  id: string;
  title: string;
  /** The most central report: the highest similarity to the story's centroid (ties: smallest id). */
  central: string;
  size: number;
  /** Earliest and latest event dates of its reports (ISO, day or month precision), null when none is known. */
  firstDate: string | null;
  lastDate: string | null;
}

/** Everything decided about one new document, written in one transaction. */
export interface StoryCommit {
  doc: string;
  title: string;
  features: StoryDoc;
  shingles: Uint32Array;
  /** Its index keys (cluster/anchor-periods.ts indexKeys), kept beside its features (story_index_keys). */
  anchors: readonly string[];
  /** The document's hash in each LSH band (LshIndex.bandHashes; empty: no shingles). */
  bands: Uint32Array;
  /** Its edges: each has the document at one end and an already placed one at the other (a < b by id); else STORE. */
  edges: readonly StoryEdge[];
  copies: readonly CopyPair[];
  /** The new document's own row. */
  member: StoryMember;
  /** Cores and stories merged or renamed by this document (applied before `assign`). */
  coreRename?: Rename;
  storyRename?: Rename;
  /**
   * Undated documents and the dated cores (names after the renames) they have a same-event
   * edge to, with their affinity sums: written over any row of the same pair.
   */
  adjacency?: readonly AdjacencyRow[];
  /** Undated documents whose joined core (the core whose story they are in; null: none) is set or changes. */
  joined?: ReadonlyArray<{ doc: string; core: string | null }>;
  /**
   * Undated reports whose neighbours' event dates change (the document is a new dated
   * neighbour), that become ambiguous (their affinity rows and joined core then go), or that
   * the document copies (`copiedInto` its core: their rows to any other core go).
   */
  undatedEvents?: ReadonlyArray<{ doc: string; events?: readonly EventDay[]; ambiguous?: boolean; copiedInto?: string }>;
  /** Documents whose story changes otherwise (undated reports placed again). */
  assign?: ReadonlyArray<{ doc: string; story: string }>;
  /** The summary rows of the stories this document changed. */
  stories: readonly StoryRecord[];
  /** Stories that no longer exist (merged into others or renamed). */
  dropStories: readonly string[];
}

export interface StoryStore {
  /** Documents with an extraction that have not been placed in a story yet, in ingest order. */
  storyPending(): Promise<string[]>;
  /**
   * The band hashes and index keys of the documents placed after `afterSeq` (a counter of
   * placements in this store, 0 before the first), in placement order, at most `limit` of
   * them (all when absent), and the counter's value at the last one returned (`afterSeq`
   * for none): the engine's in-memory indexes (band-table.ts, anchor-index.ts) load
   * everything once, a chunk at a time, then only what was placed since. `ambiguous`
   * marks an undated report that matches too many events (StoryMember.ambiguous).
   */
  storyIndex(afterSeq: number, limit?: number): Promise<{ last: number; docs: Array<{ doc: string; bands: Uint32Array; anchors: string[]; ambiguous?: true }> }>;
  storyFeatures(ids: readonly string[]): Promise<Map<string, StoredStoryFeatures>>;
  /** Membership of these documents (the placed ones). */
  storyMembership(ids: readonly string[]): Promise<Map<string, StoryMember>>;
  /** The adjacency rows of these cores, by core then document. */
  coreAdjacency(cores: readonly string[]): Promise<AdjacencyRow[]>;
  /** The adjacency rows of each of these undated documents that has any (only those of `cores` when given), by core. */
  docAdjacency(docs: readonly string[], cores?: readonly string[]): Promise<Map<string, AdjacencyRow[]>>;
  /** For each of these documents with a joined core: that core's adjacency row (sum and n null when it has none). */
  joinedCores(docs: readonly string[]): Promise<Map<string, AdjacencyRow>>;
  /** The documents of each of these cores, sorted (cores without documents absent). */
  coreMembers(cores: readonly string[]): Promise<Map<string, string[]>>;
  /** Every edge with an end among these documents. */
  storyEdges(ids: readonly string[]): Promise<StoryEdge[]>;
  /** Every copy pair with an end among these documents. */
  copyPairs(ids: readonly string[]): Promise<CopyPair[]>;
  commitStoryDoc(c: StoryCommit): Promise<void>;
  /** Writes story summary rows and deletes the rows of stories that no longer exist. */
  writeStoryRecords(stories: readonly StoryRecord[], drop: readonly string[]): Promise<void>;
  /**
   * Opens a batch: the commits that follow (each still all-or-nothing) become durable
   * together at endStoryBatch(true), or are all undone at endStoryBatch(false). Reads see
   * the batch's own writes. One commit per batch instead of one per document is most of
   * what makes placing a large archive fast; an interrupted batch leaves its documents
   * unplaced, and the next run places them.
   */
  beginStoryBatch(): Promise<void>;
  endStoryBatch(commit: boolean): Promise<void>;
  /** All stories, largest first (ties: id). */
  listStories(): Promise<StoryRecord[]>;
  /** A story by full id or unique prefix (≥ 4 characters); throws STORY_NOT_FOUND or AMBIGUOUS_ID. */
  getStory(idOrPrefix: string): Promise<StoryRecord>;
  /** The members of one story, sorted by document id. */
  storyDocs(storyId: string): Promise<StoryMember[]>;
  /** Forgets every story, edge, copy and index entry (features too), for a rebuild. */
  clearStories(): Promise<void>;
}
