// Gold check of quantity extraction on the real seed pages: every fact reported with a
// surface string must come out as a quantity overlapping that surface, with the gold value
// (or range) and, where the gold gives one, the qualifier. The pages and the annotation are
// read from ../shared at run time (never copied here); without ../shared the test skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quantity } from '../src/types.js';
import { extractQuantities } from '../src/extract/quantities.js';
import { SHARED, SEEDS, GOLD } from './paths.js';


interface GoldReport {
  surface?: string;
  value?: number;
  min?: number;
  max?: number;
  approx?: boolean;
  qualifier?: string;
}

interface GoldFact {
  id: string;
  reports: Record<string, GoldReport>;
}

function describe(q: Quantity): string {
  const v = q.value !== undefined ? String(q.value) : `${q.min}–${q.max}`;
  return `«${q.text}» = ${v}${q.unit ? ' ' + q.unit : ''}${q.qualifier ? ' (' + q.qualifier + ')' : ''}`;
}

/** Why a quantity does not match the gold report, or null when it does. */
function mismatch(q: Quantity, g: GoldReport): string | null {
  if (g.min !== undefined || g.max !== undefined) {
    if (q.min !== g.min || q.max !== g.max || q.value !== undefined) return `want range ${g.min}–${g.max}`;
  } else if (q.value !== g.value) return `want value ${g.value}`;
  if (g.approx === true && q.qualifier !== 'approx') return 'want qualifier approx';
  if (g.approx === false && q.qualifier === 'approx') return 'want no approx';
  if (g.qualifier !== undefined && q.qualifier !== g.qualifier) return `want qualifier ${g.qualifier}`;
  return null;
}

if (!existsSync(SEEDS) || !existsSync(GOLD)) {
  test('seeds: quantities match the gold facts', (t) => {
    t.skip(`../shared is absent (looked in ${SHARED}): the seed quantity check needs it`);
  });
} else {
  test('seeds: quantities match the gold facts', () => {
    const facts = (JSON.parse(readFileSync(GOLD, 'utf8')) as { facts: GoldFact[] }).facts;
    const cache = new Map<string, { text: string; quantities: Quantity[] }>();
    const failures: string[] = [];
    let checked = 0;
    for (const fact of facts) {
      for (const [file, g] of Object.entries(fact.reports)) {
        if (g.surface === undefined) continue;
        checked++;
        let doc = cache.get(file);
        if (doc === undefined) {
          const text = readFileSync(path.join(SEEDS, file), 'utf8');
          doc = { text, quantities: extractQuantities(text) };
          cache.set(file, doc);
        }
        const seen: string[] = [];
        let ok = false;
        let found = false;
        for (let at = doc.text.indexOf(g.surface); at >= 0 && !ok; at = doc.text.indexOf(g.surface, at + 1)) {
          found = true;
          const end = at + g.surface.length;
          for (const q of doc.quantities) {
            if (q.end <= at || q.start >= end) continue;
            const why = mismatch(q, g);
            if (why === null) {
              ok = true;
              break;
            }
            seen.push(`${describe(q)}: ${why}`);
          }
        }
        if (!found) failures.push(`${fact.id} in ${file}: surface «${g.surface}» not in the file`);
        else if (!ok) {
          failures.push(`${fact.id} in ${file}: «${g.surface}» → ${seen.length > 0 ? seen.join('; ') : 'no quantity overlaps it'}`);
        }
      }
    }
    assert.ok(checked > 0, 'the gold has no fact with a surface');
    assert.equal(failures.length, 0, `${failures.length} of ${checked} gold quantities wrong:\n  ${failures.join('\n  ')}`);
  });
}
