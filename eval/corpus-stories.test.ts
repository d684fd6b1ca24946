// Story clustering on the evaluation corpus (eval/corpus: 62 reports, 16 stories, gold in
// stories.json) and on the five seed reports (../shared, gold "stories" of seeds.gold.json).
//
// Each page is decoded (decodeBytes), cleaned (cleanPage), keyed (indexKeys over body and
// title), extracted (extractDocument); linkMentions then runs over all the documents of the
// set for entity ids, and storyDocFromParts makes the story features. clusterStories groups
// them. Asserted on the corpus: B-cubed F1 ≥ MIN_BCUBED_F1 and the same partition for
// shuffled ingest orders; on the seeds: exactly the gold stories. B-cubed and pairwise
// scores are printed as diagnostics, and every pair put together or kept apart against
// gold is listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../src/ingest/decode.js';
import { cleanPage } from '../src/ingest/clean.js';
import { indexKeys } from '../src/text/stem.js';
import { splitSentences } from '../src/text/sentences.js';
import { extractDocument } from '../src/extract/component.js';
import { linkMentions } from '../src/extract/link.js';
import { storyDocFromParts, type StoryDoc } from '../src/cluster/story-features.js';
import { StoryIndex, clusterStories, relateDocs, type Story } from '../src/cluster/stories.js';
import { bcubed, pairwise } from '../src/cluster/bcubed.js';
import { ROOT, SEEDS, GOLD } from './paths.js';

const CORPUS = path.join(ROOT, 'eval', 'corpus');
const MIN_BCUBED_F1 = 0.95;

/** Story features of a set of pages, ids as given; entities linked over the whole set. */
function buildDocs(files: Array<{ id: string; file: string }>): StoryDoc[] {
  const parts = files.map(({ id, file }) => {
    const { text: raw } = decodeBytes(readFileSync(file), file);
    const clean = cleanPage(raw);
    const extraction = extractDocument(clean.title, clean.text, clean.removed);
    return { id, clean, extraction };
  });
  const linked = linkMentions(
    parts.flatMap((p) => [
      { docId: p.id, mentions: p.extraction.mentions },
      { docId: `${p.id}#title`, mentions: p.extraction.titleMentions ?? [] },
    ]),
  );
  const byId = new Map(linked.docs.map((d) => [d.docId, d.mentions]));
  return parts.map((p) => {
    const extraction = { ...p.extraction, mentions: byId.get(p.id)!, titleMentions: byId.get(`${p.id}#title`)! };
    return storyDocFromParts({
      id: p.id,
      text: p.clean.text,
      keys: indexKeys(p.clean.text),
      titleKeys: indexKeys(p.clean.title),
      sentences: splitSentences(p.clean.text),
      extraction,
    });
  });
}

/** A seeded shuffle (mulberry32), so a failing order can be replayed. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function incremental(docs: readonly StoryDoc[]): Story[] {
  const index = new StoryIndex();
  for (const d of docs) index.add(d);
  return index.stories();
}

const partition = (stories: readonly Story[]): string => JSON.stringify(stories.map((s) => s.docs));

/** The errors against gold: pairs merged across gold stories, gold stories split. */
function errors(gold: Record<string, string[]>, stories: readonly Story[]): string[] {
  const goldOf = new Map<string, string>();
  for (const [g, files] of Object.entries(gold)) for (const f of files) goldOf.set(f, g);
  const out: string[] = [];
  for (const s of stories) {
    const gs = [...new Set(s.docs.map((d) => goldOf.get(d) ?? '?'))];
    if (gs.length > 1) out.push(`merged ${gs.join(' + ')}: ${s.docs.join(', ')}`);
  }
  for (const [g, files] of Object.entries(gold)) {
    const parts = [...new Set(files.map((f) => stories.find((s) => s.docs.includes(f))?.id ?? '?'))];
    if (parts.length > 1) {
      const split = parts.map((p) => `[${files.filter((f) => stories.find((s) => s.docs.includes(f))?.id === p).join(', ')}]`);
      out.push(`split ${g}: ${split.join(' ')}`);
    }
  }
  return out;
}

function report(t: { diagnostic(m: string): void }, name: string, gold: Record<string, string[]>, stories: readonly Story[]): number {
  const predicted = stories.map((s) => s.docs);
  const b = bcubed(gold, predicted);
  const p = pairwise(gold, predicted);
  const f = (x: number): string => x.toFixed(3);
  t.diagnostic(`${name}: ${stories.length} stories (gold ${Object.keys(gold).length})`);
  t.diagnostic(`${name}: B-cubed P ${f(b.precision)} R ${f(b.recall)} F1 ${f(b.f1)}; pairwise P ${f(p.precision)} R ${f(p.recall)} F1 ${f(p.f1)}`);
  for (const e of errors(gold, stories)) t.diagnostic(`${name}: ${e}`);
  for (const s of stories) if (s.mentions.length > 0) t.diagnostic(`${name}: ${s.id} is linked (mention, not merged) to ${s.mentions.join(', ')}`);
  return b.f1;
}

test('corpus: stories against gold, independent of ingest order', (t) => {
  const gold = JSON.parse(readFileSync(path.join(CORPUS, 'stories.json'), 'utf8')) as Record<string, string[]>;
  const files = readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) =>
      readdirSync(path.join(CORPUS, e.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ id: `${e.name}/${f}`, file: path.join(CORPUS, e.name, f) })),
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.equal(files.length, 62);
  const docs = buildDocs(files);
  const undated = docs.filter((d) => d.eventDate === null).map((d) => d.id);
  t.diagnostic(`corpus: ${docs.length} documents, ${undated.length} without an event date${undated.length ? `: ${undated.join(', ')}` : ''}`);
  if (process.env['RASD_STORY_DEBUG']) {
    for (const d of docs) t.diagnostic(`corpus: ${d.id} event ${d.eventDate ?? '-'} published ${d.published ?? '-'} places ${d.places.length}`);
  }
  if (process.env['RASD_STORY_DEBUG']) {
    const goldOf = new Map<string, string>();
    for (const [g, fs] of Object.entries(gold)) for (const f of fs) goldOf.set(f, g);
    for (const a of docs) for (const b of docs) {
      if (a.id >= b.id) continue;
      const r = relateDocs(a, b);
      const same = goldOf.get(a.id) === goldOf.get(b.id);
      const ent = a.entities.filter((e) => b.entities.includes(e)).length;
      const pl = a.places.filter((e) => b.places.includes(e)).length;
      if (same || r.cosine >= 0.2) t.diagnostic(`pair ${same ? 'GOLD' : 'diff'} ${r.relation ?? '-'} cos ${r.cosine.toFixed(3)} ent ${ent} places ${pl}/${a.places.length},${b.places.length} ${a.id} ${b.id}`);
    }
  }
  const stories = clusterStories(docs);
  const f1 = report(t, 'corpus', gold, stories);
  for (const seed of [1, 2, 3]) {
    assert.equal(partition(incremental(shuffled(docs, seed))), partition(stories), `shuffle ${seed} gives another partition`);
  }
  assert.ok(f1 >= MIN_BCUBED_F1, `B-cubed F1 ${f1.toFixed(3)} < ${MIN_BCUBED_F1}`);
});

test('seeds: exactly the gold stories', (t) => {
  if (!existsSync(SEEDS) || !existsSync(GOLD)) {
    t.skip(`no seeds at ${SEEDS}`);
    return;
  }
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { stories: Record<string, string[]> }).stories;
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, file: path.join(SEEDS, f) }));
  const docs = buildDocs(files);
  for (const d of docs) t.diagnostic(`seeds: ${d.id} event date ${d.eventDate ?? 'unknown'}, published ${d.published ?? 'unknown'}`);
  if (process.env['RASD_STORY_DEBUG']) {
    for (const a of docs) for (const b of docs) {
      if (a.id >= b.id) continue;
      const r = relateDocs(a, b);
      const ent = a.entities.filter((e) => b.entities.includes(e)).length;
      t.diagnostic(`pair ${r.relation ?? '-'} cos ${r.cosine.toFixed(3)} ent ${ent} places ${JSON.stringify(a.places)} ${JSON.stringify(b.places)} ${a.id} ${b.id}`);
    }
  }
  const stories = clusterStories(docs);
  report(t, 'seeds', gold, stories);
  for (const seed of [1, 2, 3]) assert.equal(partition(incremental(shuffled(docs, seed))), partition(stories));
  const want = Object.values(gold).map((fs) => [...fs].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  assert.deepEqual(stories.map((s) => s.docs), want);
});
