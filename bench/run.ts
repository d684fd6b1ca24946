// `npm run bench`: throughput and peak memory of every stage, each stage in its own
// process so that its peak RSS is its own. Prints one line per stage.
//   node dist/bench/run.js [--articles N] [--stories N] [--kinds N] [--years N] [--stage clean|extract|ingest-core|ingest|stories|reconcile]
// The stories stage clusters its own generated archive (story-corpus.ts), of --stories
// documents (default 100,000): clustering cost shows only at archive scale.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTemplates, makeArticle } from './corpus.js';
import { ingestPipeline } from '../src/ingest/components.js';
import { ingestPaths } from '../src/ingest/ingest.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { cleanPage } from '../src/ingest/clean.js';
import { tokenize } from '../src/text/tokenize.js';
import { extractDocument } from '../src/extract/component.js';
import { loadTagger } from '../src/extract/ner/tagger.js';
import { lexiconFlags } from '../src/extract/lexicon.js';
import { stageReconcile } from './reconcile-stage.js';
import { stageStories } from './stories-stage.js';
import { RECURRING_KINDS, YEARS } from './story-corpus.js';
import { recluster } from '../src/cluster/place.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const SEED = 20261122;

/** The command line's options, or a one-line message for one it cannot read (an unknown option, a value that looks like one). */
function readArgs() {
  try {
    return parseArgs({ options: { articles: { type: 'string' }, stories: { type: 'string' }, kinds: { type: 'string' }, years: { type: 'string' }, stage: { type: 'string' } } }).values;
  } catch (e) {
    console.error(`rasd bench: ${(e as Error).message.split('\n')[0]}`);
    return process.exit(2);
  }
}
const values = readArgs();
const STAGES = ['clean', 'extract', 'ingest-core', 'ingest', 'stories', 'reconcile'];
if (values.stage !== undefined && !STAGES.includes(values.stage)) {
  console.error(`rasd bench: --stage must be one of ${STAGES.join(', ')}, got "${values.stage}"`);
  process.exit(2);
}
/** A count option: a positive integer, or the default when absent; anything else ends the bench with a message. */
function count(option: string, fallback: number): number {
  const raw = (values as Record<string, string | undefined>)[option];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`rasd bench: --${option} must be a positive whole number, got "${raw}"`);
    process.exit(2);
  }
  return n;
}
const N = count('articles', 20000);
const STORY_DOCS = count('stories', 100000);
const KINDS = count('kinds', RECURRING_KINDS);
const YEARS_SPANNED = count('years', YEARS);
/** Articles the ingest stage places in stories after the timed ingest (see stageIngest). */
const PLACEMENT_ARTICLES = 2000;
/** Reports the reconcile stage generates (the 100,000-document corpus). */
const RECONCILE_REPORTS = 100_000;

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Live heap after a full collection (when run with --expose-gc): what the stage really keeps. */
function liveHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

/** Live heap plus typed-array buffers (where model weights live), after a full collection. */
function liveMemoryMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

function line(stage: string, n: number, bytes: number, seconds: number, extra = ''): void {
  console.log(
    `${stage.padEnd(22)} ${n} articles  ${(n / seconds).toFixed(0).padStart(6)} articles/s  ` +
      `${(bytes / 1048576 / seconds).toFixed(2).padStart(6)} MB/s  peak RSS ${peakMb().toFixed(0)} MB${extra}`,
  );
}

function stageClean(): void {
  const templates = loadTemplates(join(repo, 'samples'));
  const pipeline = ingestPipeline();
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const a = makeArticle(templates, SEED, i);
    const buf = Buffer.from(a.text, 'utf8');
    bytes += buf.length;
    pipeline.run({ source: a.name, outlet: a.outlet, bytes: buf }, {}, undefined, 'index');
  }
  line('clean+normalize', N, bytes, (performance.now() - t0) / 1000);
}

async function stageIngest(extract: boolean): Promise<void> {
  const templates = loadTemplates(join(repo, 'samples'));
  const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-'));
  try {
    for (let i = 0; i < N; i++) {
      const a = makeArticle(templates, SEED, i);
      mkdirSync(join(dir, 'corpus', a.outlet), { recursive: true });
      writeFileSync(join(dir, 'corpus', a.outlet, a.name), a.text);
    }
    const store = openSqliteStore(join(dir, 'bench.db'));
    const checkpoints: string[] = [];
    const every = Math.max(1, Math.floor(N / 4));
    const t0 = performance.now();
    const report = await ingestPaths([join(dir, 'corpus')], store, {
      extract,
      stories: false,
      onProgress: (p) => {
        if (p.done % every === 0) checkpoints.push(`${p.done}:${liveHeapMb().toFixed(1)}MB`);
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    let placed = '';
    if (extract) {
      // Story placement over the first PLACEMENT_ARTICLES of the batch (recluster places
      // them again from the store): these generated articles are variants of 21 reports,
      // so every story has a hundred or more near-identical reports, placement's worst case.
      const t1 = performance.now();
      const r = await recluster(store, { limit: Math.min(N, PLACEMENT_ARTICLES) });
      const s1 = (performance.now() - t1) / 1000;
      placed = `\n${'  story placement'.padEnd(22)} ${r.placed} articles  ${(r.placed / s1).toFixed(0).padStart(6)} articles/s  ${r.stories} stories, ${r.copies} copy pairs (worst case: variants of 21 reports)`;
    }
    await store.close();
    if (report.rejected.length) console.log(`  (${report.rejected.length} rejected: ${report.rejected[0]!.reason})`);
    line(extract ? 'ingest, whole' : 'ingest, no extraction', report.added.length, report.bytes, seconds, `  live heap after GC at ${checkpoints.join(' ')}${placed}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function stageExtract(): void {
  const templates = loadTemplates(join(repo, 'samples'));
  const before = liveMemoryMb();
  const rss0 = process.memoryUsage().rss / 1048576;
  loadTagger().tagWords(['وصل', 'الوزير', 'إلى', 'الرياض']); // builds the lexicon's tables too
  lexiconFlags('الرياض');
  const models = liveMemoryMb() - before;
  const modelsRss = process.memoryUsage().rss / 1048576 - rss0;
  const pages = [];
  for (let i = 0; i < N; i++) pages.push(cleanPage(makeArticle(templates, SEED, i).text));
  let tokens = 0;
  let bytes = 0;
  for (const p of pages) {
    tokens += tokenize(p.text).length;
    bytes += Buffer.byteLength(p.text);
  }
  const t0 = performance.now();
  for (const p of pages) extractDocument(p.title, p.text, p.removed);
  const seconds = (performance.now() - t0) / 1000;
  line('extract (NER+qty+dates)', N, bytes, seconds,
    `  ${Math.round(tokens / seconds)} tokens/s; lexicons+model ${models.toFixed(0)} MB live (heap+buffers), ${modelsRss.toFixed(0)} MB RSS`);
}

if (values.stage === 'clean') stageClean();
else if (values.stage === 'reconcile') stageReconcile(RECONCILE_REPORTS, SEED, peakMb);
else if (values.stage === 'extract') stageExtract();
else if (values.stage === 'ingest') await stageIngest(true);
else if (values.stage === 'ingest-core') await stageIngest(false);
else if (values.stage === 'stories') await stageStories(STORY_DOCS, SEED, KINDS, YEARS_SPANNED);
else {
  console.log(`rasd bench: ${N} generated articles, node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (one core used)`);
  for (const stage of STAGES) {
    const args = ['--stage', stage, '--articles', String(N), '--stories', String(STORY_DOCS), '--kinds', String(KINDS), '--years', String(YEARS_SPANNED)];
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
