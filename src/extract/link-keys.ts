// The key a mention is linked by. Mentions with one key are one entity before any other
// evidence is weighed; link.ts then joins keys (short forms, near-misses).
//
//   known places and organizations   the gazetteer id (LOC:TG for توجو and توغو; one id for
//                                     داعش, تنظيم الدولة and تنظيم “الدولة الإسلامية”)
//   organizations                    words without quotes; "X التابع ل Y" is X; "X ضد/لمكافحة Y"
//                                     is X + the key of Y, and X alone when Y is no name
//                                     (التحالف الدولي لمكافحة الإرهاب = التحالف الدولي)
//   places                           the name without its article, letters folded (arabicSkeleton);
//                                     a site word is set apart as the head (مخيم الهول: head مخيم)
//   people                           one skeleton per name part: Arabic parts keep their vowels,
//                                     foreign parts lose them (بلينكن = بلينكين, أنتوني = أنطوني)
//   aliases with a ref                the key of the full name they stand for (MPMD, المفوضية)
//   homograph place names             the reading's gazetteer id: the mention's sense, or the
//                                     reading its marks fix (عمّان); else left open for link.ts
import type { EntityType, Mention } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import {
  analyzeWord,
  lexiconTables,
  lookupPhrase,
  phraseWords,
  LEX_NATIONALITY,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  letterMarks,
  type PhraseHit,
} from './lexicon.js';
import { arabicSkeleton, foreignSkeleton, withoutArticle } from './skeleton.js';
import { KNOWN_ORGS } from '../lang/ar/gazetteer.js';

export interface MentionKey {
  type: EntityType;
  key: string;
  gaz: PhraseHit | null;
  /** A family name alone or particle + family name (بلينكن، دي مايو): may stand for a full name. */
  short: boolean;
  /** Name parts (people: skeletons) or words (others), in order. */
  units: string[];
  /** The trigger word that heads the name (مخيم، تنظيم), when there is one. */
  head: string | null;
  /** The string near-miss spelling is measured on. */
  skel: string;
  /**
   * A homograph place name whose document did not tell its reading (عمان: Oman or Amman):
   * the readings' gazetteer entries, the first the default. linkMentions picks one.
   */
  readings?: PhraseHit[];
}

const PARTICLE_FOLD = new Map([
  ['ابن', 'بن'],
  ['دى', 'دي'],
]);

/** The words of a mention's text (quotes, brackets and other punctuation dropped), first word without its proclitic. */
export function mentionWords(text: string): string[] {
  const ws: string[] = [];
  for (const t of tokenize(text)) if (t.kind === 'word' || t.kind === 'number') ws.push(t.norm);
  if (ws.length > 0) ws[0] = firstWord(ws[0]!);
  return ws;
}

function firstWord(w: string): string {
  const a = analyzeWord(w);
  if (a.strip > 0) return a.key;
  if (w.startsWith('لل') && w.length >= 5) return `ال${w.slice(2)}`;
  let k = 0;
  if (w[k] === 'و' || w[k] === 'ف') k++;
  if (w[k] === 'ب' || w[k] === 'ك' || w[k] === 'ل') k++;
  return k > 0 && w.startsWith('ال', k) && w.length - k >= 5 ? w.slice(k) : w;
}

let purposeAliases: Map<string, string> | null = null;

/** "X ضد Y" spellings of known organizations, keyed by X and Y's id (التحالف الدولي ضد داعش). */
function aliasesByPurpose(): Map<string, string> {
  if (purposeAliases) return purposeAliases;
  const t = lexiconTables();
  purposeAliases = new Map();
  for (const row of KNOWN_ORGS) {
    const id = `ORG:${phraseWords(row[0]!).join(' ')}`;
    for (const v of row) {
      const ws = phraseWords(v);
      const p = ws.findIndex((w, i) => i > 0 && t.purposeWords.has(w));
      if (p < 0) continue;
      const obj = lookupPhrase(ws.slice(p + 1));
      if (obj) purposeAliases.set(`${ws.slice(0, p).join(' ')}|${obj.id}`, id);
    }
  }
  return purposeAliases;
}

/** The key of an organization's words, or the gazetteer entry they name. */
export function orgKey(words: readonly string[]): { key: string; gaz: PhraseHit | null } {
  const hit = lookupPhrase(words);
  if (hit) return { key: hit.id, gaz: hit };
  const t = lexiconTables();
  const aff = words.findIndex((w, i) => i > 0 && t.affiliation.has(w));
  if (aff > 0) return orgKey(words.slice(0, aff));
  const p = words.findIndex((w, i) => i > 0 && t.purposeWords.has(w));
  if (p > 0) {
    const head = words.slice(0, p);
    const obj = lookupPhrase(words.slice(p + 1));
    if (obj) {
      const alias = aliasesByPurpose().get(`${head.join(' ')}|${obj.id}`);
      if (alias) return { key: alias, gaz: t.phrases.get(alias.slice(4)) ?? null };
    } else {
      const h = lookupPhrase(head);
      if (h && h.type === 'ORG') return { key: h.id, gaz: h };
    }
    return { key: `ORG:${head.join(' ')} ضد ${obj ? obj.id : words.slice(p + 1).join(' ')}`, gaz: null };
  }
  return { key: `ORG:${words.join(' ')}`, gaz: null };
}

function placeName(words: readonly string[]): string[] {
  return words.map((w) => arabicSkeleton(withoutArticle(w)));
}

function placeKey(words: readonly string[]): MentionKey {
  const t = lexiconTables();
  let ws = words;
  // A model span may include the word for the kind of place (مدينة مراكش).
  while (ws.length > 1 && (analyzeWord(ws[0]!).flags & LEX_PLACE_TRIGGER) !== 0) ws = ws.slice(1);
  const hit = lookupPhrase(ws);
  if (hit) return { type: hit.type, key: hit.id, gaz: hit, short: false, units: [...ws], head: null, skel: '' };
  const single = t.siteDual.get(ws[0]!) ?? (t.siteStrength.has(ws[0]!) ? ws[0]! : null);
  if (single !== null && ws.length > 1) {
    const rest = ws.slice(1);
    const known = lookupPhrase(rest);
    if (known) return { type: 'LOC', key: `LOC:site:${single}:${known.id}`, gaz: null, short: false, units: [...ws], head: single, skel: '' };
    const name = placeName(rest);
    return { type: 'LOC', key: `LOC:n:${name.join(' ')}`, gaz: null, short: false, units: name, head: single, skel: name.join('') };
  }
  const name = placeName(ws);
  return { type: 'LOC', key: `LOC:n:${name.join(' ')}`, gaz: null, short: false, units: name, head: null, skel: name.join('') };
}

function personKey(words: readonly string[]): MentionKey {
  const t = lexiconTables();
  let ws = words.map((w) => PARTICLE_FOLD.get(w) ?? w);
  while (ws.length > 1 && (analyzeWord(ws[0]!).flags & (LEX_PERSON_TITLE | LEX_NATIONALITY)) !== 0) ws = ws.slice(1);
  const particle = (w: string): boolean => t.arabicParticles.has(w) || t.foreignParticles.has(w);
  const units = ws.map((w, i) => {
    if (particle(w)) return w;
    const prev = i > 0 ? ws[i - 1]! : '';
    const arabic = t.arabicGiven.has(w) || t.arabicParticles.has(prev) || w.startsWith('ال');
    return arabic ? arabicSkeleton(w) : foreignSkeleton(w);
  });
  // A short form: the family name alone, or led by particles (دي مايو، فون دير لاين، بن سلمان).
  const lead = ws[0]!;
  const leadsShort = lead === 'بن' || lead === 'بنت' || t.foreignParticles.has(lead);
  const short = units.length === 1 || (leadsShort && ws.slice(0, -1).every(particle));
  const key = `PER:${units.join(' ')}`;
  return { type: 'PER', key, gaz: null, short, units, head: null, skel: units.join('') };
}

/** The key of a known place or organization's gazetteer entry. */
export function gazetteerKey(hit: PhraseHit, units: string[]): MentionKey {
  return { type: hit.type, key: hit.id, gaz: hit, short: false, units, head: null, skel: '' };
}

/**
 * A homograph place name (عمان، سيول): the reading the mention's document gave it (sense),
 * or that its marks fix (عمّان); else, with one place reading, that one; else undecided.
 */
function homographKey(m: Mention, hit: PhraseHit, words: string[]): MentionKey {
  const t = lexiconTables();
  const hg = t.homographs.get(hit.homograph!)!;
  const places = hg.readings.filter((r) => r.hit !== null).map((r) => r.hit!);
  const bySense = places.find((p) => p.id === m.sense);
  if (bySense) return gazetteerKey(bySense, words);
  const letters = letterMarks(m.text.trim()).filter((l) => l.letter.trim() !== '');
  const off = Math.max(0, letters.length - letterMarks(hg.key).length);
  for (const r of hg.readings) {
    if (r.hit && r.marked.some((spec) => spec.length > 0 && spec.every((x) => letters[off + x.at]?.marks.includes(x.mark)))) {
      return gazetteerKey(r.hit, words);
    }
  }
  if (places.length === 1) return gazetteerKey(places[0]!, words);
  return { type: 'LOC', key: hit.id, gaz: null, short: false, units: words, head: null, skel: '', readings: places };
}

/** The linking key of one mention. */
export function mentionKey(m: Mention): MentionKey {
  // An alias or acronym is keyed by the full name it stands for in its document.
  if (m.ref && m.ref !== m.text) {
    const { ref, ...rest } = m;
    return mentionKey({ ...rest, text: ref });
  }
  const words = mentionWords(m.text);
  if (words.length === 0) return { type: m.type, key: `${m.type}:${m.text}`, gaz: null, short: false, units: [], head: null, skel: '' };
  const known = lookupPhrase(words);
  if (known?.homograph) return homographKey(m, known, words);
  if (m.type === 'PER') {
    // A known place or organization tagged as a person is still that place or organization.
    if (known) return gazetteerKey(known, words);
    return personKey(words);
  }
  if (m.type === 'LOC') return placeKey(words);
  if (m.type === 'ORG') {
    const { key, gaz } = orgKey(words);
    const head = lexiconTables().orgStrength.has(words[0]!) ? words[0]! : null;
    return { type: gaz ? gaz.type : 'ORG', key, gaz, short: false, units: words, head, skel: gaz ? '' : words.join('') };
  }
  const hit = lookupPhrase(words);
  if (hit) return { type: hit.type, key: hit.id, gaz: hit, short: false, units: words, head: null, skel: '' };
  return { type: 'MISC', key: `MISC:${words.join(' ')}`, gaz: null, short: false, units: words, head: null, skel: '' };
}
