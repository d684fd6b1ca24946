import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from './command.js';
import { parseCommand } from './command.js';
import { evalCommand, EVAL_SUBVERBS } from './eval.js';
import { isRasdError } from '../errors.js';
import { formatConll } from '../extract/ner/conll.js';
import { serializeModel } from '../extract/ner/perceptron.js';
import { DEFAULT_TRAIN, train } from '../extract/ner/train.js';
import { tinyCorpus } from '../extract/ner/ner.testkit.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rasd-eval-'));
const model = path.join(dir, 'tiny.bin.gz');
writeFileSync(model, serializeModel(train(tinyCorpus(), { ...DEFAULT_TRAIN, epochs: 8, second: null })));
const data = path.join(dir, 'tiny.conll');
writeFileSync(data, formatConll(tinyCorpus()));

function capture(): { io: Io; out: () => string } {
  let out = '';
  return {
    io: { out: (s) => void (out += s), err: () => {}, outTty: false, errTty: false, env: {} },
    out: () => out,
  };
}

async function run(argv: string[]) {
  const { values, positionals } = parseCommand(evalCommand, argv);
  const c = capture();
  const code = await evalCommand.run(values, positionals, c.io);
  return { code, out: c.out() };
}

test('eval ner --json: micro and per-type scores, tokens, sentences, speed', async () => {
  const { code, out } = await run(['ner', data, '--json', '--model', model]);
  assert.equal(code, 0);
  const r = JSON.parse(out) as {
    micro: { precision: number; recall: number; f1: number };
    types: Record<string, { precision: number; recall: number; f1: number }>;
    tokens: number;
    sentences: number;
    tokensPerSecond: number;
  };
  assert.deepEqual(Object.keys(r.types), ['PERS', 'LOC', 'ORG', 'MISC']);
  assert.ok(r.micro.f1 > 0.95 && r.micro.f1 <= 1, String(r.micro.f1));
  for (const k of ['precision', 'recall', 'f1'] as const) assert.equal(typeof r.micro[k], 'number');
  assert.equal(r.types['MISC']!.f1, 0, 'no MISC in the data');
  const corpus = tinyCorpus();
  assert.equal(r.sentences, corpus.length);
  assert.equal(r.tokens, corpus.reduce((a, s) => a + s.words.length, 0));
  assert.ok(r.tokensPerSecond > 0);
});

test('eval ner: a table for people', async () => {
  const { code, out } = await run(['ner', data, '--model', model]);
  assert.equal(code, 0);
  assert.match(out, /precision\s+recall\s+F1/);
  for (const row of ['micro', 'PERS', 'LOC', 'ORG', 'MISC']) assert.match(out, new RegExp(`^${row}\\s+\\d+\\.\\d\\d`, 'm'));
  assert.match(out, /tokens\/s/);
});

test('eval: the sub-verb table names ner and stories; anything else is a usage error', async () => {
  assert.ok(EVAL_SUBVERBS.some((v) => v.name === 'ner'));
  assert.ok(EVAL_SUBVERBS.some((v) => v.name === 'stories'));
  const usage = (e: unknown) => isRasdError(e) && e.code === 'USAGE';
  await assert.rejects(run([]), usage);
  await assert.rejects(run(['topics', data]), (e: unknown) => usage(e) && /'topics' is not something/.test((e as Error).message));
  await assert.rejects(run(['ner']), usage);
  await assert.rejects(run(['ner', data, data]), usage);
  await assert.rejects(run(['ner', data, '--bogus']), usage);
});

test('eval ner: a missing file, a malformed file, a missing model are clear errors', async () => {
  await assert.rejects(run(['ner', path.join(dir, 'none.conll'), '--model', model]), (e: unknown) => isRasdError(e) && e.code === 'NOT_FOUND');
  const bad = path.join(dir, 'bad.conll');
  writeFileSync(bad, 'قال O\nسليم X-PERS\n');
  await assert.rejects(
    run(['ner', bad, '--model', model]),
    (e: unknown) => isRasdError(e) && e.message.includes('bad.conll line 2'),
  );
  const empty = path.join(dir, 'empty.conll');
  writeFileSync(empty, '\n\n');
  await assert.rejects(run(['ner', empty, '--model', model]), (e: unknown) => isRasdError(e) && e.code === 'EMPTY_FILE');
  await assert.rejects(run(['ner', data, '--model', path.join(dir, 'no-model.bin.gz')]), (e: unknown) => isRasdError(e) && e.code === 'NOT_FOUND');
});

test('eval ner: the model alone by default, and it says so', async () => {
  const table = await run(['ner', data, '--model', model]);
  assert.match(table.out, /^recognizer: model only$/m);
  const json = JSON.parse((await run(['ner', data, '--json', '--model', model])).out) as { recognizer: string };
  assert.equal(json.recognizer, 'model');
  const explicit = JSON.parse((await run(['ner', data, '--json', '--model-only', '--model', model])).out) as { recognizer: string };
  assert.equal(explicit.recognizer, 'model');
});

test('eval ner --full: the whole recognizer (model + lexicons + rules), same JSON shape', async () => {
  const table = await run(['ner', data, '--full', '--model', model]);
  assert.equal(table.code, 0);
  assert.match(table.out, /^recognizer: model \+ lexicons \+ rules$/m);
  for (const row of ['micro', 'PERS', 'LOC', 'ORG', 'MISC']) assert.match(table.out, new RegExp(`^${row}\\s+\\d+\\.\\d\\d`, 'm'));
  const r = JSON.parse((await run(['ner', data, '--json', '--full', '--model', model])).out) as {
    recognizer: string;
    micro: { precision: number; recall: number; f1: number };
    types: Record<string, { f1: number }>;
    tokens: number;
    sentences: number;
    tokensPerSecond: number;
  };
  assert.equal(r.recognizer, 'full');
  assert.deepEqual(Object.keys(r.types), ['PERS', 'LOC', 'ORG', 'MISC']);
  assert.ok(r.micro.f1 > 0.5 && r.micro.f1 <= 1, String(r.micro.f1));
  const corpus = tinyCorpus();
  assert.equal(r.sentences, corpus.length);
  assert.equal(r.tokens, corpus.reduce((a, s) => a + s.words.length, 0));
  assert.ok(r.tokensPerSecond > 0);
});

test('eval ner: --full with --model-only is a usage error', async () => {
  await assert.rejects(
    run(['ner', data, '--full', '--model-only', '--model', model]),
    (e: unknown) => isRasdError(e) && e.code === 'USAGE' && /contradict/.test(e.message),
  );
});
