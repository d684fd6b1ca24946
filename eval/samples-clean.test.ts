// Quality gate of the page cleaner on rasd's own sample corpus (samples/<outlet>/<file>.txt).
// The oracle is samples/expected.json, annotated by hand: per page the headline, every
// chrome line, the image captions and a few strings the clean body must keep. The whole
// corpus goes through the real ingest path (walk, decode, outlet profiles, clean, store)
// into a temporary store, as a user's `rasd ingest samples/` would; a failing page reports
// every broken check in one message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../src/ingest/ingest.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { SAMPLES } from './paths.js';

/** Share of the expected chrome lines (across the corpus) that must be gone from the body. */
const MIN_CHROME_REMOVED_SHARE = 0.95;
/** Share of the pages whose title must come out exactly as annotated. */
const MIN_TITLE_SHARE = 1;
/** Share of the body_must_keep strings (across the corpus) that must survive in the body. */
const MIN_BODY_KEPT_SHARE = 1;
/** A chrome line, caption or title longer than this must not occur anywhere in the body, not only as a line. */
const CONTAINS_MIN_CHARS = 25;

const EXPECTED = path.join(SAMPLES, 'expected.json');

interface Expected {
  title: string;
  chrome: string[];
  captions: string[];
  body_must_keep: string[];
}

interface Outcome {
  file: string;
  failures: string[];
  titleOk: boolean;
  chromeExpected: number;
  chromeRemoved: number;
  keepExpected: number;
  keepKept: number;
  captionsExpected: number;
  captionsOut: number;
}

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Record<string, Expected>;
const files = Object.keys(expected).sort();

/** Every sample page as the store keeps it after `rasd ingest samples/`, by 'outlet/file.txt'. */
async function ingestSamples(): Promise<Map<string, { title: string; text: string } | Error>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-samples-'));
  const store = openSqliteStore(path.join(dir, 'samples.db'));
  const pages = new Map<string, { title: string; text: string } | Error>();
  try {
    const report = await ingestPaths([SAMPLES], store);
    for (const r of report.rejected) pages.set(path.relative(SAMPLES, r.source).split(path.sep).join('/'), new Error(r.reason));
    for (const d of await store.listDocuments()) {
      pages.set(path.relative(SAMPLES, d.source).split(path.sep).join('/'), { title: d.title, text: d.text });
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return pages;
}

const ingested = await ingestSamples();

/** Checks one page against its annotation; never throws. */
function check(file: string, exp: Expected): Outcome {
  const out: Outcome = {
    file,
    failures: [],
    titleOk: false,
    chromeExpected: exp.chrome.length,
    chromeRemoved: 0,
    keepExpected: exp.body_must_keep.length,
    keepKept: 0,
    captionsExpected: exp.captions.length,
    captionsOut: 0,
  };
  let title: string;
  let text: string;
  const page = ingested.get(file);
  if (page === undefined || page instanceof Error) {
    out.failures.push(`not ingested: ${page ? page.message : 'missing from the store'}`);
    return out;
  }
  title = page.title;
  text = page.text;
  const textLines = new Set(text.split('\n').map((l) => l.trim()));
  const body = collapse(text);

  out.titleOk = title === exp.title.trim();
  if (!out.titleOk) out.failures.push(`title: got ${JSON.stringify(title)}, want ${JSON.stringify(exp.title.trim())}`);
  // The title's repeats on the page are not listed as chrome: this is their check.
  const t = exp.title.trim();
  if (textLines.has(t)) out.failures.push(`title repeated as a body line: ${t}`);
  else if (t.length > CONTAINS_MIN_CHARS && body.includes(collapse(t))) out.failures.push(`title repeated inside the body: ${t}`);

  for (const c of exp.chrome) {
    const line = c.trim();
    if (textLines.has(line)) out.failures.push(`chrome kept as a body line: ${line}`);
    else if (line.length > CONTAINS_MIN_CHARS && body.includes(collapse(line))) out.failures.push(`chrome kept inside the body: ${line}`);
    else out.chromeRemoved++;
  }
  for (const c of exp.captions) {
    const line = c.trim();
    if (textLines.has(line)) out.failures.push(`caption kept as a body line: ${line}`);
    else if (line.length > CONTAINS_MIN_CHARS && body.includes(collapse(line))) out.failures.push(`caption kept inside the body: ${line}`);
    else out.captionsOut++;
  }
  for (const k of exp.body_must_keep) {
    if (body.includes(collapse(k))) out.keepKept++;
    else out.failures.push(`body lost: ${k}`);
  }
  return out;
}

const cache = new Map<string, Outcome>();
function outcome(file: string): Outcome {
  let o = cache.get(file);
  if (!o) cache.set(file, (o = check(file, expected[file]!)));
  return o;
}

test('samples: every sample page is annotated, and every annotation has a page', () => {
  const pages: string[] = [];
  for (const outlet of readdirSync(SAMPLES).sort()) {
    const dir = path.join(SAMPLES, outlet);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) pages.push(`${outlet}/${f}`);
  }
  const missing = pages.filter((p) => !(p in expected));
  const stray = files.filter((f) => !pages.includes(f));
  assert.ok(files.length > 0, `no entries in ${EXPECTED}`);
  assert.deepEqual({ missing, stray }, { missing: [], stray: [] }, 'samples/expected.json and samples/*/*.txt differ');
});

for (const file of files) {
  test(`samples: ${file}`, () => {
    const o = outcome(file);
    assert.ok(o.failures.length === 0, `${file}: ${o.failures.length} failed check(s)\n  - ${o.failures.join('\n  - ')}`);
  });
}

test('samples: corpus summary and floors', (t) => {
  const all = files.map(outcome);
  const sum = (f: (o: Outcome) => number): number => all.reduce((a, o) => a + f(o), 0);
  const titles = sum((o) => (o.titleOk ? 1 : 0));
  const chromeExpected = sum((o) => o.chromeExpected);
  const chromeRemoved = sum((o) => o.chromeRemoved);
  const keepExpected = sum((o) => o.keepExpected);
  const keepKept = sum((o) => o.keepKept);
  const captionsExpected = sum((o) => o.captionsExpected);
  const captionsOut = sum((o) => o.captionsOut);
  const share = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const pct = (a: number, b: number): string => `${(100 * share(a, b)).toFixed(1)}%`;

  const report = [
    `files: ${all.length} (${all.filter((o) => o.failures.length === 0).length} clean)`,
    `titles exact: ${titles}/${all.length} (${pct(titles, all.length)}; floor ${pct(MIN_TITLE_SHARE, 1)})`,
    `chrome lines expected: ${chromeExpected}, removed: ${chromeRemoved} (${pct(chromeRemoved, chromeExpected)}; floor ${pct(MIN_CHROME_REMOVED_SHARE, 1)})`,
    `body_must_keep kept: ${keepKept}/${keepExpected} (${pct(keepKept, keepExpected)}; floor ${pct(MIN_BODY_KEPT_SHARE, 1)})`,
    `captions out of the body: ${captionsOut}/${captionsExpected}`,
  ];
  for (const o of all) {
    if (o.failures.length > 0) report.push(`${o.file}: ${o.failures.length} failed check(s)`);
  }
  for (const line of report) t.diagnostic(line);

  const broken: string[] = [];
  if (share(titles, all.length) < MIN_TITLE_SHARE) broken.push(`titles ${pct(titles, all.length)} < ${pct(MIN_TITLE_SHARE, 1)}`);
  if (share(chromeRemoved, chromeExpected) < MIN_CHROME_REMOVED_SHARE) {
    broken.push(`chrome removed ${pct(chromeRemoved, chromeExpected)} < ${pct(MIN_CHROME_REMOVED_SHARE, 1)}`);
  }
  if (share(keepKept, keepExpected) < MIN_BODY_KEPT_SHARE) broken.push(`body_must_keep ${pct(keepKept, keepExpected)} < ${pct(MIN_BODY_KEPT_SHARE, 1)}`);
  assert.ok(broken.length === 0, `floors broken: ${broken.join('; ')}\n  ${report.join('\n  ')}`);
});
