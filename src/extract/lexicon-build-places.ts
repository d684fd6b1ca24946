// The places and organizations of the lexicon: the gazetteer's countries, cities, regions,
// organizations and agencies, the country names of the runtime's ICU data, and the place
// names that read several ways (homographs).
import * as G from '../lang/ar/gazetteer.js';
import {
  KIND_FLAG,
  key,
  LEX_AMBIGUOUS_PLACE,
  LEX_IN_PHRASE,
  letterMarks,
  nationalityForms,
  phraseWords,
  type CompiledReading,
  type Homograph,
  type LexiconBuilder,
  type PhraseHit,
  type Tables,
  type TrieNode,
} from './lexicon-schema.js';

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

/** Known places and organizations, as phrases; returns the name of each country by ISO code. */
export function compilePlaces(b: LexiconBuilder): Map<string, string> {
  const { root, phrases, flag } = b;
  const ambiguous = new Set(G.AMBIGUOUS_PLACES.map(key));
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
  return countryName;
}

/** Homograph place names, and the evidence words for each of their readings. */
export function compileHomographs(
  b: LexiconBuilder,
  countryName: ReadonlyMap<string, string>,
): Pick<Tables, 'homographs' | 'homographEvidence'> {
  const { root, phrases, flag } = b;
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
  return { homographs, homographEvidence };
}
