// Undated reports' neighbours' event dates and the mark of a report that matches too many
// events (StoryMember.events, .ambiguous; StoryCommit.undatedEvents): what every StoryStore
// must keep. Part of the shared suite (story-store.suite.ts runs it with the same stores).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryStore } from './story-store.js';
import type { Store } from './store.js';
import { commit, features, member } from './story-store.fixture.js';
import { dateRange } from '../cluster/story-dates.js';

export function storyStoreEvents(withStore: (fn: (s: StoryStore, store: Store) => Promise<void>) => () => Promise<void>): void {
  test('undated reports\' neighbours\' event dates: kept with the membership, changed by later commits, and the ambiguous mark', withStore(async (s) => {
    const day = (iso: string) => dateRange(iso)!;
    const undated = (id: string) => features(id, { eventDate: null });
    const row = (core: string, doc: string) => ({ core, doc, sum: 0.5, n: 1 });
    await s.commitStoryDoc(commit('c1'));
    await s.commitStoryDoc(commit('w1', {
      features: undated('w1'),
      member: { ...member('w1', 'c1', null), events: [day('2025-02-03')] },
      adjacency: [row('c1', 'w1')],
      joined: [{ doc: 'w1', core: 'c1' }],
    }));
    await s.commitStoryDoc(commit('w2', { features: undated('w2'), member: { ...member('w2', 'w2', null), events: [] } }));
    assert.deepEqual((await s.storyMembership(['w1', 'w2', 'c1'])).get('w1'), { ...member('w1', 'c1', null), events: [day('2025-02-03')] });
    assert.deepEqual((await s.storyMembership(['w2'])).get('w2'), { ...member('w2', 'w2', null), events: [] }, 'none yet');
    assert.deepEqual((await s.storyMembership(['c1'])).get('c1'), member('c1', 'c1', 'c1'), 'a dated report keeps none');
    // A dated report a week later adds its date to w1's; another tips w2 over.
    await s.commitStoryDoc(commit('c2', { undatedEvents: [{ doc: 'w1', events: [day('2025-02-03'), day('2025-02-10')] }, { doc: 'w2', ambiguous: true }] }));
    const after = await s.storyMembership(['w1', 'w2']);
    assert.deepEqual(after.get('w1')!.events, [day('2025-02-03'), day('2025-02-10')]);
    assert.deepEqual(after.get('w2'), { ...member('w2', 'w2', null), ambiguous: true });
    assert.deepEqual((await s.storyDocs('w2')).map((m) => m.ambiguous), [true]);
    // Becoming ambiguous drops the report's affinity rows and joined core.
    await s.commitStoryDoc(commit('c3', { undatedEvents: [{ doc: 'w1', ambiguous: true }] }));
    assert.equal((await s.docAdjacency(['w1'])).size, 0);
    assert.equal((await s.joinedCores(['w1'])).size, 0);
    assert.deepEqual((await s.storyIndex(0)).docs.filter((d) => d.ambiguous).map((d) => d.doc).sort(), ['w1', 'w2']);
    // A report that is not placed is refused, with the rest of the commit.
    await assert.rejects(s.commitStoryDoc(commit('c4', { undatedEvents: [{ doc: 'nowhere', events: [] }] })), /nowhere/);
    assert.equal((await s.storyMembership(['c4'])).size, 0);
  }));

  test('an undated report with a dated copy: marked with its membership, and a copy arriving keeps only the copy\'s core row', withStore(async (s) => {
    const undated = (id: string) => features(id, { eventDate: null });
    const row = (core: string, doc: string) => ({ core, doc, sum: 0.5, n: 1 });
    await s.commitStoryDoc(commit('c1'));
    await s.commitStoryDoc(commit('c2'));
    await s.commitStoryDoc(commit('w1', { features: undated('w1'), member: { ...member('w1', 'c1', null), copied: true }, adjacency: [row('c1', 'w1')] }));
    assert.deepEqual((await s.storyMembership(['w1'])).get('w1'), { ...member('w1', 'c1', null), copied: true });
    await s.commitStoryDoc(commit('w2', { features: undated('w2'), member: { ...member('w2', 'c1', null), events: [] }, adjacency: [row('c1', 'w2'), row('c2', 'w2')] }));
    // c3 copies w2: w2 is placed among its copies' cores from now on, so only c3's row stays.
    await s.commitStoryDoc(commit('c3', { adjacency: [row('c3', 'w2')], undatedEvents: [{ doc: 'w2', copiedInto: 'c3' }], joined: [{ doc: 'w2', core: 'c3' }] }));
    assert.deepEqual((await s.storyMembership(['w2'])).get('w2'), { ...member('w2', 'c1', null), copied: true });
    assert.deepEqual(await s.docAdjacency(['w2']), new Map([['w2', [row('c3', 'w2')]]]));
    assert.deepEqual(await s.joinedCores(['w2']), new Map([['w2', row('c3', 'w2')]]));
    assert.deepEqual((await s.storyIndex(0)).docs.filter((d) => d.ambiguous), [], 'a copied report is not ambiguous');
  }));
}
