// Phrase tables compiled once into maps and token tries, so that the page cleaner matches
// a line against every chrome phrase with one walk per start position, no regex per phrase.
import { CHROME_PHRASES, type PhraseReason } from '../lang/ar/chrome.js';
import { phraseKey, tokenize } from './lines.js';

interface PhraseHit {
  reason: PhraseReason;
  maxWords: number;
}

interface TrieNode<H> {
  next: Map<string, TrieNode<H>>;
  hit: H | null;
}

/** A trie over word tokens: one walk per start position, no regex per phrase. */
export class TokenTrie<H extends { maxWords: number }> {
  private readonly root: TrieNode<H> = { next: new Map(), hit: null };
  /** Length in tokens of the phrase the last successful longestAt() found. */
  lastLength = 0;

  add(tokens: readonly string[], hit: H): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), hit: null }));
      node = child;
    }
    node.hit ??= hit;
  }

  /** The longest phrase starting at tokens[from] whose hit accepts a line of `words` words. */
  longestAt(tokens: readonly string[], from: number, words: number): H | null {
    let node: TrieNode<H> | undefined = this.root;
    let best: H | null = null;
    for (let i = from; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!);
      if (!node) break;
      if (node.hit && words <= node.hit.maxWords) {
        best = node.hit;
        this.lastLength = i - from + 1;
      }
    }
    return best;
  }
}

/** Whole-line phrases by their match key. */
export const LINE_PHRASES = new Map<string, PhraseReason>();
/** Phrases a line starts with. */
export const PREFIX_TRIE = new TokenTrie<PhraseHit>();
/** Phrases anywhere in a short line. */
export const CONTAINS_TRIE = new TokenTrie<PhraseHit>();
for (const reason of Object.keys(CHROME_PHRASES) as PhraseReason[]) {
  const table = CHROME_PHRASES[reason];
  for (const p of table.line) {
    const k = phraseKey(p);
    if (k && !LINE_PHRASES.has(k)) LINE_PHRASES.set(k, reason);
  }
  for (const p of table.prefix) PREFIX_TRIE.add(tokenize(p), { reason, maxWords: table.maxWords });
  for (const p of table.contains) CONTAINS_TRIE.add(tokenize(p), { reason, maxWords: table.maxWords });
}
