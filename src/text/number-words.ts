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
//
// The word table and its lookup are in number-lexicon.ts, digits in number-digits.ts,
// the group below a thousand in number-group.ts; scales and fractions are read here.
import type { Span, Token } from '../types.js';
import { CONJ, LEXICON, ORDINAL_UNITS, SCALE_WITH_ARTICLE, lookup, offsetAfterLetters } from './number-lexicon.js';
import { readDigits, scaleExact } from './number-digits.js';
import { addGroupAtom, newState, resetGroup, type State } from './number-group.js';

export { isNumberWord, offsetAfterLetters } from './number-lexicon.js';
export { scaleExact } from './number-digits.js';

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

interface Committed {
  value: number;
  end: number;
  scale: number | undefined;
  words: boolean;
  scaled: boolean;
}

/**
 * Reads the number that starts at token i, or null. Digit tokens are read from their
 * `norm` (ASCII, '.' decimal). Pass the text to join space-grouped thousands (10 000).
 */
export function parseNumberAt(tokens: readonly Token[], i: number, text?: string): NumberMatch | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const s: State = newState();
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
    if (!addGroupAtom(s, atom, joined, isFirst)) break;
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
