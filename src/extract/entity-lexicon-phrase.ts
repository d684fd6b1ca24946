// Lexicon candidates for entity finding: known places and organizations from the phrase
// trie, minus the readings the context says are not names (see entities.ts for the whole).
import {
  LEX_CITY,
  LEX_COUNTRY,
  LEX_IN_PHRASE,
  LEX_KNOWN_ORG,
  LEX_NATIONALITY,
  LEX_REGION,
  LEX_STOP,
  matchPhraseAt,
} from './lexicon.js';
import { isWord, PRIO_LEXICON, readHomograph, type Cand, type Ctx } from './entity-rules.js';

/** Flags of a word that may open a known place or organization phrase. */
export const PHRASE_START = LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_KNOWN_ORG | LEX_IN_PHRASE;

/** السعودية after a definite noun, with no clitic of its own, is the adjective (العاصمة السعودية). */
export function adjectiveReading(c: Ctx, i: number): boolean {
  if ((c.flags[i]! & LEX_NATIONALITY) === 0 || c.ana[i]!.strip !== 0 || !isWord(c, i - 1)) return false;
  return c.tokens[i - 1]!.norm.startsWith('ال') && (c.flags[i - 1]! & LEX_STOP) === 0;
}

/** Known places and organizations, with the two readings that are not places removed. */
export function lexiconPhrase(c: Ctx, i: number, out: Cand[]): void {
  const m = matchPhraseAt(c.tokens, i);
  if (!m) return;
  const skip = m.tight ? m.strip : 0;
  if (m.hit.homograph) {
    const r = readHomograph(c, i, c.t.homographs.get(m.hit.homograph)!, false);
    if (r.place) out.push({ s: i, e: i + m.length, type: 'LOC', via: 'lexicon', prio: PRIO_LEXICON, skip, ...(r.sense ? { sense: r.sense } : {}) });
    return;
  }
  if (m.hit.ambiguous) {
    // مالي is a place after في / من / شمال ... or with a preposition attached (بمالي); else
    // only when it is joined by و to another place (سيئون والمكلا), which is checked last.
    const prepAttached = m.strip === 2 || (m.strip === 1 && !'وف'.includes(c.tokens[i]!.norm[0]!));
    const prev = i > 0 && isWord(c, i - 1) ? c.tokens[i - 1]!.norm : '';
    const ctxWord = c.t.placeContext.has(prev) || (prev.length > 2 && 'وف'.includes(prev[0]!) && c.t.placeContext.has(prev.slice(1)));
    if (!prepAttached && !ctxWord) {
      out.push({ s: i, e: i + m.length, type: m.hit.type, via: 'lexicon', prio: 0, skip, coord: true });
      return;
    }
  }
  if (m.length === 1 && adjectiveReading(c, i)) return;
  out.push({ s: i, e: i + m.length, type: m.hit.type, via: 'lexicon', prio: PRIO_LEXICON, skip });
}
