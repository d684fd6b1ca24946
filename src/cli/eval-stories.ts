// `rasd eval stories GOLD.json`: scores the store's stories against a gold partition of
// report files, {story name: [source, ...]}. A gold source names a stored document whose
// source equals it or ends with '/' + it, so a gold written relative to the corpus
// directory works wherever the corpus was ingested from.
import { readFileSync } from 'node:fs';
import type { Io } from './command.js';
import { printJson, withStore } from './command.js';
import type { EvalSubverb } from './eval.js';
import { RasdError } from '../errors.js';
import { bcubed, pairwise, type Scores } from '../cluster/bcubed.js';
import type { Store } from '../store/store.js';

export type Gold = Record<string, string[]>;

/** Reads and checks a gold file; every problem is a RasdError naming the file and the reason. */
export function readGold(file: string): Gold {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RasdError('NOT_FOUND', file);
    throw new RasdError('UNREADABLE', `${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RasdError('BAD_GOLD', `${file} is not JSON (${(e as Error).message})`);
  }
  const shape = `${file} must be a JSON object {"story name": ["source", ...], ...}`;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new RasdError('BAD_GOLD', shape);
  const gold: Gold = {};
  const seen = new Map<string, string>();
  for (const [name, sources] of Object.entries(json)) {
    if (!Array.isArray(sources) || sources.length === 0 || !sources.every((x) => typeof x === 'string' && x.trim() !== '')) {
      throw new RasdError('BAD_GOLD', `${shape}; story "${name}" is not a non-empty list of sources`);
    }
    for (const src of sources as string[]) {
      const other = seen.get(src);
      if (other !== undefined) throw new RasdError('BAD_GOLD', `${file}: "${src}" is listed twice (stories "${other}" and "${name}")`);
      seen.set(src, name);
    }
    gold[name] = sources as string[];
  }
  if (Object.keys(gold).length === 0) throw new RasdError('BAD_GOLD', `${file} has no stories`);
  return gold;
}

const slashes = (s: string): string => s.replace(/\\/g, '/');
const baseName = (s: string): string => s.slice(s.lastIndexOf('/') + 1);

/** Gold source → stored document id; gold sources without a document are returned apart. */
export function matchSources(
  gold: Gold,
  docs: ReadonlyArray<{ id: string; source: string }>,
  file: string,
): { ids: Map<string, string>; missing: string[] } {
  const byBase = new Map<string, Array<{ id: string; source: string }>>();
  for (const d of docs) {
    const src = slashes(d.source);
    const list = byBase.get(baseName(src));
    if (list) list.push({ id: d.id, source: src });
    else byBase.set(baseName(src), [{ id: d.id, source: src }]);
  }
  const ids = new Map<string, string>();
  const claimed = new Map<string, string>();
  const missing: string[] = [];
  for (const src of Object.values(gold).flat()) {
    const want = slashes(src).replace(/^(\.\/)+/, '');
    const hits = (byBase.get(baseName(want)) ?? []).filter((d) => d.source === want || d.source.endsWith('/' + want));
    if (hits.length === 0) {
      missing.push(src);
      continue;
    }
    if (hits.length > 1) {
      throw new RasdError('BAD_GOLD', `${file}: "${src}" matches ${hits.length} stored documents (${hits.map((h) => h.source).join(', ')}); give more of its path`);
    }
    const id = hits[0]!.id;
    const before = claimed.get(id);
    if (before !== undefined) throw new RasdError('BAD_GOLD', `${file}: "${before}" and "${src}" are the same stored document ${id}`);
    claimed.set(id, src);
    ids.set(src, id);
  }
  return { ids, missing };
}

export interface StoryEvalReport {
  gold: string;
  /** Gold documents found in the store (the items scored). */
  documents: number;
  goldStories: number;
  /** The stories of rasd holding those documents (an unplaced document counts as its own). */
  predictedStories: number;
  bcubed: Scores;
  pairwise: Scores;
  /** Gold sources with no stored document. */
  missing: string[];
  /** Stored documents the gold does not name (not scored). */
  notInGold: number;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
const rounded = (s: Scores): Scores => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) });

export async function evaluateStories(store: Store, file: string, gold: Gold = readGold(file)): Promise<StoryEvalReport> {
  const docs = await store.listDocuments();
  const { ids, missing } = matchSources(gold, docs, file);
  // Scored over document ids: the gold's names mapped to the stored documents they name.
  const goldIds: Gold = {};
  for (const [name, sources] of Object.entries(gold)) {
    const found = sources.flatMap((s) => (ids.has(s) ? [ids.get(s)!] : []));
    if (found.length) goldIds[name] = found;
  }
  const scored = [...ids.values()];
  const membership = await store.stories.storyMembership(scored);
  const byStory = new Map<string, string[]>();
  for (const id of scored) {
    const story = membership.get(id)?.story ?? `unplaced:${id}`;
    const list = byStory.get(story);
    if (list) list.push(id);
    else byStory.set(story, [id]);
  }
  const predicted = [...byStory.values()];
  return {
    gold: file,
    documents: scored.length,
    goldStories: Object.keys(goldIds).length,
    predictedStories: predicted.length,
    bcubed: rounded(bcubed(goldIds, predicted)),
    pairwise: rounded(pairwise(goldIds, predicted)),
    missing,
    notInGold: docs.length - scored.length,
  };
}

function printText(io: Io, r: StoryEvalReport): void {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(10);
  io.out(`${r.gold}: ${r.documents} documents in ${r.goldStories} gold stories; rasd puts them in ${r.predictedStories} stories\n\n`);
  io.out(`${''.padEnd(9)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}\n`);
  for (const [name, s] of [['B-cubed', r.bcubed], ['pairwise', r.pairwise]] as const) {
    io.out(`${name.padEnd(9)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}\n`);
  }
  if (r.notInGold) io.out(`\n${r.notInGold} stored document${r.notInGold === 1 ? ' is' : 's are'} not in the gold (not scored)\n`);
  if (r.missing.length) io.out(`\nnot in the store (${r.missing.length}):\n${r.missing.map((m) => `  ${m}\n`).join('')}`);
}

export const storiesEval: EvalSubverb = {
  name: 'stories',
  summary:
    'Score the store\'s stories against a gold JSON file {"story": ["source", ...]} (sources relative to any ' +
    'directory the reports were ingested from): B-cubed and pairwise precision, recall and F1. ' +
    'Fails when a gold source is not in the store.',
  usage: 'rasd eval stories GOLD.json [--db FILE] [--json]',
  async run(values, args, io) {
    if (args.length !== 1) throw new RasdError('USAGE', `name exactly one gold JSON file\nusage: ${this.usage}`);
    const file = args[0]!;
    // Read before opening the store, so a bad gold file is named even without a store.
    const gold = readGold(file);
    return withStore(values, io.env, false, async (store) => {
      const report = await evaluateStories(store, file, gold);
      if (values['json']) printJson(io, report);
      else printText(io, report);
      // The scores are printed either way (they say how far off the store is), then the command fails.
      if (report.missing.length) {
        const shown = report.missing.slice(0, 10).join(', ') + (report.missing.length > 10 ? ', …' : '');
        throw new RasdError('GOLD_UNMATCHED', `${report.missing.length} source${report.missing.length === 1 ? '' : 's'} of ${file} not ingested: ${shown}`);
      }
      return 0;
    });
  },
};
