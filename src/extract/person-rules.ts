// Person rules: a title and its role before a name (وزير الخارجية الأمريكي أنتوني بلينكن،
// الأمير فيصل بن فرحان), and names without a title that open on a given name (كاثرين
// كولونا). A name is a first name (or a compound: عبد الله، أبو بكر), then one family name
// (or a father's name and a family name), or chains of particles and words (بن فرحان، دي
// مايو، فون دير لاين). Unknown words enter a name only where the context vouches for them.
import {
  LEX_GIVEN_NAME,
  LEX_NAME_ALSO_WORD,
  LEX_NAME_PARTICLE,
  LEX_NAME_TOKEN,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_STOP,
  LEX_COUNTRY,
  LEX_CITY,
  LEX_REGION,
  LEX_KNOWN_ORG,
  matchPhraseAt,
} from './lexicon.js';
import { normalizeForMatch } from '../text/normalize.js';
import { isComma, isWord, NEUTRAL, norm, NOT_A_NAME, PLACE, PRIO_LEXICON, PRIO_RULE, type Cand, type Ctx } from './entity-rules.js';

/** An unknown word that may still be a family name: not a verb form, not a clitic-led word. */
function plausibleUnknown(c: Ctx, k: number, titled: boolean): boolean {
  const w = norm(c, k);
  if (w.length < 2 || (c.flags[k]! & ~NEUTRAL) !== 0) return false;
  if (w[0] === 'و' || w[0] === 'ف') return false;
  if (/^(?:لل|[وفبكل]ال)/u.test(w)) return false; // للإغاثة، بالعاصمة: a preposition's phrase
  // Imperfect verbs open with ي ت ن; after a title and a given name a surname is far likelier.
  if (!titled && !w.startsWith('ال') && (w[0] === 'ي' || w[0] === 'ت' || w[0] === 'ن')) return false;
  return true;
}

/**
 * May tokens[k] be the family name after the first name at tokens[j]? A known name token
 * may. An unknown word may when the first name is a given name or a title precedes, and
 * then, after an Arabic given name, only when it has the article (a nisba: مازن العبادي) or
 * the title named a nationality (وزير الخارجية المغربي ناصر بوريطة): kings and princes are
 * named by title and given name alone (الملك سلمان), and a verb may follow.
 */
function acceptFamily(c: Ctx, j: number, k: number, titled: boolean, sawNationality: boolean): boolean {
  if (!isWord(c, k)) return false;
  const f = c.flags[k]!;
  if ((f & (NOT_A_NAME | LEX_NAME_PARTICLE)) !== 0) return false;
  if ((f & PLACE) !== 0) return false;
  if (c.ana[k]!.strip > 0) return false; // وفيصل، بالرياض: the next phrase, not this name
  if (c.t.notNames.has(norm(c, k))) return false;
  if ((f & (LEX_NAME_TOKEN | LEX_GIVEN_NAME)) !== 0) return true;
  // An unknown word the tagger reads as no name is the sentence going on (كارلوس داخل الملعب).
  // A name that ends the clause (قالت إنجريد جوستافسن، ...) keeps its last word anyway.
  if (c.tags && c.tags[k] === 'O') {
    const nx = c.tokens[k + 1];
    if (nx !== undefined && nx.kind !== 'punct') return false;
  }
  const firstGiven = (c.flags[j]! & LEX_GIVEN_NAME) !== 0;
  if (!titled && !firstGiven) return false;
  if (!plausibleUnknown(c, k, titled)) return false;
  if (c.t.arabicGiven.has(c.ana[j]!.key) && !norm(c, k).startsWith('ال') && !(titled && sawNationality)) {
    // ... unless the name ends there (عبدالله بامطرف، ...).
    const nx = c.tokens[k + 1];
    return nx === undefined || nx.kind === 'punct';
  }
  return true;
}

/** After a compound head (عبد، أبو), the word it binds. */
function compoundEnd(c: Ctx, k: number): number {
  const w = norm(c, k);
  if ((w === 'عبد' || w === 'ابو') && isWord(c, k + 1) && (c.flags[k + 1]! & LEX_STOP) === 0) return k + 2;
  return k + 1;
}

/**
 * A person's name starting at tokens[j]: a first name (or a compound عبد الله، أبو بكر), then
 * one family name (or a father's given name and a family name), or chains of particles and
 * words (بن فرحان، آل سعود، دي مايو). Returns the end index, or -1. Without a title the name
 * needs a given name first and two parts.
 */
export function parseName(c: Ctx, j: number, titled: boolean, sawNationality: boolean): number {
  if (!isWord(c, j)) return -1;
  const f0 = c.flags[j]!;
  const given = (f0 & LEX_GIVEN_NAME) !== 0;
  if ((f0 & NOT_A_NAME) !== 0 && !given) return -1;
  if ((f0 & PLACE) !== 0 && !given) return -1;
  if ((f0 & LEX_NAME_PARTICLE) !== 0 && norm(c, j) !== 'ابو') return -1;
  const known = (f0 & (LEX_GIVEN_NAME | LEX_NAME_TOKEN)) !== 0;
  // An unknown first word is a name only after a title with a nationality (الأمريكي بلينكن).
  if (!known && (!titled || !sawNationality || norm(c, j).startsWith('ال') || !plausibleUnknown(c, j, false))) return -1;
  let k = compoundEnd(c, j);
  let units = 1;
  let bare = 0;
  let particle = false;
  while (k < c.tokens.length && units < 6 && isWord(c, k)) {
    if ((c.flags[k]! & LEX_NAME_PARTICLE) !== 0 && c.ana[k]!.strip === 0) {
      // One particle or a run of them (فون دير لاين), then the word they join.
      let m = k + 1;
      while (m < k + 3 && isWord(c, m) && (c.flags[m]! & LEX_NAME_PARTICLE) !== 0 && c.ana[m]!.strip === 0) m++;
      if (!isWord(c, m) || (c.flags[m]! & (LEX_STOP | LEX_PERSON_TITLE | LEX_NAME_PARTICLE)) !== 0) break;
      k = compoundEnd(c, m);
      units++;
      particle = true;
      continue;
    }
    // One family name, or a father's name and then the family name (سالم عوض الكثيري); a
    // father's name the lexicon knows only as a name token needs a nisba after it (كريم جاسم
    // الساعدي).
    const prevFlags = c.flags[k - 1]!;
    const mayTakeBare =
      bare === 0 ||
      (bare === 1 &&
        ((prevFlags & LEX_GIVEN_NAME) !== 0 || ((prevFlags & LEX_NAME_TOKEN) !== 0 && norm(c, k).startsWith('ال'))));
    if (!particle && mayTakeBare && acceptFamily(c, j, k, titled, sawNationality)) {
      k++;
      units++;
      bare++;
      continue;
    }
    break;
  }
  if (units === 1) {
    if (!titled) return -1;
    if (!known) {
      // A lone unknown word after a title needs a clause boundary after it (... بلينكن، ...).
      const nx = c.tokens[k];
      const boundary = !nx || nx.kind === 'punct' || (c.flags[k]! & LEX_STOP) !== 0 || nx.norm[0] === 'و';
      if (!boundary) return -1;
    }
  } else if (!titled && (f0 & LEX_NAME_ALSO_WORD) !== 0 && !particle) {
    // A given name that is also a word (سالم "safe") opens a name only before a particle
    // or another given name that is not a word too (سالم عوض الكثيري).
    const f1 = c.flags[compoundEnd(c, j)]!;
    if ((f1 & LEX_GIVEN_NAME) === 0 || (f1 & LEX_NAME_ALSO_WORD) !== 0) return -1;
  }
  return k;
}

/** The role phrase after a title word at tokens[i]: its last token and whether it names a nationality. */
export function parseRole(c: Ctx, i: number): { end: number; next: number; nationality: boolean } {
  let j = i + 1;
  let end = i;
  let nationality = false;
  // After a nationality, a title of the other gender starts another person's role (الوزيرة
  // الألمانية وزير التخطيط ...); before one it is a genitive (مساعدة المفوض السامي).
  const feminine = (k: number): boolean => (c.ana[k]!.key || norm(c, k)).endsWith('ه');
  const gender = feminine(i);
  while (j < c.tokens.length && j - i <= 7 && isWord(c, j)) {
    if (
      (c.flags[j]! & LEX_PERSON_TITLE) !== 0 &&
      c.ana[j]!.strip === 0 &&
      feminine(j) !== gender &&
      (c.flags[j - 1]! & LEX_NATIONALITY) !== 0
    )
      break;
    const f = c.flags[j]!;
    const w = norm(c, j);
    if (c.t.roleWords.has(w)) {
      end = j++;
      continue;
    }
    // A noun joined to the role by و (وزير التخطيط والتعاون الدولي، وزارة الهجرة والمهجرين).
    if (w.startsWith('وال') && w.length > 4 && end === j - 1 && j > i + 1 && (f & LEX_STOP) === 0) {
      end = j++;
      continue;
    }
    if ((f & LEX_STOP) !== 0) break;
    if ((f & LEX_NATIONALITY) !== 0 && c.ana[j]!.strip === 0) {
      nationality = true;
      end = j++;
      continue;
    }
    if (c.ana[j]!.strip > 0) break;
    if ((f & (LEX_PERSON_TITLE | LEX_ORG_TRIGGER)) !== 0) {
      end = j++;
      continue;
    }
    if ((f & LEX_COUNTRY) !== 0) {
      const m = matchPhraseAt(c.tokens, j);
      nationality = true;
      end = j + (m ? m.length : 1) - 1;
      j = end + 1;
      continue;
    }
    if (w.startsWith('ال') && w.length > 3 && (f & (LEX_GIVEN_NAME | LEX_NAME_TOKEN | LEX_CITY | LEX_REGION | LEX_KNOWN_ORG)) === 0) {
      end = j++;
      continue;
    }
    break;
  }
  return { end, next: j, nationality };
}

/** Words after على that Egyptian typing writes علي (على هامش، على رأس، على صعيد، على أن ...). */
const AFTER_ALA = new Set(
  [
    'هامش', 'رأس', 'صعيد', 'مستوى', 'أن', 'أنه', 'أنها', 'ضرورة', 'أهمية', 'الرغم', 'رغم', 'حد', 'حساب', 'خلفية',
    'إثر', 'أثر', 'وجه', 'خط', 'مدى', 'مدار', 'طول', 'امتداد', 'نحو', 'سبيل', 'غرار', 'ذلك', 'هذا', 'هذه',
    'عكس', 'قدم', 'أساس', 'ضوء', 'عاتق', 'عدم', 'تعزيز', 'دعم', 'أرض', 'شرف', 'جدول', 'متن', 'مقربة', 'بعد',
  ].map(normalizeForMatch),
);

/**
 * علي after a title is على written without its dots when the next word is one that follows
 * the preposition (وزيرة الصحة علي هامش المؤتمر) or a definite noun (علي المستوى الدولي)
 * the tagger does not read as part of a name.
 */
function prepositionAli(c: Ctx, j: number): boolean {
  if (!isWord(c, j) || norm(c, j) !== 'علي' || !isWord(c, j + 1)) return false;
  const next = norm(c, j + 1);
  if (AFTER_ALA.has(next)) return true;
  const tagged = (k: number): boolean => (c.tags?.[k] ?? 'O').endsWith('PERS') || (c.tags?.[k] ?? 'O').endsWith('PER');
  return next.startsWith('ال') && (c.flags[j + 1]! & (LEX_NAME_TOKEN | LEX_GIVEN_NAME)) === 0 && !tagged(j) && !tagged(j + 1);
}

/** Title + role + name: وزير الخارجية الأمريكي أنتوني بلينكن، الأمير فيصل بن فرحان. */
export function titleRule(c: Ctx, i: number, out: Cand[]): void {
  // A title inside an institution's name is no person's title (مركز الملك سلمان، جامعة الملك سعود).
  const p = i - 1;
  if (c.ana[i]!.strip === 0 && isWord(c, p) && !norm(c, p).startsWith('ال')) {
    const k = c.ana[p]!.key;
    if (c.t.orgStrength.has(k) || c.t.siteStrength.has(k)) return;
  }
  const role = parseRole(c, i);
  let j = role.next;
  if (isComma(c, j)) j++;
  if (prepositionAli(c, j)) return;
  const e = parseName(c, j, true, role.nationality);
  if (e < 0) return;
  const clitic = (k: number): number => (c.ana[k]!.tight ? c.ana[k]!.strip : 0);
  out.push({ s: j, e, type: 'PER', via: 'rule', prio: PRIO_RULE, skip: clitic(j), role: { s: i, skip: clitic(i), e: role.end + 1 } });
}

/** A given name and more name parts, no title: كاثرين كولونا، محمد بن سلمان. */
export function nameRunRule(c: Ctx, i: number, out: Cand[]): void {
  const e = parseName(c, i, false, false);
  if (e < 0) return;
  const a = c.ana[i]!;
  out.push({ s: i, e, type: 'PER', via: 'lexicon', prio: PRIO_LEXICON, skip: a.tight ? a.strip : 0 });
}

