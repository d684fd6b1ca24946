// The `stories` bench stage: story clustering (StoryEngine over a fresh SQLite store) of a
// generated archive (story-corpus.ts), one document at a time as after an ingest. Prints the
// overall rate and the rate of each successive tenth of the run, because what matters is
// whether a document's cost grows with the stories already placed, not only the mean.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoryEngine } from '../src/cluster/engine.js';
import type { EngineStats } from '../src/cluster/engine-stats.js';
import { inBatches, PLACE_BATCH, PLACE_BATCH_MS } from '../src/cluster/place.js';
import { bcubed } from '../src/cluster/bcubed.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { RECURRING_KINDS, storyCorpus, YEARS } from './story-corpus.js';

const SLICES = 10;

function fileMb(file: string): number {
  try {
    return statSync(file).size / 1048576;
  } catch {
    return 0; // no WAL left after a clean close
  }
}

export async function stageStories(n: number, seed: number, kinds = RECURRING_KINDS, years = YEARS): Promise<void> {
  const corpus = storyCorpus(seed, n, kinds, years);
  const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-stories-'));
  try {
    const file = join(dir, 'stories.db');
    const store = openSqliteStore(file);
    const engine = new StoryEngine(store.stories);
    const rates: number[] = [];
    // The generator's own time (building each document) is not the engine's: it is left out.
    let generating = 0;
    const t0 = performance.now();
    let sliceStart = t0;
    let sliceGenerating = 0;
    let sliceFrom = 0;
    // Time inside engine.add, by dated and undated reports, per slice (the batch commits are
    // apart): where the growth along the run is, without a profiler.
    const addMs = { dated: 0, undated: 0, datedN: 0, undatedN: 0 };
    const split: string[] = [];
    // The engine's work per report in each slice (engine-stats.ts): a cost that grows while
    // these stay flat is the price of each operation growing, not the work.
    const work: string[] = [];
    let statsBefore = engine.stats;
    // As placePending does: batches of at most PLACE_BATCH documents, one commit each; a
    // small run's batches are cut to a tenth of it, so that each tenth ends at a commit.
    const limits = { docs: Math.min(PLACE_BATCH, Math.ceil(n / SLICES)), ms: PLACE_BATCH_MS, now: () => performance.now() };
    await inBatches(
      engine,
      n,
      async (i) => {
        const g = performance.now();
        const doc = corpus.doc(i);
        const a = performance.now();
        generating += a - g;
        await engine.add(doc);
        const ms = performance.now() - a;
        if (doc.features.eventDate === null) {
          addMs.undated += ms;
          addMs.undatedN++;
        } else {
          addMs.dated += ms;
          addMs.datedN++;
        }
      },
      (to) => {
        if (to === n || to >= Math.round((n * (rates.length + 1)) / SLICES)) {
          const now = performance.now();
          rates.push((to - sliceFrom) / ((now - sliceStart - (generating - sliceGenerating)) / 1000));
          sliceStart = now;
          sliceGenerating = generating;
          sliceFrom = to;
          split.push(`${(addMs.dated / Math.max(1, addMs.datedN)).toFixed(2)}/${(addMs.undated / Math.max(1, addMs.undatedN)).toFixed(2)}`);
          Object.assign(addMs, { dated: 0, undated: 0, datedN: 0, undatedN: 0 });
          const st = engine.stats;
          const per = (k: keyof EngineStats): string => ((st[k] - statsBefore[k]) / Math.max(1, st.placed - statsBefore.placed)).toFixed(1);
          work.push(`${per('candidates')}/${per('edges')}/${per('storeReads')}/${per('undatedRows')}`);
          statsBefore = st;
        }
      },
      limits,
    );
    const seconds = (performance.now() - t0 - generating) / 1000;
    const peak = process.resourceUsage().maxRSS / 1024;
    // Live heap with the engine (its model cache) and the store still open: what it keeps.
    (globalThis as { gc?: () => void }).gc?.();
    const live = process.memoryUsage().heapUsed / 1048576;

    // What a later run (an ingest into this archive) pays once before its first placement.
    const l0 = performance.now();
    await new StoryEngine(store.stories).prepare();
    const loadSeconds = (performance.now() - l0) / 1000;

    // Found vs generated stories, from the store, after the clock stopped.
    const found = await store.stories.listStories();
    const predicted: string[][] = [];
    for (const s of found) predicted.push((await store.stories.storyDocs(s.id)).map((m) => m.doc));
    const gold: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) (gold[corpus.storyOf(i)] ??= []).push(corpus.idOf(i));
    const score = bcubed(gold, predicted);
    await store.close();
    const dbMb = fileMb(file) + fileMb(`${file}-wal`);

    console.log(
      `${'stories (engine+SQLite)'.padEnd(22)} ${n} documents  ${(n / seconds).toFixed(0).padStart(6)} documents/s  ` +
        `peak RSS ${peak.toFixed(0)} MB  live heap after GC ${live.toFixed(1)} MB  store ${dbMb.toFixed(0)} MB`,
    );
    console.log(
      `  per 10% slice (documents/s): ${rates.map((r) => r.toFixed(0)).join(' ')}; ` +
        `${found.length} stories found, ${corpus.stories} generated; B-cubed F1 ${score.f1.toFixed(3)} ` +
        `(P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}); ${years} years, ${kinds} kinds of recurring events, ` +
        `the most frequent with ${corpus.maxEditions} editions`,
    );
    console.log(`  per 10% slice, ms a dated/undated report in engine.add (commits apart): ${split.join(' ')}`);
    console.log(`  per 10% slice, per report: candidates/edges/reads from the store/undated rows written: ${work.join(' ')}`);
    console.log(
      `  generating the documents took ${(generating / 1000).toFixed(1)} s, not counted; ` +
        `a new run loads the in-memory indexes of the ${n} documents in ${loadSeconds.toFixed(1)} s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
