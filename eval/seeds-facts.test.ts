// Gold check of fact extraction on the real seed pages: for every gold fact and every report
// that states it, some FactMention of that report carries the gold value (or range) and its
// evidence overlaps the gold surface in the cleaned text; for membership, a membership fact
// names each gold member (as the gold writes it, or as the gold's entity list spells it in
// that file). Pages and annotation are read from ../shared at run time, never copied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../src/ingest/decode.js';
import { cleanPage } from '../src/ingest/clean.js';
import { extractDocument } from '../src/extract/component.js';
import { splitSentences } from '../src/text/sentences.js';
import { normalizeForMatch } from '../src/text/normalize.js';
import { extractFacts } from '../src/reconcile/facts.js';
import type { FactMention } from '../src/reconcile/types.js';
import { SHARED, SEEDS, GOLD } from './paths.js';

interface GoldReport { surface?: string; value?: number; min?: number; max?: number }
interface GoldFact { id: string; type: string; who?: string | string[]; reports: Record<string, GoldReport> }
interface GoldEntity { canonical: string; surfaces: Record<string, string[]> }

function describe(f: FactMention): string {
  const v = f.value !== null ? String(f.value) : f.min !== undefined || f.max !== undefined ? `${f.min}–${f.max}` : '';
  return `${f.kind} «${f.text}» ${v} ${f.subject ?? ''}`.trim();
}

/** Why no fact of the report matches a numeric gold report, or null when one does. */
function numericMiss(text: string, facts: FactMention[], g: GoldReport): string | null {
  if (g.surface === undefined) return 'gold gives no surface';
  const near: string[] = [];
  for (let at = text.indexOf(g.surface); at >= 0; at = text.indexOf(g.surface, at + 1)) {
    const end = at + g.surface.length;
    for (const f of facts) {
      if (f.end <= at || f.start >= end) continue;
      const ok = g.min !== undefined || g.max !== undefined ? f.min === g.min && f.max === g.max : f.value === g.value;
      if (ok) return null;
      near.push(describe(f));
    }
  }
  if (!text.includes(g.surface)) return `surface «${g.surface}» not in the cleaned text`;
  return near.length > 0 ? `overlapping facts have other values: ${near.join('; ')}` : `no fact overlaps «${g.surface}»`;
}

if (!existsSync(SEEDS) || !existsSync(GOLD)) {
  test('seeds: facts match the gold facts', (t) => {
    t.skip(`../shared is absent (looked in ${SHARED}): the seed fact check needs it`);
  });
} else {
  test('seeds: facts match the gold facts', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { facts: GoldFact[]; entities: GoldEntity[] };
    const docs = new Map<string, { text: string; facts: FactMention[] }>();
    const load = (file: string): { text: string; facts: FactMention[] } => {
      let d = docs.get(file);
      if (d === undefined) {
        const clean = cleanPage(decodeBytes(readFileSync(path.join(SEEDS, file)), file).text);
        const extraction = extractDocument(clean.title, clean.text, clean.removed);
        const facts = extractFacts({ id: file, text: clean.text, sentences: splitSentences(clean.text), extraction });
        d = { text: clean.text, facts };
        docs.set(file, d);
      }
      return d;
    };
    const failures: string[] = [];
    let checked = 0;
    for (const fact of gold.facts) {
      for (const [file, g] of Object.entries(fact.reports)) {
        const { text, facts } = load(file);
        const misses: string[] = [];
        if (fact.type === 'membership') {
          const joined = facts.filter((f) => f.kind === 'membership').map((f) => normalizeForMatch(f.subjectText ?? ''));
          for (const who of [fact.who ?? []].flat()) {
            checked++;
            const spellings = [who, ...gold.entities.filter((e) => e.canonical === who).flatMap((e) => e.surfaces[file] ?? [])];
            if (!spellings.some((s) => joined.includes(normalizeForMatch(s)))) misses.push(`no membership fact for ${who} (have: ${joined.join('، ') || 'none'})`);
          }
        } else {
          checked++;
          const why = numericMiss(text, facts, g);
          if (why !== null) misses.push(why);
        }
        console.log(`${misses.length === 0 ? 'ok  ' : 'FAIL'} ${fact.id} in ${file}${misses.length ? ': ' + misses.join('; ') : ''}`);
        failures.push(...misses.map((m) => `${fact.id} in ${file}: ${m}`));
      }
    }
    assert.ok(checked > 0, 'the gold has no facts');
    assert.equal(failures.length, 0, `${failures.length} of ${checked} gold facts missed:\n  ${failures.join('\n  ')}`);
  });
}
