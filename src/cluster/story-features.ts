// What story clustering needs to know about one document, computed from the document alone
// (never from the rest of the corpus), so that the same document always gives the same
// features whatever else has been ingested:
//   - keys, titleKeys: the stemmed index keys (src/text/stem.ts indexKeys) of body and title;
//   - entities: the document's canonical entity ids (linking), else type + normalized text;
//   - places: the LOC entities of the lead (its first LEAD_SENTENCES sentences), in order;
//   - eventDate: an estimate of when the reported event happened: the publication date when
//     it is known to the day, else the most frequent day- (then month-) precision date of the
//     lead, else the publication date at a coarser precision, else null;
//   - published: the publication date as extracted.
import type { DateMention, Extraction, Mention, Span, StoredDoc } from '../types.js';
import { mentionKey } from '../extract/link-keys.js';
import { datesCompatible } from './story-dates.js';
import { splitSentences } from '../text/sentences.js';

/** One document as story clustering sees it. */
export interface StoryDoc {
  id: string;
  keys: string[];
  titleKeys: string[];
  /** Entity ids (or type-prefixed normalized entity texts). */
  entities: string[];
  /** Entities of the places named in the lead, in order of first mention (places[0]: the dateline or scene). */
  places: string[];
  /** ISO date, to day (2025-03-16) or month (2025-03) precision; null when unknown. */
  eventDate: string | null;
  /** The publication date as extracted (any precision); null when unknown. */
  published: string | null;
  /** Day- and month-precision dates the document mentions (to link a report that recalls an earlier event). */
  dates?: string[];
  /** When eventDate is null: the '--MM-DD' month-days without a year its lead gives (DateMention.monthDay). */
  monthDays?: string[];
  /**
   * Earlier events the report recalls: each sentence naming a day or month that cannot be
   * its own event's, with the entity features of that sentence ("In June 2021 Blinken and
   * Di Maio chaired the meeting in Rome"). Only for a report whose event date is known.
   */
  recalls?: Array<{ date: string; entities: string[] }>;
}

/** How many sentences of the body count as its lead (dates and places of the event). */
export const LEAD_SENTENCES = 3;

const splitKeys = (s: string | undefined): string[] => (s ?? '').split(' ').filter((k) => k.length > 0);

/**
 * The entity feature of a mention: its linking key (gazetteer id, name skeletons: the same
 * for بلينكن and بلينكين), a function of the mention alone. Not the store's entity id: that
 * comes from linking over the whole store and may change as documents arrive, and features
 * frozen at ingest must equal the ones a recluster computes.
 */
export function entityFeature(m: Mention): string {
  const k = mentionKey(m);
  return k.key.startsWith(`${k.type}:`) ? k.key : `${k.type}:${k.key}`;
}

/**
 * The end offset of the lead: the end of the LEAD_SENTENCES-th sentence; `wide` extends it
 * to the end of the first paragraph when that comes later (for dates).
 */
export function leadEnd(text: string, sentences: readonly Span[] | undefined, wide: boolean): number {
  const sents = sentences && sentences.length > 0 ? sentences : splitSentences(text);
  const bySentences = sents.length > 0 ? sents[Math.min(LEAD_SENTENCES, sents.length) - 1]!.end : text.length;
  const para = text.indexOf('\n');
  return wide && para > bySentences ? para : bySentences;
}

/**
 * The event date estimate: the publication date at day precision; else the most frequent
 * day-precision date of the lead (ties: the latest), else its most frequent month-precision
 * date; else the publication date at month precision; else null.
 */
export function estimateEventDate(extraction: Pick<Extraction, 'dates' | 'published'> | null | undefined, lead: number): string | null {
  if (!extraction) return null;
  const pub = extraction.published;
  if (pub && pub.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/u.test(pub.date)) return pub.date;
  const inLead = extraction.dates.filter((d: DateMention) => d.value !== null && d.start < lead);
  for (const precision of ['day', 'month'] as const) {
    const counts = new Map<string, number>();
    for (const d of inLead) if (d.precision === precision) counts.set(d.value!, (counts.get(d.value!) ?? 0) + 1);
    let best: string | null = null;
    let bestN = 0;
    for (const [v, n] of counts) if (n > bestN || (n === bestN && best !== null && v > best)) [best, bestN] = [v, n];
    if (best !== null) return best;
  }
  if (pub && pub.precision === 'month' && /^\d{4}-\d{2}$/u.test(pub.date)) return pub.date;
  return null;
}

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** { recalls } for the sentences of a dated report that name another event's day or month. */
function recalledEvents(x: Extraction | null, text: string, sentences: readonly Span[] | undefined, eventDate: string | null): { recalls?: StoryDoc['recalls'] } {
  if (!x || eventDate === null) return {};
  const sents = sentences && sentences.length > 0 ? sentences : splitSentences(text);
  const out: NonNullable<StoryDoc['recalls']> = [];
  for (const d of x.dates) {
    if (d.value === null || (d.precision !== 'day' && d.precision !== 'month') || datesCompatible(d.value, eventDate)) continue;
    const sent = sents.find((s) => s.start <= d.start && d.start < s.end);
    if (!sent) continue;
    const entities = sortedUnique(x.mentions.filter((m) => m.start >= sent.start && m.end <= sent.end).map(entityFeature));
    if (entities.length > 0) out.push({ date: d.value, entities });
  }
  return out.length > 0 ? { recalls: out } : {};
}

/** { monthDays } when the event date is unknown and the lead gives days and months without a year. */
function leadMonthDays(x: Extraction | null, lead: number): { monthDays?: string[] } {
  if (!x || estimateEventDate(x, lead) !== null) return {};
  const mds = sortedUnique(x.dates.filter((d) => d.monthDay !== undefined && d.start < lead).map((d) => d.monthDay!));
  return mds.length > 0 ? { monthDays: mds } : {};
}

/**
 * Story features of a document from its parts. `entityIds`, when given, replaces the entity
 * features read from the extraction's mentions (e.g. ids from a linkMentions run).
 */
export function storyDocFromParts(p: {
  id: string;
  text: string;
  keys: string | string[];
  titleKeys?: string | string[];
  sentences?: readonly Span[];
  extraction?: Extraction | null;
  entityIds?: readonly string[];
}): StoryDoc {
  const x = p.extraction ?? null;
  const lead = leadEnd(p.text, p.sentences, true);
  const placeLead = leadEnd(p.text, p.sentences, false);
  const mentions = x ? [...x.mentions, ...(x.titleMentions ?? [])] : [];
  const entities = p.entityIds ? sortedUnique(p.entityIds) : sortedUnique(mentions.map(entityFeature));
  const places = [
    ...new Set(
      (x?.mentions ?? [])
        .filter((m) => m.type === 'LOC' && m.start < placeLead)
        .sort((a, b) => a.start - b.start)
        .map(entityFeature),
    ),
  ];
  return {
    id: p.id,
    keys: Array.isArray(p.keys) ? [...p.keys] : splitKeys(p.keys),
    titleKeys: Array.isArray(p.titleKeys) ? [...p.titleKeys] : splitKeys(p.titleKeys),
    entities,
    places,
    eventDate: estimateEventDate(x, lead),
    published: x?.published?.date ?? null,
    ...leadMonthDays(x, lead),
    ...recalledEvents(x, p.text, p.sentences, estimateEventDate(x, lead)),
    dates: sortedUnique((x?.dates ?? []).filter((d) => d.value !== null && (d.precision === 'day' || d.precision === 'month')).map((d) => d.value!)),
  };
}

/** Story features of a stored document. */
export function storyDocFromStored(d: StoredDoc, entityIds?: string[]): StoryDoc {
  return storyDocFromParts({
    id: d.id,
    text: d.text,
    keys: d.keys,
    titleKeys: d.titleKeys ?? '',
    sentences: d.sentences,
    extraction: d.extraction ?? null,
    ...(entityIds ? { entityIds } : {}),
  });
}
