// The seeds through the whole product, as a user runs it: `rasd ingest ../shared/seeds`
// twice, then `rasd docs --json`, checked against the gold annotation. This exercises what
// the cleaner test alone does not: decoding, the outlet profile (all five seeds sit in one
// directory, so they are one 'outlet'), the store and the JSON contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAIN, SHARED, SEEDS, GOLD } from './paths.js';


interface GoldDoc {
  title: string;
  boilerplate?: string[];
  image_caption?: string[];
  body_must_keep?: string[];
}

interface DocJson {
  id: string;
  source: string;
  title: string;
  text: string;
  captions: string[];
  removed: Array<{ line: string; reason: string }>;
}

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

function rasd(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args, '--db', db], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

if (!existsSync(SEEDS) || !existsSync(GOLD)) {
  test('seeds: ingest through the CLI', (t) => {
    t.skip(`../shared is absent (looked in ${SHARED}): the seed checks need it`);
  });
} else {
  test('seeds: rasd ingest, twice, then docs --json match the gold', () => {
    const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: Record<string, GoldDoc> }).documents;
    const dir = mkdtempSync(path.join(tmpdir(), 'rasd-seeds-'));
    const db = path.join(dir, 'seeds.db');
    try {
      const first = rasd(db, 'ingest', SEEDS);
      assert.equal(first.code, 0, first.err);
      const n = Object.keys(gold).length;
      assert.match(first.out, new RegExp(`${n} added, 0 already present, 0 rejected`));
      const second = rasd(db, 'ingest', SEEDS);
      assert.equal(second.code, 0, second.err);
      assert.match(second.out, new RegExp(`0 added, ${n} already present, 0 rejected`), 'a second ingest adds nothing');

      const docs = JSON.parse(rasd(db, 'docs', '--json').out) as DocJson[];
      assert.equal(docs.length, n);
      const problems: string[] = [];
      for (const d of docs) {
        const name = path.basename(d.source);
        const g = gold[name];
        if (!g) {
          problems.push(`${name}: no gold entry`);
          continue;
        }
        if (d.title !== g.title) problems.push(`${name}: title ${JSON.stringify(d.title)} != ${JSON.stringify(g.title)}`);
        const lines = new Set(d.text.split('\n').map((l) => l.trim()));
        for (const b of g.boilerplate ?? []) if (lines.has(b.trim())) problems.push(`${name}: boilerplate kept: ${b}`);
        for (const c of g.image_caption ?? []) {
          if (lines.has(c.trim())) problems.push(`${name}: caption kept in the body: ${c}`);
          if (!d.captions.includes(c.trim())) problems.push(`${name}: caption missing from captions: ${c}`);
        }
        const body = collapse(d.text);
        for (const k of g.body_must_keep ?? []) if (!body.includes(collapse(k))) problems.push(`${name}: body lost: ${k}`);
      }
      assert.deepEqual(problems, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
