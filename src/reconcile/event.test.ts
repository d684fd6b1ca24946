// storyEvent over a real store: reports written for this test (none from ../shared) of one
// invented ministerial meeting in Doha on Thursday 17 October 2024 — one dated, two that
// say only "Thursday", one that wrongly says "Monday", co-chairs named and by title, a host
// country — and, in a second store, an undated forum in Tunis whose month another story's
// report recalls.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { ingestPaths } from '../ingest/ingest.js';
import { writeStoryCorpus } from '../testing/story-pages.js';
import { storyEvent } from './event.js';
import { FORUM, MEETING } from '../testing/event-pages.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-event-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const store = openSqliteStore(join(dir, 'meeting.db'));
after(() => store.close());
const files = writeStoryCorpus(join(dir, 'meeting'), MEETING);
const ready = ingestPaths([join(dir, 'meeting')], store).then(async () => {
  const ids = new Map<string, string>();
  for (const d of await store.listDocuments()) for (const [rel, abs] of files) if (d.source === abs) ids.set(rel, d.id);
  const stories = await store.stories.listStories();
  return { ids, stories };
});

test('storyEvent: kind, scene and the day from a dated report and two Thursdays', async () => {
  const { ids, stories } = await ready;
  assert.equal(stories.length, 1, 'the four reports are one story');
  const { event } = await storyEvent(store, stories[0]!.id);
  assert.equal(event.kind?.value, 'meeting');
  assert.equal(event.kind?.reports.length, 4);
  assert.equal(event.place?.value.name, 'الدوحة');
  assert.equal(event.place?.reports.length, 4, 'every report sets it in Doha');
  for (const r of event.place!.reports) assert.equal(r.text, 'الدوحة');
  assert.deepEqual(event.date?.value, { value: '2024-10-17', precision: 'day' });
  const supporting = new Set(event.date!.reports.map((r) => r.doc));
  assert.ok(supporting.has(ids.get('wakala/doha-water.txt')!), 'the dated report');
  assert.ok(supporting.has(ids.get('sahifa/doha-opening.txt')!), '"today Thursday" resolves to the story day');
  assert.ok(supporting.has(ids.get('jarida/doha-chairs.txt')!), '"on Thursday" too');
  assert.ok(!supporting.has(ids.get('nafidha/doha-monday.txt')!), 'Monday does not support the 17th');
  const thursday = event.date!.reports.find((r) => r.doc === ids.get('sahifa/doha-opening.txt'))!;
  assert.match(thursday.text, /الخميس/u);
});

test('storyEvent: the wrong Monday is a weekday conflict with the right sides; the date itself is agreed', async () => {
  const { ids, stories } = await ready;
  const { eventFacts } = await storyEvent(store, stories[0]!.id);
  const weekday = eventFacts.find((f) => f.kind === 'weekday')!;
  assert.equal(weekday.status, 'conflict');
  assert.equal(weekday.value, null);
  assert.deepEqual(weekday.sides, [
    { value: 'Thursday', docs: ['wakala/doha-water.txt', 'sahifa/doha-opening.txt', 'jarida/doha-chairs.txt'].map((f) => ids.get(f)!).sort() },
    { value: 'Monday', docs: [ids.get('nafidha/doha-monday.txt')!] },
  ]);
  const monday = weekday.reports.find((r) => r.value === 'Monday')!;
  assert.match(monday.text, /الاثنين/u);
  assert.ok(monday.sentence.text.includes(monday.text));
  const date = eventFacts.find((f) => f.kind === 'date')!;
  assert.equal(date.status, 'agreed');
  assert.equal(date.value, '2024-10-17');
});

test('storyEvent: co-chairs by name and by title, the host country', async () => {
  const { ids, stories } = await ready;
  const { event } = await storyEvent(store, stories[0]!.id);
  const chairs = event.participants.filter((p) => p.role === 'chair');
  assert.deepEqual(chairs.map((p) => p.name).sort(), ['عبد الله بن حمد السليطي', 'محمد النجار'].sort());
  const najjar = chairs.find((p) => p.name === 'محمد النجار')!;
  const docs = new Set(najjar.reports.map((r) => r.doc));
  assert.ok(docs.has(ids.get('jarida/doha-chairs.txt')!), 'named after برئاسة مشتركة');
  assert.ok(docs.has(ids.get('nafidha/doha-monday.txt')!), 'named by title: ونظيره الأردني');
  const hosts = event.participants.filter((p) => p.role === 'host');
  assert.deepEqual(hosts.map((p) => p.name), ['قطر']);
  assert.equal(hosts[0]!.reports.length, 2, 'استضافت قطر and قطر، البلد المضيف');
});

test('storyEvent: an undated single-report story takes its month from another story that recalls it', async () => {
  const s2 = openSqliteStore(join(dir, 'forum.db'));
  try {
    const f2 = writeStoryCorpus(join(dir, 'forum'), FORUM);
    await ingestPaths([join(dir, 'forum')], s2);
    const byFile = new Map<string, string>();
    for (const d of await s2.listDocuments()) for (const [rel, abs] of f2) if (d.source === abs) byFile.set(rel, d.id);
    const tunis = byFile.get('wakala/tunis-forum.txt')!;
    const oran = byFile.get('sahifa/oran-forum.txt')!;
    const story = (await s2.stories.storyMembership([tunis])).get(tunis)!.story;
    assert.notEqual((await s2.stories.storyMembership([oran])).get(oran)!.story, story, 'two stories');
    const { event, eventFacts } = await storyEvent(s2, story);
    assert.equal(event.place?.value.name, 'تونس');
    assert.deepEqual(event.date?.value, { value: '2024-11', precision: 'month' });
    assert.deepEqual(event.date!.reports.map((r) => r.doc), [oran], 'the recalling report is the evidence');
    assert.match(event.date!.reports[0]!.sentence.text, /تونس/u);
    assert.deepEqual(eventFacts.find((f) => f.kind === 'date')?.status, 'agreed');
    const chair = event.participants.find((p) => p.role === 'chair');
    assert.equal(chair?.name, 'سمير الماجري', 'chair from the recalling sentence');

    // The recalled month is not the Oran story's own date.
    const other = await storyEvent(s2, (await s2.stories.storyMembership([oran])).get(oran)!.story);
    assert.deepEqual(other.event.date?.value, { value: '2025-03-12', precision: 'day' });
    assert.equal(other.event.place?.value.name, 'وهران');
    assert.ok(!other.event.participants.some((p) => p.role === 'chair'), 'the recalled chair is not this forum\'s');
  } finally {
    await s2.close();
  }
});
