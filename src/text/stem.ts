// A light stemmer for index keys: it strips the clitics that make one word look like many
// (و، ال، بال، -ون، -ين) and nothing deeper, because a root stemmer merges unrelated words
// and a search that finds the wrong reports is worse than one that misses a few.
import { MIN_STEM_AFTER_SUFFIX, PREFIXES, PROTECTED_STARTS, SUFFIXES } from '../lang/ar/clitics.js';
import { CC_DIGIT, charClass, normalizeForMatch } from './normalize.js';
import { normalizeNumber, tokenize } from './tokenize.js';

interface Prefix {
  minRest: number;
  guarded: boolean;
}

const PREFIX = new Map<string, Prefix>();
let maxPrefix = 0;
for (const [p, minRest, guarded] of PREFIXES) {
  const key = normalizeForMatch(p);
  PREFIX.set(key, { minRest, guarded });
  maxPrefix = Math.max(maxPrefix, key.length);
}

const PROTECTED = new Set<string>();
let minProtected = Infinity;
let maxProtected = 0;
for (const w of PROTECTED_STARTS) {
  const key = normalizeForMatch(w);
  PROTECTED.add(key);
  minProtected = Math.min(minProtected, key.length);
  maxProtected = Math.max(maxProtected, key.length);
}

// Folding makes some Light10 suffixes identical (ية = يه, ة = ه); keep the first of each.
const SUFFIX_KEYS = [...new Set(SUFFIXES.map((s) => normalizeForMatch(s)))];

function isProtectedAt(w: string, at: number): boolean {
  const top = Math.min(maxProtected, w.length - at);
  for (let k = minProtected; k <= top; k++) if (PROTECTED.has(w.slice(at, at + k))) return true;
  return false;
}

/** Does a word of PROTECTED_STARTS begin at any letter of the k-letter prefix? */
function isGuarded(w: string, k: number): boolean {
  for (let at = 0; at < k; at++) if (isProtectedAt(w, at)) return true;
  return false;
}

function stripPrefix(w: string): string {
  for (let k = Math.min(maxPrefix, w.length - 1); k >= 1; k--) {
    const p = PREFIX.get(w.slice(0, k));
    if (p === undefined || w.length - k < p.minRest) continue;
    if (p.guarded && isGuarded(w, k)) continue;
    return w.slice(k);
  }
  return w;
}

function stripSuffixes(w: string): string {
  for (const s of SUFFIX_KEYS) {
    if (w.length - s.length >= MIN_STEM_AFTER_SUFFIX && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}

/** Stem of a word already in match-key form. */
function stemKey(w: string): string {
  return stripSuffixes(stripPrefix(w));
}

/** The index key of one word: match-key folding, then one proclitic and Light10 suffixes. */
export function stem(word: string): string {
  const w = word.trim();
  if (w.length > 0 && charClass(w.charCodeAt(0)) === CC_DIGIT) return normalizeNumber(w);
  return stemKey(normalizeForMatch(w));
}

/** Stems of the words and keys of the numbers in text, in order; punctuation and symbols skipped. */
export function indexKeys(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'word') {
      const k = stemKey(t.norm);
      if (k.length > 0) out.push(k);
    } else if (t.kind === 'number') {
      out.push(t.norm);
    }
  }
  return out;
}
