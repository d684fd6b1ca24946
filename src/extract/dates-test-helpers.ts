// Helpers shared by the date extractor's tests (dates*.test.ts): a reference option, the
// one mention of a surface, and an independent Hijri-to-ISO conversion to check against.
import assert from 'node:assert/strict';
import type { DateMention, DatePrecision } from '../types.js';
import { extractDates } from './dates.js';

export const ref = (date: string, precision: DatePrecision = 'day') => ({ reference: { date, precision } });

/** The one mention whose text contains `surface`. */
export function find(ds: DateMention[], surface: string): DateMention {
  const hits = ds.filter((d) => d.text.includes(surface) || surface.includes(d.text));
  assert.equal(hits.length, 1, `expected one mention for "${surface}", got ${JSON.stringify(ds.map((d) => d.text))}`);
  return hits[0]!;
}

export function only(text: string, opts?: Parameters<typeof extractDates>[1]): DateMention {
  const ds = extractDates(text, opts);
  assert.equal(ds.length, 1, `expected one mention in "${text}", got ${JSON.stringify(ds.map((d) => d.text))}`);
  return ds[0]!;
}

/** ISO day of a Hijri date, found the way the brief asks: by walking Gregorian days with Intl. */
export function hijriToIsoByScan(hy: number, hm: number, hd: number): string {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  // Start well before: 1 AH ≈ 622 CE, 354.37 days a year.
  let t = Date.UTC(622, 6, 19) + Math.round((hy - 1) * 354.367 - 40) * 86_400_000;
  for (let i = 0; i < 800; i++, t += 86_400_000) {
    const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    if (parseInt(p.year!, 10) === hy && parseInt(p.month!, 10) === hm && parseInt(p.day!, 10) === hd) return new Date(t).toISOString().slice(0, 10);
  }
  throw new Error('not found');
}

