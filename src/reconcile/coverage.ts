// What a figure as written covers: an exact figure covers itself, an approximation the
// values near it, a bound a half-line, a range its span. Reconciliation compares reports
// through these intervals, so that "نحو 150 مليون" and "148.7 مليون" can be one fact.
import type { FactMention } from './types.js';

/** An approximation covers values within this share of its figure ... */
export const APPROX_TOLERANCE = 0.05;
/**
 * ... or within half the rounding unit of the written figure (حوالي 600 is rounded to the
 * hundred), whichever is wider; but the rounding unit alone never stretches it past this
 * share (a round "about 2 million" is not 1.5 million).
 */
export const MAX_ROUNDING_SHARE = 0.1;
/** Value buckets per power of ten, for finding a figure's near values without comparing pairs. */
export const BUCKETS_PER_DECADE = 20;
/** A span over more buckets than this (ten powers of ten) is too vague to index by value. */
export const MAX_BUCKET_SPAN = 200;

export interface Interval {
  lo: number;
  hi: number;
  /** Whether the end itself is excluded ('more than 300' does not cover 300). */
  loOpen: boolean;
  hiOpen: boolean;
}

export type Shape = 'exact' | 'approx' | 'bound' | 'range';

/** The largest power of ten that divides a whole figure (600 → 100, 148700000 → 100000). */
export function roundingUnit(v: number): number {
  const n = Math.abs(v);
  if (n === 0 || !Number.isInteger(n)) return 0;
  let p = 1;
  while (p <= n / 10 && n % (p * 10) === 0) p *= 10;
  return p;
}

/** How far an approximation of `v` reaches on either side. */
export function approxTolerance(v: number): number {
  const n = Math.abs(v);
  return Math.max(APPROX_TOLERANCE * n, Math.min(roundingUnit(n) / 2, MAX_ROUNDING_SHARE * n));
}

/** An exact figure: a value with no qualifier and no range around it. */
export function isExact(m: Pick<FactMention, 'value' | 'qualifier' | 'min' | 'max'>): m is { value: number } & typeof m {
  if (m.value === null || m.qualifier !== undefined) return false;
  return (m.min === undefined || m.min === m.value) && (m.max === undefined || m.max === m.value);
}

export function shapeOf(m: FactMention): Shape | null {
  if (isExact(m)) return 'exact';
  if (m.min !== undefined || m.max !== undefined) return m.qualifier === 'approx' ? 'approx' : m.min !== undefined && m.max !== undefined ? 'range' : 'bound';
  if (m.value === null) return null;
  return m.qualifier === 'approx' ? 'approx' : 'bound';
}

const closed = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: false });

/** The values a numeric mention covers; null when it states no figure. */
export function coverage(m: FactMention): Interval | null {
  if (isExact(m)) return closed(m.value, m.value);
  if (m.min !== undefined || m.max !== undefined) {
    // A range, or a bound written as one end; an approximate range widens both ends.
    const lo = m.min ?? -Infinity;
    const hi = m.max ?? Infinity;
    if (m.qualifier === 'approx') return closed(lo - approxTolerance(lo), hi + approxTolerance(hi));
    return { lo, hi, loOpen: m.qualifier === 'more than', hiOpen: m.qualifier === 'less than' };
  }
  if (m.value === null) return null;
  const v = m.value;
  switch (m.qualifier) {
    case 'approx': {
      const t = approxTolerance(v);
      return closed(v - t, v + t);
    }
    case 'more than':
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: false };
    case 'at least':
      return closed(v, Infinity);
    case 'less than':
      return { lo: -Infinity, hi: v, loOpen: false, hiOpen: true };
    case 'at most':
    case 'up to':
      return closed(-Infinity, v);
    default:
      return closed(v, v);
  }
}

export function covers(i: Interval, v: number): boolean {
  return (i.loOpen ? v > i.lo : v >= i.lo) && (i.hiOpen ? v < i.hi : v <= i.hi);
}

/** The intervals' common part, or null when they have none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  if (lo > hi || (lo === hi && (loOpen || hiOpen))) return null;
  return { lo, hi, loOpen, hiOpen };
}

const bucket = (v: number): number => Math.floor(Math.log10(v) * BUCKETS_PER_DECADE);

/**
 * The value buckets an interval spans (logarithmic, so a tolerance in percent spans a
 * bounded number of them); null for a half-line, a span across zero, or one too wide to
 * index. Zero and negative values share one bucket below every positive one.
 */
export function buckets(i: Interval): number[] | null {
  if (!Number.isFinite(i.lo) || !Number.isFinite(i.hi)) return null;
  if (i.hi <= 0) return [Number.NEGATIVE_INFINITY];
  if (i.lo <= 0) return null;
  const low = bucket(i.lo);
  const top = bucket(i.hi);
  if (top - low > MAX_BUCKET_SPAN) return null;
  const out: number[] = [];
  for (let b = low; b <= top; b++) out.push(b);
  return out;
}

/** A statement as people read it: "148700000", "~150000000", "> 300", "5000–7000". */
export function statement(m: Pick<FactMention, 'value' | 'qualifier' | 'min' | 'max'>): string {
  if (m.min !== undefined && m.max !== undefined) return `${m.qualifier === 'approx' ? '~' : ''}${m.min}–${m.max}`;
  const v = m.value ?? m.min ?? m.max;
  if (v === undefined || v === null) return '?';
  const sign: Record<string, string> = { approx: '~', 'more than': '> ', 'at least': '≥ ', 'less than': '< ', 'at most': '≤ ', 'up to': '≤ ' };
  return `${m.qualifier ? sign[m.qualifier] : ''}${v}`;
}
