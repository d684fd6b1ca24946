// The commits every StoryStore must refuse, whole: a commit that fails half-way, an edge or a
// name (story, core, report) that is not a placed document, a document placed twice. Part of
// the shared suite (story-store.suite.ts runs it with the same stores).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryCommit, StoryStore } from './story-store.js';
import type { Store } from './store.js';
import { commit, features, member, record, rejectsWith, snapshot, world } from './story-store.fixture.js';

export function storyStoreRefusals(withStore: (fn: (s: StoryStore, store: Store) => Promise<void>) => () => Promise<void>): void {
  test('a commit that fails half-way leaves nothing of itself behind', withStore(async (s) => {
    await world(s);
    const anchors = ['k:شحن', 'k:ميناء', 'k:جديد', 'e:جده'];
    const all = ['a1', 'a2', 'b1', 'u1', 'u2', 'n1'];
    const before = await snapshot(s, all);
    // n1's own row is written after its features, bands, anchors, edges, copies and
    // renames; it names a2, already placed, so the primary key refuses it there.
    const bad = commit('n1', {
      anchors, bands: Uint32Array.of(7, 99),
      edges: [{ a: 'a1', b: 'n1', relation: 'same', cosine: 0.9 }],
      copies: [{ doc: 'n1', of: 'a1', jaccard: 0.9, containment: 0.9 }],
      member: member('a2', 'a1', 'a1'),
      coreRename: { from: ['b1', 'a1'], to: 'a1' },
      storyRename: { from: ['b1'], to: 'a1' },
      stories: [record('a1', 9)],
      dropStories: ['b1', 'u2'],
    });
    await assert.rejects(s.commitStoryDoc(bad));
    assert.deepEqual(await snapshot(s, all), before);
  }));

  test('an edge to a document not placed, or to itself, is refused and leaves nothing of its commit', withStore(async (s) => {
    await world(s);
    const all = ['a1', 'a2', 'b1', 'u1', 'u2', 'n1'];
    const before = await snapshot(s, all);
    const bad = [
      { edge: { a: 'n1', b: 'zz', relation: 'same' as const, cosine: 0.9 }, says: /n1 to zz, which is not placed/ },
      { edge: { a: 'n1', b: 'n1', relation: 'same' as const, cosine: 1 }, says: /an edge of n1 between n1 and n1/ },
    ];
    for (const { edge, says } of bad) {
      await rejectsWith(s.commitStoryDoc(commit('n1', { edges: [{ a: 'a1', b: 'n1', relation: 'same', cosine: 0.9 }, edge] })), 'STORE', says);
      assert.deepEqual(await snapshot(s, all), before);
    }
    // The same commit with its edge to a placed document goes in, stored from either end.
    await s.commitStoryDoc(commit('n1', { edges: [{ a: 'a1', b: 'n1', relation: 'same', cosine: 0.9 }] }));
    assert.deepEqual(await s.storyEdges(['n1']), [{ a: 'a1', b: 'n1', relation: 'same', cosine: 0.9 }]);
    assert.equal((await s.storyEdges(['a1'])).length, 2);
  }));

  test('a story or core named by a document not placed is refused and leaves nothing of its commit', withStore(async (s) => {
    await world(s);
    const all = ['a1', 'a2', 'b1', 'u1', 'u2', 'n1'];
    const before = await snapshot(s, all);
    const bad: Array<{ over: Partial<StoryCommit>; says: RegExp }> = [
      { over: { member: member('n1', 'zz', 'n1') }, says: /the story zz of n1 is not a placed report/ },
      { over: { member: member('n1', 'n1', 'zz') }, says: /the core zz of n1/ },
      { over: { storyRename: { from: ['a1'], to: 'zz' } }, says: /the story zz of n1/ },
      { over: { coreRename: { from: ['b1'], to: 'zz' } }, says: /the core zz of n1/ },
      { over: { assign: [{ doc: 'u2', story: 'zz' }] }, says: /the story zz of n1/ },
      { over: { assign: [{ doc: 'zz', story: 'a1' }] }, says: /the report zz of n1/ },
      { over: { member: member('n2', 'n1', 'n1') }, says: /the membership of n2 in the commit of n1/ },
    ];
    for (const { over, says } of bad) {
      await rejectsWith(s.commitStoryDoc(commit('n1', over)), 'STORE', says);
      assert.deepEqual(await snapshot(s, all), before);
    }
    // Named by placed documents, or by itself, it goes in.
    await s.commitStoryDoc(commit('n1', { member: member('n1', 'a1', null), assign: [{ doc: 'u2', story: 'n1' }] }));
    assert.deepEqual(await s.storyMembership(['n1', 'u2']), new Map([['n1', member('n1', 'a1', null)], ['u2', member('u2', 'n1', null)]]));
  }));

  test('a document committed twice is refused and its first commit stands', withStore(async (s) => {
    await s.commitStoryDoc(commit('p1', { anchors: ['k:نادر'] }));
    await s.commitStoryDoc(commit('p2', { anchors: ['k:غيره'] }));
    await assert.rejects(s.commitStoryDoc(commit('p1', { title: 'مكرر', anchors: ['k:نادر', 'k:غيره'] })));
    assert.equal((await s.storyFeatures(['p1'])).get('p1')!.title, 'تقرير p1');
    assert.deepEqual((await s.storyIndex(0)).docs.map((d) => [d.doc, d.anchors]), [['p1', ['k:نادر']], ['p2', ['k:غيره']]]);
    assert.deepEqual(await s.storyDocs('p1'), [member('p1', 'p1', 'p1')]);
  }));
}
