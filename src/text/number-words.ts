// Numbers written in words (ثلاثمئة وخمسون ألفا), in digits with a scale word (1.5 مليار),
// or both (مليون و200 ألف), read over the token list in one left-to-right pass with Map
// lookups. The words and their forms are data in src/lang/ar/numbers.ts.
//
// The grammar, as Arabic writes it: a number is parts joined by و, each part a group below
// a thousand optionally multiplied by a scale word, scales decreasing (ثلاثة ملايين
// وخمسمئة ألف وعشرون). A group is hundreds, then units, then tens (مئة وخمسة وعشرون), or a
// unit and عشر/عشرة for the teens (ثلاثة عشر). A و-joined group that turns out to be
// followed by a scale as large as the one before it belongs to the next number
// (خمسة آلاف وسبعة آلاف is two numbers), so the parse falls back to before the و.
import type { Span, Token } from '../types.js';
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

/** A number found in the token list. */
export interface NumberMatch {
  value: number;
  /** Token index range [start, end). */
  start: number;
  end: number;
  /** Character span in the text; a clitic on the first word (بعشرة) is left out. */
  span: Span;
  /** The proclitic the first word carried (و، ب، وب ...), folded; '' when none. */
  clitic: string;
  /** True when at least one word of the number is a number word (not digits). */
  words: boolean;
  /** True when the number is one digit token and nothing else (no scale, no words). */
  digitsOnly: boolean;
  /** When the value is one group times one scale (5 آلاف، سبعة ملايين), that scale. */
  scale?: number;
  /** The number's scale words, if any. */
  scaled: boolean;
  /**
   * The number is a lone ألفا/مليونا: one thousand (million) as an accusative, or two in
   * construct before the thing counted (ألفا دولار). `value` is the single reading.
   */
  dualIfConstruct?: boolean;
}

type Atom =
  | { kind: 'unit'; value: number }
  | { kind: 'one'; value: number }
  | { kind: 'ten'; value: number }
  | { kind: 'tens'; value: number }
  | { kind: 'hundreds'; value: number; hundred: boolean }
  | { kind: 'scale'; value: number; form: ScaleForm }
  | { kind: 'fraction'; value: number };

const LEXICON = new Map<string, Atom>();
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
const CONJ = normalizeForMatch(NUMBER_CONJUNCTION);
const ORDINAL_UNITS = new Set(ORDINAL_UNIT_WORDS.map((w) => normalizeForMatch(w)));

/** Scale words by value with the article (المليون), for مليون ونصف المليون. */
const SCALE_WITH_ARTICLE = new Map<string, number>();
for (const [w, v, form] of SCALE_WORDS) if (form === 'one') SCALE_WITH_ARTICLE.set('ال' + normalizeForMatch(w), v);

interface Lookup {
  atom: Atom;
  clitic: string;
}

/**
 * A word's number atom, with the clitic it carries. Exact forms win; a clitic is stripped
 * only when enough letters remain, longest clitic first.
 */
function lookup(norm: string): Lookup | null {
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

/** x × scale without binary noise for decimals: 148.7 × 10⁶ = 148700000 exactly. */
export function scaleExact(x: number, scale: number): number {
  if (Number.isInteger(x)) return x * scale;
  for (let d = 1, p = 10; d <= 9; d++, p *= 10) {
    const m = Math.round(x * p);
    if (Math.abs(x * p - m) < 1e-6) return (m * scale) / p;
  }
  return x * scale;
}

function isSpaceChar(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The number a digit token stands for, joining space-grouped thousands (10 000) when text is given. */
function readDigits(tokens: readonly Token[], k: number, text: string | undefined): { value: number; next: number } | null {
  const t = tokens[k]!;
  const value = Number(t.norm);
  if (!Number.isFinite(value) || t.norm === '') return null;
  let next = k + 1;
  let v = value;
  if (text !== undefined && t.text.length <= 3 && /^\d+$/u.test(t.norm)) {
    let prev = t;
    while (next < tokens.length) {
      const u = tokens[next]!;
      if (u.kind !== 'number' || u.text.length !== 3 || u.norm.length !== 3) break;
      if (u.start - prev.end !== 1 || !isSpaceChar(text.charCodeAt(prev.end))) break;
      v = v * 1000 + Number(u.norm);
      prev = u;
      next++;
    }
  }
  return { value: v, next };
}

interface State {
  total: number;
  group: number;
  groupEmpty: boolean;
  hasHundreds: boolean;
  hasUnit: boolean;
  hasTen: boolean;
  hasTeen: boolean;
  groupDigits: boolean;
  /** The last atom was a unit word (for ثلاثة عشر and ثلاث مئة). */
  lastUnit: number;
  lastWasScale: boolean;
  lastScale: number;
  parts: number;
  /** The multiplier and scale of the last scaled part, and whether anything came after it. */
  partScale: number;
  afterPart: boolean;
  words: boolean;
  scaled: boolean;
  /** A compound-only 'one' waits for its teen or tens. */
  pendingOne: boolean;
}

interface Committed {
  value: number;
  end: number;
  scale: number | undefined;
  words: boolean;
  scaled: boolean;
}

function resetGroup(s: State): void {
  s.group = 0;
  s.groupEmpty = true;
  s.hasHundreds = s.hasUnit = s.hasTen = s.hasTeen = s.groupDigits = false;
  s.lastUnit = 0;
}

/**
 * Reads the number that starts at token i, or null. Digit tokens are read from their
 * `norm` (ASCII, '.' decimal). Pass the text to join space-grouped thousands (10 000).
 */
export function parseNumberAt(tokens: readonly Token[], i: number, text?: string): NumberMatch | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const s: State = {
    total: 0,
    group: 0,
    groupEmpty: true,
    hasHundreds: false,
    hasUnit: false,
    hasTen: false,
    hasTeen: false,
    groupDigits: false,
    lastUnit: 0,
    lastWasScale: false,
    lastScale: Infinity,
    parts: 0,
    partScale: 0,
    afterPart: false,
    words: false,
    scaled: false,
    pendingOne: false,
  };
  let committed: Committed | null = null;
  let beforeJoin: Committed | null = null;
  let firstClitic = '';
  let dualIfConstruct = false;

  const commit = (end: number): void => {
    if (s.pendingOne) return;
    const value = s.total + s.group;
    const single = s.parts === 1 && !s.afterPart && s.groupEmpty;
    committed = { value, end, scale: single ? s.partScale : undefined, words: s.words, scaled: s.scaled };
  };

  /** Adds a group atom; false when it cannot stand where it is. */
  const addGroupAtom = (atom: Atom, joined: boolean, isFirst: boolean): boolean => {
    const open = isFirst || joined;
    switch (atom.kind) {
      case 'unit':
      case 'one':
        if (!open || s.hasUnit || s.hasTen || s.hasTeen || s.groupDigits) return false;
        s.group += atom.value;
        s.hasUnit = true;
        s.lastUnit = atom.value;
        s.pendingOne = atom.kind === 'one';
        break;
      case 'ten':
        if (!joined && !isFirst && s.lastUnit > 0 && !s.hasTen && !s.hasTeen) {
          s.group += 10; // the teens: ثلاثة عشر
          s.hasTeen = true;
          s.pendingOne = false;
        } else if (open && !s.hasUnit && !s.hasTen && !s.hasTeen && !s.groupDigits) {
          s.group += 10;
          s.hasTeen = true;
        } else return false;
        s.lastUnit = 0;
        return true;
      case 'tens':
        if (!open || s.hasTen || s.hasTeen || s.groupDigits) return false;
        s.group += atom.value;
        s.hasTen = true;
        s.pendingOne = false;
        s.lastUnit = 0;
        return true;
      case 'hundreds':
        if (!joined && !isFirst && atom.hundred && s.lastUnit >= 3 && s.group === s.lastUnit && !s.hasHundreds) {
          s.group = s.lastUnit * 100; // ثلاث مئة
          s.hasUnit = false;
          s.hasHundreds = true;
          s.lastUnit = 0;
          return true;
        }
        if (!open || !s.groupEmpty) return false;
        s.group = atom.value;
        s.hasHundreds = true;
        s.lastUnit = 0;
        break;
      default:
        return false;
    }
    if (atom.kind !== 'unit' && atom.kind !== 'one') s.lastUnit = 0;
    return true;
  };

  let k = i;
  let isFirst = true;
  while (k < tokens.length) {
    let t = tokens[k]!;
    let joined = false;
    let kk = k;
    if (!isFirst && t.kind === 'word' && t.norm === CONJ) {
      joined = true;
      kk = k + 1;
      const u = tokens[kk];
      if (u === undefined) break;
      t = u;
    }

    if (t.kind === 'number') {
      if (isFirst) {
        const d = readDigits(tokens, kk, text);
        if (d === null) return null;
        s.group = d.value;
        s.groupEmpty = false;
        s.groupDigits = true;
        k = d.next;
        isFirst = false;
        commit(k);
        continue;
      }
      // مليون و200 ألف: digits as the group after a scale.
      if (joined && s.parts > 0 && s.groupEmpty && !s.pendingOne) {
        const d = readDigits(tokens, kk, text);
        if (d === null || d.value >= s.lastScale) break;
        beforeJoin = committed;
        s.group = d.value;
        s.groupEmpty = false;
        s.groupDigits = true;
        s.afterPart = true;
        k = d.next;
        commit(k);
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    const lk = lookup(t.norm);
    if (lk === null) break;
    if (isFirst) firstClitic = lk.clitic;
    else if (lk.clitic !== '') {
      if (joined || lk.clitic !== CONJ) break;
      joined = true;
    }
    const atom = lk.atom;
    // الحادي عشر، الثالثة عشرة: an ordinal, not ten.
    if (isFirst && atom.kind === 'ten' && lk.clitic === '' && i > 0 && ORDINAL_UNITS.has(tokens[i - 1]!.norm)) return null;

    if (atom.kind === 'scale') {
      const S = atom.value;
      if (isFirst) {
        if (atom.form === 'plural') return null; // آلاف الأشخاص: vague
        s.total = atom.form === 'dual' ? 2 * S : S;
        s.partScale = S;
        dualIfConstruct = atom.form === 'alif';
      } else if (joined) {
        // مليون وألف: a bare scale after a larger one.
        if (!s.groupEmpty || s.parts === 0 || atom.form === 'plural') break;
        if (S >= s.lastScale) break;
        beforeJoin = committed;
        s.total += atom.form === 'dual' ? 2 * S : S;
        s.afterPart = true;
      } else if (!s.groupEmpty) {
        if (atom.form === 'dual' || s.pendingOne) break;
        if (S >= s.lastScale) {
          // The group belongs to the next number: fall back to before its و.
          if (s.afterPart && beforeJoin !== null) committed = beforeJoin;
          break;
        }
        const part = s.groupDigits ? scaleExact(s.group, S) : s.group * S;
        if (s.parts === 0 && s.total === 0) {
          s.partScale = S;
          s.afterPart = false;
        } else s.afterPart = true;
        s.total += part;
      } else if (s.lastWasScale && S > s.lastScale && s.parts === 1 && !s.afterPart) {
        s.total *= S; // ألف مليون
        s.partScale *= S;
        s.parts--; // still one part
      } else break;
      s.parts++;
      if (s.parts > 1) s.afterPart = true;
      s.words = true;
      s.scaled = true;
      resetGroup(s);
      s.lastScale = S;
      s.lastWasScale = true;
      k = kk + 1;
      isFirst = false;
      dualIfConstruct &&= s.parts === 1;
      commit(k);
      continue;
    }

    if (atom.kind === 'fraction') {
      if (isFirst) {
        // نصف مليون، ربع مليار
        const u = tokens[kk + 1];
        const sc = u !== undefined && u.kind === 'word' ? LEXICON.get(u.norm) : undefined;
        if (sc === undefined || sc.kind !== 'scale' || (sc.form !== 'one' && sc.form !== 'alif')) return null;
        s.total = atom.value * sc.value;
        s.parts = 1;
        s.partScale = sc.value;
        s.lastScale = sc.value;
        s.words = s.scaled = true;
        k = kk + 2;
        commit(k);
        break;
      }
      // مليون ونصف (المليون)
      if (!joined || !s.groupEmpty || s.parts === 0 || s.pendingOne) break;
      s.total += atom.value * s.lastScale;
      s.afterPart = true;
      k = kk + 1;
      const u = tokens[k];
      if (u !== undefined && u.kind === 'word' && SCALE_WITH_ARTICLE.get(u.norm) === s.lastScale) k++;
      commit(k);
      break;
    }

    // A group atom.
    const wasEmpty = s.groupEmpty;
    const saved = committed;
    if (!addGroupAtom(atom, joined, isFirst)) break;
    if (joined && wasEmpty && s.parts > 0) {
      beforeJoin = saved;
      s.afterPart = true;
    }
    s.groupEmpty = false;
    s.words = true;
    s.lastWasScale = false;
    k = kk + 1;
    isFirst = false;
    commit(k);
  }

  const c = committed as Committed | null;
  if (c === null) return null;
  const end = c.end;
  const startOffset = first.start + (firstClitic === '' ? 0 : offsetAfterLetters(first.text, firstClitic.length));
  const match: NumberMatch = {
    value: c.value,
    start: i,
    end,
    span: { start: startOffset, end: tokens[end - 1]!.end },
    clitic: firstClitic,
    words: c.words,
    digitsOnly: !c.words && end === i + 1,
    scaled: c.scaled,
  };
  if (c.scale !== undefined) match.scale = c.scale;
  if (dualIfConstruct && end === i + 1) match.dualIfConstruct = true;
  return match;
}

/** Every number in the token list, left to right, not overlapping. */
export function findNumbers(tokens: readonly Token[], text?: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const m = t.kind === 'number' || t.kind === 'word' ? parseNumberAt(tokens, i, text) : null;
    if (m === null) i++;
    else {
      out.push(m);
      i = m.end;
    }
  }
  return out;
}
