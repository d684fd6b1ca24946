// The number words (src/lang/ar/numbers.ts) loaded once into one Map from folded form to
// atom, and the lookup of a word with the proclitic it may carry (وعشرون، بثلاثة).
import {
  COMPOUND_ONLY_UNIT_WORDS,
  FRACTION_WORDS,
  HUNDRED_WORDS,
  HUNDREDS_WORDS,
  MIN_LETTERS_AFTER_CLITIC,
  NUMBER_CLITICS,
  ORDINAL_UNIT_WORDS,
  NUMBER_CONJUNCTION,
  SCALE_WORDS,
  TEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  type ScaleForm,
} from '../lang/ar/numbers.js';
import { CC_JOINER, CC_MARK, charClass, normalizeForMatch } from './normalize.js';

export type Atom =
  | { kind: 'unit'; value: number }
  | { kind: 'one'; value: number }
  | { kind: 'ten'; value: number }
  | { kind: 'tens'; value: number }
  | { kind: 'hundreds'; value: number; hundred: boolean }
  | { kind: 'scale'; value: number; form: ScaleForm }
  | { kind: 'fraction'; value: number };

export const LEXICON = new Map<string, Atom>();
{
  const add = (w: string, a: Atom): void => {
    LEXICON.set(normalizeForMatch(w), a);
  };
  const hundred = new Set(HUNDRED_WORDS.map((w) => normalizeForMatch(w)));
  for (const [w, v] of UNIT_WORDS) add(w, { kind: 'unit', value: v });
  for (const [w, v] of COMPOUND_ONLY_UNIT_WORDS) add(w, { kind: 'one', value: v });
  for (const w of TEN_WORDS) add(w, { kind: 'ten', value: 10 });
  for (const [w, v] of TENS_WORDS) add(w, { kind: 'tens', value: v });
  for (const [w, v] of HUNDREDS_WORDS) add(w, { kind: 'hundreds', value: v, hundred: hundred.has(normalizeForMatch(w)) });
  for (const [w, v, form] of SCALE_WORDS) add(w, { kind: 'scale', value: v, form });
  for (const [w, v] of FRACTION_WORDS) add(w, { kind: 'fraction', value: v });
}

const CLITICS = [...new Set(NUMBER_CLITICS.map((c) => normalizeForMatch(c)))].sort((a, b) => b.length - a.length);
const CLITIC_FIRST = new Set(CLITICS.map((c) => c.charCodeAt(0)));
export const CONJ = normalizeForMatch(NUMBER_CONJUNCTION);
export const ORDINAL_UNITS = new Set(ORDINAL_UNIT_WORDS.map((w) => normalizeForMatch(w)));

/** Scale words by value with the article (المليون), for مليون ونصف المليون. */
export const SCALE_WITH_ARTICLE = new Map<string, number>();
for (const [w, v, form] of SCALE_WORDS) if (form === 'one') SCALE_WITH_ARTICLE.set('ال' + normalizeForMatch(w), v);

interface Lookup {
  atom: Atom;
  clitic: string;
}

/**
 * A word's number atom, with the clitic it carries. Exact forms win; a clitic is stripped
 * only when enough letters remain, longest clitic first.
 */
export function lookup(norm: string): Lookup | null {
  const exact = LEXICON.get(norm);
  if (exact !== undefined) return { atom: exact, clitic: '' };
  if (!CLITIC_FIRST.has(norm.charCodeAt(0))) return null;
  for (const c of CLITICS) {
    if (norm.length - c.length < MIN_LETTERS_AFTER_CLITIC || !norm.startsWith(c)) continue;
    const a = LEXICON.get(norm.slice(c.length));
    if (a !== undefined) return { atom: a, clitic: c };
  }
  return null;
}

/** Is this word token a number word, possibly with a clitic? */
export function isNumberWord(norm: string): boolean {
  return lookup(norm) !== null;
}

/** Character offset in a token's text after `letters` letters (marks and tatweel skipped). */
export function offsetAfterLetters(text: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < text.length && seen < letters) {
    const k = charClass(text.charCodeAt(i));
    if (k !== CC_MARK && k !== CC_JOINER) seen++;
    i++;
  }
  while (i < text.length) {
    const k = charClass(text.charCodeAt(i));
    if (k !== CC_MARK && k !== CC_JOINER) break;
    i++;
  }
  return i;
}
