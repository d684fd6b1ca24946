// The token stream the date parser reads, with the lexicon hit of each token memoized
// (every expression looks ahead a few tokens, often at the same ones) and the small
// token tests the Gregorian, Hijri and relative readers share.
import type { Token } from '../types.js';
import { BCE, MONTH_PREPS, lookupPhrase, variants, type Hit } from './date-lexicon.js';

export class DateCursor {
  private readonly hits: Array<Hit | null | undefined>;

  constructor(protected readonly toks: readonly Token[]) {
    this.hits = new Array<Hit | null | undefined>(toks.length);
  }

  /** The longest lexicon phrase starting at token i (memoized). */
  hit(i: number): Hit | null {
    if (i < 0 || i >= this.toks.length) return null;
    let h = this.hits[i];
    if (h === undefined) this.hits[i] = h = lookupPhrase(this.toks, i);
    return h;
  }

  tok(i: number): Token | undefined {
    return this.toks[i];
  }

  isPunct(i: number, set: ReadonlySet<string>): boolean {
    const t = this.toks[i];
    return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && set.has(t.text);
  }

  numberAt(i: number): number | null {
    const t = this.toks[i];
    if (t === undefined || t.kind !== 'number' || !/^\d+$/u.test(t.norm)) return null;
    return parseInt(t.norm, 10);
  }

  /** A definite word (الـ after any proclitic) that is not a weekday: a noun an ordinal or اليوم would qualify. */
  isDefiniteNoun(i: number): boolean {
    const t = this.toks[i];
    if (t === undefined || t.kind !== 'word') return false;
    const h = this.hit(i);
    if (h !== null && (h.lex.weekday !== undefined || h.lex.rel !== undefined)) return false;
    return variants(t.norm).some((v) => v.startsWith('ال') && v.length > 3);
  }

  /** Does a before-the-Common-Era marker (ق.م, قبل الميلاد) start at token i? */
  bceAt(i: number): boolean {
    return BCE.some((m) => m.every((norm, k) => this.toks[i + k]?.norm === norm));
  }

  /** Is token i a preposition that introduces a month (في, منذ, وحتى ...)? */
  introducesMonth(i: number): boolean {
    const t = this.toks[i];
    if (t === undefined || t.kind !== 'word') return false;
    if (MONTH_PREPS.has(t.norm)) return true;
    return (t.norm.startsWith('و') || t.norm.startsWith('ف')) && MONTH_PREPS.has(t.norm.slice(1));
  }
}
