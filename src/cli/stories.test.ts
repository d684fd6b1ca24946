// The story verbs as a user runs them (runCli with a captured Io, on stores in a temp dir):
// rasd stories, rasd story, rasd recluster and rasd eval stories.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { openSqliteStore } from '../store/sqlite.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from './command.js';
import { runCli } from './run.js';
import { STORY_FILES, STORY_GOLD, writeStoryCorpus } from '../testing/story-pages.js';
import type { StoryEvalReport as EvalReport } from './eval-stories.js';
import type { StorySummary as Summary } from '../cluster/story-detail.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-stories-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
const files = writeStoryCorpus(corpus);
const db = join(dir, 'store.db');

async function rasd(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), outTty: false, errTty: false, env: {} };
  const code = await runCli(args, io);
  return { code, out, err };
}

async function json<T>(args: string[]): Promise<T> {
  const r = await rasd([...args, '--json']);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
}


const ingested = rasd(['ingest', corpus, '--db', db]);
const gold = (name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

test('stories --json: the contract shape, grouped as a reader would, largest first', async () => {
  assert.equal((await ingested).code, 0);
  const all = await json<Summary[]>(['stories', '--db', db]);
  assert.equal(all.length, 3);
  for (const s of all) {
    assert.deepEqual(Object.keys(s), ['id', 'title', 'size', 'firstDate', 'lastDate', 'documents']);
    for (const d of s.documents) assert.deepEqual(Object.keys(d), ['id', 'source']);
    assert.equal(s.size, s.documents.length);
    assert.equal(s.id, s.documents.map((d) => d.id).sort()[0]);
  }
  // Singles follow the larger story, by id (a content hash): compared as a set.
  const key = (xs: string[][]) => xs.map((x) => x.join('|')).sort();
  const sources = all.map((s) => s.documents.map((d) => d.source).sort());
  const want = Object.values(STORY_GOLD).map((fs) => fs.map((f) => files.get(f)!).sort());
  assert.deepEqual(key(sources), key(want));
  assert.equal(all[0]!.size, 4);
  assert.deepEqual([all[0]!.firstDate, all[0]!.lastDate], ['2025-09-09', '2025-09-10']);
  const fair = all.find((s) => s.documents[0]!.source === files.get('al-wasat/book-fair.txt'))!;
  assert.deepEqual([fair.title, fair.firstDate, fair.lastDate], ['معرض الدار البيضاء للكتاب يفتح أبوابه بمشاركة 700 دار نشر', '2025-05-08', '2025-05-08']);
});

test('stories: text with the title alone on its line, a dim line, indented sources; --limit', async () => {
  await ingested;
  const r = await rasd(['stories', '--db', db]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.equal(lines[0], 'سلطنة عمان تدشن أول خط للقطارات بين ميناء صحار ومدينة البريمي');
  assert.match(lines[1]!, /^ {2}[0-9a-f]{12} {2}4 reports {2}2025-09-09 – 2025-09-10$/);
  assert.ok(lines.some((l) => l.startsWith('    ') && l.endsWith(files.get('sada-al-balad/rail-photos.txt')!)));
  assert.match(r.out, /1 report {2}2025-05-08\n/);
  assert.match(r.out, /^3 stories\n$/m);
  const one = await rasd(['stories', '--limit', '1', '--db', db]);
  assert.match(one.out, /3 stories \(1 shown\)/);
  assert.equal(JSON.parse((await rasd(['stories', '--limit', '1', '--json', '--db', db])).out).length, 1);
  const bad = await rasd(['stories', '--limit', '0', '--db', db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--limit must be a positive whole number/);
});

test('stories: reports not placed yet (an interrupted ingest, an upgrade starting the stories again) are counted', async () => {
  await ingested;
  const copy = join(dir, 'unplaced.db');
  copyFileSync(db, copy);
  const cleared = openSqliteStore(copy);
  await cleared.stories.clearStories();
  await cleared.close();
  const before = await rasd(['stories', '--db', copy]);
  assert.equal(before.code, 0, before.err);
  assert.match(before.out, /^0 stories\n6 reports not in a story yet: the next rasd ingest, or rasd recluster, places them\n$/);
  assert.deepEqual(JSON.parse((await rasd(['stories', '--json', '--db', copy])).out), [], 'the JSON contract is the array alone');
  assert.equal((await rasd(['recluster', '--db', copy])).code, 0);
  const after = await rasd(['stories', '--db', copy]);
  assert.match(after.out, /^3 stories\n$/m);
  assert.doesNotMatch(after.out, /not in a story/);
});

test('story --json and text: similarities, the reprint as a copy of the wire, the linked follow-up', async () => {
  await ingested;
  const [launch] = await json<Summary[]>(['stories', '--db', db]);
  const idOf = (rel: string) => launch!.documents.find((d) => d.source === files.get(rel))!.id;
  const wire = idOf('wikalat-al-anba/rail-launch.txt');
  const reprint = idOf('sada-al-balad/rail-photos.txt');
  const d = await json<{
    id: string;
    title: string;
    documents: Array<{ id: string; source: string; similarity: number; copyOf: { id: string } | null; copies: string[] }>;
    mentions: Array<{ story: string }>;
  }>(['story', launch!.id.slice(0, 5), '--db', db]);
  assert.equal(d.id, launch!.id);
  assert.equal(d.title, launch!.title);
  assert.deepEqual(d.documents.map((x) => x.source).sort(), launch!.documents.map((x) => x.source).sort());
  assert.equal(d.documents.find((x) => x.id === reprint)!.copyOf?.id, wire);
  assert.deepEqual(d.documents.find((x) => x.id === wire)!.copies, [reprint]);
  assert.equal(d.mentions.length, 1);

  const text = await rasd(['story', launch!.id, '--db', db]);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /^places: .*البريمي \(4\)/m);
  assert.match(text.out, /^entities: سالم بن ناصر الحارثي \(4\)/m);
  const sim = d.documents.find((x) => x.id === reprint)!.similarity.toFixed(2);
  assert.ok(text.out.includes(`  ${sim}  ${reprint}  sada-al-balad  ${files.get('sada-al-balad/rail-photos.txt')}`), text.out);
  assert.match(text.out, new RegExp(`copy of ${wire} \\(jaccard 0\\.\\d\\d, containment 0\\.\\d\\d\\)`));
  assert.match(text.out, new RegExp(`copied by ${reprint}`));
  assert.match(text.out, new RegExp(`^ {2}${d.mentions[0]!.story} {2}قطار صحار – البريمي ينقل 180 ألف طن`, 'm'));
});

test('story: a missing id fails with STORY_NOT_FOUND, no id is a usage error, --help works', async () => {
  await ingested;
  const missing = await rasd(['story', 'ffffffff', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no story has that id: "ffffffff".*\[STORY_NOT_FOUND\]/);
  assert.equal((await rasd(['story', '--db', db])).code, 2);
  for (const verb of ['stories', 'story', 'recluster']) {
    const h = await rasd([verb, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, new RegExp(`usage: rasd ${verb}`));
  }
  const main = await rasd(['--help']);
  for (const verb of ['stories', 'story', 'recluster']) assert.match(main.out, new RegExp(`^ {2}${verb} +\\S`, 'm'));
});

test('recluster leaves the stories as they were; another ingest order gives them too', async () => {
  await ingested;
  const before = (await rasd(['stories', '--json', '--db', db])).out;
  const r = await json<{ placed: number; stories: number; copies: number }>(['recluster', '--db', db]);
  assert.deepEqual([r.placed, r.stories, r.copies], [6, 3, 1]);
  assert.equal((await rasd(['stories', '--json', '--db', db])).out, before);
  assert.match((await rasd(['recluster', '--db', db])).out, /^placed 6 documents in 3 stories/);
  // One file per ingest, in the reverse order.
  const other = join(dir, 'reverse.db');
  for (const rel of Object.keys(STORY_FILES).reverse()) assert.equal((await rasd(['ingest', files.get(rel)!, '--db', other])).code, 0);
  assert.equal((await rasd(['stories', '--json', '--db', other])).out, before);
});


const near = (got: number, want: number) => assert.ok(Math.abs(got - want) < 1e-4, `${got} ≠ ${want}`);

test('eval stories: the reader\'s gold scores 1; a wrong gold scores what B-cubed and pairwise say by hand', async () => {
  await ingested;
  const perfect = await json<EvalReport>(['eval', 'stories', gold('perfect.json', STORY_GOLD), '--db', db]);
  assert.deepEqual(perfect.bcubed, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(perfect.pairwise, { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual([perfect.documents, perfect.goldStories, perfect.predictedStories, perfect.notInGold], [6, 3, 3, 0]);
  assert.deepEqual(perfect.missing, []);

  // Gold A = wire, reprint, rail-start, follow-up; B = traders, book fair. rasd: {wire, reprint,
  // rail-start, traders} {follow-up} {book fair}. B-cubed precision (3·3/4 + 1/4 + 1 + 1)/6 = 0.75,
  // recall (3·3/4 + 1/4 + 1/2 + 1/2)/6 = 7/12; pairwise: 3 of rasd's 6 pairs are gold's, of gold's 7.
  const wrong = {
    A: ['wikalat-al-anba/rail-launch.txt', 'sada-al-balad/rail-photos.txt', 'al-wasat/rail-start.txt', 'nabd-al-khaleej/rail-figures.txt'],
    B: ['nabd-al-khaleej/rail-traders.txt', 'al-wasat/book-fair.txt'],
  };
  const w = await json<EvalReport>(['eval', 'stories', gold('wrong.json', wrong), '--db', db]);
  near(w.bcubed.precision, 0.75);
  near(w.bcubed.recall, 7 / 12);
  near(w.bcubed.f1, (2 * 0.75 * (7 / 12)) / (0.75 + 7 / 12));
  near(w.pairwise.precision, 0.5);
  near(w.pairwise.recall, 3 / 7);
  near(w.pairwise.f1, (2 * 0.5 * (3 / 7)) / (0.5 + 3 / 7));
  assert.deepEqual([w.goldStories, w.predictedStories], [2, 3]);

  // A gold naming only some documents: the rest is counted, not scored; a full path works too.
  const part = { launch: STORY_GOLD['rail-launch']!.map((f) => files.get(f)!) };
  const p = await json<EvalReport>(['eval', 'stories', gold('part.json', part), '--db', db]);
  assert.deepEqual([p.documents, p.notInGold, p.bcubed.f1, p.predictedStories], [4, 2, 1, 1]);
  const table = await rasd(['eval', 'stories', gold('perfect.json', STORY_GOLD), '--db', db]);
  assert.match(table.out, /^B-cubed\s+100\.00\s+100\.00\s+100\.00$/m);
  assert.match(table.out, /6 documents in 3 gold stories; rasd puts them in 3 stories/);
});

test('eval stories: gold sources not in the store, and bad gold files, are clear errors', async () => {
  await ingested;
  const ghost = { ...STORY_GOLD, ghost: ['nowhere/lost-report.txt'] };
  const r = await rasd(['eval', 'stories', gold('ghost.json', ghost), '--json', '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.err, /1 source of .*ghost\.json not ingested: nowhere\/lost-report\.txt \[GOLD_UNMATCHED\]/);
  assert.deepEqual((JSON.parse(r.out) as EvalReport).missing, ['nowhere/lost-report.txt']);

  const cases: Array<[string, string | unknown, RegExp]> = [
    ['not-json.json', '{"a": [', /not-json\.json is not JSON .*\[BAD_GOLD\]/],
    ['array.json', [['a.txt']], /array\.json must be a JSON object .*\[BAD_GOLD\]/],
    ['strings.json', { a: 'x.txt' }, /strings\.json must be a JSON object .*story "a" is not a non-empty list/],
    ['twice.json', { a: ['x.txt'], b: ['x.txt'] }, /"x\.txt" is listed twice/],
    ['empty.json', {}, /empty\.json has no stories/],
  ];
  for (const [name, value, re] of cases) {
    const bad = await rasd(['eval', 'stories', gold(name, value), '--db', db]);
    assert.equal(bad.code, 1, name);
    assert.match(bad.err, re);
  }
  const none = await rasd(['eval', 'stories', join(dir, 'no-such-gold.json'), '--db', db]);
  assert.equal(none.code, 1);
  assert.match(none.err, /no-such-gold\.json \[NOT_FOUND\]/);
  assert.equal((await rasd(['eval', 'stories', '--db', db])).code, 2);
});
