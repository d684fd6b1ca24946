// Who took part in a story's event, and how. A sentence with a chair cue (ترأس, برئاسة,
// شارك في رئاسة, بدعوة من ...) makes the people within CHAIR_WINDOW words of the cue
// chairs, including those it names by title only ("ترأسه وزير الخارجية الإيطالي ونظيره
// الأمريكي": the persons the story's reports give those roles). A host cue names the
// entity beside it: after a verb (استضافت قطر), before a noun (قطر، البلد المضيف). A person
// named in a report's lead with a title is a participant. One key per person across
// spellings and short forms (بلينكن stands for أنتوني بلينكن when the story has one such).
import type { Mention, StoredDoc, Token } from '../types.js';
import type { Evidence, Participant } from './types.js';
import { CHAIR_CUES, COUNTERPART_WORDS, HOST_NOUNS, HOST_VERBS } from '../lang/ar/events.js';
import { entityFeature } from '../cluster/story-features.js';
import { mentionKey } from '../extract/link-keys.js';
import { tokenize } from '../text/tokenize.js';
import { bareForms, PhraseTable } from './event-words.js';
import { evidenceAt, mentionsOf } from './event-context.js';

/** How many words from a chair cue its chairs may stand. */
export const CHAIR_WINDOW = 8;
/** How many words from a host cue its host may stand. */
export const HOST_WINDOW = 4;

const chairTable = new PhraseTable(CHAIR_CUES.map((c) => [c, true] as const), ['ه', 'ها', 'هما']);
const hostVerbTable = new PhraseTable(HOST_VERBS.map((c) => [c, true] as const), ['ه', 'ها']);
const hostNounTable = new PhraseTable(HOST_NOUNS.map((c) => [c, true] as const));
const counterpartTable = new PhraseTable(COUNTERPART_WORDS.map((c) => [c, true] as const));

/** A stretch of a report to read roles in: a sentence of this story's report, or another story's recalling sentence. */
export interface RoleSpan {
  doc: StoredDoc;
  start: number;
  end: number;
  /** Whether it is the report's lead (titled people there are participants). */
  lead: boolean;
}

type Role = Participant['role'];
const RANK: Record<Role, number> = { chair: 3, host: 2, participant: 1 };

interface Found {
  key: string;
  surface: string | null;
  role: Role;
  evidence: Evidence;
}

/**
 * Short forms (a family name alone) mapped to the one full name of the story they end;
 * null for a lone word the story never gives in full: too weak to hold a role (a tagger's
 * slip on a common word, بمشاركة, looks just like it).
 */
function keyResolver(spans: readonly RoleSpan[]): (m: Mention) => string | null {
  const full = new Map<string, string[]>();
  for (const s of spans)
    for (const m of mentionsOf(s.doc)) {
      if (m.type !== 'PER') continue;
      const k = mentionKey(m);
      if (!k.short) full.set(entityFeature(m), k.units);
    }
  return (m) => {
    const key = entityFeature(m);
    const k = mentionKey(m);
    if (m.type !== 'PER' || !k.short) return key;
    const hits = [...full].filter(([, units]) => units.length > k.units.length && k.units.every((u, i) => units[units.length - k.units.length + i] === u));
    return hits.length === 1 ? hits[0]![0] : null;
  };
}

/** Role titles of the story's people: the folded words of "وزير الخارجية الأمريكي" → that person. */
function titleIndex(spans: readonly RoleSpan[], keyOf: (m: Mention) => string | null): Array<{ words: string[]; key: string; doc: string }> {
  const out: Array<{ words: string[]; key: string; doc: string }> = [];
  const seen = new Set<string>();
  for (const s of spans)
    for (const m of mentionsOf(s.doc)) {
      if (m.type !== 'PER' || !m.role) continue;
      const words = tokenize(m.role).filter((t) => t.kind === 'word').map((t) => bareForms(t.norm).at(-1)!);
      const key = keyOf(m);
      const id = `${s.doc.id} ${words.join(' ')} ${key}`;
      if (key !== null && words.length >= 2 && !seen.has(id)) out.push({ words, key, doc: s.doc.id }), seen.add(id);
    }
  return out;
}

/** The persons a window names by title: a role's first three words, or a counterpart word and an adjective of a role. */
function byTitle(tokens: readonly Token[], from: number, to: number, titles: ReturnType<typeof titleIndex>, doc: string): Array<{ key: string; start: number; end: number }> {
  const words = tokens.map((t) => (t.kind === 'word' ? bareForms(t.norm) : []));
  const pick = (cands: typeof titles): string | null => {
    const own = cands.filter((c) => c.doc === doc);
    const keys = [...new Set((own.length > 0 ? own : cands).map((c) => c.key))];
    return keys.length === 1 ? keys[0]! : null;
  };
  const out: Array<{ key: string; start: number; end: number }> = [];
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    const fits = titles.filter((t) => {
      const n = Math.min(3, t.words.length);
      for (let k = 0; k < n; k++) if (!(words[i + k] ?? []).includes(t.words[k]!)) return false;
      return true;
    });
    const key = pick(fits);
    if (key) out.push({ key, start: tokens[i]!.start, end: tokens[Math.min(i + 2, tokens.length - 1)]!.end });
    const cp = counterpartTable.find(tokens.slice(i, i + 1))[0];
    const adj = words[i + 1];
    if (cp && adj) {
      const k2 = pick(titles.filter((t) => t.words.slice(1).some((w) => adj.includes(w))));
      if (k2) out.push({ key: k2, start: tokens[i]!.start, end: tokens[i + 1]!.end });
    }
  }
  return out;
}

/** Token index of an offset (the first token ending after it). */
const tokenAt = (tokens: readonly Token[], at: number): number => {
  const i = tokens.findIndex((t) => t.end > at);
  return i < 0 ? tokens.length : i;
};

function rolesIn(s: RoleSpan, keyOf: (m: Mention) => string | null, titles: ReturnType<typeof titleIndex>): Found[] {
  const text = s.doc.text.slice(s.start, s.end);
  const tokens = tokenize(text).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
  const ms = mentionsOf(s.doc).filter((m) => m.start >= s.start && m.end <= s.end && keyOf(m) !== null);
  const out: Found[] = [];
  const add = (m: Mention, role: Role, cueStart: number, cueEnd: number): void => {
    const lo = Math.min(m.start, cueStart);
    const hi = Math.max(m.end, cueEnd);
    out.push({ key: keyOf(m)!, surface: mentionKey(m).short ? null : m.text, role, evidence: { ...evidenceAt(s.doc, lo, hi), text: m.text } });
  };
  const conjoined = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && tokens[k]!.norm.startsWith('و') && bareForms(tokens[k]!.norm).length > 1) return true;
    return false;
  };
  for (const cue of chairTable.find(tokens)) {
    const pers = ms.filter((m) => m.type === 'PER').map((m) => ({ m, a: tokenAt(tokens, m.start), b: tokenAt(tokens, m.end - 1) }));
    // Within the window of the cue, or joined by و to a chair already found (a list of co-chairs with their titles).
    let reach = cue.endToken + CHAIR_WINDOW;
    for (const p of pers.filter((x) => x.a >= cue.endToken)) {
      if (p.a >= reach) break;
      add(p.m, 'chair', cue.start, cue.end);
      const next = pers.find((x) => x.a > p.b);
      if (next && conjoined(p.b + 1, next.a)) reach = Math.max(reach, p.b + 1 + CHAIR_WINDOW);
    }
    let floor = cue.token - CHAIR_WINDOW;
    for (const p of pers.filter((x) => x.a < cue.endToken).reverse()) {
      if (p.b < floor) break;
      add(p.m, 'chair', cue.start, cue.end);
      const prev = pers.filter((x) => x.b < p.a).at(-1);
      if (prev && conjoined(prev.b + 1, p.a)) floor = Math.min(floor, p.a - CHAIR_WINDOW);
    }
    for (const t of byTitle(tokens, cue.token - CHAIR_WINDOW, cue.endToken + CHAIR_WINDOW, titles, s.doc.id))
      out.push({ key: t.key, surface: null, role: 'chair', evidence: evidenceAt(s.doc, t.start, t.start + s.doc.text.slice(t.start, t.end).replace(/[\s،,]+$/u, '').length) });
  }
  const hostable = ms.filter((m) => m.type !== 'MISC');
  const near = (cue: { token: number; endToken: number; start: number; end: number }, after: boolean): void => {
    const cands = hostable
      .map((m) => ({ m, a: tokenAt(tokens, m.start), b: tokenAt(tokens, m.end - 1) }))
      .filter((x) => (after ? x.a >= cue.endToken && x.a < cue.endToken + HOST_WINDOW : x.b < cue.token && x.b >= cue.token - HOST_WINDOW));
    const m = after ? cands[0] : cands.at(-1);
    if (m) add(m.m, 'host', cue.start, cue.end);
  };
  for (const cue of hostVerbTable.find(tokens)) {
    const before = out.length;
    near(cue, true);
    if (out.length === before) near(cue, false);
  }
  for (const cue of hostNounTable.find(tokens)) {
    const before = out.length;
    near(cue, false);
    if (out.length === before) near(cue, true);
  }
  if (s.lead) for (const m of ms) if (m.type === 'PER' && m.role) add(m, 'participant', m.start, m.end);
  return out;
}

/** The participants of the event, chairs first, then hosts, then the others; by name within a role. */
export function reconcileParticipants(spans: readonly RoleSpan[]): Participant[] {
  const keyOf = keyResolver(spans);
  const titles = titleIndex(spans, keyOf);
  const found = spans.flatMap((s) => rolesIn(s, keyOf, titles));
  const byKey = new Map<string, Found[]>();
  for (const f of found) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  // Names: the most frequent full surface over every mention of the key in the story.
  const surfaces = new Map<string, Map<string, number>>();
  for (const s of new Set(spans.map((x) => x.doc)))
    for (const m of mentionsOf(s)) {
      if (mentionKey(m).short) continue;
      const k = keyOf(m);
      if (k === null) continue;
      const n = surfaces.get(k) ?? new Map<string, number>();
      n.set(m.text, (n.get(m.text) ?? 0) + 1);
      surfaces.set(k, n);
    }
  const out: Participant[] = [];
  for (const [key, fs] of byKey) {
    const role = fs.reduce<Role>((r, f) => (RANK[f.role] > RANK[r] ? f.role : r), 'participant');
    const mine = fs.filter((f) => f.role === role);
    const counts = surfaces.get(key);
    const name = counts ? [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : (mine.find((f) => f.surface)?.surface ?? key.replace(/^[A-Z]+:/u, ''));
    // One piece of evidence per report, the name rather than a title when it gives both.
    const perDoc = new Map<string, Found>();
    for (const f of mine) if (!perDoc.has(f.evidence.doc) || (perDoc.get(f.evidence.doc)!.surface === null && f.surface !== null)) perDoc.set(f.evidence.doc, f);
    const reports = [...perDoc.values()].map((f) => f.evidence);
    out.push({ key, name, role, reports });
  }
  return out.sort((a, b) => RANK[b.role] - RANK[a.role] || b.reports.length - a.reports.length || (a.name < b.name ? -1 : 1));
}
