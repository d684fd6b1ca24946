// Search snippets: the window of a document's text where the query's words are densest,
// with the matching words' offsets, cut from the original text (tashkeel and digits as written).
import type { Span } from '../types.js';
import { tokenize } from './tokenize.js';
import { stem } from './stem.js';

export interface Snippet {
  /** The snippet text, with '…' where it cuts the document. */
  text: string;
  /** Where the window lies in the document text. */
  start: number;
  end: number;
  /** Offsets of the matched words in `text` (the snippet). */
  highlights: Span[];
}

export const SNIPPET_WORDS = 24;

/** One linear pass: a sliding window over the document's tokens, scored by distinct matched keys. */
export function makeSnippet(text: string, keys: ReadonlySet<string>, windowWords = SNIPPET_WORDS): Snippet {
  const tokens = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (tokens.length === 0) return { text: '', start: 0, end: 0, highlights: [] };
  const match = tokens.map((t) => {
    const key = t.kind === 'number' ? t.norm : stem(t.text);
    return keys.has(key) ? key : null;
  });
  const inWindow = new Map<string, number>();
  let bestStart = 0;
  let bestScore = -1;
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const k = match[i];
    if (k) {
      inWindow.set(k, (inWindow.get(k) ?? 0) + 1);
      hits++;
    }
    const out = i - windowWords;
    if (out >= 0) {
      const ko = match[out];
      if (ko) {
        const c = inWindow.get(ko)! - 1;
        if (c === 0) inWindow.delete(ko);
        else inWindow.set(ko, c);
        hits--;
      }
    }
    // Distinct keys first, then the number of hits; ties keep the earliest window.
    const score = inWindow.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      bestStart = Math.max(0, i - windowWords + 1);
    }
  }
  // Lead the window with a little context before the first hit when the window starts on it.
  const last = Math.min(tokens.length - 1, bestStart + windowWords - 1);
  const start = tokens[bestStart]!.start;
  const end = tokens[last]!.end;
  // Keep closing punctuation that belongs to the last word.
  const pre = bestStart > 0 ? '…' : '';
  const post = last < tokens.length - 1 ? '…' : '';
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const highlights: Span[] = [];
  // Whitespace folding can shorten the text, so highlights are found on the folded body.
  let cursor = 0;
  for (let i = bestStart; i <= last; i++) {
    const t = tokens[i]!;
    const at = body.indexOf(t.text, cursor);
    if (at < 0) continue;
    cursor = at + t.text.length;
    if (match[i]) highlights.push({ start: pre.length + at, end: pre.length + cursor });
  }
  return { text: pre + body + post, start, end, highlights };
}

/** Wraps the highlighted spans of a snippet with `open` and `close`. */
export function markSnippet(s: Snippet, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const h of s.highlights) {
    out += s.text.slice(at, h.start) + open + s.text.slice(h.start, h.end) + close;
    at = h.end;
  }
  return out + s.text.slice(at);
}
