// Story clustering over a store: place the documents that have no story yet (after each
// ingest), or forget every story and place everything again (`rasd recluster`). Each
// document is placed in its own transaction, so an interrupted run leaves the stories
// consistent and the next run places the rest.
import type { Store } from '../store/store.js';
import { StoryEngine } from './engine.js';
import { storyDocFromStored } from './story-features.js';

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
  for (let i = 0; i < pending.length; i++) {
    const doc = await store.getDocument(pending[i]!);
    const placed = await engine.add({ id: doc.id, title: doc.title, text: doc.text, features: storyDocFromStored(doc) });
    if (placed.joined.length > 0) joined++;
    copies += placed.copies.length;
    opts.onProgress?.(i + 1, pending.length);
  }
  const stories = (await store.stories.listStories()).length;
  return { placed: pending.length, joined, copies, stories };
}

/** Forgets every story and places every document again, from its stored text and extraction. */
export async function recluster(store: Store, opts: ClusterOptions = {}): Promise<ClusterReport> {
  await store.stories.clearStories();
  return placePending(store, opts);
}
