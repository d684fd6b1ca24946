// Data and helpers of the shared StoryStore suite (story-store.suite.ts): commits built by
// hand, a small world of placed documents, and a snapshot of everything one can read.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { isRasdError, type ErrorCode } from '../errors.js';
import type { StoryDoc } from '../cluster/story-features.js';
import type { Extraction } from '../types.js';
import type { NewDoc } from './store.js';
import type { StoryCommit, StoryMember, StoryRecord, StoryStore } from './story-store.js';

export const features = (id: string, over: Partial<StoryDoc> = {}): StoryDoc => ({
  id,
  keys: ['سفين', 'ميناء', 'شحن', 'حاوي', '2025'],
  titleKeys: ['ميناء', 'شحن'],
  entities: ['LOC:جده', 'ORG:هيئه موانئ'],
  places: ['LOC:جده'],
  eventDate: '2025-02-03',
  published: '2025-02-03',
  dates: ['2025-01', '2025-02-03'],
  ...over,
});

export const record = (id: string, size: number, over: Partial<StoryRecord> = {}): StoryRecord => ({
  id, title: `قصة ${id}`, central: id, size, firstDate: '2025-02-03', lastDate: '2025-02-04', ...over,
});

export const member = (doc: string, story: string, core: string | null): StoryMember => ({ doc, story, core });

/** A commit placing `doc` as a dated story of its own; `over` changes any part. */
export function commit(doc: string, over: Partial<StoryCommit> = {}): StoryCommit {
  return {
    doc, title: `تقرير ${doc}`, features: features(doc), shingles: Uint32Array.of(5, 9, 400),
    anchors: [], bands: new Uint32Array(0), edges: [], copies: [],
    member: member(doc, doc, doc), stories: [record(doc, 1)], dropStories: [],
    ...over,
  };
}


/**
 * Story a1: dated a1, a2 (core a1) and undated u1 attached to them. Story b1: dated b1
 * alone. Story u2: undated u2 alone. a2 copies a1.
 */
export async function world(s: StoryStore): Promise<void> {
  await s.commitStoryDoc(commit('a1', { anchors: ['k:سفين', 'k:ميناء', 'k:شحن', 'e:جده'], bands: Uint32Array.of(7, 0xffffffff) }));
  await s.commitStoryDoc(commit('b1', { anchors: ['k:قمح', 'k:ميناء'], bands: Uint32Array.of(0, 1, 2), stories: [record('b1', 1, { firstDate: null, lastDate: null })] }));
  await s.commitStoryDoc(commit('a2', {
    anchors: ['k:سفين', 'k:ميناء', 'k:حاوي', 'e:جده'],
    bands: Uint32Array.of(7, 9),
    edges: [{ a: 'a1', b: 'a2', relation: 'same', cosine: 0.8123456789 }],
    copies: [{ doc: 'a2', of: 'a1', jaccard: 0.61, containment: 0.83 }],
    member: member('a2', 'a1', 'a1'),
    coreRename: { from: ['a1'], to: 'a1' },
    storyRename: { from: ['a1'], to: 'a1' },
    stories: [record('a1', 2)],
  }));
  await s.commitStoryDoc(commit('u1', {
    features: features('u1', { eventDate: null }),
    anchors: ['k:سفين', 'k:شحن', 'e:جده'],
    edges: [{ a: 'a2', b: 'u1', relation: 'same', cosine: 0.41 }, { a: 'b1', b: 'u1', relation: 'mention', cosine: 0.33 }],
    member: member('u1', 'a1', null),
    stories: [record('a1', 3, { central: 'a2' })],
  }));
  await s.commitStoryDoc(commit('u2', { features: features('u2', { eventDate: null }), member: member('u2', 'u2', null) }));
}

export async function rejectsWith(p: Promise<unknown>, code: ErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isRasdError(e), `expected a RasdError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (message) assert.match(e.message, message);
    return true;
  });
}

/** Every part of the story tables one can read for these ids, to compare before and after. */
export async function snapshot(s: StoryStore, ids: readonly string[]) {
  const stories = await s.listStories();
  return {
    stories,
    docs: await Promise.all(stories.map((r) => s.storyDocs(r.id))),
    features: [...(await s.storyFeatures(ids))].sort(),
    members: [...(await s.storyMembership(ids))].sort(),
    index: (await s.storyIndex(0)).docs.map((d) => [d.doc, [...d.bands], d.anchors]),
    edges: (await s.storyEdges(ids)).sort((x, y) => `${x.a} ${x.b}`.localeCompare(`${y.a} ${y.b}`)),
    copies: (await s.copyPairs(ids)).sort((x, y) => `${x.doc} ${x.of}`.localeCompare(`${y.doc} ${y.of}`)),
  };
}

export function newDoc(text: string, hashPrefix: string, extraction: Extraction | undefined): NewDoc {
  const hash = (hashPrefix + createHash('sha256').update(text).digest('hex')).slice(0, 64);
  return {
    hash, source: `وكالة/${hashPrefix}.txt`, outlet: 'وكالة', encoding: 'utf-8', raw: text, title: 'خبر', text,
    captions: [], removed: [], map: [[0, 0, text.length]], sentences: [{ start: 0, end: text.length }], keys: 'سفين ميناء',
    ...(extraction ? { extraction } : {}),
  };
}
