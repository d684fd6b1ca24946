// Organization names beyond the rules: a name extended by its parent organization, and
// the other names (first word, adjectives, acronyms) of an organization named in full.
import { LEX_STOP, matchPhraseAt } from './lexicon.js';
import { closingQuote, isComma, isWord, NEUTRAL, PRIO_RULE, type Cand, type Ctx } from './entity-rules.js';

/** ORG + التابع/التابعة + ل + known organization: one name (مجلس الأمن التابع للأمم المتحدة). */
export function affiliationExtensions(c: Ctx, cands: readonly Cand[], out: Cand[]): void {
  for (const x of cands) {
    if (x.type !== 'ORG' || !isWord(c, x.e) || !c.t.affiliation.has(c.tokens[x.e]!.norm)) continue;
    const m = matchPhraseAt(c.tokens, x.e + 1);
    if (m && m.hit.type === 'ORG' && m.strip > 0) out.push({ ...x, e: x.e + 1 + m.length, via: 'rule', prio: PRIO_RULE });
  }
}

const LATIN_ACRONYM = /^[A-Za-z][A-Za-z&.-]*$/u;

/** A word that may be an organization's acronym: Latin with two capitals or more (MPMD، KSrelief), or an unknown Arabic word. */
function acronymAt(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (LATIN_ACRONYM.test(t.text)) return (t.text.match(/[A-Z]/gu) ?? []).length >= 2;
  return t.norm.length >= 3 && !t.norm.startsWith('ال') && (c.flags[k]! & ~NEUTRAL) === 0;
}

/**
 * Other names of the organizations a document names in full: the name's first word alone
 * (الشراكة، المفوضية) or with adjectives of the name (المكتب الأممي for مكتب الأمم المتحدة ...),
 * its first words (الشراكة المتوسطية), an acronym in brackets after it (MPMD) or after المعروفة
 * اختصارا بـ / المعروف باسم, and that acronym wherever it recurs. Each gets the full name as
 * its ref. A first word shared by two full names in the document names neither.
 */
export function organizationAliases(c: Ctx, accepted: Cand[], textOf: (x: Cand) => string): void {
  const n = c.tokens.length;
  const taken = new Uint8Array(n);
  for (const x of accepted) taken.fill(1, x.s, x.e);
  const wordsOf = (x: Cand): string[] => {
    const ws: string[] = [];
    for (let k = x.s; k < x.e; k++) if (isWord(c, k)) ws.push(k === x.s ? c.ana[k]!.key || c.tokens[k]!.norm : c.tokens[k]!.norm);
    return ws;
  };
  const definite = (w: string): string => (w.startsWith('ال') ? w : `ال${w}`);
  // The full names, by their first word with the article.
  const fulls = new Map<string, Map<string, { words: string[]; text: string }>>();
  for (const x of accepted) {
    if (x.type !== 'ORG' || x.ref) continue;
    const ws = wordsOf(x);
    if (ws.length < 3 || c.t.orgStrength.get(ws[0]!) === undefined) continue;
    const head = definite(ws[0]!);
    let m = fulls.get(head);
    if (!m) fulls.set(head, (m = new Map()));
    m.set(ws.join(' '), { words: ws, text: textOf(x).replace(/\s+/gu, ' ') });
  }
  const only = (head: string): { words: string[]; text: string } | null => {
    const m = fulls.get(head);
    return m && m.size === 1 ? [...m.values()][0]! : null;
  };
  const inName = (full: { words: string[] }, w: string): boolean =>
    full.words.includes(w) || ((w === 'الاممي' || w === 'الامميه') && full.words.includes('الامم'));
  // Shorter names of the same organization the rules found: الشراكة المتوسطية، المكتب الأممي.
  for (const x of accepted) {
    if (x.type !== 'ORG' || x.ref) continue;
    const ws = wordsOf(x);
    const full = only(definite(ws[0]!));
    if (!full || full.words.length <= ws.length) continue;
    if (ws.slice(1).every((w) => inName(full, w))) x.ref = full.text;
  }
  // The first word alone, or with adjectives that belong to the name.
  for (let i = 0; i < n; i++) {
    if (taken[i] || !isWord(c, i)) continue;
    const a = c.ana[i]!;
    const head = a.key || c.tokens[i]!.norm;
    if (!head.startsWith('ال')) continue;
    const full = only(head);
    if (!full) continue;
    // Not an adjective of the word before it (الوحدة البحرية).
    if (a.strip === 0 && isWord(c, i - 1) && c.tokens[i - 1]!.norm.startsWith('ال') && (c.flags[i - 1]! & LEX_STOP) === 0) continue;
    let e = i + 1;
    while (e < n && !taken[e] && isWord(c, e) && inName(full, c.tokens[e]!.norm)) e++;
    // A definite word after it that is not of the name makes another name (المكتب الفرعي).
    if (isWord(c, e) && c.tokens[e]!.norm.startsWith('ال') && (c.flags[e]! & LEX_STOP) === 0) continue;
    accepted.push({ s: i, e, type: 'ORG', via: 'rule', prio: PRIO_RULE, skip: a.tight ? a.strip : 0, ref: full.text });
    taken.fill(1, i, e);
  }
  // Acronyms: in brackets after the name, or after المعروفة اختصارا بـ / المعروف باسم.
  const acronyms = new Map<string, string>();
  const addAlias = (k: number, e: number, ref: string): void => {
    for (let m = k; m < e; m++) if (taken[m]) return;
    accepted.push({ s: k, e, type: 'ORG', via: 'rule', prio: PRIO_RULE, skip: 0, ref });
    taken.fill(1, k, e);
    if (e === k + 1) acronyms.set(c.tokens[k]!.norm, ref);
  };
  for (const x of [...accepted]) {
    if (x.type !== 'ORG') continue;
    const ref = x.ref ?? textOf(x).replace(/\s+/gu, ' ');
    let k = x.e;
    const t = c.tokens[k];
    if (t && t.text === '(' && acronymAt(c, k + 1) && c.tokens[k + 2]?.text === ')') {
      addAlias(k + 1, k + 2, ref);
      continue;
    }
    if (isComma(c, k)) k++;
    if (!isWord(c, k) || !c.t.aliasCues.has(c.tokens[k]!.norm)) continue;
    k++;
    let hops = 0;
    const latin = (m: number): boolean => acronymAt(c, m) && LATIN_ACRONYM.test(c.tokens[m]!.text);
    while (hops < 2 && isWord(c, k) && c.tokens[k]!.norm !== 'ب' && c.tokens[k]!.norm !== 'باسم' && !latin(k)) {
      k++;
      hops++;
    }
    if (isWord(c, k) && (c.tokens[k]!.norm === 'ب' || c.tokens[k]!.norm === 'باسم')) k++;
    const q = closingQuote(c, k);
    if (q > 0 && q - k - 1 <= 3) addAlias(k + 1, q, ref);
    else if (latin(k)) addAlias(k, k + 1, ref);
  }
  if (acronyms.size === 0) return;
  for (let i = 0; i < n; i++) {
    if (taken[i] || c.tokens[i]!.kind !== 'word') continue;
    const ref = acronyms.get(c.tokens[i]!.norm);
    if (ref !== undefined) addAlias(i, i + 1, ref);
  }
}
