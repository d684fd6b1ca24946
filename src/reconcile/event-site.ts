// Where exactly the event happened, as each report's lead says it relative to a named place
// (قبالة سواحل زوارة, قرب حمص: src/lang/ar/events.ts SITE_RELATIONS), and the 'place' fact:
// agreed when the reports name one place for a relation, in conflict when they name two.
//
// Only these relational phrases are compared, never a report's scene as such: a report
// written from another city (a dateline, an embassy's statement, a minister's visit) names
// other places in its lead without contradicting anyone. A country never contradicts a
// town (قبالة سواحل ليبيا and قبالة زوارة agree), and only a report's first site phrase
// for a relation counts, so that a sentence comparing with another place does not.
import { tokenize } from '../text/tokenize.js';
import { SITE_HEADS, SITE_RELATIONS } from '../lang/ar/events.js';
import { entityFeature } from '../cluster/story-features.js';
import type { Mention } from '../types.js';
import type { ReconciledFact } from './types.js';
import { bareForms, PhraseTable, sentenceAt } from './event-words.js';
import { evidenceAt, mentionsOf, type EventDoc } from './event-context.js';

const relations = new PhraseTable<string>(SITE_RELATIONS);
const heads = new Set(SITE_HEADS.flatMap((w) => bareForms(tokenize(w)[0]!.norm)));
/** Words between the phrase and the place: at most this many, all heads. */
const MAX_HEADS = 2;
/**
 * An untagged word after a site head names the place when it is not an adjective or a
 * common noun with the article (السواحل الليبية, سواحل البلاد): no ال, no nisba ending.
 */
const looksLikeName = (word: string): boolean => !/^(?:ال|لل)/u.test(word) && !/(?:ي|ية|يه|يين|يون)$/u.test(word);
/** A country's entity feature (LOC:LY): coarser than any town, so it contradicts none. */
const COUNTRY = /^LOC:[A-Z]{2}$/u;

export interface Site {
  doc: string;
  relation: string;
  /** The place's entity feature, and its name as written. */
  key: string;
  name: string;
  evidence: ReturnType<typeof evidenceAt>;
}

/** A report's sites: for each relation, the first phrase of its lead followed by a place. */
export function reportSites(e: EventDoc): Site[] {
  const lead = e.doc.text.slice(0, e.placeLead);
  const tokens = tokenize(lead);
  const locs = mentionsOf(e.doc).filter((m) => m.type === 'LOC' && m.start < e.placeLead);
  const out = new Map<string, Site>();
  for (const hit of relations.find(tokens)) {
    if (out.has(hit.value) || e.recallSentences.has(sentenceAt(e.doc.text, e.doc.sentences, hit.start).start)) continue;
    // The place: a LOC mention starting at one of the next tokens, past heads only; or,
    // after a head (سواحل, مدينة), the next word even untagged, when it reads as a name.
    let headSeen = bareForms(tokens[hit.endToken - 1]!.norm).some((f) => heads.has(f)); // قبالة سواحل
    for (let k = hit.endToken, n = 0; k < tokens.length && n <= MAX_HEADS; k++, n++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') break;
      const tagged = locs.find((m) => m.start >= t.start && m.start < t.end);
      const isHead = bareForms(t.norm).some((f) => heads.has(f));
      const loc: Mention | undefined = tagged ?? (headSeen && !isHead && looksLikeName(t.text) ? { type: 'LOC', text: t.text, start: t.start, end: t.end, via: 'rule' } : undefined);
      if (loc) {
        const key = entityFeature(loc);
        if (!COUNTRY.test(key)) {
          out.set(hit.value, { doc: e.id, relation: hit.value, key, name: loc.text, evidence: evidenceAt(e.doc, hit.start, loc.end) });
        }
        break;
      }
      if (!isHead) break;
      headSeen = true;
    }
  }
  return [...out.values()];
}

/** One 'place' fact per relation the reports use. `copyOf` maps a copy to its original. */
export function siteFacts(docs: readonly EventDoc[], copyOf: ReadonlyMap<string, string>): ReconciledFact[] {
  const byRelation = new Map<string, Site[]>();
  for (const e of docs) {
    for (const s of reportSites(e)) {
      const list = byRelation.get(s.relation);
      if (list) list.push(s);
      else byRelation.set(s.relation, [s]);
    }
  }
  const facts: ReconciledFact[] = [];
  for (const [relation, sites] of [...byRelation].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const names = new Map<string, string>();
    for (const s of sites) if (!names.has(s.key)) names.set(s.key, s.name);
    const reports = sites.map((s) => ({ ...s.evidence, value: s.name }));
    const fact: ReconciledFact = {
      kind: 'place',
      value: names.size === 1 ? sites[0]!.name : null,
      unit: relation,
      subject: null,
      status: names.size === 1 ? 'agreed' : 'conflict',
      sources: new Set(sites.map((s) => copyOf.get(s.doc) ?? s.doc)).size,
      reports,
    };
    if (names.size > 1) {
      fact.sides = [...names].map(([key, name]) => ({ value: name, docs: [...new Set(sites.filter((s) => s.key === key).map((s) => s.doc))].sort() }));
      fact.sides.sort((a, b) => b.docs.length - a.docs.length || (a.value < b.value ? -1 : 1));
    }
    facts.push(fact);
  }
  return facts;
}
