import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { ingestPaths } from '../ingest/ingest.js';
import { isRasdError } from '../errors.js';
import { writeStoryCorpus } from '../testing/story-pages.js';
import { copyGroups, storyDetail, storySummaries } from './story-detail.js';
import type { CopyPair } from '../store/story-store.js';
import { doc } from '../store/sqlite.fixture.js';
import { StoryEngine } from './engine.js';
import { weeklyCorpus } from './engine.fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-story-detail-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// One store for the whole file: ingesting runs the NER model, the slow part.
const files = writeStoryCorpus(join(dir, 'corpus'));
const store = openSqliteStore(join(dir, 'store.db'));
after(() => store.close());
const ready = ingestPaths([join(dir, 'corpus')], store).then(async () => {
  const ids = new Map<string, string>();
  for (const d of await store.listDocuments()) for (const [rel, abs] of files) if (d.source === abs) ids.set(rel, d.id);
  return ids;
});

test('storySummaries: three stories, largest first, with every document and its source', async () => {
  const ids = await ready;
  const all = await storySummaries(store);
  assert.deepEqual(all.map((s) => s.size), [4, 1, 1]);
  const launch = ['wikalat-al-anba/rail-launch.txt', 'sada-al-balad/rail-photos.txt', 'al-wasat/rail-start.txt', 'nabd-al-khaleej/rail-traders.txt'];
  const launchIds = launch.map((f) => ids.get(f)!).sort();
  assert.equal(all[0]!.id, launchIds[0], 'a story is named by its smallest document id');
  assert.deepEqual(all[0]!.documents.map((d) => d.id), launchIds);
  assert.deepEqual(all[0]!.documents.map((d) => d.source).sort(), launch.map((f) => files.get(f)!).sort());
  assert.equal(all[0]!.title, 'سلطنة عمان تدشن أول خط للقطارات بين ميناء صحار ومدينة البريمي', "the wire's title: the most central report");
  assert.equal(all[0]!.firstDate, '2025-09-09');
  assert.equal(all[0]!.lastDate, '2025-09-10', "the reprint's day");
  const singles = all.slice(1).map((s) => s.documents[0]!.source).sort();
  assert.deepEqual(singles, [files.get('al-wasat/book-fair.txt'), files.get('nabd-al-khaleej/rail-figures.txt')]);
});

test('storyDetail: documents most similar first, the reprint marked as a copy of the wire', async () => {
  const ids = await ready;
  const wire = ids.get('wikalat-al-anba/rail-launch.txt')!;
  const reprint = ids.get('sada-al-balad/rail-photos.txt')!;
  const id = [...ids.values()].filter((x) => x !== ids.get('al-wasat/book-fair.txt') && x !== ids.get('nabd-al-khaleej/rail-figures.txt')).sort()[0]!;
  const d = await storyDetail(store, id);
  assert.equal(d.id, id);
  assert.equal(d.size, 4);
  assert.equal(d.central, wire);
  assert.equal(d.documents[0]!.id, wire);
  assert.deepEqual(d.dates, { first: '2025-09-09', last: '2025-09-10' });
  const sims = d.documents.map((x) => x.similarity);
  assert.deepEqual(sims, [...sims].sort((a, b) => b - a));
  assert.ok(sims.every((x) => x > 0.5 && x <= 1), String(sims));
  const r = d.documents.find((x) => x.id === reprint)!;
  assert.equal(r.outlet, 'sada-al-balad');
  assert.equal(r.title, 'بالصور.. القطار يصل إلى البريمي لأول مرة في تاريخ السلطنة');
  assert.equal(r.published, '2025-09-10');
  assert.equal(r.copyOf?.id, wire, 'the earlier published one is the original');
  assert.ok(r.copyOf!.containment > 0.9 && r.copyOf!.jaccard > 0.6, JSON.stringify(r.copyOf));
  assert.deepEqual(d.documents.find((x) => x.id === wire)!.copies, [reprint]);
  for (const x of d.documents.filter((x) => x.id !== wire && x.id !== reprint)) {
    assert.equal(x.copyOf, null);
    assert.deepEqual(x.copies, []);
    assert.equal(x.eventDate, '2025-09-09');
  }
});

test('storyDetail: places and main entities counted by documents; links to the follow-up story', async () => {
  const ids = await ready;
  const wire = ids.get('wikalat-al-anba/rail-launch.txt')!;
  const followup = ids.get('nabd-al-khaleej/rail-figures.txt')!;
  const id = (await storySummaries(store))[0]!.id;
  const d = await storyDetail(store, id.slice(0, 6));
  assert.equal(d.id, id, 'a prefix of the story id');
  assert.ok(d.documents.some((x) => x.id === wire));
  assert.ok(d.places.every((p) => p.type === 'LOC'));
  assert.ok(d.entities.every((p) => p.type !== 'LOC'));
  const buraimi = d.places.find((p) => p.name === 'البريمي');
  assert.equal(buraimi?.docs, 4);
  assert.equal(d.entities[0]!.name, 'سالم بن ناصر الحارثي', 'the minister: in all four reports');
  assert.equal(d.entities[0]!.docs, 4);
  const counts = [...d.places, ...d.entities].map((e) => e.docs);
  assert.ok(d.places.every((p, i) => i === 0 || d.places[i - 1]!.docs >= p.docs), String(counts));
  assert.equal(d.mentions.length, 1);
  assert.equal(d.mentions[0]!.story, followup);
  assert.match(d.mentions[0]!.title, /180 ألف طن/);
  assert.deepEqual(d.mentions[0]!.via.map((v) => v.other), [followup, followup, followup, followup]);
  assert.deepEqual(d.mentions[0]!.via.map((v) => v.doc), d.documents.map((x) => x.id).sort());
  // And the other way round: the follow-up recalls the launch's story.
  const back = await storyDetail(store, followup);
  assert.equal(back.size, 1);
  assert.equal(back.documents[0]!.similarity, 1);
  assert.deepEqual(back.mentions.map((m) => m.story), [d.id]);
});

test('storyDetail: an unknown id is STORY_NOT_FOUND; a document id inside a story finds its story', async () => {
  const ids = await ready;
  await assert.rejects(storyDetail(store, 'ffffffffffff'), (e: unknown) => isRasdError(e) && e.code === 'STORY_NOT_FOUND');
  const launch = await storySummaries(store).then((all) => all[0]!);
  const notFirst = launch.documents.map((x) => x.id).find((x) => x !== launch.id)!;
  assert.ok([...ids.values()].includes(notFirst));
  assert.equal((await storyDetail(store, notFirst)).id, launch.id);
  assert.equal((await storyDetail(store, notFirst.slice(0, 6))).id, launch.id);
});

const pair = (doc: string, of: string, jaccard: number, containment = jaccard): CopyPair => ({ doc, of, jaccard, containment });

test('copyGroups: the earliest published is the original, whatever the pairs\' order and direction', () => {
  const members = new Set(['a', 'b', 'c', 'd']);
  const published = new Map<string, string | null>([['a', '2025-03-05'], ['b', '2025-03-04'], ['c', null], ['d', '2025-03-04']]);
  const one = copyGroups(members, [pair('a', 'b', 0.8), pair('c', 'a', 0.7)], (x) => published.get(x)!);
  const two = copyGroups(members, [pair('a', 'c', 0.7), pair('b', 'a', 0.8)], (x) => published.get(x)!);
  assert.deepEqual([...one], [...two]);
  assert.deepEqual(one.get('b'), { copyOf: null, copies: ['a', 'c'] });
  assert.deepEqual(one.get('a')!.copyOf, { id: 'b', jaccard: 0.8, containment: 0.8 });
  // c has no pair with b: it takes its best direct pair's scores.
  assert.deepEqual(one.get('c')!.copyOf, { id: 'b', jaccard: 0.7, containment: 0.7 });
  assert.deepEqual(one.get('d'), { copyOf: null, copies: [] });
});

test('copyGroups: unknown dates last, ties to the smallest id, pairs leaving the story ignored', () => {
  const members = new Set(['m', 'k', 'z']);
  const none = (): string | null => null;
  const g = copyGroups(members, [pair('m', 'k', 0.9, 0.95), pair('z', 'm', 0.7), pair('z', 'k', 0.65), pair('k', 'outside', 0.99)], none);
  assert.deepEqual(g.get('k')!.copies, ['m', 'z']);
  assert.deepEqual(g.get('m')!.copyOf, { id: 'k', jaccard: 0.9, containment: 0.95 });
  assert.deepEqual(g.get('z')!.copyOf, { id: 'k', jaccard: 0.65, containment: 0.65 }, 'its direct pair with the original, not its best pair');
  assert.ok(!g.has('outside'));
  const dated = copyGroups(new Set(['x', 'y']), [pair('x', 'y', 0.8)], (d) => (d === 'y' ? '2025-01-02' : null));
  assert.equal(dated.get('x')!.copyOf?.id, 'y', 'a known date comes before an unknown one');
});

test('copyGroups: among reports of one day the longest is the original, whatever the ids', () => {
  const pairs = [{ doc: 'aaaa', of: 'zzzz', jaccard: 0.8, containment: 0.95 }];
  const sameDay = (): string => '2025-03-02';
  const longer = (d: string): number => (d === 'zzzz' ? 300 : 240);
  const g = copyGroups(new Set(['aaaa', 'zzzz']), pairs, sameDay, longer);
  assert.equal(g.get('aaaa')!.copyOf?.id, 'zzzz');
  assert.deepEqual(g.get('zzzz')!.copies, ['aaaa']);
  // An earlier publication date still comes first.
  const earlier = copyGroups(new Set(['aaaa', 'zzzz']), pairs, (d) => (d === 'aaaa' ? '2025-03-01' : '2025-03-02'), longer);
  assert.equal(earlier.get('zzzz')!.copyOf?.id, 'aaaa');
});

test('storyDetail marks an undated report that matches too many events as attributed to none', async () => {
  const own = openSqliteStore(join(dir, 'weekly.db'));
  try {
    // Weekly editions (engine.fixture.ts), each report stored as a document of its own.
    const engine = new StoryEngine(own.stories);
    for (const [i, d] of weeklyCorpus(5).entries()) {
      const { id } = await own.addDocument(doc(900 + i), []);
      await engine.add({ ...d, id, features: { ...d.features, id } });
    }
    const members = [...(await own.stories.storyMembership((await own.listDocuments()).map((d) => d.id))).values()];
    const alone = members.filter((m) => m.ambiguous);
    const placed = members.filter((m) => m.core === null && !m.ambiguous && m.story !== m.doc);
    assert.ok(alone.length > 0 && placed.length > 0, `${alone.length} alone, ${placed.length} placed undated reports`);
    const detail = await storyDetail(own, alone[0]!.doc);
    assert.deepEqual(detail.documents.map((x) => [x.id, x.unattributed]), [[alone[0]!.doc, true]]);
    const shared = await storyDetail(own, placed[0]!.story);
    assert.ok(shared.documents.length > 1 && shared.documents.every((x) => !x.unattributed), 'a placed undated report is attributed');
  } finally {
    await own.close();
  }
});
