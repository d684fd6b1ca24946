// Gold check of entity finding and linking on the five real seed reports. The pages and
// their annotation live in ../shared beside the checkout and are read at run time (never
// copied here); without ../shared the test skips with a message.
//
// Per seed: cleanPage(raw) gives the title and the clean body; each is tokenized and
// findMentions runs on it with the statistical tagger's tags when src/extract/ner/tagger.ts
// is built and its model file loads (else without, and the log says which; RASD_NER_MODEL
// names another model file to try). A report's
// headline is part of what it says, so the title's mentions count with the body's. Then
// linkMentions runs over all five documents.
//
// When a mention matches a gold surface (texts whitespace-collapsed, same type):
//   - the texts are equal; or
//   - the mention is the surface extended to the right, or with a proclitic (و ف ب ل ك)
//     before it: Arabic names of places and organizations are head-initial, so the longer
//     span still starts with the named thing (قوات سوريا الديمقراطية الكردية); or
//   - the mention lies inside the surface at word boundaries and covers its head word: the
//     first word for places and organizations (تنظيم الدولة in تنظيم الدولة (داعش)), the
//     last (family) name for people.
// Asserted: every gold entity is matched by a mention in every file that lists it; all
// mentions matching any of its surfaces, across files, carry one entity id; two gold
// entities never share an id; and no name of not_entities_from_boilerplate is, or is inside,
// a mention. Every failure is reported in one message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BioTag, EntityType, Mention, Token } from '../src/types.js';
import { cleanPage } from '../src/ingest/clean.js';
import { tokenize } from '../src/text/tokenize.js';
import { findMentions } from '../src/extract/entities.js';
import { linkMentions } from '../src/extract/link.js';
import { ROOT, SHARED, SEEDS, GOLD } from './paths.js';


interface GoldEntity {
  canonical: string;
  type: EntityType;
  surfaces: Record<string, string[]>;
}
interface Gold {
  entities: GoldEntity[];
  not_entities_from_boilerplate?: Record<string, string[]>;
}

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const BOUNDARY = /[\s\p{P}]/u;
const atBoundary = (s: string, i: number): boolean => i <= 0 || i >= s.length || BOUNDARY.test(s[i - 1]!) || BOUNDARY.test(s[i]!);

/** Does mention text m (collapsed) match gold surface s (collapsed) of an entity of this type? */
function matches(m: string, s: string, type: EntityType): boolean {
  if (m === s) return true;
  for (let p = 0; p <= 2; p++) {
    if (p > 0 && !/^[وفبكل]+$/u.test(m.slice(0, p))) break;
    const rest = m.slice(p);
    if (rest === s || (rest.startsWith(s) && BOUNDARY.test(rest[s.length]!))) return true;
  }
  const words = s.split(/[\s\p{P}]+/u).filter((w) => w.length > 0);
  if (words.length === 0) return false;
  const head = type === 'PER' ? words[words.length - 1]! : words[0]!;
  for (let i = s.indexOf(m); i >= 0; i = s.indexOf(m, i + 1)) {
    const end = i + m.length;
    if (!atBoundary(s, i) || !atBoundary(s, end)) continue;
    const inside = s.slice(i, end).split(/[\s\p{P}]+/u);
    const headAt = type === 'PER' ? s.lastIndexOf(head) : s.indexOf(head);
    if (inside.includes(head) && headAt >= i && headAt + head.length <= end) return true;
  }
  return false;
}

type Tag = (tokens: readonly Token[]) => BioTag[];

/** The tagger's tags when its module is built and a model loads; else null, with the reason. */
async function loadModelTags(): Promise<{ tag: Tag | null; why: string }> {
  const file = path.join(ROOT, 'dist', 'src', 'extract', 'ner', 'tagger.js');
  if (!existsSync(file)) return { tag: null, why: `no tagger module (${path.relative(ROOT, file)})` };
  try {
    const mod = (await import(pathToFileURL(file).href)) as { loadTagger?: (file?: string) => { tag: Tag; file?: string } };
    if (typeof mod.loadTagger !== 'function') return { tag: null, why: 'tagger module has no loadTagger()' };
    // RASD_NER_MODEL tries another model file than the shipped one.
    const t = mod.loadTagger(process.env['RASD_NER_MODEL'] || undefined);
    return { tag: (tokens) => t.tag(tokens), why: `model tags from ${t.file ?? 'the default model'}` };
  } catch (e) {
    return { tag: null, why: `no model tags: ${(e as Error).message}` };
  }
}

if (!existsSync(SEEDS) || !existsSync(GOLD)) {
  test('seeds: entities match the gold annotation', (t) => {
    t.skip(`../shared is absent (looked in ${SHARED}): the seed entity check needs it`);
  });
} else {
  test('seeds: entities found, linked, and none from boilerplate', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
    const files = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const model = await loadModelTags();
    console.log(`seeds-entities: ${model.tag ? '' : 'rules and lexicon only; '}${model.why}`);
    const docs: Array<{ docId: string; mentions: Mention[] }> = [];
    for (const f of files) {
      const page = cleanPage(readFileSync(path.join(SEEDS, f), 'utf8'));
      const mentions: Mention[] = [];
      for (const text of [page.title, page.text]) {
        const tokens = tokenize(text);
        mentions.push(...findMentions(text, tokens, model.tag ? model.tag(tokens) : undefined));
      }
      docs.push({ docId: f, mentions });
    }
    const linked = linkMentions(docs);
    const byDoc = new Map(linked.docs.map((d) => [d.docId, d.mentions]));
    const failures: string[] = [];
    const idOfGold = new Map<string, string>();
    for (const e of gold.entities) {
      const ids = new Map<string, string[]>();
      for (const [f, surfaces] of Object.entries(e.surfaces)) {
        const ms = byDoc.get(f);
        if (!ms) {
          failures.push(`${e.canonical}: no such seed ${f}`);
          continue;
        }
        let found = false;
        for (const s of surfaces) {
          for (const m of ms) {
            if (m.type !== e.type || !matches(collapse(m.text), collapse(s), e.type)) continue;
            found = true;
            const where = ids.get(m.entity!) ?? [];
            where.push(`${f.slice(0, 3)}:${collapse(m.text)}`);
            ids.set(m.entity!, where);
          }
        }
        if (!found) failures.push(`${e.type} ${e.canonical}: not found in ${f} (surfaces: ${surfaces.join(' | ')})`);
      }
      if (ids.size > 1) {
        failures.push(`${e.type} ${e.canonical}: surfaces link to ${ids.size} entities: ${[...ids.values()].map((w) => w.join(', ')).join(' ≠ ')}`);
      }
      const [first] = ids.keys();
      if (first !== undefined) {
        for (const [other, id] of idOfGold) if (id === first) failures.push(`${e.canonical} and ${other} link to one entity ${id}`);
        idOfGold.set(e.canonical, first);
      }
    }
    for (const [f, names] of Object.entries(gold.not_entities_from_boilerplate ?? {})) {
      for (const n of names) {
        for (const m of byDoc.get(f) ?? []) {
          if (collapse(m.text).includes(collapse(n))) failures.push(`${f}: boilerplate name became a mention: ${m.text}`);
        }
      }
    }
    console.log(
      `seeds-entities: ${gold.entities.length} gold entities, ${linked.entities.length} linked entities, ` +
        `${docs.reduce((a, d) => a + d.mentions.length, 0)} mentions, ${failures.length} failures`,
    );
    assert.equal(failures.length, 0, `\n${failures.join('\n')}`);
  });
}
