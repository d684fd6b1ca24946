// The outlet profile: the short lines a site repeats on its pages (slogans, menus, its
// name), keyed so that ingest can count them across the outlet's documents, and the test
// the cleaner applies to those counts. cleanPage's options carry the counts.
import { prepareText } from '../text/normalize.js';
import {
  OUTLET_KEY_MAX_WORDS,
  OUTLET_MIN_OTHER_DOCS,
  OUTLET_MIN_SHARE,
  SENTENCE_PARAGRAPH_MIN_WORDS,
} from '../lang/ar/chrome.js';
import { describeLine, splitLines, type Line } from './lines.js';

/** What the cleaner may know about the outlet a page comes from. */
export interface CleanOptions {
  /** For the outlet keys of this page: in how many of the outlet's documents (this one included) each occurs. */
  outletLines?: ReadonlyMap<string, number>;
  /** How many documents the outlet has, this one included. */
  outletDocs?: number;
}

function lineOutletKey(L: Line): string | null {
  if (L.blank || !L.hasLetters || L.words > OUTLET_KEY_MAX_WORDS) return null;
  // A punctuated sentence of some length is body text, not a line a site repeats.
  if (L.endsSentence && !L.endsClause && L.words >= SENTENCE_PARAGRAPH_MIN_WORDS) return null;
  return L.key;
}

/**
 * The key of a line for the outlet profile: the folded words of a short line that could be
 * chrome, or null for a line that looks like a body sentence (or has no letters).
 */
export function outletLineKey(line: string): string | null {
  const text = prepareText(line).text.trim();
  return lineOutletKey(describeLine(text, 0, 0, text.length, 0));
}

/** The distinct outlet keys of a page, in page order. */
export function outletLineKeys(raw: string): string[] {
  const seen = new Set<string>();
  for (const L of splitLines(prepareText(raw).text)) {
    const k = lineOutletKey(L);
    if (k !== null) seen.add(k);
  }
  return [...seen];
}

/** Does the line recur in enough of the outlet's other documents to be its boilerplate? */
export function outletBoilerplate(L: Line, opts: CleanOptions | undefined): boolean {
  if (!opts?.outletLines || !opts.outletDocs) return false;
  const key = lineOutletKey(L);
  if (key === null) return false;
  const count = opts.outletLines.get(key) ?? 0;
  const others = count - 1;
  const otherDocs = opts.outletDocs - 1;
  return others >= OUTLET_MIN_OTHER_DOCS && otherDocs > 0 && others >= OUTLET_MIN_SHARE * otherDocs;
}
