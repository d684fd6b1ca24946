// Story clustering over a store: place the documents that have no story yet (after each
// ingest), or forget every story and place everything again (`rasd recluster`). Documents
// are placed in batches (inBatches), each one transaction, so an interrupted run leaves
// the stories consistent (every document placed or pending) and the next run places the rest.
import type { Store } from '../store/store.js';
import { StoryEngine } from './engine.js';
import { storyDocFromStored } from './story-features.js';

/**
 * Documents placed per store batch (StoryEngine.batch) at most: one commit, and one rewrite
 * of each changed story's summary, per batch. A commit writes every page the batch changed
 * and, every few batches, a checkpoint copies them into the database: pages that several
 * documents of a batch change are written once. At 100,000 generated documents, 1,024 a
 * batch places about 8% more per second than 256 (the bench, 2026-11-22).
 */
export const PLACE_BATCH = 1024;
/**
 * And at most this long (the document that crosses it closes the batch): a batch holds the
 * store's write lock, which another process waits for up to BUSY_TIMEOUT_MS (5 s), and an
 * interrupted run loses at most this much work. Stories of hundreds of near-identical
 * reprints place at some 30 documents/s, where 1,024 documents would take half a minute.
 */
export const PLACE_BATCH_MS = 2000;

/** A batch's bounds (tests give their own clock). */
export interface BatchLimits {
  docs: number;
  ms: number;
  now: () => number;
}

/**
 * Runs `place(i)` for i from 0 to n - 1 in engine batches of at most PLACE_BATCH documents
 * and PLACE_BATCH_MS milliseconds; `done(to)` after each batch commits (documents 0 to
 * to - 1 are placed). A batch that fails is undone whole, and the error is thrown.
 */
export async function inBatches(
  engine: Pick<StoryEngine, 'batch'>,
  n: number,
  place: (i: number) => Promise<void>,
  done?: (to: number) => void,
  limits: BatchLimits = { docs: PLACE_BATCH, ms: PLACE_BATCH_MS, now: () => performance.now() },
): Promise<void> {
  let to = 0;
  while (to < n) {
    const end = Math.min(n, to + limits.docs);
    const start = limits.now();
    await engine.batch(async () => {
      do await place(to++);
      while (to < end && limits.now() - start < limits.ms);
    });
    done?.(to);
  }
}

export interface ClusterReport {
  /** Documents placed by this run. */
  placed: number;
  /** Documents that joined an existing story (the others started one). */
  joined: number;
  /** Verified copy pairs found. */
  copies: number;
  /** Stories in the store afterwards. */
  stories: number;
}

export interface ClusterOptions {
  onProgress?: (done: number, total: number) => void;
  /** Place at most this many documents (the first pending ones, in ingest order). */
  limit?: number;
}

/** Places every document with an extraction and no story yet, in ingest order. */
export async function placePending(store: Store, opts: ClusterOptions = {}): Promise<ClusterReport> {
  const all = await store.stories.storyPending();
  const pending = opts.limit === undefined ? all : all.slice(0, opts.limit);
  const engine = new StoryEngine(store.stories);
  let joined = 0;
  let copies = 0;
  // Counted per batch, and kept once the batch commits.
  const batch = { joined: 0, copies: 0 };
  await inBatches(
    engine,
    pending.length,
    async (i) => {
      const doc = await store.getDocument(pending[i]!);
      const placed = await engine.add({ id: doc.id, title: doc.title, text: doc.text, features: storyDocFromStored(doc) });
      if (placed.joined.length > 0) batch.joined++;
      batch.copies += placed.copies.length;
      opts.onProgress?.(i + 1, pending.length);
    },
    () => {
      joined += batch.joined;
      copies += batch.copies;
      batch.joined = 0;
      batch.copies = 0;
    },
  );
  const stories = (await store.stories.listStories()).length;
  return { placed: pending.length, joined, copies, stories };
}

/** Forgets every story and places every document again, from its stored text and extraction. */
export async function recluster(store: Store, opts: ClusterOptions = {}): Promise<ClusterReport> {
  await store.stories.clearStories();
  return placePending(store, opts);
}
