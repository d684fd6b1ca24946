// The facts one report states, each with its evidence: money (and its giver and purpose),
// counts (of what, and of whose), percentages (of what), membership (who joined what) and
// quotes (who said what). Rules are in fact-numbers.ts and fact-speech.ts; their word
// tables in src/lang/ar/facts.ts. One tokenization per document; each rule walks tokens
// forward once, looking a few tokens around each cue.
import type { Extraction, Span } from '../types.js';
import type { FactMention } from './types.js';
import { FactContext } from './fact-context.js';
import { numberFacts } from './fact-numbers.js';
import { membershipFacts, quoteFacts } from './fact-speech.js';

/** Counted nouns whose count in a joining sentence is the membership total (86 دولة عضو). */
const MEMBER_UNITS = new Set(['دولة', 'عضو', 'بلد']);

export function extractFacts(doc: { id: string; text: string; sentences: Span[]; extraction: Extraction }): FactMention[] {
  const ctx = new FactContext(doc);
  const numbers = numberFacts(ctx);
  const totals = new Map<number, number>();
  for (const f of numbers) {
    if (f.kind !== 'count' || f.value === null || !MEMBER_UNITS.has(f.unit ?? '')) continue;
    const s = doc.sentences.findIndex((sp) => sp.start <= f.start && f.start < sp.end);
    if (s >= 0 && !totals.has(s)) totals.set(s, f.value);
  }
  return [...numbers, ...membershipFacts(ctx, totals), ...quoteFacts(ctx)].sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}
