// `npm run bench`: throughput and peak memory of every stage, each stage in its own
// process so that its peak RSS is its own. Prints one line per stage.
//   node dist/bench/run.js [--articles N] [--stage clean|ingest]
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

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const SEED = 20261122;

const { values } = parseArgs({
  options: { articles: { type: 'string' }, stage: { type: 'string' } },
});
const N = Number(values.articles ?? 20000);
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
      onProgress: (p) => {
        if (p.done % every === 0) checkpoints.push(`${p.done}:${liveHeapMb().toFixed(1)}MB`);
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    await store.close();
    if (report.rejected.length) console.log(`  (${report.rejected.length} rejected: ${report.rejected[0]!.reason})`);
    line(extract ? 'ingest, whole' : 'ingest, no extraction', report.added.length, report.bytes, seconds, `  live heap after GC at ${checkpoints.join(' ')}`);
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
else {
  console.log(`rasd bench: ${N} generated articles, node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (one core used)`);
  for (const stage of ['clean', 'extract', 'ingest-core', 'ingest', 'reconcile']) {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--stage', stage, '--articles', String(N)], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
