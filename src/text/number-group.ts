// The state of the number parser (number-words.ts) and the group below a thousand it
// builds: hundreds, then units, then tens (مئة وخمسة وعشرون), or a unit and عشر/عشرة for
// the teens (ثلاثة عشر). Scales and fractions, which close a group, stay in the parser.
import type { Atom } from './number-lexicon.js';

export interface State {
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

export function resetGroup(s: State): void {
  s.group = 0;
  s.groupEmpty = true;
  s.hasHundreds = s.hasUnit = s.hasTen = s.hasTeen = s.groupDigits = false;
  s.lastUnit = 0;
}

/** The state before the first token of a number. */
export function newState(): State {
  return {
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
}

/** Adds a group atom to the number being read; false when it cannot stand where it is. */
export function addGroupAtom(s: State, atom: Atom, joined: boolean, isFirst: boolean): boolean {
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
}
