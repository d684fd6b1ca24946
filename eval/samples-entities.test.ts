// Quality gate of entity finding and linking on rasd's own sample corpus (samples/<outlet>/<file>.txt).
// The oracle is samples/entities.expected.json, made by hand: the people, organizations and
// places of the stories, each with its surfaces per file as they stand in the text. The whole
// corpus goes through the real ingest path (walk, decode, clean, extract with the statistical
// tagger, link across documents) into a temporary store, as a user's `rasd ingest samples/`
// would; the mentions and their entity ids are read back from the store.
//
// A mention matches a listed surface (both whitespace-collapsed, same type) when its text is
// the surface, or the surface with an attached proclitic (و ف ب ك ل, or ل + ال written لل).
// Asserted, every failure reported in one message:
//   - every (entity, file, surface) listed is matched by a mention of that file (title or body);
//     the share found has a floor (MIN_FOUND_SHARE);
//   - all mentions matching any surface of an entity, across files, carry one entity id;
//   - two expected entities never share an id;
//   - no mention is, or contains, a word of not_entities (currency names; سيول in flood
//     reports) or a name of not_entities_from_boilerplate (names only in the page chrome).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityType, Mention } from '../src/types.js';
import { ingestPaths } from '../src/ingest/ingest.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { SAMPLES } from './paths.js';

/** Share of the listed (entity, file, surface) triples that must be found. */
const MIN_FOUND_SHARE = 1;

const EXPECTED = path.join(SAMPLES, 'entities.expected.json');

interface ExpectedEntity {
  canonical: string;
  en?: string;
  type: EntityType;
  surfaces: Record<string, string[]>;
}
interface Expected {
  entities: ExpectedEntity[];
  not_entities?: Record<string, string[]>;
  not_entities_from_boilerplate?: Record<string, string[]>;
}

type Linked = Mention & { entity?: string };

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Does mention text m match surface s: equal, or s with attached proclitics (لل for ل + ال)? */
export function matchesSurface(m: string, s: string): boolean {
  if (m === s) return true;
  for (let p = 1; p <= 2 && p < m.length; p++) {
    const lead = m.slice(0, p);
    if (!/^[وف]?[بكل]?$/u.test(lead)) break;
    if (m.slice(p) === s) return true;
  }
  // ل + ال: للشراكة for الشراكة, وللشراكة too.
  if (s.startsWith('ال') && !s.startsWith('لل')) {
    for (const lead of ['', 'و', 'ف']) if (m === `${lead}ل${s.slice(1)}`) return true;
  }
  return false;
}

/** Every sample page's mentions (body then title) with their entity ids, by 'outlet/file.txt'. */
async function ingestSamples(): Promise<{ byFile: Map<string, Linked[]>; rejected: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-samples-entities-'));
  const store = openSqliteStore(path.join(dir, 'samples.db'));
  const byFile = new Map<string, Linked[]>();
  const rejected: string[] = [];
  try {
    const report = await ingestPaths([SAMPLES], store);
    for (const r of report.rejected) rejected.push(`${path.relative(SAMPLES, r.source)}: ${r.reason}`);
    for (const set of await store.listMentions()) {
      const links = await store.entityLinks(set.id);
      const file = path.relative(SAMPLES, set.source).split(path.sep).join('/');
      const ms: Linked[] = set.mentions.map((m, i) => {
        const id = links.get(i);
        return id === undefined ? { ...m } : { ...m, entity: id };
      });
      byFile.set(file, ms);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { byFile, rejected };
}

const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Expected;
const { byFile, rejected } = await ingestSamples();

test('samples: the expected entities are found in every file, their surfaces link to one entity, and no two share one', (t) => {
  const failures: string[] = [...rejected.map((r) => `not ingested: ${r}`)];
  let listed = 0;
  let found = 0;
  const idOfEntity = new Map<string, string>();
  for (const e of expected.entities) {
    const ids = new Map<string, string[]>();
    for (const [file, surfaces] of Object.entries(e.surfaces)) {
      const ms = byFile.get(file);
      if (!ms) {
        failures.push(`${e.canonical}: no such sample ${file}`);
        listed += surfaces.length;
        continue;
      }
      for (const raw of surfaces) {
        const s = collapse(raw);
        listed++;
        const hits = ms.filter((m) => m.type === e.type && matchesSurface(collapse(m.text), s));
        if (hits.length === 0) {
          const near = ms.filter((m) => collapse(m.text).includes(s) || s.includes(collapse(m.text)));
          const seen = near.length > 0 ? ` (mentions there: ${near.map((m) => `${m.type}:${collapse(m.text)}`).join(' | ')})` : '';
          failures.push(`${e.type} ${e.canonical}: '${s}' not found in ${file}${seen}`);
          continue;
        }
        found++;
        for (const m of hits) {
          const id = m.entity ?? '(no entity)';
          const where = ids.get(id) ?? [];
          where.push(`${file.split('/')[0]}:${collapse(m.text)}`);
          ids.set(id, where);
        }
      }
    }
    if (ids.size > 1) {
      failures.push(`${e.type} ${e.canonical}: surfaces link to ${ids.size} entities: ${[...ids.values()].map((w) => [...new Set(w)].join(', ')).join(' ≠ ')}`);
    }
    for (const id of ids.keys()) {
      for (const [other, oid] of idOfEntity) if (oid === id) failures.push(`${e.canonical} and ${other} link to one entity ${id}`);
    }
    const [first] = ids.keys();
    if (first !== undefined) idOfEntity.set(e.canonical, first);
  }
  const forbidden = (lists: Record<string, string[]> | undefined, what: string): void => {
    for (const [where, words] of Object.entries(lists ?? {})) {
      const files = where === '*' ? [...byFile.keys()] : [where];
      for (const file of files) {
        const ms = byFile.get(file);
        if (!ms) {
          failures.push(`${what}: no such sample ${file}`);
          continue;
        }
        for (const w of words) {
          for (const m of ms) {
            const text = collapse(m.text);
            const inside = text === w || new RegExp(`(?:^|[\\s\\p{P}])[وفبكل]{0,2}${w}(?:$|[\\s\\p{P}])`, 'u').test(text);
            if (inside) failures.push(`${file}: ${what} became a mention: ${m.type}:${text}`);
          }
        }
      }
    }
  };
  forbidden(expected.not_entities, 'a word that names no entity');
  forbidden(expected.not_entities_from_boilerplate, 'a name from the page chrome');

  const share = listed === 0 ? 1 : found / listed;
  const mentions = [...byFile.values()].reduce((a, ms) => a + ms.length, 0);
  const summary =
    `${expected.entities.length} expected entities, ${listed} (entity, file, surface) listed, ${found} found ` +
    `(${(100 * share).toFixed(1)}%; floor ${(100 * MIN_FOUND_SHARE).toFixed(1)}%), ${mentions} mentions in ${byFile.size} files`;
  t.diagnostic(summary);
  if (share < MIN_FOUND_SHARE) failures.unshift(`found ${(100 * share).toFixed(1)}% < ${(100 * MIN_FOUND_SHARE).toFixed(1)}%`);
  assert.equal(failures.length, 0, `${summary}\n${failures.length} failure(s):\n  - ${failures.join('\n  - ')}`);
});

test('samples: surfaces match with attached proclitics only', () => {
  assert.ok(matchesSurface('بتونس', 'تونس'));
  assert.ok(matchesSurface('وبتونس', 'تونس'));
  assert.ok(matchesSurface('للشراكة المتوسطية', 'الشراكة المتوسطية'));
  assert.ok(matchesSurface('وللشراكة', 'الشراكة'));
  assert.ok(!matchesSurface('حضرموت', 'وادي حضرموت'));
  assert.ok(!matchesSurface('وادي حضرموت', 'حضرموت'));
  assert.ok(!matchesSurface('متونس', 'تونس'));
});
