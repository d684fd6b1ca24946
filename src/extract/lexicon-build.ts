// Compiles the lexicon once, on first use: the gazetteer tables (src/lang/ar/), country
// names from the runtime's ICU data, and the name tokens of models/names.json, into one Map
// of word flags and one token trie of phrases. Everything is keyed by match keys
// (normalizeForMatch), so spelling variants of one letter need no entries of their own.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import * as G from '../lang/ar/gazetteer.js';
import * as NM from '../lang/ar/gazetteer-names.js';
import { COUNTED_NOUNS, CURRENCIES } from '../lang/ar/units.js';
import { foreignSkeleton } from './skeleton.js';

// Word flags. The first nine are the tagger's features (keep them stable); the rest are
// what entity finding needs besides.
export const LEX_GIVEN_NAME = 1 << 0;
export const LEX_NAME_TOKEN = 1 << 1;
export const LEX_COUNTRY = 1 << 2;
export const LEX_CITY = 1 << 3;
export const LEX_REGION = 1 << 4;
export const LEX_ORG_TRIGGER = 1 << 5;
export const LEX_PERSON_TITLE = 1 << 6;
export const LEX_SITE_TRIGGER = 1 << 7;
export const LEX_NATIONALITY = 1 << 8;
/** A word that names a kind of place (مدينة، محافظة): the name after it is a place. */
export const LEX_PLACE_TRIGGER = 1 << 9;
/** بن، آل، دي، فان ...: joins the next word to a name. */
export const LEX_NAME_PARTICLE = 1 << 10;
/** A one-word known organization or agency (داعش، الإنتربول، رويترز). */
export const LEX_KNOWN_ORG = 1 << 11;
/** A word of a multi-word place or organization name (الولايات، المتحدة). */
export const LEX_IN_PHRASE = 1 << 12;
/** A function word or frequent verb/noun: never part of a name. */
export const LEX_STOP = 1 << 13;
/** A given name that is also an everyday word (أمل، سعيد). */
export const LEX_NAME_ALSO_WORD = 1 << 14;
/** A place name that is also an everyday word (مالي، جدة). */
export const LEX_AMBIGUOUS_PLACE = 1 << 15;
/** Set by lookups when the flags were found after stripping a proclitic (و ف ب ل ك لل). */
export const LEX_VIA_CLITIC = 1 << 16;

export type PhraseKind = 'country' | 'city' | 'region' | 'org' | 'agency';

/** A known place or organization, as the trie and linking see it. */
export interface PhraseHit {
  type: EntityType;
  kind: PhraseKind;
  /** Canonical id: LOC:SA, LOC:city:الرياض, ORG:تنظيم الدوله الاسلاميه ... */
  id: string;
  /** Display name of the canonical entity. */
  name: string;
  /** A one-word place that is also an everyday word: tagged only in a place context. */
  ambiguous: boolean;
  /** A name with several readings (see Homograph): the key of its entry in Tables.homographs. */
  homograph?: string;
}

/** One reading of a homograph place name, compiled. */
export interface CompiledReading {
  /** The place this reading names, or null for the everyday word. */
  hit: PhraseHit | null;
  /** Marked spellings that fix the reading: per spelling, the marks each letter must carry. */
  marked: Array<Array<{ at: number; mark: string }>>;
}

/** A place name that reads several ways (gazetteer PLACE_HOMOGRAPHS), compiled. */
export interface Homograph {
  key: string;
  readings: CompiledReading[];
  /** True when one reading is an everyday word. */
  common: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  hit: PhraseHit | null;
}

export interface Tables {
  words: Map<string, number>;
  root: Map<string, TrieNode>;
  phrases: Map<string, PhraseHit>;
  names: Map<string, number>;
  orgStrength: Map<string, 'strong' | 'weak'>;
  siteStrength: Map<string, 'strong' | 'weak'>;
  siteDual: Map<string, string>;
  purposeWords: Set<string>;
  purposeHeads: Set<string>;
  affiliation: Set<string>;
  roleWords: Set<string>;
  placeContext: Set<string>;
  arabicGiven: Set<string>;
  arabicParticles: Set<string>;
  foreignParticles: Set<string>;
  maqsura: Set<string>;
  notNames: Set<string>;
  namesFile: string | null;
  /** Homograph place names by match key. */
  homographs: Map<string, Homograph>;
  /** Evidence words (match keys, every form) → the homograph readings they support. */
  homographEvidence: Map<string, Array<{ homograph: string; reading: number }>>;
  /** Words of currency names and counted nouns (units.ts), and the words that head them. */
  unitWords: Set<string>;
  unitHeads: Set<string>;
  /** Foreign skeletons (4 letters or more) of the listed foreign given names. */
  foreignGivenSkeletons: Set<string>;
  complementHeads: Set<string>;
  notNameAdjectives: Set<string>;
  /** Organization words (with and without the article) an adjective alone only describes. */
  descriptiveHeads: Set<string>;
  /** Adjectives that are not relational but name institutions all the same (العامة، العليا). */
  orgAdjectives: Set<string>;
  aliasCues: Set<string>;
  geoFeatures: Set<string>;
  placeListTriggers: Set<string>;
}

/** Marks that fix a reading (shadda, short vowels, sukun), with the letter they sit on. */
export function letterMarks(word: string): Array<{ letter: string; marks: string }> {
  const out: Array<{ letter: string; marks: string }> = [];
  for (const ch of word) {
    if (ch === '\u0640') continue; // tatweel
    if (/\p{M}/u.test(ch)) {
      if (out.length > 0) out[out.length - 1]!.marks += ch;
    } else out.push({ letter: ch, marks: '' });
  }
  return out;
}

export const key = (s: string): string => normalizeForMatch(s.trim());

/** The match keys of the words of a phrase (punctuation dropped). */
export function phraseWords(s: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(s)) if (t.kind === 'word' || t.kind === 'number') out.push(t.norm);
  return out;
}

/** models/names.json, found by walking up from this module (src/extract or dist/src/extract). */
export function namesFilePath(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const p = path.join(dir, 'models', 'names.json');
    if (existsSync(p)) return p;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

function loadNames(): { file: string | null; tokens: Record<string, number> } {
  const file = namesFilePath();
  if (file === null) {
    process.emitWarning('rasd: models/names.json not found; person names are found from titles and the gazetteer only');
    return { file: null, tokens: {} };
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as { tokens?: Record<string, number> };
  return { file, tokens: json.tokens ?? {} };
}

/** Arabic country names from ICU, by code; empty when the runtime has no Arabic locale data. */
function icuCountries(): Array<[string, string]> {
  let dn: Intl.DisplayNames;
  try {
    dn = new Intl.DisplayNames('ar', { type: 'region' });
  } catch {
    return [];
  }
  if (!/[\u0621-\u064a]/u.test(dn.of('SA') ?? '')) return [];
  const skip = new Set(G.NON_COUNTRY_CODES);
  const out: Array<[string, string]> = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (skip.has(code)) continue;
      let name: string | undefined;
      try {
        name = dn.of(code);
      } catch {
        continue;
      }
      if (!name || name === code) continue;
      // "ميانمار (بورما)" gives both names; "الكونغو - كينشاسا" is written without the dash.
      const paren = /^(.*?)\s*\((.*)\)\s*$/u.exec(name);
      const names = paren ? [paren[1]!, paren[2]!] : [name];
      for (const n of names) out.push([code, n.replace(/\s+-\s+/gu, ' ').trim()]);
    }
  }
  return out;
}

/** The flexions of a nationality adjective: السعودي، السعودية، السعوديون، السعوديين ... */
function nationalityForms(base: string): string[] {
  const forms = [base, `${base}ة`, `${base}ون`, `${base}ين`, `${base}ان`, `${base}تان`, `${base}تين`, `${base}ات`];
  return [...forms, ...forms.map((f) => `ال${f}`)].map(key);
}

export function buildTables(): Tables {
  const words = new Map<string, number>();
  const root = new Map<string, TrieNode>();
  const phrases = new Map<string, PhraseHit>();
  const flag = (w: string, f: number): void => {
    if (w.length > 0) words.set(w, (words.get(w) ?? 0) | f);
  };
  const ambiguous = new Set(G.AMBIGUOUS_PLACES.map(key));
  const KIND_FLAG: Record<PhraseKind, number> = {
    country: LEX_COUNTRY,
    city: LEX_CITY,
    region: LEX_REGION,
    org: LEX_KNOWN_ORG,
    agency: LEX_KNOWN_ORG,
  };
  const addPhrase = (text: string, base: Omit<PhraseHit, 'ambiguous'>): void => {
    const ws = phraseWords(text);
    if (ws.length === 0) return;
    const k = ws.join(' ');
    const isAmbiguous = ambiguous.has(k) && base.type === 'LOC';
    const hit: PhraseHit = { ...base, ambiguous: isAmbiguous };
    if (ws.length === 1) flag(ws[0]!, KIND_FLAG[base.kind] | (isAmbiguous ? LEX_AMBIGUOUS_PLACE : 0));
    else for (const w of ws) flag(w, LEX_IN_PHRASE);
    if (!phrases.has(k)) phrases.set(k, hit);
    let level = root;
    let node: TrieNode | undefined;
    for (const w of ws) {
      node = level.get(w);
      if (!node) level.set(w, (node = { next: null, hit: null }));
      level = node.next ??= new Map();
    }
    if (node && !node.hit) node.hit = hit;
  };

  // Places: the gazetteer's spellings first (their first spelling names the entity), then ICU's.
  const countryName = new Map<string, string>();
  for (const [iso, ...names] of G.COUNTRY_VARIANTS) {
    countryName.set(iso, names[0]!);
    for (const n of names) addPhrase(n, { type: 'LOC', kind: 'country', id: `LOC:${iso}`, name: names[0]! });
  }
  for (const [iso, n] of icuCountries()) {
    if (!countryName.has(iso)) countryName.set(iso, n);
    addPhrase(n, { type: 'LOC', kind: 'country', id: `LOC:${iso}`, name: countryName.get(iso)! });
  }
  for (const row of G.CITIES) {
    for (const n of row) addPhrase(n, { type: 'LOC', kind: 'city', id: `LOC:city:${key(row[0]!)}`, name: row[0]! });
  }
  for (const row of [...G.REGIONS, ...G.PROVINCES]) {
    for (const n of row) addPhrase(n, { type: 'LOC', kind: 'region', id: `LOC:region:${key(row[0]!)}`, name: row[0]! });
  }
  for (const row of G.KNOWN_ORGS) {
    for (const n of row) addPhrase(n, { type: 'ORG', kind: 'org', id: `ORG:${phraseWords(row[0]!).join(' ')}`, name: row[0]! });
  }
  for (const row of G.AGENCIES) {
    for (const n of row) addPhrase(n, { type: 'ORG', kind: 'agency', id: `ORG:${phraseWords(row[0]!).join(' ')}`, name: row[0]! });
  }

  // Homographs: the phrase names an entry of its own; each reading keeps its place's hit.
  const homographs = new Map<string, Homograph>();
  const homographEvidence = new Map<string, Array<{ homograph: string; reading: number }>>();
  for (const h of G.PLACE_HOMOGRAPHS) {
    const k = phraseWords(h.name).join(' ');
    const readings: CompiledReading[] = h.readings.map((r) => {
      let hit: PhraseHit | null = null;
      if (r.place && 'country' in r.place) {
        const iso = r.place.country;
        hit = { type: 'LOC', kind: 'country', id: `LOC:${iso}`, name: countryName.get(iso) ?? iso, ambiguous: false };
      } else if (r.place && 'city' in r.place) {
        hit = { type: 'LOC', kind: 'city', id: `LOC:city:${key(r.place.city)}`, name: r.place.city, ambiguous: false };
      } else if (r.place && 'region' in r.place) {
        hit = { type: 'LOC', kind: 'region', id: `LOC:region:${key(r.place.region)}`, name: r.place.region, ambiguous: false };
      }
      const marked = (r.marked ?? []).map((m) =>
        letterMarks(m).flatMap((l, at) => [...l.marks].map((mark) => ({ at, mark }))),
      );
      return { hit, marked };
    });
    const common = readings.some((r) => r.hit === null);
    homographs.set(k, { key: k, readings, common });
    h.readings.forEach((r, reading) => {
      for (const w of r.evidence) {
        const base = key(w);
        const forms = base.endsWith('ي') ? nationalityForms(base) : [base];
        for (const f of forms) {
          const list = homographEvidence.get(f) ?? [];
          if (!list.some((x) => x.homograph === k && x.reading === reading)) list.push({ homograph: k, reading });
          homographEvidence.set(f, list);
        }
      }
    });
    const first = readings.find((r) => r.hit !== null)?.hit;
    if (!first) continue;
    const hit: PhraseHit = { type: 'LOC', kind: first.kind, id: `LOC:?:${k}`, name: h.name, ambiguous: common, homograph: k };
    phrases.set(k, hit);
    let level = root;
    let node: TrieNode | undefined;
    for (const w of k.split(' ')) {
      node = level.get(w);
      if (!node) level.set(w, (node = { next: null, hit: null }));
      level = node.next ??= new Map();
    }
    node!.hit = hit;
    if (!k.includes(' ')) flag(k, KIND_FLAG[first.kind] | (common ? LEX_AMBIGUOUS_PLACE : 0));
  }

  // Trigger words.
  for (const n of G.NATIONALITIES) for (const f of nationalityForms(key(n))) if (!f.includes(' ')) flag(f, LEX_NATIONALITY);
  for (const t of G.PERSON_TITLES) {
    const k = key(t);
    flag(k, LEX_PERSON_TITLE);
    if (!k.startsWith('ال')) flag(`ال${k}`, LEX_PERSON_TITLE);
  }
  const orgStrength = new Map<string, 'strong' | 'weak'>();
  for (const [t, s] of G.ORG_TRIGGERS) {
    const k = key(t);
    for (const f of [k, `ال${k}`]) {
      flag(f, LEX_ORG_TRIGGER);
      orgStrength.set(f, s);
    }
  }
  const siteStrength = new Map<string, 'strong' | 'weak'>();
  for (const [t, s] of G.SITE_TRIGGERS) {
    flag(key(t), LEX_SITE_TRIGGER);
    siteStrength.set(key(t), s);
  }
  const siteDual = new Map<string, string>();
  for (const [dual, single] of G.SITE_TRIGGER_DUALS) {
    flag(key(dual), LEX_SITE_TRIGGER);
    siteDual.set(key(dual), key(single));
  }
  for (const t of G.PLACE_TRIGGERS) flag(key(t), LEX_PLACE_TRIGGER);

  // Names: Wikidata's tokens, then the hand-written given names and particles.
  const notNames = new Set(NM.NOT_NAME_TOKENS.map(key));
  const loaded = loadNames();
  const names = new Map<string, number>();
  for (const [raw, count] of Object.entries(loaded.tokens)) {
    const k = key(raw);
    names.set(k, (names.get(k) ?? 0) + count);
  }
  for (const k of names.keys()) if (!notNames.has(k)) flag(k, LEX_NAME_TOKEN);
  const arabicGiven = new Set(NM.ARABIC_GIVEN_NAMES.map(key));
  for (const k of arabicGiven) flag(k, LEX_GIVEN_NAME | LEX_NAME_TOKEN);
  const foreignSkeletons = new Set<string>();
  for (const n of NM.FOREIGN_GIVEN_NAMES) {
    const k = key(n);
    flag(k, LEX_GIVEN_NAME | LEX_NAME_TOKEN);
    const s = foreignSkeleton(k);
    if (s.length >= 3) foreignSkeletons.add(s);
  }
  // Spelling variants of a listed foreign given name that Wikidata knows (أنطوني beside أنتوني).
  const PLACE_OR_ORG = LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_KNOWN_ORG;
  for (const k of names.keys()) {
    // ... but not a place that looks like one (فرنسا beside فرانسوا).
    if ((words.get(k) ?? 0) & PLACE_OR_ORG) continue;
    if (k.length >= 3 && !notNames.has(k) && !arabicGiven.has(k) && foreignSkeletons.has(foreignSkeleton(k))) {
      flag(k, LEX_GIVEN_NAME);
    }
  }
  for (const n of NM.GIVEN_NAMES_ALSO_WORDS) flag(key(n), LEX_NAME_ALSO_WORD);
  for (const p of NM.NAME_PARTICLES) {
    const k = key(p);
    words.set(k, ((words.get(k) ?? 0) & ~(LEX_NAME_TOKEN | LEX_GIVEN_NAME)) | LEX_NAME_PARTICLE);
  }
  const maqsura = new Set(NM.ALIF_MAQSURA_FUNCTION_WORDS.map(key));
  for (const w of NM.NAME_STOPWORDS) {
    const k = key(w);
    // على and علي share a key: the written ى decides, token by token (see tokenFlags).
    if (maqsura.has(k) && ((words.get(k) ?? 0) & LEX_GIVEN_NAME) !== 0) continue;
    words.set(k, ((words.get(k) ?? 0) & ~(LEX_NAME_TOKEN | LEX_GIVEN_NAME)) | LEX_STOP);
  }

  const set = (xs: readonly string[]): Set<string> => new Set(xs.map(key));
  const unitWords = new Set<string>();
  const unitHeads = new Set<string>();
  const unit = (phrase: string): void => {
    const ws = phraseWords(phrase);
    if (ws.length > 0) unitHeads.add(ws[0]!);
    for (const w of ws) unitWords.add(w);
  };
  for (const [phrase] of CURRENCIES) unit(phrase);
  for (const [, forms] of COUNTED_NOUNS) for (const f of forms) unit(f);
  const foreignGivenSkeletons = new Set([...foreignSkeletons].filter((x) => x.length >= 4));
  const purposeHeads = new Set<string>();
  for (const h of G.ORG_PURPOSE_HEADS) purposeHeads.add(key(h)).add(`ال${key(h)}`);
  return {
    words,
    root,
    phrases,
    names,
    orgStrength,
    siteStrength,
    siteDual,
    purposeWords: set(G.ORG_PURPOSE_WORDS),
    purposeHeads,
    affiliation: set(G.ORG_AFFILIATION_WORDS),
    roleWords: set(G.ROLE_WORDS),
    placeContext: set(G.PLACE_CONTEXT),
    arabicGiven,
    arabicParticles: set(NM.ARABIC_NAME_PARTICLES),
    foreignParticles: set(NM.FOREIGN_NAME_PARTICLES),
    maqsura,
    notNames,
    namesFile: loaded.file,
    homographs,
    homographEvidence,
    unitWords,
    unitHeads,
    foreignGivenSkeletons,
    complementHeads: set(G.ORG_COMPLEMENT_HEADS),
    notNameAdjectives: set(G.NOT_NAME_ADJECTIVES),
    orgAdjectives: set(G.ORG_ADJECTIVES),
    descriptiveHeads: new Set(G.ORG_DESCRIPTIVE_HEADS.flatMap((w) => [key(w), `ال${key(w)}`])),
    aliasCues: set(G.ALIAS_CUES),
    geoFeatures: set(G.GEO_FEATURES),
    placeListTriggers: set(G.PLACE_LIST_TRIGGERS),
  };
}
