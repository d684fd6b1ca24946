// What happened in a story, drawn from all its reports (issue 5): the kind of event, its
// scene, its day, and who chaired, hosted and took part, each with the reports that say so.
//
//   kind    each report's first event word (src/lang/ar/events.ts) in its title, then its
//           lead; a framing word (أعلن, بيان) only when it names no other kind; the kind
//           most reports support.
//   place   each report's scene: the first LOC of its lead after a preposition of place
//           (في الرياض, في مدينة مراكش), else its first lead LOC; the one most reports give.
//   date    event-date.ts (weekdays resolved against the story's days; weekday conflicts).
//   site    event-site.ts: "off/near <place>" in the leads; the 'place' fact (agreed or in
//           conflict).
//   people  event-roles.ts, over the story's own sentences (not those recalling another
//           event) and the sentences of other stories' reports that recall this one.
import type { Store } from '../store/store.js';
import type { EventKind, Evidence, ReconciledFact, StoryEvent } from './types.js';
import { EVENT_SUFFIXES, EVENT_WORDS, FRAMING_KINDS, SCENE_HEADS, SCENE_PREPOSITIONS } from '../lang/ar/events.js';
import { entityFeature } from '../cluster/story-features.js';
import { copyGroups } from '../cluster/story-detail.js';
import { tokenize } from '../text/tokenize.js';
import { bareForms, PhraseTable, sentenceAt } from './event-words.js';
import { evidenceAt, loadEventDocs, loadRecalls, mentionsOf, type EventDoc } from './event-context.js';
import { reconcileDate } from './event-date.js';
import { siteFacts } from './event-site.js';
import { reconcileParticipants, type RoleSpan } from './event-roles.js';

const kindTable = new PhraseTable<EventKind>(EVENT_WORDS, EVENT_SUFFIXES);
const sceneWords = new Set([...SCENE_PREPOSITIONS, ...SCENE_HEADS].flatMap((w) => bareForms(tokenize(w)[0]!.norm)));
const preposition = new Set(SCENE_PREPOSITIONS.flatMap((w) => bareForms(tokenize(w)[0]!.norm)));

/** The kind one report supports, with its evidence (title evidence indexes the title). */
export function reportKind(e: EventDoc): { kind: EventKind; evidence: Evidence } | null {
  const title = e.doc.title;
  const hits = [
    ...kindTable.findIn(title).map((h) => ({ h, ev: { doc: e.id, text: title.slice(h.start, h.end), start: h.start, end: h.end, sentence: { start: 0, end: title.length, text: title } } })),
    ...kindTable.findIn(e.doc.text.slice(0, e.placeLead)).map((h) => ({ h, ev: evidenceAt(e.doc, h.start, h.end) })),
  ];
  const strong = hits.find((x) => !FRAMING_KINDS.includes(x.h.value)) ?? hits[0];
  return strong ? { kind: strong.h.value, evidence: strong.ev } : null;
}

/** Is the LOC at `start` introduced by a preposition of place, maybe through heads and adjectives (في العاصمة السعودية الرياض)? */
function afterPreposition(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] === 'ب') return true; // بالرياض: the preposition is a proclitic.
  const before = tokenize(text.slice(Math.max(0, start - 60), start)).filter((t) => t.kind === 'word').slice(-3);
  for (let i = before.length - 1; i >= 0; i--) {
    const forms = bareForms(before[i]!.norm);
    if (forms.some((f) => preposition.has(f))) return true;
    // Only a place head (مدينة) or an adjective ending in ي/ية may stand in between.
    if (!forms.some((f) => sceneWords.has(f)) && !/(ي|يه)$/u.test(forms.at(-1)!)) return false;
  }
  return false;
}

/** One report's scene: the mention and its key. */
function reportScene(e: EventDoc): { key: string; start: number; end: number } | null {
  const locs = mentionsOf(e.doc).filter((m) => m.type === 'LOC' && m.start < e.placeLead && !e.recallSentences.has(sentenceAt(e.doc.text, e.doc.sentences, m.start).start)).sort((a, b) => a.start - b.start);
  const i = locs.findIndex((x) => afterPreposition(e.doc.text, x.start));
  // A place right after another one qualifies it (الرياض بالمملكة, روما في إيطاليا): the first is the scene.
  const qualifies = i > 0 && /^\s*(?:في\s+|ب)?$/u.test(e.doc.text.slice(locs[i - 1]!.end, locs[i]!.start).replace(/[،,]/gu, ''));
  const m = i < 0 ? locs[0] : qualifies ? locs[i - 1] : locs[i];
  return m ? { key: entityFeature(m), start: m.start, end: m.end } : null;
}

/** The value most reports support (ties: the earliest seen), with those reports' evidence. */
function majority<T>(votes: ReadonlyArray<{ value: T; id: string; evidence: Evidence }>): { value: T; reports: Evidence[] } | null {
  const by = new Map<string, { value: T; reports: Evidence[] }>();
  for (const v of votes) {
    const k = JSON.stringify(v.value);
    const e = by.get(k) ?? { value: v.value, reports: [] };
    e.reports.push(v.evidence);
    by.set(k, e);
  }
  let best: { value: T; reports: Evidence[] } | null = null;
  for (const e of by.values()) if (!best || e.reports.length > best.reports.length) best = e;
  return best;
}

export async function storyEvent(store: Store, storyId: string): Promise<{ event: StoryEvent; eventFacts: ReconciledFact[] }> {
  const ids = (await store.stories.storyDocs(storyId)).map((m) => m.doc);
  const docs = await loadEventDocs(store, ids);
  const members = new Set(ids);

  const kinds = docs.flatMap((e) => {
    const k = reportKind(e);
    return k ? [{ value: k.kind, id: e.id, evidence: k.evidence }] : [];
  });
  const kind = majority(kinds);

  const scenes = docs.flatMap((e) => {
    const s = reportScene(e);
    return s ? [{ value: s.key, id: e.id, evidence: evidenceAt(e.doc, s.start, s.end) }] : [];
  });
  const scene = majority(scenes);
  let place: StoryEvent['place'] = null;
  if (scene) {
    const names = new Map<string, number>();
    for (const e of docs) for (const m of mentionsOf(e.doc)) if (m.type === 'LOC' && entityFeature(m) === scene.value) names.set(m.text, (names.get(m.text) ?? 0) + 1);
    const name = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? scene.reports[0]!.text;
    place = { value: { key: scene.value, name }, reports: scene.reports };
  }

  const entities = new Set(docs.flatMap((e) => e.features.entities));
  const ownDates = docs.map((e) => e.features.eventDate).filter((d): d is string => d !== null);
  const recalls = await loadRecalls(store, members, scene?.value ?? null, entities, ownDates);
  const copies = copyGroups(members, await store.stories.copyPairs(ids), (d) => docs.find((e) => e.id === d)?.features.published ?? null);
  const copyOf = new Map<string, string>();
  for (const [d, c] of copies) if (c.copyOf) copyOf.set(d, c.copyOf.id);
  const { date, facts } = reconcileDate(docs, recalls, copyOf);
  facts.push(...siteFacts(docs, copyOf));

  const spans: RoleSpan[] = [];
  for (const e of docs)
    for (const s of e.doc.sentences.length > 0 ? e.doc.sentences : [{ start: 0, end: e.doc.text.length }])
      if (!e.recallSentences.has(s.start)) spans.push({ doc: e.doc, start: s.start, end: s.end, lead: s.start < e.placeLead });
  for (const r of recalls) spans.push({ doc: r.doc, start: r.sentence.start, end: r.sentence.end, lead: false });
  const participants = reconcileParticipants(spans);

  return {
    event: {
      story: storyId,
      kind: kind ? { value: kind.value, reports: kind.reports } : null,
      place,
      date,
      participants,
    },
    eventFacts: facts,
  };
}
