// Phonetic skeletons: the keys under which spellings of one name meet. Arabic writes a
// foreign name by ear, so one name gets several spellings (بلينكن / بلينكين, أنتوني /
// أنطوني, توجو / توغو); the skeleton folds the letters writers swap for one sound and, in a
// foreign name, drops the long vowels inside it. Arabic names keep their vowels, because
// there a vowel letter tells names apart (محمد / محمود, حسن / حسين).
// Input is always a match key (normalizeForMatch): hamza seats are already bare alef,
// ى is ي and ة is ه.

/** Letters folded in every skeleton: one sound, several letters (ط/ت, ص/س, ض/د, ظ/ذ/ز). */
const CONSONANT_FOLD = new Map<string, string>([
  ['ط', 'ت'],
  ['ص', 'س'],
  ['ض', 'د'],
  ['ظ', 'ز'],
  ['ذ', 'ز'],
  ['ء', ''],
]);

/**
 * Further folds for foreign names only: g is written ج, غ or ق (and گ, the Maghrebi ڨ and
 * the Moroccan ڭ), th as ث or ت, h as ه or ح, v as ف or ڤ, p as ب or پ, and ع stands for a
 * vowel.
 */
const FOREIGN_FOLD = new Map<string, string>([
  ['ج', 'g'],
  ['غ', 'g'],
  ['ق', 'g'],
  ['گ', 'g'],
  ['ڨ', 'g'],
  ['ڭ', 'g'],
  ['ڠ', 'g'],
  ['چ', 'g'],
  ['ث', 'ت'],
  ['ح', 'ه'],
  ['ڤ', 'ف'],
  ['پ', 'ب'],
  ['ژ', 'ز'],
  ['ع', 'ا'],
]);

const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

function collapseRuns(s: string): string {
  let out = '';
  for (const ch of s) if (out.length === 0 || out[out.length - 1] !== ch) out += ch;
  return out;
}

/** Skeleton of one word of an Arabic name: consonant folds only, vowels kept. */
export function arabicSkeleton(word: string): string {
  let out = '';
  for (const ch of word) out += CONSONANT_FOLD.get(ch) ?? ch;
  return collapseRuns(out);
}

/**
 * Skeleton of one word of a foreign name: consonant and foreign folds, a final ه read as
 * the vowel ا (ماريه / ماريا), long vowels inside the word dropped, doubled letters once.
 * The first and last letters stay, so short names keep a shape (جو, دي).
 */
export function foreignSkeleton(word: string): string {
  let folded = '';
  for (const ch of word) {
    const c = CONSONANT_FOLD.get(ch) ?? ch;
    folded += FOREIGN_FOLD.get(c) ?? c;
  }
  if (folded.length > 2 && folded.endsWith('ه')) folded = folded.slice(0, -1) + 'ا';
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (i > 0 && i < folded.length - 1 && LONG_VOWELS.has(ch)) continue;
    out += ch;
  }
  return collapseRuns(out);
}

/** Drops a leading article from a word of four letters or more (الهول → هول). */
export function withoutArticle(word: string): string {
  return word.length >= 4 && word.startsWith('ال') ? word.slice(2) : word;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

/** The string and each of its one-letter deletions: two strings within one edit share one. */
export function deletionKeys(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
