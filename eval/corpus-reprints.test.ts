// Quality gate of the near-duplicate finder on the evaluation corpus (eval/corpus/): every
// page goes through the page cleaner first (so site chrome does not count), then all clean
// bodies through nearDuplicateGroups. Every reprint listed in eval/corpus/reprints.json must
// come out as a copy pair, and no other pair may; all misses and false pairs are reported
// in one message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanPage } from '../src/ingest/clean.js';
import { nearDuplicateGroups } from '../src/cluster/near-duplicates.js';
import { ROOT } from './paths.js';

const CORPUS = path.join(ROOT, 'eval', 'corpus');

interface Reprint {
  copy: string;
  of: string;
  kind: 'exact' | 'near';
}

const pairKey = (x: string, y: string): string => (x < y ? `${x} ~ ${y}` : `${y} ~ ${x}`);

test('corpus reprints: every listed reprint is found, and nothing else', (t) => {
  const stories = JSON.parse(readFileSync(path.join(CORPUS, 'stories.json'), 'utf8')) as Record<string, string[]>;
  const reprints = JSON.parse(readFileSync(path.join(CORPUS, 'reprints.json'), 'utf8')) as Reprint[];
  const files = Object.values(stories).flat().sort();
  assert.equal(files.length, 62, 'the corpus has 62 reports');
  const docs = files.map((id) => ({ id, text: cleanPage(readFileSync(path.join(CORPUS, id), 'utf8')).text }));

  const groups = nearDuplicateGroups(docs);
  const found = new Map<string, { jaccard: number; containment: number }>();
  for (const g of groups) for (const p of g.pairs) found.set(pairKey(p.a, p.b), p);
  const expected = new Map(reprints.map((r) => [pairKey(r.copy, r.of), r]));

  const problems: string[] = [];
  let hits = 0;
  for (const [key, r] of expected) {
    const p = found.get(key);
    if (p) {
      hits++;
      t.diagnostic(`${r.kind} ${key}: jaccard ${p.jaccard.toFixed(3)}, containment ${p.containment.toFixed(3)}`);
    } else problems.push(`missed ${r.kind} reprint: ${r.copy} of ${r.of}`);
  }
  for (const [key, p] of found) {
    if (!expected.has(key)) problems.push(`false pair: ${key} (jaccard ${p.jaccard.toFixed(3)}, containment ${p.containment.toFixed(3)})`);
  }
  const precision = found.size === 0 ? 1 : hits / found.size;
  const recall = expected.size === 0 ? 1 : hits / expected.size;
  t.diagnostic(`reprint pairs: ${hits} of ${expected.size} found, ${found.size} pairs reported; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  t.diagnostic(`groups: ${groups.length}; ${groups.map((g) => g.members.join(' + ')).join('; ')}`);
  assert.deepEqual(problems, [], problems.join('\n'));
  // Five reprints of one wire story are one source: each copy shares a group with its original.
  for (const r of reprints) {
    assert.ok(groups.some((g) => g.members.includes(r.copy) && g.members.includes(r.of)), `${r.copy} and ${r.of} in one group`);
  }
});
