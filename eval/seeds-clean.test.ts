// Gold check of the page cleaner on the real seed pages. The pages and their annotation
// live in ../shared beside the checkout and are read at run time (never copied here);
// without ../shared the test skips with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cleanPage } from '../src/ingest/clean.js';
import { SHARED, SEEDS, GOLD } from './paths.js';


interface GoldDoc {
  title: string;
  boilerplate?: string[];
  image_caption?: string[];
  body_must_keep?: string[];
}

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

if (!existsSync(SEEDS) || !existsSync(GOLD)) {
  test('seeds: cleaner matches the gold annotation', (t) => {
    t.skip(`../shared is absent (looked in ${SHARED}): the seed gold check needs it`);
  });
} else {
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: Record<string, GoldDoc> }).documents;
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  test('seeds: every seed has a gold entry', () => {
    assert.ok(files.length > 0);
    for (const f of files) assert.ok(gold[f], `no gold for ${f}`);
  });

  for (const f of files) {
    test(`seeds: ${f}`, () => {
      const g = gold[f];
      assert.ok(g, `no gold for ${f}`);
      const r = cleanPage(readFileSync(path.join(SEEDS, f), 'utf8'));
      assert.equal(r.title, g.title, 'title');
      const textLines = new Set(r.text.split('\n').map((l) => l.trim()));
      for (const b of g.boilerplate ?? []) assert.ok(!textLines.has(b.trim()), `boilerplate kept: ${b}`);
      for (const c of g.image_caption ?? []) {
        assert.ok(!textLines.has(c.trim()), `caption kept in text: ${c}`);
        assert.ok(r.captions.includes(c.trim()), `caption not found: ${c}`);
      }
      const body = collapse(r.text);
      for (const k of g.body_must_keep ?? []) assert.ok(body.includes(collapse(k)), `body lost: ${k}`);
      // Every removed line is a line of the page, at the line number given.
      const lines = readFileSync(path.join(SEEDS, f), 'utf8').split(/\r\n|\r|\n/);
      for (const x of r.removed) assert.equal(collapse(lines[x.lineNo]!), collapse(x.line), `removed line ${x.lineNo}`);
    });
  }
}
