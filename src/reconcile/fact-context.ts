// What the fact rules share: a document's tokens, its mentions indexed by token, the
// sentence of each token, word lookups through one proclitic, and Evidence building. Built
// once per document, so every rule walks tokens by index instead of re-reading text.
import type { Extraction, Mention, Span, Token } from '../types.js';
import type { Evidence } from './types.js';
import { tokenize } from '../text/tokenize.js';
import { normalizeForMatch } from '../text/normalize.js';

/** One proclitic a word may carry before a table word (longest tried first). */
const PROCLITICS = ['وس', 'فس', 'ول', 'فل', 'وب', 'فب', 'وك', 'و', 'ف', 'ل', 'س', 'ب', 'ك'];
/** Letters that must remain after stripping a proclitic, so short words are not misread. */
const MIN_REST = 2;

/** A folded lookup set of table words. */
export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => normalizeForMatch(w)));
}

/** A folded lookup map of [form, value] pairs. */
export function wordMap<T>(pairs: readonly (readonly [string, T])[]): Map<string, T> {
  return new Map(pairs.map(([w, v]) => [normalizeForMatch(w), v] as const));
}

/** The table entry a word is, as written or after one proclitic (وستقدم → تقدم); undefined when none. */
export function lookupWord<T>(table: Map<string, T> | Set<string>, t: Token | undefined): { key: string; value: T | true } | undefined {
  if (t === undefined || t.kind !== 'word') return undefined;
  const get = (k: string): T | true | undefined => (table instanceof Set ? (table.has(k) ? true : undefined) : table.get(k));
  const v = get(t.norm);
  if (v !== undefined) return { key: t.norm, value: v };
  for (const c of PROCLITICS) {
    if (t.norm.length - c.length < MIN_REST || !t.norm.startsWith(c)) continue;
    const r = get(t.norm.slice(c.length));
    if (r !== undefined) return { key: t.norm.slice(c.length), value: r };
  }
  return undefined;
}

export interface DocInput {
  id: string;
  text: string;
  sentences: Span[];
  extraction: Extraction;
}

export class FactContext {
  readonly tokens: Token[];
  /** The mention starting at each token index (PER/ORG/LOC/MISC), if any. */
  readonly mentionAt = new Map<number, Mention>();
  /** The sentence index of each token. */
  readonly sentOf: Int32Array;
  /** First and one-past-last token of each sentence. */
  readonly sentTokens: Array<[number, number]>;

  constructor(readonly doc: DocInput) {
    this.tokens = tokenize(doc.text);
    this.sentOf = new Int32Array(this.tokens.length).fill(-1);
    this.sentTokens = doc.sentences.map(() => [0, 0] as [number, number]);
    let s = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      while (s < doc.sentences.length && doc.sentences[s]!.end <= t.start) s++;
      if (s >= doc.sentences.length || doc.sentences[s]!.start > t.start) continue;
      if (this.sentTokens[s]![1] === 0) this.sentTokens[s] = [i, i + 1];
      else this.sentTokens[s]![1] = i + 1;
      this.sentOf[i] = s;
    }
    const mentions = [...doc.extraction.mentions].sort((a, b) => a.start - b.start);
    let k = 0;
    for (const m of mentions) {
      k = this.tokenAt(m.start, k);
      if (k >= 0 && k < this.tokens.length && this.tokens[k]!.end > m.start && !this.mentionAt.has(k)) this.mentionAt.set(k, m);
      if (k < 0) k = 0;
    }
  }

  /** The index of the first token ending after `offset`, scanning forward from `from`. */
  tokenAt(offset: number, from = 0): number {
    let i = Math.max(0, from);
    while (i < this.tokens.length && this.tokens[i]!.end <= offset) i++;
    return i;
  }

  /** The index of the last token starting before `offset` (binary search). */
  tokenBefore(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) [best, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    return best;
  }

  /** The token index one past the last token of a mention that starts at token i. */
  mentionEnd(i: number): number {
    const m = this.mentionAt.get(i)!;
    let j = i;
    while (j < this.tokens.length && this.tokens[j]!.start < m.end) j++;
    return j;
  }

  /** The mention whose last token is j, if any (for an actor written before its verb). */
  mentionEndingAt(j: number): { i: number; m: Mention } | null {
    for (let i = j; i >= 0 && i >= j - 6; i--) {
      const m = this.mentionAt.get(i);
      if (m !== undefined) return this.mentionEnd(i) === j + 1 ? { i, m } : null;
    }
    return null;
  }

  sentenceOf(offset: number): number {
    const ss = this.doc.sentences;
    for (let s = 0; s < ss.length; s++) if (ss[s]!.start <= offset && offset < ss[s]!.end) return s;
    return -1;
  }

  evidence(start: number, end: number, sentence: number): Evidence {
    const sp = this.doc.sentences[sentence] ?? { start, end };
    return {
      doc: this.doc.id,
      text: this.doc.text.slice(start, end),
      start,
      end,
      sentence: { start: sp.start, end: sp.end, text: this.doc.text.slice(sp.start, sp.end) },
    };
  }
}
