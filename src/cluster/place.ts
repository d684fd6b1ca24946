// Story clustering over a store: place the documents that have no story yet (after each
// ingest), or forget every story and place everything again (`rasd recluster`). Documents
// are placed in batches of PLACE_BATCH, each one transaction, so an interrupted run leaves
// the stories consistent (every document placed or pending) and the next run places the rest.
import type { Store } from '../store/store.js';
import { StoryEngine } from './engine.js';
import { storyDocFromStored } from './story-features.js';

/**
 * Documents placed per store batch (StoryEngine.batch): one commit, and one rewrite of each
 * changed story's summary, per batch. Large enough that commits stop dominating, small
 * enough that an interrupted run loses little work (the batch's documents stay pending).
 */
export const PLACE_BATCH = 256;

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
  for (let from = 0; from < pending.length; from += PLACE_BATCH) {
    const to = Math.min(pending.length, from + PLACE_BATCH);
    const batch = { joined: 0, copies: 0 };
    await engine.batch(async () => {
      for (let i = from; i < to; i++) {
        const doc = await store.getDocument(pending[i]!);
        const placed = await engine.add({ id: doc.id, title: doc.title, text: doc.text, features: storyDocFromStored(doc) });
        if (placed.joined.length > 0) batch.joined++;
        batch.copies += placed.copies.length;
        opts.onProgress?.(i + 1, pending.length);
      }
    });
    joined += batch.joined;
    copies += batch.copies;
  }
  const stories = (await store.stories.listStories()).length;
  return { placed: pending.length, joined, copies, stories };
}

/** Forgets every story and places every document again, from its stored text and extraction. */
export async function recluster(store: Store, opts: ClusterOptions = {}): Promise<ClusterReport> {
  await store.stories.clearStories();
  return placePending(store, opts);
}
