// Entity-level scoring as conlleval (and seqeval's default mode) does it. Chunks are read
// from IOB2 tags without strictness: a chunk starts at B-X, and also at I-X when the tag
// before is O or of another type; it ends before O, before any B-, and before a change of
// type. A guessed chunk is correct when a gold chunk has the same start, end and type.
// Sentences are scored separately: no chunk runs across a sentence boundary.
import type { BioTag } from '../../types.js';

export interface Chunk {
  type: string;
  /** Token range [start, end) within the sentence. */
  start: number;
  end: number;
}

/** Splits a tag into its prefix (B, I, O, or another letter as conlleval allows) and type. */
function splitTag(tag: string): [prefix: string, type: string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const dash = tag.indexOf('-');
  if (dash < 0) return [tag, ''];
  return [tag.slice(0, dash), tag.slice(dash + 1)];
}

// conlleval's endOfChunk and startOfChunk (as seqeval writes them, E and S included).
function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === 'E' || prevTag === 'S') return true;
  if (prevTag === 'B' && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  if (prevTag === 'I' && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  return prevTag !== 'O' && prevTag !== '.' && prevType !== type;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === 'B' || tag === 'S') return true;
  if ((prevTag === 'E' || prevTag === 'S' || prevTag === 'O') && (tag === 'E' || tag === 'I')) return true;
  return tag !== 'O' && tag !== '.' && prevType !== type;
}

/** The chunks of one sentence's tags, in order. */
export function chunks(tags: readonly BioTag[]): Chunk[] {
  const out: Chunk[] = [];
  let prevTag = 'O';
  let prevType = '';
  let open: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? splitTag(tags[i]!) : ['O', ''];
    if (open && endOfChunk(prevTag, tag, prevType, type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (i < tags.length && startOfChunk(prevTag, tag, prevType, type)) {
      open = { type, start: i, end: i + 1 };
    }
    prevTag = tag;
    prevType = type;
  }
  return out;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Chunks guessed, in the gold, and guessed correctly. */
  guessed: number;
  gold: number;
  correct: number;
}

export interface Score {
  micro: Prf;
  types: Record<string, Prf>;
  tokens: number;
  sentences: number;
  /** Share of tokens whose tag is exactly right (conlleval's "accuracy"). */
  accuracy: number;
}

function prf(correct: number, guessed: number, gold: number): Prf {
  const precision = guessed === 0 ? 0 : correct / guessed;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, guessed, gold, correct };
}

/**
 * Scores guessed tags against gold tags, sentence by sentence. `types` lists the types to
 * report even when absent from both (as zeros); any other type met is reported too.
 */
export function score(
  gold: readonly (readonly BioTag[])[],
  guess: readonly (readonly BioTag[])[],
  types: readonly string[] = [],
): Score {
  if (gold.length !== guess.length) throw new Error(`score: ${gold.length} gold sentences but ${guess.length} guessed`);
  const counts = new Map<string, { correct: number; guessed: number; gold: number }>();
  for (const t of types) counts.set(t, { correct: 0, guessed: 0, gold: 0 });
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { correct: 0, guessed: 0, gold: 0 }));
    return c;
  };
  let tokens = 0;
  let right = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = guess[s]!;
    if (g.length !== p.length) throw new Error(`score: sentence ${s + 1} has ${g.length} gold tags but ${p.length} guessed`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) right++;
    const gc = chunks(g);
    const pc = chunks(p);
    const goldKeys = new Set(gc.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gc) get(c.type).gold++;
    for (const c of pc) {
      const k = get(c.type);
      k.guessed++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) k.correct++;
    }
  }
  let correct = 0;
  let guessed = 0;
  let goldN = 0;
  const out: Record<string, Prf> = {};
  for (const [t, c] of counts) {
    out[t] = prf(c.correct, c.guessed, c.gold);
    correct += c.correct;
    guessed += c.guessed;
    goldN += c.gold;
  }
  return {
    micro: prf(correct, guessed, goldN),
    types: out,
    tokens,
    sentences: gold.length,
    accuracy: tokens === 0 ? 0 : right / tokens,
  };
}
