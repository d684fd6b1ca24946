// The behaviour every StoryStore (a Store's `stories`) must show, whatever it keeps its
// data in. A store's own test file calls runStoryStoreSuite with a function that opens a
// fresh, empty store each time. Document ids here are free strings: the story tables do not
// refer to the documents table, except storyPending, which reads the documents a store holds;
// a story or a core is named by one of its placed reports, as the engine names them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Extraction } from '../types.js';
import type { Store } from './store.js';
import type { StoryStore } from './story-store.js';
import { commit, features, member, newDoc, record, rejectsWith, snapshot, world } from './story-store.fixture.js';
import { storyStoreRefusals } from './story-store-refusals.suite.js';
import { storyStoreEvents } from './story-store-events.suite.js';

export function runStoryStoreSuite(name: string, open: () => Promise<Store>): void {
  const withStore = (fn: (s: StoryStore, store: Store) => Promise<void>) => async () => {
    const store = await open();
    try {
      await fn(store.stories, store);
    } finally {
      await store.close();
    }
  };

  describe(`StoryStore suite: ${name}`, () => {
    test('a new store has no stories and nothing pending', withStore(async (s) => {
      assert.deepEqual(await s.listStories(), []);
      assert.deepEqual(await s.storyPending(), []);
      assert.deepEqual(await s.storyIndex(0), { last: 0, docs: [] });
    }));

    test('features, titles and shingle sets round-trip exactly', withStore(async (s) => {
      const shingles = Uint32Array.of(0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff);
      const undated = features('x2', { eventDate: null, published: null, places: [], titleKeys: [] });
      await s.commitStoryDoc(commit('x1', { title: 'وصول سفينة حاويات إلى ميناء جدة', shingles }));
      await s.commitStoryDoc(commit('x2', { features: undated, shingles: new Uint32Array(0), member: member('x2', 'x2', null) }));
      // A view into a larger buffer is stored as the view, not as the whole buffer.
      const view = new Uint32Array([11, 12, 13, 14]).subarray(1, 3);
      await s.commitStoryDoc(commit('x3', { shingles: view }));
      const got = await s.storyFeatures(['x1', 'x2', 'x3', 'nothing']);
      assert.deepEqual([...got.keys()].sort(), ['x1', 'x2', 'x3']);
      assert.deepEqual(got.get('x1'), { doc: features('x1'), title: 'وصول سفينة حاويات إلى ميناء جدة', shingles });
      assert.ok(got.get('x1')!.shingles instanceof Uint32Array);
      assert.deepEqual(got.get('x2'), { doc: undated, title: 'تقرير x2', shingles: new Uint32Array(0) });
      assert.deepEqual(got.get('x3')!.shingles, Uint32Array.of(12, 13));
    }));

    test('band hashes and index keys: every document placed after a counter, in placement order', withStore(async (s) => {
      assert.deepEqual(await s.storyIndex(0), { last: 0, docs: [] });
      await world(s);
      const all = await s.storyIndex(0);
      assert.deepEqual(all.docs.map((d) => [d.doc, [...d.bands], d.anchors]), [
        ['a1', [7, 0xffffffff], ['k:سفين', 'k:ميناء', 'k:شحن', 'e:جده']], ['b1', [0, 1, 2], ['k:قمح', 'k:ميناء']],
        ['a2', [7, 9], ['k:سفين', 'k:ميناء', 'k:حاوي', 'e:جده']], ['u1', [], ['k:سفين', 'k:شحن', 'e:جده']], ['u2', [], []],
      ]);
      assert.ok(all.docs.every((d) => d.bands instanceof Uint32Array));
      await s.commitStoryDoc(commit('n1', { bands: Uint32Array.of(5), anchors: ['P1|k:سفين', 'u|e:جده'] }));
      const since = await s.storyIndex(all.last);
      assert.deepEqual(since.docs, [{ doc: 'n1', bands: Uint32Array.of(5), anchors: ['P1|k:سفين', 'u|e:جده'] }]);
      assert.ok(since.last > all.last);
      assert.deepEqual(await s.storyIndex(since.last), { last: since.last, docs: [] });
      // In chunks: the same documents, a counter that resumes where the last chunk ended.
      const first = await s.storyIndex(0, 4);
      const rest = await s.storyIndex(first.last, 4);
      assert.deepEqual([first.docs.length, rest.docs.length, rest.last], [4, 2, since.last]);
      assert.deepEqual([...first.docs, ...rest.docs].map((d) => d.doc), ['a1', 'b1', 'a2', 'u1', 'u2', 'n1']);
      assert.deepEqual(await s.storyIndex(rest.last, 4), { last: rest.last, docs: [] });
      // The counter never goes back, not even after clearStories.
      await s.clearStories();
      await s.commitStoryDoc(commit('n2'));
      const after = await s.storyIndex(since.last);
      assert.deepEqual(after.docs.map((d) => d.doc), ['n2']);
    }));

    test('edges and copy pairs are found from either end, each once', withStore(async (s) => {
      await world(s);
      const same = { a: 'a1', b: 'a2', relation: 'same', cosine: 0.8123456789 };
      assert.deepEqual(await s.storyEdges(['a1']), [same]);
      const ofA2 = await s.storyEdges(['a2']);
      assert.deepEqual(ofA2.sort((x, y) => x.b.localeCompare(y.b)), [same, { a: 'a2', b: 'u1', relation: 'same', cosine: 0.41 }]);
      assert.equal((await s.storyEdges(['a1', 'a2', 'a1'])).length, 2);
      assert.deepEqual(await s.storyEdges(['b1']), [{ a: 'b1', b: 'u1', relation: 'mention', cosine: 0.33 }]);
      assert.equal((await s.storyEdges(['u1'])).length, 2);
      assert.deepEqual(await s.storyEdges(['u2']), []);
      const copy = { doc: 'a2', of: 'a1', jaccard: 0.61, containment: 0.83 };
      assert.deepEqual(await s.copyPairs(['a1']), [copy]);
      assert.deepEqual(await s.copyPairs(['a2']), [copy]);
      assert.deepEqual(await s.copyPairs(['a1', 'a2']), [copy]);
      assert.deepEqual(await s.copyPairs(['b1', 'u1']), []);
    }));

    test('membership', withStore(async (s) => {
      await world(s);
      const m = await s.storyMembership(['a2', 'u1', 'u2', 'none']);
      assert.deepEqual([...m.entries()].sort(), [
        ['a2', member('a2', 'a1', 'a1')], ['u1', member('u1', 'a1', null)], ['u2', member('u2', 'u2', null)],
      ]);
    }));

    test('renames of cores and stories, assign and dropStories apply with the commit', withStore(async (s) => {
      await world(s);
      // n0 (dated) joins a2 and b1: cores a1 and b1 merge under n0, which sorts
      // first; their stories become n0, and u1 (undated) is re-placed on its own.
      await s.commitStoryDoc(commit('n0', {
        edges: [{ a: 'a2', b: 'n0', relation: 'same', cosine: 0.7 }, { a: 'b1', b: 'n0', relation: 'same', cosine: 0.6 }],
        member: member('n0', 'n0', 'n0'),
        coreRename: { from: ['a1', 'b1'], to: 'n0' },
        storyRename: { from: ['a1', 'b1'], to: 'n0' },
        assign: [{ doc: 'u1', story: 'u1' }],
        stories: [record('n0', 4), record('u1', 1)],
        dropStories: ['a1', 'b1'],
      }));
      const m = await s.storyMembership(['a1', 'a2', 'b1', 'n0', 'u1', 'u2']);
      assert.deepEqual([...m.values()].sort((x, y) => x.doc.localeCompare(y.doc)), [
        member('a1', 'n0', 'n0'), member('a2', 'n0', 'n0'), member('b1', 'n0', 'n0'),
        member('n0', 'n0', 'n0'), member('u1', 'u1', null), member('u2', 'u2', null),
      ]);
      assert.deepEqual((await s.storyDocs('n0')).map((x) => x.doc), ['a1', 'a2', 'b1', 'n0']);
      assert.deepEqual(await s.coreMembers(['n0', 'a1', 'b1']), new Map([['n0', ['a1', 'a2', 'b1', 'n0']]]));
      assert.deepEqual((await s.listStories()).map((r) => r.id), ['n0', 'u1', 'u2']);
      await rejectsWith(s.getStory('a1'), 'STORY_NOT_FOUND');
    }));

    test('listStories: largest first, then by id; a commit replaces a story row', withStore(async (s) => {
      for (const [id, size] of [['s2', 3], ['s4', 1], ['s1', 3], ['s3', 2], ['s0', 1]] as const) {
        await s.commitStoryDoc(commit(id, { stories: [record(id, size)] }));
      }
      assert.deepEqual((await s.listStories()).map((r) => [r.id, r.size]), [['s1', 3], ['s2', 3], ['s3', 2], ['s0', 1], ['s4', 1]]);
      const grown = record('s4', 5, { title: 'عنوان جديد', central: 's9', firstDate: null, lastDate: '2025-03' });
      await s.commitStoryDoc(commit('s9', { member: member('s9', 's4', 's4'), stories: [grown] }));
      const list = await s.listStories();
      assert.deepEqual(list[0], grown);
      assert.equal(list.length, 5);
    }));

    test('getStory by full id or unique prefix of 4 or more; short, unknown and ambiguous are refused', withStore(async (s) => {
      for (const id of ['abcd1', 'abcd2', 'abcd23', 'ffee9', 'ab']) await s.commitStoryDoc(commit(id));
      assert.deepEqual(await s.getStory('abcd1'), record('abcd1', 1));
      assert.equal((await s.getStory('ffee')).id, 'ffee9');
      assert.equal((await s.getStory(' ffee9 ')).id, 'ffee9');
      assert.equal((await s.getStory('abcd2')).id, 'abcd2'); // the exact id wins over a longer one it begins
      assert.equal((await s.getStory('ab')).id, 'ab'); // a full id needs no minimum length
      await rejectsWith(s.getStory('abcd'), 'AMBIGUOUS_ID', /abcd1.*abcd2|abcd2.*abcd1/);
      await rejectsWith(s.getStory('abc'), 'STORY_NOT_FOUND', /4 characters/);
      await rejectsWith(s.getStory(''), 'STORY_NOT_FOUND');
      await rejectsWith(s.getStory('abcd3'), 'STORY_NOT_FOUND', /abcd3/);
      await rejectsWith(s.getStory('قصة طويلة'), 'STORY_NOT_FOUND');
    }));

    test('storyDocs lists a story\'s members by document id', withStore(async (s) => {
      await world(s);
      assert.deepEqual(await s.storyDocs('a1'), [member('a1', 'a1', 'a1'), member('a2', 'a1', 'a1'), member('u1', 'a1', null)]);
      assert.deepEqual(await s.storyDocs('u2'), [member('u2', 'u2', null)]);
      assert.deepEqual(await s.storyDocs('a2'), []);
      assert.deepEqual(await s.storyDocs('nothing'), []);
    }));

    test('storyPending: documents with an extraction and no features, in ingest order', withStore(async (s, store) => {
      const extraction: Extraction = { mentions: [], quantities: [], dates: [], published: null };
      const ids: string[] = [];
      for (const [p, ex] of [['ff', extraction], ['00', undefined], ['88', extraction], ['11', extraction]] as const) {
        ids.push((await store.addDocument(newDoc(`رست سفينة في الميناء رقم ${p}`, p, ex), [])).id);
      }
      const [ff, zero, e88, e11] = ids as [string, string, string, string];
      assert.deepEqual(await s.storyPending(), [ff, e88, e11]);
      await s.commitStoryDoc(commit(e88));
      assert.deepEqual(await s.storyPending(), [ff, e11]);
      await store.setExtraction(zero, extraction);
      assert.deepEqual(await s.storyPending(), [ff, zero, e11]);
    }));

    test('clearStories forgets every story table and keeps the documents', withStore(async (s, store) => {
      const extraction: Extraction = { mentions: [], quantities: [], dates: [], published: null };
      const { id } = await store.addDocument(newDoc('أبحرت السفينة من جدة صباحا', 'aa', extraction), []);
      await world(s);
      await s.commitStoryDoc(commit(id, { anchors: ['k:سفين'], bands: Uint32Array.of(7) }));
      assert.deepEqual(await s.storyPending(), []);
      await s.clearStories();
      const all = ['a1', 'a2', 'b1', 'u1', 'u2', id];
      assert.deepEqual(await snapshot(s, all), {
        stories: [], docs: [], features: [], members: [], index: [], edges: [], copies: [],
      });
      await rejectsWith(s.getStory('a1'), 'STORY_NOT_FOUND');
      assert.deepEqual((await store.listDocuments()).map((d) => d.id), [id]);
      assert.deepEqual(await s.storyPending(), [id]);
    }));

    storyStoreRefusals(withStore);
    storyStoreEvents(withStore);

    test('empty id lists give empty results', withStore(async (s) => {
      await world(s);
      assert.equal((await s.storyFeatures([])).size, 0);
      assert.equal((await s.storyMembership([])).size, 0);
      assert.deepEqual(await s.storyEdges([]), []);
      assert.deepEqual(await s.copyPairs([]), []);
      assert.deepEqual(await s.coreAdjacency([]), []);
      assert.equal((await s.docAdjacency([])).size, 0);
      assert.equal((await s.joinedCores([])).size, 0);
    }));

    test('undated adjacency: sums written with a commit, renamed with the cores, read both ways; joined cores', withStore(async (s) => {
      const undated = (id: string) => features(id, { eventDate: null });
      const row = (core: string, doc: string, sum: number | null, n: number | null) => ({ core, doc, sum, n });
      await s.commitStoryDoc(commit('c1'));
      await s.commitStoryDoc(commit('w1', {
        features: undated('w1'), member: member('w1', 'c1', null), adjacency: [row('c1', 'w1', 0.75, 1)], joined: [{ doc: 'w1', core: 'c1' }],
      }));
      await s.commitStoryDoc(commit('c2', { adjacency: [row('c2', 'w1', 0.5, 1)] }));
      await s.commitStoryDoc(commit('w2', { features: undated('w2'), member: member('w2', 'c2', null), adjacency: [row('c2', 'w2', null, null)] }));
      assert.deepEqual(await s.docAdjacency(['w1', 'w2', 'c1']), new Map([
        ['w1', [row('c1', 'w1', 0.75, 1), row('c2', 'w1', 0.5, 1)]], ['w2', [row('c2', 'w2', null, null)]],
      ]));
      assert.deepEqual(await s.coreAdjacency(['c2']), [row('c2', 'w1', 0.5, 1), row('c2', 'w2', null, null)]);
      // Only the rows of the cores given.
      assert.deepEqual(await s.docAdjacency(['w1', 'w2'], ['c2', 'nothing']), new Map([['w1', [row('c2', 'w1', 0.5, 1)]], ['w2', [row('c2', 'w2', null, null)]]]));
      assert.deepEqual(await s.docAdjacency(['w2'], ['c1']), new Map());
      assert.equal((await s.docAdjacency(['w1'], [])).size, 0);
      assert.deepEqual(await s.coreAdjacency(['c1', 'nothing']), [row('c1', 'w1', 0.75, 1)]);
      // w1 joined c1 (its row read with it); w2 joined nothing; c1 is dated.
      assert.deepEqual(await s.joinedCores(['w1', 'w2', 'c1']), new Map([['w1', row('c1', 'w1', 0.75, 1)]]));
      // c0 merges both cores: w1's two rows become one, rewritten with the commit's sums;
      // w1's joined core is renamed by the commit.
      await s.commitStoryDoc(commit('c0', {
        coreRename: { from: ['c1', 'c2'], to: 'c0' },
        adjacency: [row('c0', 'w1', 2, 3), row('c0', 'w2', 0.25, 3)],
        joined: [{ doc: 'w1', core: 'c0' }, { doc: 'w2', core: 'c0' }],
      }));
      assert.deepEqual(await s.docAdjacency(['w1', 'w2']), new Map([['w1', [row('c0', 'w1', 2, 3)]], ['w2', [row('c0', 'w2', 0.25, 3)]]]));
      assert.deepEqual(await s.coreAdjacency(['c1', 'c2']), []);
      assert.deepEqual((await s.coreAdjacency(['c0'])).map((r) => r.doc), ['w1', 'w2']);
      assert.deepEqual(await s.joinedCores(['w1', 'w2']), new Map([['w1', row('c0', 'w1', 2, 3)], ['w2', row('c0', 'w2', 0.25, 3)]]));
      // A joined core without a row reads with unknown sums; null clears it.
      await s.commitStoryDoc(commit('c9', { joined: [{ doc: 'w1', core: 'c9' }, { doc: 'w2', core: null }] }));
      assert.deepEqual(await s.joinedCores(['w1', 'w2']), new Map([['w1', row('c9', 'w1', null, null)]]));
      await s.clearStories();
      assert.deepEqual(await s.coreAdjacency(['c0']), []);
      assert.equal((await s.joinedCores(['w1'])).size, 0);
    }));

    test('core members, grouped by core', withStore(async (s) => {
      await world(s);
      assert.deepEqual(await s.coreMembers(['a1', 'b1', 'nothing']), new Map([['a1', ['a1', 'a2']], ['b1', ['b1']]]));
      assert.equal((await s.coreMembers([])).size, 0);
    }));

    test('story summaries are written and dropped apart from placements', withStore(async (s) => {
      await world(s);
      await s.writeStoryRecords([record('a1', 3, { title: 'قصة جديدة', central: 'u1' }), record('z9', 1)], ['b1', 'nothing']);
      assert.deepEqual((await s.listStories()).map((r) => [r.id, r.title, r.central]), [
        ['a1', 'قصة جديدة', 'u1'], ['u2', 'قصة u2', 'u2'], ['z9', 'قصة z9', 'z9'],
      ]);
    }));

    test('a batch makes its commits durable together, or undoes all of them', withStore(async (s) => {
      await world(s);
      const ids = ['a1', 'a2', 'b1', 'u1', 'u2', 'n1', 'n2'];
      const before = await snapshot(s, ids);
      await s.beginStoryBatch();
      await s.commitStoryDoc(commit('n1', { anchors: ['k:جديد'] }));
      await s.writeStoryRecords([record('n1', 1)], ['b1']);
      // Reads inside the batch see its writes.
      assert.deepEqual((await s.storyIndex(0)).docs.map((d) => d.doc).slice(-1), ['n1']);
      // A failing commit inside the batch undoes itself only.
      await assert.rejects(s.commitStoryDoc(commit('n2', { member: member('a1', 'a1', 'a1') })));
      assert.equal((await s.storyFeatures(['n2'])).size, 0);
      await s.endStoryBatch(false);
      assert.deepEqual(await snapshot(s, ids), before);
      await s.beginStoryBatch();
      await rejectsWith(s.beginStoryBatch(), 'STORE', /already open/u);
      await s.commitStoryDoc(commit('n1', { anchors: ['k:جديد'] }));
      await s.endStoryBatch(true);
      assert.deepEqual((await s.storyIndex(0)).docs.slice(-1).map((d) => [d.doc, d.anchors]), [['n1', ['k:جديد']]]);
      await rejectsWith(s.endStoryBatch(true), 'STORE', /no story batch/u);
      await s.endStoryBatch(false); // nothing open: nothing to undo
    }));
  });
}
