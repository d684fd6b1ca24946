// One sense per discourse: names and places found once in a document are found again
// wherever nothing else claimed the words.
import { cliticForms, LEX_GIVEN_NAME, LEX_NAME_PARTICLE, LEX_NATIONALITY, LEX_PERSON_TITLE, LEX_STOP, matchPhraseAt } from './lexicon.js';
import { isWord, PRIO_RULE, type Cand, type Ctx } from './entity-rules.js';
import { PHRASE_START } from './entity-lexicon-phrase.js';

/** One sense per discourse: full names found once, and their short forms, found again. */
export function propagateNames(c: Ctx, accepted: Cand[]): void {
  const n = c.tokens.length;
  const taken = new Uint8Array(n);
  for (const x of accepted) taken.fill(1, x.s, x.e);
  const forms = new Map<string, string[][]>();
  const add = (ws: string[]): void => {
    const list = forms.get(ws[0]!) ?? [];
    if (!list.some((l) => l.join(' ') === ws.join(' '))) list.push(ws);
    forms.set(ws[0]!, list);
  };
  for (const x of accepted) {
    if (x.type !== 'PER') continue;
    const idx: number[] = [];
    for (let k = x.s; k < x.e; k++) if (isWord(c, k)) idx.push(k);
    if (idx.length < 2) continue;
    const ws = idx.map((k, j) => (j === 0 && x.skip > 0 ? c.ana[k]!.key : c.tokens[k]!.norm));
    add(ws);
    const last = idx[idx.length - 1]!;
    const lw = ws[ws.length - 1]!;
    // The trailing particles with the family name: دي مايو، فون دير لاين، بن سلمان.
    let p = idx.length - 1;
    while (p > 1 && (c.flags[idx[p - 1]!]! & LEX_NAME_PARTICLE) !== 0) p--;
    if (p < idx.length - 1) {
      const lead = ws[p]!;
      if (c.t.foreignParticles.has(lead) || lead === 'بن' || lead === 'ابن') add(ws.slice(p));
    } else if (
      lw.length >= 3 &&
      (c.flags[last]! & (LEX_GIVEN_NAME | LEX_STOP | LEX_NATIONALITY | PHRASE_START | LEX_PERSON_TITLE)) === 0 &&
      !c.t.notNames.has(lw)
    ) {
      add([lw]);
    }
  }
  if (forms.size === 0) return;
  for (let i = 0; i < n; i++) {
    if (taken[i] || !isWord(c, i)) continue;
    const w = c.tokens[i]!.norm;
    let best: { len: number; skip: number } | null = null;
    for (const [form, strip, tight] of 'وفبلك'.includes(w[0]!) ? cliticForms(w) : [[w, 0, true] as const]) {
      for (const seq of forms.get(form) ?? []) {
        let ok = true;
        for (let j = 1; j < seq.length && ok; j++) {
          const t = c.tokens[i + j];
          ok = t !== undefined && t.kind === 'word' && !taken[i + j] && t.norm === seq[j];
        }
        if (ok && (best === null || seq.length > best.len)) best = { len: seq.length, skip: tight ? strip : 0 };
      }
    }
    if (!best) continue;
    // A short form followed by more name is someone else of the same family.
    const after = i + best.len;
    if (best.len === 1 && isWord(c, after) && (c.flags[after]! & LEX_NAME_PARTICLE) !== 0) continue;
    accepted.push({ s: i, e: after, type: 'PER', via: 'rule', prio: PRIO_RULE, skip: best.skip });
    taken.fill(1, i, after);
  }
}

/** One sense per discourse for places: a one-word place a rule found is a place wherever it recurs. */
export function propagatePlaces(c: Ctx, accepted: Cand[]): void {
  const names = new Set<string>();
  for (const x of accepted) {
    if (x.type !== 'LOC' || x.via !== 'rule' || x.e - x.s !== 1) continue;
    const w = c.tokens[x.s]!.norm.slice(x.skip);
    if (matchPhraseAt(c.tokens, x.s) === null && w.length >= 3) names.add(w);
  }
  if (names.size === 0) return;
  const taken = new Uint8Array(c.tokens.length);
  for (const x of accepted) taken.fill(1, x.s, x.e);
  for (let i = 0; i < c.tokens.length; i++) {
    if (taken[i] || !isWord(c, i)) continue;
    const w = c.tokens[i]!.norm;
    if (!names.has(w) && !names.has(w.slice(1)) && !names.has(w.slice(2)) && !names.has(`ا${w.slice(1)}`)) continue;
    for (const [form, strip, tight] of cliticForms(w)) {
      if (!names.has(form)) continue;
      accepted.push({ s: i, e: i + 1, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: tight ? strip : 0 });
      break;
    }
  }
}
