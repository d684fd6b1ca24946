// rasd timeline and the event and facts of rasd story, as a user runs them (runCli with a
// captured Io) on the story corpus of src/testing plus an undated report of our own.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from './command.js';
import { runCli } from './run.js';
import { BOOK_FAIR, STORY_FILES, writeStoryCorpus } from '../testing/story-pages.js';
import type { TimelineEntry as Entry } from './timeline.js';

/** A report that gives no date at all (written for this test): its event sorts last. */
const UNDATED = [
  'السيول تقطع الطرق بين سيئون وتريم في وادي حضرموت',
  '',
  'قطعت السيول الطريق الرئيسي الذي يربط مدينة سيئون بمدينة تريم في وادي حضرموت شرقي اليمن، وغمرت المياه مزارع النخيل على ضفتي الوادي.',
  'وقال مسؤول في الدفاع المدني إن فرق الإنقاذ نقلت عشرات الأسر إلى مدارس في المرتفعات القريبة.',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'rasd-timeline-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
const files = writeStoryCorpus(corpus, { ...STORY_FILES, 'sawt-al-wadi/floods.txt': UNDATED });
const db = join(dir, 'store.db');

async function rasd(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), outTty: false, errTty: false, env: {} };
  return { code: await runCli(args, io), out, err };
}

async function json<T>(args: string[]): Promise<T> {
  const r = await rasd([...args, '--json', '--db', db]);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
}


const ingested = rasd(['ingest', corpus, '--db', db]);
const titleOf = (page: string): string => page.split('\n')[0]!;

test('timeline --json: every story once, in date order, the undated event last', async () => {
  assert.equal((await ingested).code, 0);
  const events = await json<Entry[]>(['timeline']);
  for (const e of events) assert.deepEqual(Object.keys(e), ['story', 'title', 'reports', 'date', 'precision', 'place', 'kind']);
  assert.deepEqual(
    events.map((e) => [e.date, e.precision, e.reports]),
    [
      ['2025-05-08', 'day', 1],
      ['2025-09-09', 'day', 4],
      ['2025-10-20', 'day', 1],
      [null, null, 1],
    ],
  );
  assert.equal(events[0]!.title, titleOf(BOOK_FAIR));
  assert.equal(events[3]!.title, titleOf(UNDATED));
  assert.ok(events[1]!.place !== null);
  const stories = await json<Array<{ id: string }>>(['stories']);
  assert.deepEqual(events.map((e) => e.story).sort(), stories.map((s) => s.id).sort());
});

test('timeline --entity: the events whose reports name the entity, by any spelling', async () => {
  await ingested;
  const minister = await json<Entry[]>(['timeline', '--entity', 'سالم بن ناصر الحارثي']);
  assert.deepEqual(minister.map((e) => e.date), ['2025-09-09', '2025-10-20']);
  // Tashkeel and letter variants are folded as everywhere else in rasd.
  const marked = await json<Entry[]>(['timeline', '--entity', 'سالِم بن ناصر الحارثيّ']);
  assert.deepEqual(marked, minister);
  assert.deepEqual(await json<Entry[]>(['timeline', '--entity', 'كوكب المريخ']), []);
  const bad = await rasd(['timeline', '--entity', ' ', '--db', db]);
  assert.equal(bad.code, 2);
  assert.equal((await rasd(['timeline', 'extra', '--db', db])).code, 2);
});

test('timeline: text with the date and its precision, the title alone on its line', async () => {
  await ingested;
  const r = await rasd(['timeline', '--db', db]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.match(lines[0]!, /^2025-05-08 \(day\) {2}\S+ {2}[0-9a-f]{12} {2}1 report$/);
  assert.equal(lines[1], titleOf(BOOK_FAIR));
  assert.match(r.out, /^date unknown {2}\S+ {2}[0-9a-f]{12} {2}1 report\nالسيول تقطع الطرق/m);
  assert.match(r.out, /^4 events\n$/m);
  const main = await rasd(['--help']);
  assert.match(main.out, /^ {2}timeline +List the events in date order/m);
});

interface StoryJson {
  id: string;
  documents: Array<{ id: string }>;
  mentions: Array<{ story: string; via: Array<{ doc: string; other: string }> }>;
  event: { kind: string | null; place: string | null; date: string | null; precision: string | null; participants: unknown[] };
  facts: Array<{ kind: string; value: unknown; unit: unknown; subject: unknown; status: string; reports: Array<{ document: string; text: string; start: number; end: number; value: unknown }> }>;
}

test('story --json adds the event and the facts, each report pointing at its own words', async () => {
  await ingested;
  const [launch] = await json<Array<{ id: string }>>(['stories']);
  const st = await json<StoryJson>(['story', launch!.id]);
  assert.deepEqual(Object.keys(st.event).slice(0, 5), ['kind', 'place', 'date', 'precision', 'participants']);
  assert.deepEqual([st.event.date, st.event.precision], ['2025-09-09', 'day']);
  assert.ok(Array.isArray(st.facts));
  // A report of a linked story that recalls this event may support its date.
  const members = new Set([...st.documents.map((d) => d.id), ...st.mentions.flatMap((m) => m.via.map((v) => v.other))]);
  for (const f of st.facts) {
    assert.deepEqual(Object.keys(f).slice(0, 6), ['kind', 'value', 'unit', 'subject', 'status', 'reports']);
    for (const r of f.reports) {
      assert.ok(members.has(r.document), r.document);
      const doc = await json<{ text: string }>(['show', r.document]);
      assert.equal(doc.text.slice(r.start, r.end), r.text);
    }
  }
  const text = await rasd(['story', launch!.id, '--db', db]);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /^event\n {2}kind: .+\n {2}place: .+\n {2}date: 2025-09-09 \(day\)\n/m);
  assert.match(text.out, /^facts /m);
  // The undated story: an event with no date, said plainly.
  const floods = (await json<Entry[]>(['timeline'])).at(-1)!;
  const undated = await rasd(['story', floods.story, '--db', db]);
  assert.match(undated.out, /^ {2}date: unknown$/m);
});
