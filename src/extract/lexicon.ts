// Lexicon lookups for entity finding and for the statistical tagger's features. One Map
// lookup per word on its match key; when that misses, the same lookup after stripping the
// proclitics Arabic attaches to a name (و ف، then ب ل ك, and لل for ل + ال), so بالرياض,
// وسوريا and للتحالف find الرياض, سوريا and التحالف. The light stemmer (stem()) is not used
// here: its suffix stripping would turn مالي into مال and باكستان into باكست.
// The tables are compiled on first use (src/extract/lexicon-build.ts).
import type { Token } from '../types.js';
import {
  buildTables,
  LEX_STOP,
  LEX_VIA_CLITIC,
  type PhraseHit,
  type Tables,
  type TrieNode,
} from './lexicon-build.js';

export {
  phraseWords,
  letterMarks,
  type Homograph,
  type PhraseHit,
  type PhraseKind,
} from './lexicon-build.js';
export * from './lexicon-flags.js';

let tables: Tables | null = null;

/** The compiled tables (built on first call). */
export function lexiconTables(): Tables {
  return (tables ??= buildTables());
}

/** What a word's key is in the lexicon. */
export interface WordAnalysis {
  flags: number;
  /** The key that matched: the word's own, or the word without its proclitics. */
  key: string;
  /** How many letters of the key were stripped as proclitics (0 when the word matched as is). */
  strip: number;
  /** False when the stripped form is not a prefix cut of the word (لل + x read as ال + x). */
  tight: boolean;
}

const NONE: WordAnalysis = { flags: 0, key: '', strip: 0, tight: true };

/**
 * The forms of a word with its proclitics stripped, in the order they are tried: the word
 * itself, then و/ف, then ب/ل/ك (after و/ف or alone), with لل read as ل + ال. At least two
 * letters must remain.
 */
export function cliticForms(norm: string): Array<[form: string, strip: number, tight: boolean]> {
  const out: Array<[string, number, boolean]> = [[norm, 0, true]];
  for (let c = 0; c <= 1; c++) {
    let s = norm;
    if (c === 1) {
      const ch = s[0];
      if ((ch !== 'و' && ch !== 'ف') || s.length < 4) continue;
      s = s.slice(1);
      out.push([s, 1, true]);
    }
    const p = s[0];
    if ((p === 'ب' || p === 'ل' || p === 'ك') && s.length >= 4) {
      if (p === 'ل' && s[1] === 'ل') out.push([`ا${s.slice(1)}`, c + 1, false]);
      out.push([s.slice(1), c + 1, true]);
    }
  }
  return out;
}

const cache = new Map<string, WordAnalysis>();
const CACHE_MAX = 50_000;

/** Flags of a word's key, trying the key as is and then without proclitics. */
export function analyzeWord(norm: string): WordAnalysis {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const words = lexiconTables().words;
  let out = NONE;
  const direct = words.get(norm);
  if (direct !== undefined) out = { flags: direct, key: norm, strip: 0, tight: true };
  else {
    for (const [form, strip, tight] of cliticForms(norm)) {
      if (strip === 0) continue;
      const f = words.get(form);
      if (f !== undefined) {
        out = { flags: f | LEX_VIA_CLITIC, key: form, strip, tight };
        break;
      }
    }
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(norm, out);
  return out;
}

/**
 * The lexicon flags (LEX_*) of a word given by its match key (Token.norm). Stable and cheap:
 * the statistical tagger calls it for every word.
 */
export function lexiconFlags(norm: string): number {
  return analyzeWord(norm).flags;
}

/**
 * The flags of a token, reading what its match key has lost: على, إلى and حتى fold onto
 * علي and the like, so a token written with ى whose key is such a function word is one.
 */
export function tokenFlags(tok: Token): number {
  if (tok.kind !== 'word') return 0;
  const t = lexiconTables();
  if (t.maqsura.has(tok.norm) && tok.text.includes('ى')) return LEX_STOP;
  return analyzeWord(tok.norm).flags;
}

/** A phrase found in a text: the hit, how many tokens it spans, and its first word's clitic. */
export interface PhraseMatch {
  hit: PhraseHit;
  length: number;
  strip: number;
  tight: boolean;
}

function walk(tokens: readonly Token[], i: number, node: TrieNode): { hit: PhraseHit; length: number } | null {
  let best: { hit: PhraseHit; length: number } | null = node.hit ? { hit: node.hit, length: 1 } : null;
  let level = node.next;
  for (let j = i + 1; level !== null && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && t.kind !== 'number') break;
    const next = level.get(t.norm);
    if (!next) break;
    if (next.hit) best = { hit: next.hit, length: j - i + 1 };
    level = next.next;
  }
  return best;
}

/** The longest known place or organization starting at tokens[i] (its first word may carry proclitics). */
export function matchPhraseAt(tokens: readonly Token[], i: number): PhraseMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const root = lexiconTables().root;
  let best: PhraseMatch | null = null;
  for (const [form, strip, tight] of cliticForms(t.norm)) {
    const node = root.get(form);
    if (!node) continue;
    const m = walk(tokens, i, node);
    if (m && (best === null || m.length > best.length)) best = { ...m, strip, tight };
  }
  return best;
}

/** The known place or organization a phrase names, from its words' keys (first word may carry proclitics). */
export function lookupPhrase(words: readonly string[]): PhraseHit | undefined {
  if (words.length === 0) return undefined;
  const phrases = lexiconTables().phrases;
  const rest = words.slice(1).join(' ');
  for (const [form] of cliticForms(words[0]!)) {
    const hit = phrases.get(rest ? `${form} ${rest}` : form);
    if (hit) return hit;
  }
  return undefined;
}

/** How often Wikidata spells a name token this way (0 when it is not in models/names.json). */
export function nameCount(norm: string): number {
  return lexiconTables().names.get(norm) ?? 0;
}

/** Sizes of the compiled lexicon, for reports and tests. */
export function lexiconStats(): { words: number; phrases: number; names: number; namesFile: string | null } {
  const t = lexiconTables();
  return { words: t.words.size, phrases: t.phrases.size, names: t.names.size, namesFile: t.namesFile };
}
