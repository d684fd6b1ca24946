// Organization rules: an organization word before a quoted or known name, an institution
// word with its relational adjectives and its field (المعهد الوطني للرصد الجوي), forces with
// their place, and an institution named after a person (not a person).
import {
  LEX_GIVEN_NAME,
  LEX_CITY,
  LEX_COUNTRY,
  LEX_NAME_PARTICLE,
  LEX_NAME_TOKEN,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_STOP,
  matchPhraseAt,
} from './lexicon.js';
import { closingQuote, isWord, norm, PRIO_RULE, type Cand, type Ctx } from './entity-context.js';

/** The object of a purpose phrase (ضد داعش، لمكافحة الإرهاب): its end index, or -1. */
function purposeObject(c: Ctx, m: number): number {
  const q = closingQuote(c, m);
  if (q > 0) return q + 1;
  if (!isWord(c, m)) return -1;
  const ph = matchPhraseAt(c.tokens, m);
  if (ph && ph.strip === 0) return m + ph.length;
  if ((c.flags[m]! & LEX_ORG_TRIGGER) !== 0 && !norm(c, m).startsWith('ال')) {
    const inner = quotedOrKnown(c, m + 1);
    if (inner > 0) return inner;
  }
  const w = norm(c, m);
  if (!w.startsWith('ال') || (c.flags[m]! & LEX_STOP) !== 0) return -1;
  let e = m + 1;
  while (e < c.tokens.length && e - m < 3 && isWord(c, e) && norm(c, e).startsWith('وال')) e++;
  return e;
}

/** A quoted name or a known organization at tokens[j]: its end index, or -1. */
function quotedOrKnown(c: Ctx, j: number): number {
  const q = closingQuote(c, j);
  if (q > 0) return q + 1;
  const ph = matchPhraseAt(c.tokens, j);
  if (ph && ph.strip === 0 && ph.hit.type === 'ORG') return j + ph.length;
  return -1;
}

/**
 * A definite relational adjective (nisba: الوطني، المتوسطية، السامية; plural forms are not),
 * or one of the few other adjectives that name institutions (العامة، العليا).
 */
export function isNisba(c: Ctx, k: number): boolean {
  if (!isWord(c, k) || c.ana[k]!.strip > 0) return false;
  const w = norm(c, k);
  if (!w.startsWith('ال') || w.length < 5 || (c.flags[k]! & (LEX_STOP | LEX_PERSON_TITLE)) !== 0) return false;
  return w.endsWith('ي') || w.endsWith('يه') || c.t.orgAdjectives.has(w);
}

/** A clause boundary at tokens[k]: the end, punctuation, a function word or a word opening on و. */
function boundaryAt(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word') return true;
  return (c.flags[k]! & LEX_STOP) !== 0 || t.norm[0] === 'و';
}

/**
 * The complement that names an institution's field after its name (لشؤون اللاجئين، للهجرة
 * والتنمية، للإغاثة والأعمال الإنسانية، للاستجابة لحالات الطوارئ): the index after it, or k.
 * It opens on ل + a noun of ORG_COMPLEMENT_HEADS (bare and then a definite genitive, or
 * with the article: لل), and goes on with relational adjectives and nouns joined by و + ال.
 */
export function orgComplement(c: Ctx, k: number): number {
  let e = k;
  for (let round = 0; round < 2 && isWord(c, e); round++) {
    const w = norm(c, e);
    if (w[0] !== 'ل' || w.length < 4) break;
    const definite = w.startsWith('لل');
    if (!c.t.complementHeads.has(definite ? w.slice(2) : w.slice(1))) break;
    let f = e + 1;
    if (!definite) {
      if (!isWord(c, f) || !norm(c, f).startsWith('ال') || (c.flags[f]! & LEX_STOP) !== 0) break;
      f++;
    }
    let noun = true;
    for (let n = 0; n < 4 && isWord(c, f); n++) {
      const x = norm(c, f);
      if ((c.flags[f]! & (LEX_STOP | LEX_PERSON_TITLE)) !== 0) break;
      if (x.startsWith('وال') && x.length > 4) {
        noun = true;
        f++;
        continue;
      }
      if (isNisba(c, f)) {
        noun = false;
        f++;
        continue;
      }
      // One more definite word after a noun, when the clause ends there (والإنذار المبكر قد).
      if (x.startsWith('ال') && x.length > 3 && noun && boundaryAt(c, f + 1)) f++;
      break;
    }
    e = f;
  }
  return e;
}

/** Organization patterns at an organization word. */
export function orgRule(c: Ctx, i: number, out: Cand[]): void {
  const before = out.length;
  orgPatterns(c, i, out);
  // A known organization that opens on the word itself and goes further than the patterns
  // (مركز الملك سلمان للإغاثة والأعمال الإنسانية): the rule's precedence, the lexicon's span.
  const known = matchPhraseAt(c.tokens, i);
  if (!known || known.hit.type !== 'ORG' || known.length < 2) return;
  const e = orgComplement(c, i + known.length);
  if (out.slice(before).some((x) => x.e >= e)) return;
  const a = c.ana[i]!;
  out.push({ s: i, e, type: 'ORG', via: 'lexicon', prio: PRIO_RULE, skip: a.tight ? a.strip : 0 });
}

function orgPatterns(c: Ctx, i: number, out: Cand[]): void {
  const a = c.ana[i]!;
  const trig = a.key;
  const strength = c.t.orgStrength.get(trig);
  if (strength === undefined) return;
  const definite = trig.startsWith('ال');
  const skip = a.tight ? a.strip : 0;
  const push = (e: number): void => void out.push({ s: i, e: orgComplement(c, e), type: 'ORG', via: 'rule', prio: PRIO_RULE, skip });
  const j = i + 1;
  // X + adjectives + purpose + object: التحالف الدولي ضد داعش، الهيئة الوطنية لمكافحة الفساد.
  if (c.t.purposeHeads.has(trig)) {
    let k = j;
    while (k - j < 3 && isWord(c, k) && norm(c, k).startsWith('ال') && (c.flags[k]! & (LEX_STOP | LEX_PERSON_TITLE)) === 0) k++;
    if ((k > j || !definite) && isWord(c, k) && c.t.purposeWords.has(norm(c, k))) {
      const e = purposeObject(c, k + 1);
      if (e > 0) return push(e);
    }
  }
  // Trigger + quoted name or known organization: تنظيم “الدولة الإسلامية”، حركة طالبان.
  const named = quotedOrKnown(c, j);
  if (named > 0) return push(named);
  if (definite) {
    // The institution + relational adjectives (+ its field): الشراكة المتوسطية (للهجرة والتنمية)،
    // المعهد الوطني للرصد الجوي. Not where the word is itself an adjective (الوحدة البحرية).
    const p = i - 1;
    if (a.strip === 0 && isWord(c, p) && norm(c, p).startsWith('ال') && (c.flags[p]! & LEX_STOP) === 0) return;
    let k = j;
    while (k < j + 2 && isNisba(c, k)) k++;
    if (k === j) return;
    const e = orgComplement(c, k);
    if (e > k) return push(e);
    // Without a field, the adjectives must name, not describe: no nationality (الوزارة السعودية),
    // no unit word (المكتب الفرعي), no collective of fighters (القوات الحكومية).
    if (c.t.descriptiveHeads.has(trig)) return;
    for (let m = j; m < k; m++) if (c.t.notNameAdjectives.has(norm(c, m)) || (c.flags[m]! & LEX_NATIONALITY) !== 0) return;
    return push(k);
  }
  // Trigger + title + name: an institution named after a person (مركز الملك سلمان).
  if (isWord(c, j) && (c.flags[j]! & LEX_PERSON_TITLE) !== 0 && c.ana[j]!.strip === 0 && norm(c, j).startsWith('ال')) {
    const e = parseTitledName(c, j + 1);
    if (e > 0) return push(e);
  }
  // Trigger + place + adjectives: قوات سوريا الديمقراطية، جامعة القاهرة.
  const ph = isWord(c, j) ? matchPhraseAt(c.tokens, j) : null;
  if (ph && ph.strip === 0 && ph.hit.type === 'LOC') {
    let k = j + ph.length;
    while (
      k - (j + ph.length) < 2 &&
      isWord(c, k) &&
      norm(c, k).startsWith('ال') &&
      (c.flags[k]! & (LEX_NATIONALITY | LEX_STOP | LEX_COUNTRY | LEX_CITY | LEX_PERSON_TITLE)) === 0
    )
      k++;
    if (strength === 'strong' || k > j + ph.length) return push(k);
    return;
  }
  // وكالة الأنباء + nationality or name: وكالة الأنباء السعودية.
  if (trig === 'وكاله' && isWord(c, j) && norm(c, j) === 'الانباء' && isWord(c, j + 1)) {
    const f = c.flags[j + 1]!;
    if ((f & (LEX_NATIONALITY | LEX_COUNTRY)) !== 0 || norm(c, j + 1).startsWith('ال')) return push(j + 2);
  }
  if (strength !== 'strong') return;
  // Strong trigger + a construct chain ending on a definite word: وزارة الخارجية المغربية،
  // حزب العدالة والتنمية، هيئة تحرير الشام.
  let k = j;
  let lastDefinite = -1;
  while (k < c.tokens.length && k - j < 4 && isWord(c, k)) {
    const w = norm(c, k);
    const f = c.flags[k]!;
    if ((f & (LEX_STOP | LEX_PERSON_TITLE)) !== 0) break;
    if (w.startsWith('ال') || (w.startsWith('وال') && lastDefinite === k - 1)) {
      lastDefinite = k++;
      continue;
    }
    if (lastDefinite < 0 && c.ana[k]!.strip === 0 && isWord(c, k + 1) && norm(c, k + 1).startsWith('ال')) {
      k++;
      continue;
    }
    break;
  }
  if (lastDefinite >= j) push(lastDefinite + 1);
}

/** A person's name after a title inside an institution's name (الملك سلمان): its end, or -1. */
function parseTitledName(c: Ctx, j: number): number {
  if (!isWord(c, j) || (c.flags[j]! & (LEX_NAME_TOKEN | LEX_GIVEN_NAME)) === 0 || c.ana[j]!.strip > 0) return -1;
  let k = j + 1;
  // بن / آل chains: الأمير سلطان بن عبد العزيز.
  while (k + 1 < c.tokens.length && isWord(c, k) && (c.flags[k]! & LEX_NAME_PARTICLE) !== 0 && isWord(c, k + 1)) k += 2;
  return k;
}
