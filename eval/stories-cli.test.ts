// Story clustering through the command line, as a user meets it: `rasd ingest` in batches,
// `rasd stories`, `rasd recluster` and `rasd eval stories`, each a child process on a store
// in a temp dir. Asserted on eval/corpus: B-cubed F1 ≥ MIN_BCUBED_F1 against its gold, and
// the same stories after a recluster and for the other batch order. On the five seeds (../shared,
// read in place): exactly the gold's 3 stories whatever order the files come one by one.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GOLD, MAIN, ROOT, SAMPLES, SEEDS } from './paths.js';
import type { StoryEvalReport as EvalReport } from '../src/cli/eval-stories.js';

const CORPUS = path.join(ROOT, 'eval', 'corpus');
const MIN_BCUBED_F1 = 0.95;
/**
 * The sample corpus: pinned at today's figures so a regression fails. Two undated reports
 * written from another country's angle stay apart from their stories (README, Known limits);
 * nothing may be merged wrongly.
 */
const SAMPLES_MIN_BCUBED_F1 = 0.9;

const tmp = mkdtempSync(path.join(tmpdir(), 'rasd-stories-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function rasd(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ok(args: string[]): string {
  const r = rasd(args);
  assert.equal(r.code, 0, `rasd ${args.join(' ')}: ${r.err}`);
  return r.out;
}


function evalStories(t: { diagnostic(m: string): void }, name: string, gold: string, db: string): EvalReport {
  const r = JSON.parse(ok(['eval', 'stories', gold, '--json', '--db', db])) as EvalReport;
  const f = (x: number): string => x.toFixed(3);
  t.diagnostic(`${name}: ${r.documents} documents, ${r.predictedStories} stories (gold ${r.goldStories}), ${r.notInGold} not in gold`);
  t.diagnostic(
    `${name}: B-cubed P ${f(r.bcubed.precision)} R ${f(r.bcubed.recall)} F1 ${f(r.bcubed.f1)}; ` +
      `pairwise P ${f(r.pairwise.precision)} R ${f(r.pairwise.recall)} F1 ${f(r.pairwise.f1)}`,
  );
  return r;
}

test('corpus: two ingest batches score against gold; recluster and the other batch order change nothing', (t) => {
  const outlets = readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(CORPUS, e.name))
    .sort();
  const half = Math.ceil(outlets.length / 2);
  const batches = [outlets.slice(0, half), outlets.slice(half)];
  const gold = path.join(CORPUS, 'stories.json');

  const db = path.join(tmp, 'corpus.db');
  for (const batch of batches) ok(['ingest', ...batch, '--db', db]);
  const r = evalStories(t, 'corpus', gold, db);
  assert.equal(r.documents, 62);
  assert.deepEqual(r.missing, []);
  assert.ok(r.bcubed.f1 >= MIN_BCUBED_F1, `B-cubed F1 ${r.bcubed.f1} < ${MIN_BCUBED_F1}`);

  const stories = ok(['stories', '--json', '--db', db]);
  assert.equal((JSON.parse(stories) as unknown[]).length, r.predictedStories);
  const re = JSON.parse(ok(['recluster', '--json', '--db', db])) as { placed: number; stories: number };
  assert.deepEqual([re.placed, re.stories], [62, r.predictedStories]);
  assert.equal(ok(['stories', '--json', '--db', db]), stories, 'recluster changed the stories');

  const other = path.join(tmp, 'corpus-reversed.db');
  for (const batch of [...batches].reverse()) ok(['ingest', ...batch, '--db', other]);
  assert.equal(ok(['stories', '--json', '--db', other]), stories, 'the other batch order gives other stories');
});

test('seeds: one file per ingest, in three orders, gives exactly the gold stories and their cross-event links', (t) => {
  if (!existsSync(SEEDS) || !existsSync(GOLD)) {
    t.skip(`no seeds at ${SEEDS} (or no gold at ${GOLD}): the seed story gate did not run`);
    return;
  }
  const goldFile = JSON.parse(readFileSync(GOLD, 'utf8')) as {
    stories: Record<string, string[]>;
    cross_event_links?: Array<{ from: string; mentions_event: string }>;
  };
  const goldStories = goldFile.stories;
  const crossLinks = goldFile.cross_event_links ?? [];
  // The gold names files; a gold source matches a stored source ending in '/' + it.
  const gold = path.join(tmp, 'seeds-gold.json');
  writeFileSync(gold, JSON.stringify(goldStories));
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  assert.equal(files.length, 5);
  const orders = [files, [...files].reverse(), [2, 0, 4, 1, 3].map((i) => files[i]!)];
  orders.forEach((order, n) => {
    const db = path.join(tmp, `seeds-${n}.db`);
    for (const f of order) ok(['ingest', path.join(SEEDS, f), '--db', db]);
    const r = evalStories(t, `seeds order ${n + 1} (${order.map((f) => f.slice(0, 3)).join(' ')})`, gold, db);
    assert.equal(r.documents, 5);
    assert.equal(r.bcubed.f1, 1);
    assert.equal(r.predictedStories, 3);
    assert.equal(r.goldStories, 3);
    assert.equal((JSON.parse(ok(['stories', '--json', '--db', db])) as unknown[]).length, 3);
    // Gold cross-event links: the recalling report's story is linked (not merged) to the
    // story of the event it recalls.
    const ids = new Map((JSON.parse(ok(['docs', '--json', '--db', db])) as Array<{ id: string; source: string }>).map((d) => [path.basename(d.source), d.id]));
    for (const link of crossLinks) {
      const from = JSON.parse(ok(['story', ids.get(link.from)!, '--json', '--db', db])) as { id: string; mentions: Array<{ story: string }> };
      const target = JSON.parse(ok(['story', ids.get(goldStories[link.mentions_event]![0]!)!, '--json', '--db', db])) as { id: string };
      assert.notEqual(from.id, target.id);
      assert.ok(from.mentions.some((m) => m.story === target.id), `${link.from} is linked to ${link.mentions_event}`);
      t.diagnostic(`seeds order ${n + 1}: ${link.from} → ${link.mentions_event} linked as a mention`);
    }
  });
});

test('samples: every story pure, B-cubed F1 at its floor', (t) => {
  const db = path.join(tmp, 'samples.db');
  ok(['ingest', SAMPLES, '--db', db]);
  const r = evalStories(t, 'samples', path.join(SAMPLES, 'stories.json'), db);
  assert.deepEqual(r.missing, []);
  assert.equal(r.bcubed.precision, 1, 'no story mixes two gold stories');
  assert.ok(r.bcubed.f1 >= SAMPLES_MIN_BCUBED_F1, `B-cubed F1 ${r.bcubed.f1} < ${SAMPLES_MIN_BCUBED_F1}`);
});
