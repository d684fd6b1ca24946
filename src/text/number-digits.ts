// Numbers written in digits: space-grouped thousands (10 000) read as one value, and a
// decimal times a scale word (1.5 مليار) without binary noise.
import type { Token } from '../types.js';

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
export function readDigits(tokens: readonly Token[], k: number, text: string | undefined): { value: number; next: number } | null {
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
