// Placing again the stories a dated placement unsettles (engine.ts add): when undated
// reports change their best core, every report of the stories involved is placed again
// together (region.ts assignRegion), reading the undated reports'
// same-event edges as placement reads them and their kept affinity means.
import type { StoryEdge, StoryMember, StoryStore } from '../store/story-store.js';
import type { DocCache, Known } from './doc-cache.js';
import { assignRegion } from './region.js';
import { byString } from './story-components.js';
import { keptMeans, type Scored } from './undated-scores.js';

export interface PlaceAgainInput {
  /** The dated document being placed, its cached entry, and its core. */
  id: string;
  self: Known;
  core: string;
  /** Its dated neighbours' cores (merged under `core`). */
  cores: readonly string[];
  /** Its same-event neighbours' memberships before this placement. */
  neighbours: ReadonlyMap<string, StoryMember>;
  /** The undated reports whose best core changed, or that become ambiguous. */
  unsettled: readonly string[];
  /** The undated reports that become ambiguous with this placement (story-placement.ts). */
  ambiguous: ReadonlySet<string>;
  /** The undated reports this document copies, their first dated copy: they take its core. */
  copied: ReadonlySet<string>;
  /** Every undated report this document copies or is copied by. */
  copiesOfDoc: ReadonlySet<string>;
  scored: Scored;
  /** The document's edges. */
  edges: readonly StoryEdge[];
}

export interface PlacedAgain {
  /** The story of every report placed again, the document's included. */
  storyOf: Map<string, string>;
  /** Reports (other than the document) whose story changes. */
  assign: Array<{ doc: string; story: string }>;
  /** Stories whose summary rows change: before and after. */
  touched: string[];
}

/**
 * Places again, together, every report of the stories involved: those of the neighbours,
 * of the unsettled undated reports, and of the core each of them now chooses. Each
 * unsettled report then finds its best core among them; any other undated report of these
 * stories keeps its own, which is among them and unchanged.
 */
export async function placeAgain(input: PlaceAgainInput, store: StoryStore, docs: DocCache): Promise<PlacedAgain> {
  const { id, self, core, cores, neighbours, unsettled, ambiguous, copied, copiesOfDoc, scored, edges } = input;
  const merged = new Set(cores);
  // A core's name after this placement: the cores the document joins become its core.
  const renamed = (c: string): string => (merged.has(c) ? core : c);
  const involved = new Set<string>([...neighbours.values()].map((m) => m.story));
  const chosen = unsettled.map((u) => scored.best.get(u) ?? null).filter((c): c is string => c !== null && c !== core);
  for (const m of (await store.storyMembership([...unsettled, ...chosen])).values()) involved.add(m.story);
  const members = new Set<string>([id]);
  for (const st of [...involved].sort(byString)) for (const m of await store.storyDocs(st)) members.add(m.doc);
  const local = [...members].sort(byString);
  const known = await docs.known(local.filter((d) => d !== id));
  known.set(id, self);
  const models = new Map([...known].map(([d, k]) => [d, docs.model(k)]));
  const before = await store.storyMembership(local);
  // Ambiguous reports (from before, or from now) are stories of their own.
  const isAmbiguous = (d: string): boolean => !copied.has(d) && (ambiguous.has(d) || before.get(d)?.ambiguous === true);
  const coreOf = (d: string): string | null => {
    if (d === id) return core;
    const c = before.get(d)!.core;
    return c === null ? null : renamed(c);
  };
  // The undated reports' same-event edges as placement reads them: to each core they
  // touch (its name is one of its reports), from the adjacency table; between undated
  // reports only for those touching no core (the others never join undated groups).
  const undatedDocs = local.filter((d) => d !== id && coreOf(d) === null);
  // Only their rows to the cores placed here count (an undated report touching any core
  // has the one it joined among them); a report of a recurring event touches many more.
  const localCores = [...new Set([...before.values()].map((m) => m.core).filter((c): c is string => c !== null))];
  const touching = await store.docAdjacency(undatedDocs, localCores);
  const sameEdges: Array<{ a: string; b: string }> = [];
  // A report this document copies keeps only its edge to it (below): its copies' core.
  for (const [u, rows] of touching) for (const r of rows) if (!copied.has(u)) sameEdges.push({ a: u, b: renamed(r.core) });
  // Placing the undated reports reads their kept means instead of summing over every core member.
  const keptMean = keptMeans(touching, scored.rows, merged);
  // Loose reports (undated, touching no core) make their stories as components among
  // themselves (story-placement.ts), and a story holding one holds no other kind. Those
  // components only merge as reports arrive, unless a dated report attaches some of their
  // members, which leave them (the rest may split): only such stories have their edges read;
  // every other one goes in as it stands, a star from its first report. Reading every edge
  // of every loose story was quadratic in a story of hundreds of undated reprints.
  const leaving = new Set<string>();
  for (const e of edges) if (e.relation === 'same') leaving.add(e.a === id ? e.b : e.a);
  const looseStories = new Map<string, string[]>();
  for (const u of undatedDocs) {
    // (An ambiguous report has no rows either, but it is no loose report: its edges, many
    // for a recurring event, need no reading.)
    if (touching.has(u) || isAmbiguous(u) || copied.has(u)) continue;
    const story = before.get(u)!.story;
    const list = looseStories.get(story);
    if (list) list.push(u);
    else looseStories.set(story, [u]);
  }
  const reread: string[] = [];
  for (const us of looseStories.values()) {
    if (us.some((u) => leaving.has(u))) reread.push(...us);
    else for (let i = 1; i < us.length; i++) sameEdges.push({ a: us[0]!, b: us[i]! });
  }
  for (const e of await store.storyEdges(reread)) if (e.relation === 'same') sameEdges.push(e);
  for (const e of edges) {
    if (e.relation !== 'same') continue;
    // A report placed among its dated copies' cores links to this document only as its copy.
    const other = e.a === id ? e.b : e.a;
    if (before.get(other)?.copied && !copiesOfDoc.has(other)) continue;
    sameEdges.push(e);
  }
  const storyOf = assignRegion(local, models, sameEdges, coreOf, (u, x) => docs.pairAffinity(u, x, models), keptMean, isAmbiguous);
  const assign = local.filter((d) => d !== id && before.get(d)!.story !== storyOf.get(d)).map((d) => ({ doc: d, story: storyOf.get(d)! }));
  const touched = new Set<string>([...[...before.values()].map((m) => m.story), ...storyOf.values()]);
  return { storyOf, assign, touched: [...touched] };
}
