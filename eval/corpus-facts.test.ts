// Reconciliation on eval/corpus (gold: eval/corpus/facts.json, written with the corpus).
// Every report is ingested through ingestPaths; each story's report (storyReport: event,
// facts, date facts) is then checked against the planted conflicts, the compatible
// approximations and the same figures of different events. Pinned: the planted conflicts and
// approximations rasd finds today (each listed by name, so a regression names what broke),
// and no conflict anywhere that is not planted. What is not found yet is printed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/store/sqlite.js';
import { ingestPaths } from '../src/ingest/ingest.js';
import { storyReport } from '../src/reconcile/story-report.js';
import type { ReconciledFact } from '../src/reconcile/types.js';
import { ROOT } from './paths.js';

const CORPUS = path.join(ROOT, 'eval', 'corpus');

interface Gold {
  conflicts: Array<{ story: string; kind: string; what: string; values: Record<string, string[]> }>;
  compatible: Array<{ story: string; kind: string; what: string; reports: Record<string, { value: number }> }>;
  same_figure_different_events: Array<{ figure: string; reports: Record<string, string> }>;
}

/** Planted conflicts rasd must find (a regression fails the gate): all of them. */
const MUST_FIND_CONFLICTS = ['weekday', 'date', 'casualty figure', 'amount', 'count of member states', 'place', 'measured value'];

/** The fact kinds a planted conflict may be found as (figures: any numeric kind). */
const NUMERIC: ReadonlyArray<ReconciledFact['kind']> = ['money', 'count', 'percent'];
const KIND_OF: Record<string, ReadonlyArray<ReconciledFact['kind']>> = { weekday: ['weekday'], date: ['date'], place: ['place'] };

const tmp = mkdtempSync(path.join(tmpdir(), 'rasd-corpus-facts-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('corpus: planted conflicts and approximations found, no false conflict', async (t) => {
  const gold = JSON.parse(readFileSync(path.join(CORPUS, 'facts.json'), 'utf8')) as Gold;
  const store = openSqliteStore(path.join(tmp, 'corpus.db'));
  try {
    await ingestPaths([CORPUS], store);
    const rel = (source: string): string => path.relative(CORPUS, source);
    const fileOf = new Map([...(await store.documentSources())].map(([id, s]) => [id, rel(s)]));
    const facts: Array<ReconciledFact & { story: string }> = [];
    for (const s of await store.stories.listStories()) {
      const r = await storyReport(store, s.id);
      for (const f of r.facts) facts.push({ ...f, story: s.id });
    }
    const files = (f: ReconciledFact): Set<string> => new Set(f.reports.map((r) => fileOf.get(r.doc)!));
    const sideFiles = (f: ReconciledFact): string[][] => (f.sides ?? []).map((s) => s.docs.map((d) => fileOf.get(d)!));

    // A planted conflict is found when one conflict's sides hold each gold value's reports apart.
    const found = new Set<ReconciledFact>();
    const conflictsFound: string[] = [];
    for (const c of gold.conflicts) {
      const groups = Object.values(c.values);
      const kinds = KIND_OF[c.kind] ?? NUMERIC;
      const hit = facts.find((f) => {
        if (f.status !== 'conflict' || !kinds.includes(f.kind)) return false;
        const sides = sideFiles(f);
        const sideOf = groups.map((g) => sides.findIndex((s) => g.every((x) => s.includes(x))));
        return sideOf.every((i) => i >= 0) && new Set(sideOf).size === groups.length;
      });
      t.diagnostic(`conflict ${hit ? 'found' : 'MISSED'}: ${c.story} ${c.kind} (${c.what})`);
      if (hit) {
        found.add(hit);
        conflictsFound.push(c.kind);
      }
    }
    // A planted approximation is found when one non-conflicting fact holds all its reports.
    const compatibleFound: string[] = [];
    for (const c of gold.compatible) {
      const want = Object.keys(c.reports);
      const hit = facts.find((f) => f.status !== 'conflict' && want.every((x) => files(f).has(x)));
      const wrong = facts.find((f) => f.status === 'conflict' && want.filter((x) => files(f).has(x)).length >= 2);
      t.diagnostic(`compatible ${hit ? 'found' : wrong ? 'IN CONFLICT' : 'MISSED'}: ${c.story} ${c.kind} (${c.what})${hit ? ` as ${hit.status}` : ''}`);
      if (hit) compatibleFound.push(c.kind);
    }
    const falseConflicts = facts.filter((f) => f.status === 'conflict' && !found.has(f));
    for (const f of falseConflicts) {
      t.diagnostic(`FALSE conflict in ${f.story}: ${f.kind} ${f.subject ?? '-'} sides ${JSON.stringify((f.sides ?? []).map((s) => [s.value, s.docs.map((d) => fileOf.get(d))]))}`);
    }
    t.diagnostic(`conflicts found ${conflictsFound.length}/${gold.conflicts.length}; compatible found ${compatibleFound.length}/${gold.compatible.length}; false conflicts ${falseConflicts.length}`);
    for (const k of MUST_FIND_CONFLICTS) assert.ok(conflictsFound.includes(k), `planted conflict not found: ${k}`);
    for (const c of gold.compatible) assert.ok(compatibleFound.includes(c.kind), `planted approximation not found: ${c.kind}`);
    assert.deepEqual(falseConflicts.map((f) => `${f.story} ${f.kind} ${f.subject}`), [], 'no conflict that was not planted');
  } finally {
    await store.close();
  }
});
