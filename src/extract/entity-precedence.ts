// Deciding between overlapping entity candidates: where the tagger overrides the lexicon
// (arbitrate), precedence rule > lexicon > model (resolve), and the candidates that go
// before or after that for want of context (quoted names, lone ambiguous places).
import { isWord, NOT_A_NAME, PLACE, PRIO_LEXICON, closingQuote, type Cand, type Ctx } from './entity-rules.js';
import { LEX_GIVEN_NAME } from './lexicon.js';

/**
 * Where the tagger and the lexicon or rules disagree about the same words, the tagger's
 * reading is taken in three cases:
 *   - its span, not a person's, is strictly wider than every lexicon span inside it and
 *     overlaps no other lexicon span (ريال مدريد is a club, not مدريد): the lexicon spans go;
 *   - it covers the same words as a lexicon span with another type: the lexicon span takes
 *     the tagger's type (a city's name read as its club);
 *   - for a person, its PER span is a proper superset of a rule or lexicon PER span, or
 *     that span takes in a word the tagger reads as no name (عبدالله بن خليفة العطية cut
 *     short, طالباني متضامنا too long): the person takes the tagger's boundaries.
 */
export function arbitrate(c: Ctx, cands: Cand[]): Cand[] {
  const tags = c.tags;
  if (!tags) return cands;
  const models = cands.filter((x) => x.via === 'model');
  const drop = new Set<Cand>();
  const overlaps = (a: Cand, b: Cand): boolean => a.s < b.e && b.s < a.e;
  for (const m of models) {
    const lex = cands.filter((x) => x.via === 'lexicon' && x.prio === PRIO_LEXICON && overlaps(x, m));
    if (lex.length === 0) continue;
    // (A) strictly wider than all the lexicon spans inside it.
    // A person span is left to (C): the tagger often runs a title's place into the name
    // (محافظ حضرموت سالم ...).
    if (lex.every((x) => x.s >= m.s && x.e <= m.e && x.e - x.s < m.e - m.s)) {
      if (m.type !== 'PER') for (const x of lex) drop.add(x);
      continue;
    }
    // (B) the same span with another type.
    for (const x of lex) {
      if (x.s !== m.s || x.e !== m.e || x.type === m.type) continue;
      x.type = m.type;
      if (m.type !== 'LOC') delete x.sense;
    }
  }
  // (C) persons: the tagger's boundaries, not past a word that cannot be part of a name
  // (محافظ حضرموت سالم ...، ... الحلبي للصحفيين).
  const namePart = (k: number): boolean =>
    isWord(c, k) && (c.flags[k]! & (NOT_A_NAME | PLACE)) === 0 && !/^(?:لل|[وفبكل]ال)/u.test(c.tokens[k]!.norm);
  for (const m0 of models) {
    if (m0.type !== 'PER') continue;
    const m = { ...m0 };
    while (m.e > m.s && !namePart(m.e - 1)) m.e--;
    while (m.s < m.e && !namePart(m.s)) {
      m.s++;
      m.skip = 0;
    }
    if (m.s >= m.e) continue;
    for (const x of cands) {
      if (x.via === 'model' || x.type !== 'PER' || drop.has(x) || !overlaps(x, m)) continue;
      const superset = m.s <= x.s && m.e >= x.e && m.e - m.s > x.e - x.s;
      // A word the tagger leaves out counts against the rule's span, unless the name lexicon
      // knows it as a given name: the lexicon's evidence then outweighs the tagger's O.
      let outside = false;
      for (let k = x.s; k < x.e && !outside; k++) {
        if (isWord(c, k) && (tags[k] ?? 'O') === 'O' && (c.flags[k]! & LEX_GIVEN_NAME) === 0) outside = true;
      }
      if (!superset && !outside) continue;
      const s = x.role ? Math.max(m.s, x.role.e) : m.s;
      if (s >= m.e) continue;
      if (s !== x.s) x.skip = s === m.s ? m.skip : 0;
      x.s = s;
      x.e = m.e;
    }
  }
  return drop.size === 0 ? cands : cands.filter((x) => !drop.has(x));
}

export function resolve(n: number, cands: Cand[]): Cand[] {
  const roleLen = (x: Cand): number => (x.role ? x.role.e - x.role.s : 0);
  cands.sort((a, b) => b.prio - a.prio || b.e - b.s - (a.e - a.s) || roleLen(b) - roleLen(a) || a.s - b.s);
  const taken = new Uint8Array(n);
  const out: Cand[] = [];
  for (const x of cands) {
    let free = true;
    for (let k = x.s; k < x.e && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, x.s, x.e);
    out.push(x);
  }
  return out;
}

/**
 * Places inside a short quoted name that opens on another word are part of that name, not
 * mentions of the place: "إعلان تونس"، «نهار الخليج».
 */
export function dropQuotedPlaces(c: Ctx, cands: Cand[]): Cand[] {
  const opener = new Int32Array(c.tokens.length).fill(-1);
  for (let j = 0; j < c.tokens.length; j++) {
    if (c.tokens[j]!.kind !== 'punct') continue;
    const q = closingQuote(c, j);
    if (q < 0) continue;
    if (q - j - 1 <= 4) for (let k = j + 1; k < q; k++) opener[k] = j;
    j = q;
  }
  return cands.filter((x) => x.type !== 'LOC' || opener[x.s]! < 0 || x.s === opener[x.s]! + 1);
}

/** An ambiguous place kept only when joined by و to a place: سيئون والمكلا، المكلا وسيئون. */
export function keepCoordinated(c: Ctx, accepted: Cand[]): Cand[] {
  const locEnd = new Set<number>();
  const locStart = new Set<number>();
  for (const x of accepted) {
    if (x.type !== 'LOC' || x.coord) continue;
    locEnd.add(x.e - 1);
    locStart.add(x.s);
  }
  return accepted.filter((x) => {
    if (!x.coord) return true;
    const ownAnd = c.tokens[x.s]!.norm[0] === 'و' && c.ana[x.s]!.strip > 0;
    const nextAnd = isWord(c, x.e) && c.tokens[x.e]!.norm[0] === 'و' && locStart.has(x.e);
    return (ownAnd && locEnd.has(x.s - 1)) || nextAnd;
  });
}
