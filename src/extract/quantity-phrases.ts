// The phrase tables of the quantity pass (src/lang/ar/units.ts), loaded once: tries over
// token keys, so that a qualifier, a currency or a counted noun of several words is
// matched token by token, and the word sets the checks look tokens up in. Kept apart
// from quantities.ts so the main pass reads as the order of its checks.
import type { Qualifier, Token } from '../types.js';
import {
  CHANGE_WORDS,
  COUNTED_NOUNS,
  CURRENCIES,
  CURRENCY_SIGNS,
  DAY_MONTH_LINKS,
  MONTHS,
  NOT_COUNTED_ACCUSATIVES,
  NUMBER_JOINERS,
  OPENING_MARKS,
  PERCENT_AFTER,
  PERCENT_BEFORE,
  PHONE_CUES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANGE_DASHES,
  RANGE_OPENERS,
  REFERENCE_CUES,
  TIME_CUES,
  YEAR_CUES,
  YEAR_MARKS,
} from '../lang/ar/units.js';
import { NUMBER_CLITICS } from '../lang/ar/numbers.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { isNumberWord } from '../text/number-words.js';

// ---- phrase tries over token keys ----

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

function buildTrie<T>(entries: Iterable<readonly [string, T]>): TrieNode<T> {
  const root: TrieNode<T> = { next: new Map() };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const key of phraseKeys(phrase)) {
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.value ??= value; // the first entry of a spelling wins
  }
  return root;
}

interface PhraseMatch<T> {
  value: T;
  /** Token index after the phrase. */
  end: number;
  /** The clitic stripped from the first word ('' when none). */
  clitic: string;
}

const CLITICS = [...new Set(NUMBER_CLITICS.map((c) => normalizeForMatch(c)))].sort((a, b) => b.length - a.length);
const MIN_AFTER_CLITIC = 2;

function walk<T>(node: TrieNode<T>, tokens: readonly Token[], k: number, best: { value: T; end: number } | null): { value: T; end: number } | null {
  while (k < tokens.length) {
    const t = tokens[k]!;
    const child = t.kind === 'number' ? undefined : node.next.get(t.norm);
    if (child === undefined) break;
    node = child;
    k++;
    if (node.value !== undefined) best = { value: node.value, end: k };
  }
  return best;
}

/** The longest phrase of the trie at token i; with `clitics`, its first word may carry one. */
export function matchPhrase<T>(root: TrieNode<T>, tokens: readonly Token[], i: number, clitics: boolean): PhraseMatch<T> | null {
  const t = tokens[i];
  if (t === undefined || t.kind === 'number') return null;
  let best: PhraseMatch<T> | null = null;
  const first = root.next.get(t.norm);
  if (first !== undefined) {
    const m = walk(first, tokens, i + 1, first.value !== undefined ? { value: first.value, end: i + 1 } : null);
    if (m !== null) best = { ...m, clitic: '' };
  }
  if (clitics && t.kind === 'word') {
    for (const c of CLITICS) {
      if (t.norm.length - c.length < MIN_AFTER_CLITIC || !t.norm.startsWith(c)) continue;
      const node = root.next.get(t.norm.slice(c.length));
      if (node === undefined) continue;
      const m = walk(node, tokens, i + 1, node.value !== undefined ? { value: node.value, end: i + 1 } : null);
      if (m !== null && (best === null || m.end > best.end)) best = { ...m, clitic: c };
    }
  }
  return best;
}

// ---- the tables, loaded ----

export type Suffix =
  | { kind: 'percent' }
  | { kind: 'currency'; code: string }
  | { kind: 'noun'; unit: string };

const PERCENT: Suffix = { kind: 'percent' };
const SUFFIXES = buildTrie<Suffix>([
  ...PERCENT_AFTER.map((p) => [p, PERCENT] as const),
  ...CURRENCIES.map(([p, code]) => [p, { kind: 'currency', code }] as const),
  ...CURRENCY_SIGNS.map(([p, code]) => [p, { kind: 'currency', code }] as const),
  ...COUNTED_NOUNS.flatMap(([lemma, forms]) => forms.map((f) => [f, { kind: 'noun', unit: lemma }] as const)),
]);
export const PREFIX_SIGNS = buildTrie<Suffix>([
  ...PERCENT_BEFORE.map((p) => [p, PERCENT] as const),
  ...CURRENCY_SIGNS.map(([p, code]) => [p, { kind: 'currency', code }] as const),
]);
export const QUAL_BEFORE = buildTrie<Qualifier>(QUALIFIERS_BEFORE);
export const QUAL_AFTER = buildTrie<Qualifier>(QUALIFIERS_AFTER);
export const OPENERS = buildTrie<{ joiners: Set<string>; from: boolean }>(
  RANGE_OPENERS.map(([p, joiners]) => [p, { joiners: new Set(joiners.map(normalizeForMatch)), from: normalizeForMatch(p) === 'من' }] as const),
);
const keySet = (words: readonly string[]): Set<string> => new Set(words.map(normalizeForMatch));
export const DASHES = keySet(RANGE_DASHES);
export const MONTH = keySet(MONTHS);
export const DAY_LINK = keySet(DAY_MONTH_LINKS);
export const YEAR_CUE = keySet(YEAR_CUES);
export const YEAR_MARK = keySet(YEAR_MARKS);
export const REFERENCE_CUE = keySet(REFERENCE_CUES);
export const PHONE_CUE = keySet(PHONE_CUES);
export const TIME_CUE = keySet(TIME_CUES);
const NOT_COUNTED = keySet(NOT_COUNTED_ACCUSATIVES);
export const CHANGE = keySet(CHANGE_WORDS);
export const JOINER = keySet(NUMBER_JOINERS);
export const OPENING = keySet(OPENING_MARKS);

/** Is the token's key in `set`, as written or without a clitic (وفي، لعام)? */
export function inSet(set: Set<string>, t: Token | undefined): boolean {
  if (t === undefined || t.kind === 'number') return false;
  if (set.has(t.norm)) return true;
  if (t.kind !== 'word') return false;
  for (const c of CLITICS) {
    if (t.norm.length - c.length >= MIN_AFTER_CLITIC && t.norm.startsWith(c) && set.has(t.norm.slice(c.length))) return true;
  }
  return false;
}

// ---- one number, its unit, and why it might not be a quantity ----

export interface Unit {
  suffix: Suffix;
  /** Token range of the unit phrase. */
  start: number;
  end: number;
}

const TANWEEN_FATH = 0x064b;
const ALEF = 0x0627;

/**
 * A word written with the accusative ending ًا (طبيبًا، مرشحًا) right after a number is
 * the counted noun (تمييز) whether or not the table knows it; its unit is its stem
 * without the ending.
 */
function tanweenNoun(t: Token | undefined): string | null {
  if (t === undefined || t.kind !== 'word' || t.norm.length < 4 || isNumberWord(t.norm)) return null;
  const x = t.text;
  const n = x.length;
  const ends = (x.charCodeAt(n - 1) === ALEF && x.charCodeAt(n - 2) === TANWEEN_FATH) || (x.charCodeAt(n - 1) === TANWEEN_FATH && x.charCodeAt(n - 2) === ALEF);
  if (!ends || t.norm.startsWith('ال') || NOT_COUNTED.has(t.norm)) return null;
  const bare = t.norm.slice(0, -1);
  if (bare.endsWith('ي')) return null; // nisba adverbs: يوميًا، سنويًا، رسميًا
  return bare; // as written, without the tanween alef: قتيلا → قتيل
}

export function unitAt(tokens: readonly Token[], k: number): Unit | null {
  const m = matchPhrase(SUFFIXES, tokens, k, false);
  if (m !== null) return { suffix: m.value, start: k, end: m.end };
  const noun = tanweenNoun(tokens[k]);
  return noun === null ? null : { suffix: { kind: 'noun', unit: noun }, start: k, end: k + 1 };
}
