// Two numbers read as one range (ما بين 5000 و 7000، 5000-7000، بين 5 و7 آلاف), and the
// unit arithmetic a range shares with a single value (ألفا دولار is two thousand).
import type { Token } from '../types.js';
import { CHANGE_LOOKBACK } from '../lang/ar/units.js';
import { parseNumberAt, type NumberMatch } from '../text/number-words.js';
import { CHANGE, inSet, unitAt, type Unit } from './quantity-phrases.js';

export function valueWithUnit(n: NumberMatch, unit: Unit | null): number {
  if (n.dualIfConstruct && unit !== null && unit.suffix.kind !== 'percent') return n.value * 2;
  return n.value;
}

function sameUnit(a: Unit, b: Unit): boolean {
  const x = a.suffix;
  const y = b.suffix;
  if (x.kind !== y.kind) return false;
  if (x.kind === 'currency') return x.code === (y as typeof x).code;
  if (x.kind === 'noun') return x.unit === (y as typeof x).unit;
  return true;
}

export interface RangeParse {
  a: NumberMatch;
  b: NumberMatch;
  min: number;
  max: number;
  unit: Unit | null;
  /** Token index after the range and its unit. */
  end: number;
}

/** Two numbers joined by one of `joiners`, starting at token j, as a range. */
export function parseRange(text: string, tokens: readonly Token[], j: number, joiners: Set<string>): RangeParse | null {
  const a = parseNumberAt(tokens, j, text);
  if (a === null) return null;
  const ua = unitAt(tokens, a.end);
  let k = ua !== null ? ua.end : a.end;
  const jt = tokens[k];
  if (jt === undefined) return null;
  let b: NumberMatch | null = null;
  if (joiners.has(jt.norm)) {
    const m = parseNumberAt(tokens, k + 1, text);
    if (m !== null && m.clitic === '') b = m;
  } else if (joiners.has('و') && jt.kind === 'word') {
    const m = parseNumberAt(tokens, k, text); // وسبعة: the joiner is the number's clitic
    if (m !== null && m.clitic === 'و') b = m;
  }
  if (b === null) return null;
  k = b.end;
  const ub = unitAt(tokens, k);
  if (ub !== null) k = ub.end;
  if (ua !== null && ub !== null && !sameUnit(ua, ub)) return null;
  const unit = ub ?? ua;
  let min = valueWithUnit(a, unit);
  const max = valueWithUnit(b, unit);
  // بين 5 و7 آلاف: the second number's scale is the first's when the first has none.
  if (!a.scaled && b.scale !== undefined && min * b.scale <= max) min = min * b.scale;
  if (!(min < max)) return null;
  return { a, b, min, max, unit, end: k };
}

export function hasChangeBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CHANGE_LOOKBACK; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (inSet(CHANGE, t)) return true;
  }
  return false;
}
