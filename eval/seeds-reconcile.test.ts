// Gold check of fact reconciliation and the timeline on the real seed pages, through the
// command line (`rasd ingest`, `rasd story --json`, `rasd timeline --json`): every gold
// fact found in every report it lists with the gold value, the two approximations
// compatible (not conflicts), the Rome and Riyadh detainee figures never one fact, the
// Riyadh weekday conflict with 001 against 000 and 002, and the timeline in the order Rome,
// Marrakech, Riyadh. The pages live in ../shared and are read at run time; without them the
// test skips and says so.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GOLD, MAIN, SEEDS, SHARED } from './paths.js';

interface GoldFact {
  id: string;
  event: string;
  type: string;
  reports: Record<string, { value?: number; min?: number; max?: number }>;
}
interface Gold {
  stories: Record<string, string[]>;
  facts: GoldFact[];
  agreements_not_conflicts: Array<{ fact?: string; facts?: string[] }>;
}
interface StoryJson {
  id: string;
  facts: Array<{ kind: string; value: unknown; status: string; reports: Array<{ document: string; value: unknown; text: string }>; sides?: Array<{ value: unknown; docs: string[] }> }>;
}

function rasd(args: string[]): string {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(r.status, 0, `rasd ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

if (!existsSync(SEEDS) || !existsSync(GOLD)) {
  test('seeds: reconciled facts and timeline match the gold', (t) => {
    t.skip(`../shared is absent (looked in ${SHARED}): the seed reconciliation check needs it`);
  });
} else {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-seeds-reconcile-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const db = path.join(dir, 'seeds.db');
  rasd(['ingest', SEEDS, '--db', db]);
  const idOf = new Map((JSON.parse(rasd(['docs', '--json', '--db', db])) as Array<{ id: string; source: string }>).map((d) => [path.basename(d.source), d.id]));
  const storyOfEvent = new Map<string, StoryJson>();
  for (const [event, files] of Object.entries(gold.stories)) {
    storyOfEvent.set(event, JSON.parse(rasd(['story', idOf.get(files[0]!)!, '--json', '--db', db])) as StoryJson);
  }
  const factsById = new Map(gold.facts.map((f) => [f.id, f]));
  /** The story fact holding a gold fact's report figure: same document, same value (or range). */
  const factOf = (g: GoldFact, file: string) => {
    const want = g.reports[file]!;
    const doc = idOf.get(file)!;
    return storyOfEvent.get(g.event)!.facts.find((f) =>
      f.reports.some((r) =>
        r.document === doc &&
        (want.value !== undefined
          ? r.value === want.value
          : r.value === null && [want.min, want.max].every((x) => x === undefined || r.text.replace(/[٠-٩]/gu, (c) => String(c.charCodeAt(0) - 0x660)).includes(String(x))))),
    );
  };

  test('seeds: every gold figure is a fact of its event, with the gold value in each report', (t) => {
    for (const g of gold.facts) {
      if (g.type === 'membership') continue; // who joined, not a figure: checked by eval/seeds-facts
      for (const file of Object.keys(g.reports)) {
        const f = factOf(g, file);
        t.diagnostic(`${g.id} in ${file.slice(0, 3)}: ${f ? `${f.kind} ${String(f.value)} ${f.status}` : 'NOT FOUND'}`);
        assert.ok(f, `${g.id}: no fact of ${file} with the gold value`);
      }
    }
  });

  test('seeds: approximations are compatible, and one figure in two events is never one fact', () => {
    for (const a of gold.agreements_not_conflicts) {
      if (a.fact) {
        const g = factsById.get(a.fact)!;
        const found = Object.keys(g.reports).map((file) => factOf(g, file));
        assert.ok(found.every((f) => f === found[0]), `${a.fact}: its reports are one fact`);
        assert.equal(found[0]!.status, 'compatible', `${a.fact} is compatible, not ${found[0]!.status}`);
      }
      if (a.facts) {
        const stories = a.facts.map((id) => storyOfEvent.get(factsById.get(id)!.event)!.id);
        assert.equal(new Set(stories).size, a.facts.length, `${a.facts.join(' and ')} are in different stories, so never one fact`);
      }
    }
  });

  test('seeds: the Riyadh weekday conflict has 001 on one side and 000 and 002 on the other', () => {
    const riyadh = storyOfEvent.get('riyadh-2023')!;
    const weekday = riyadh.facts.find((f) => f.kind === 'weekday')!;
    assert.equal(weekday.status, 'conflict');
    const sides = weekday.sides!.map((s) => s.docs.map((d) => [...idOf].find(([, id]) => id === d)![0].slice(0, 3)).sort().join(' '));
    assert.deepEqual(sides.sort(), ['000 002', '001']);
    for (const s of storyOfEvent.values()) for (const f of s.facts) if (f !== weekday) assert.notEqual(f.status, 'conflict', `${s.id}: ${f.kind} ${String(f.value)} is no conflict`);
  });

  test('seeds: the timeline lists Rome, Marrakech, Riyadh in that order', () => {
    const timeline = JSON.parse(rasd(['timeline', '--json', '--db', db])) as Array<{ story: string; date: string | null }>;
    const order = ['rome-2021', 'marrakech-2022', 'riyadh-2023'].map((e) => storyOfEvent.get(e)!.id);
    assert.deepEqual(timeline.map((e) => e.story), order);
    assert.ok(timeline[0]!.date?.startsWith('2021-06'));
  });
}
