// storyReport over a real store (the story corpus of src/testing), with a small stand-in
// extractor so the test does not wait on extractFacts: the wire and its reprint are one
// source, an outlet's "بنحو" is compatible with the exact figure; and the facts table of
// rasd story, conflicts in red with each side's sentences.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../cli/command.js';
import { runCli } from '../cli/run.js';
import { openSqliteStore } from '../store/sqlite.js';
import { storySummaries } from '../cluster/story-detail.js';
import type { StoredDoc } from '../types.js';
import type { FactMention, ReconciledFact } from './types.js';
import { storyReport } from './story-report.js';
import { reconcileFacts } from './reconcile.js';
import { factsText } from '../cli/story-facts.js';
import { styler } from '../cli/format.js';
import { writeStoryCorpus } from '../testing/story-pages.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-story-report-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
const files = writeStoryCorpus(corpus);
const db = join(dir, 'store.db');
const quiet: Io = { out: () => {}, err: () => {}, outTty: false, errTty: false, env: {} };

/** Stand-in extractor: "[بنحو] N مليون دولار" (cost, no subject) and "N كيلومترا" (length). */
function figures(doc: StoredDoc): FactMention[] {
  const out: FactMention[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const sentence = { start: s.start, end: s.end, text };
    for (const m of text.matchAll(/(بنحو )?(\d+) مليون دولار/g)) {
      const start = s.start + m.index;
      const base = { doc: doc.id, text: m[0], start, end: start + m[0].length, sentence, subjectText: null };
      out.push({ ...base, kind: 'money', value: Number(m[2]) * 1e6, unit: 'USD', subject: null, ...(m[1] ? { qualifier: 'approx' as const } : {}) });
    }
    for (const m of text.matchAll(/(\d+) كيلومترا/g)) {
      const start = s.start + m.index;
      out.push({ doc: doc.id, text: m[0], start, end: start + m[0].length, sentence, subjectText: null, kind: 'count', value: Number(m[1]), unit: 'كيلومتر', subject: 'noun:طول' });
    }
  }
  return out;
}

test('storyReport: copies counted once, an approximation compatible with the exact cost, evidence in the text', async () => {
  assert.equal(await runCli(['ingest', corpus, '--db', db], quiet), 0);
  const store = openSqliteStore(db);
  try {
    const launch = (await storySummaries(store))[0]!;
    const idOf = (rel: string) => launch.documents.find((d) => d.source === files.get(rel))!.id;
    const { event, facts } = await storyReport(store, launch.id, figures);
    assert.equal(event.story, launch.id);
    const cost = facts.find((f) => f.kind === 'money')!;
    // wire + reprint (one source), the outlet's "بنحو 870" and the traders' outlet's 870.
    assert.deepEqual([cost.value, cost.status, cost.sources, cost.reports.length], [870e6, 'compatible', 3, 4]);
    assert.equal(cost.reports.find((r) => r.doc === idOf('sada-al-balad/rail-photos.txt'))!.copyOf, idOf('wikalat-al-anba/rail-launch.txt'));
    const length = facts.find((f) => f.kind === 'count')!;
    assert.deepEqual([length.value, length.status, length.sources], [145, 'agreed', 3]);
    for (const f of facts) {
      for (const r of f.reports) {
        const doc = await store.getDocument(r.doc);
        assert.equal(doc.text.slice(r.start, r.end), r.text);
        assert.ok(r.sentence.text.includes(r.text));
      }
    }
  } finally {
    await store.close();
  }
});

function mention(doc: string, value: number, sentence: string): FactMention {
  const text = `${value} قتيلا`;
  const start = sentence.indexOf(text);
  return { doc, text, start, end: start + text.length, sentence: { start: 0, end: sentence.length, text: sentence }, kind: 'count', value, unit: 'قتيل', subject: 'noun:قتيل', subjectText: null };
}

test('the facts table: a conflict in bold red, each side with its reports and their sentences', () => {
  const facts: ReconciledFact[] = reconcileFacts(
    [
      mention('doc-a', 12, 'أسفر الانفجار عن 12 قتيلا بحسب الشرطة.'),
      mention('doc-b', 14, 'ارتفعت الحصيلة إلى 14 قتيلا مساء اليوم.'),
      mention('doc-c', 12, 'قالت وزارة الصحة إن 12 قتيلا سقطوا.'),
    ],
    () => null,
  );
  const plain = factsText(facts, styler(false));
  assert.match(plain, /^ {2}count {6}قتيل {2}12 قتيل {2}CONFLICT {2}3 sources$/m);
  assert.match(plain, /^ {6}12 قتيل: doc-a, doc-c$/m);
  assert.match(plain, /^ {8}doc-b «ارتفعت الحصيلة إلى 14 قتيلا مساء اليوم\.»$/m);
  const colour = factsText(facts, styler(true));
  assert.ok(colour.includes('\x1b[1m\x1b[31mCONFLICT\x1b[39m\x1b[22m'), colour);
  assert.match(factsText([], styler(false)), /^facts \(none found\)$/m);
});
