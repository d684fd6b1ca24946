// Finding the words of a table (src/lang/ar/events.ts, calendar.ts) in a text: tokens are
// compared by their match keys (normalizeForMatch), with the proclitics a word may carry
// (و ف, then ب ل ك, then ال) and optional suffixes, so that one table entry finds every
// written form of it. Offsets are the text's own, for evidence.
import type { Span, Token } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { normalizeForMatch } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';

export interface WordHit<T> extends Span {
  value: T;
  /** Index of the first token of the hit. */
  token: number;
  /** Index after its last token. */
  endToken: number;
}

const fold = (s: string): string => normalizeForMatch(s).replace(/[ةه]$/u, 'ه');

/** The forms of one token with its proclitics removed: وبالاجتماع → بالاجتماع, بالاجتماع, الاجتماع, اجتماع. */
export function bareForms(norm: string): string[] {
  const out = [norm];
  let w = norm;
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length > 3) out.push((w = w.slice(1)));
  if ((w.startsWith('ب') || w.startsWith('ل') || w.startsWith('ك')) && w.length > 3) out.push((w = w.slice(1)));
  if (w.startsWith('لل') && w.length > 4) out.push(`ال${w.slice(2)}`, w.slice(2));
  if (w.startsWith('ال') && w.length > 3) out.push(w.slice(2));
  return out.map(fold);
}

/** A table of phrases, keyed by their first word's match key. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();

  constructor(entries: Iterable<readonly [string, T]>, private readonly suffixes: readonly string[] = []) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ').map(fold);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      // Longest first, so "رئاسة مشتركة" wins over "رئاسة".
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0]!, list);
    }
  }

  private candidates(norm: string, last: boolean): string[] {
    const forms = bareForms(norm);
    if (!last || this.suffixes.length === 0) return forms;
    const out = [...forms];
    for (const f of forms) for (const s of this.suffixes) if (f.endsWith(fold(s)) && f.length - s.length >= 3) out.push(fold(f.slice(0, -s.length)));
    return out;
  }

  /** Every hit in the tokens (words only; punctuation breaks a phrase). */
  find(tokens: readonly Token[]): Array<WordHit<T>> {
    const hits: Array<WordHit<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'word') continue;
      let best: WordHit<T> | null = null;
      for (const form of this.candidates(tokens[i]!.norm, true)) {
        for (const e of this.byFirst.get(form) ?? []) {
          if (best && best.endToken - best.token >= e.words.length) continue;
          let ok = true;
          for (let k = 1; k < e.words.length && ok; k++) {
            const t = tokens[i + k];
            ok = t !== undefined && t.kind === 'word' && this.candidates(t.norm, k === e.words.length - 1).includes(e.words[k]!);
          }
          if (ok) best = { value: e.value, start: tokens[i]!.start, end: tokens[i + e.words.length - 1]!.end, token: i, endToken: i + e.words.length };
        }
      }
      if (best) {
        hits.push(best);
        i = best.endToken - 1;
      }
    }
    return hits;
  }

  findIn(text: string): Array<WordHit<T>> {
    return this.find(tokenize(text));
  }
}

/** The sentence of a document that holds an offset (the whole text when none does). */
export function sentenceAt(text: string, sentences: readonly Span[] | undefined, at: number): { start: number; end: number; text: string } {
  const sents = sentences && sentences.length > 0 ? sentences : splitSentences(text);
  const s = sents.find((x) => x.start <= at && at < x.end) ?? { start: 0, end: text.length };
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}
