// What the story engine keeps in memory between placements: the models of recently used
// documents (a story's reports tend to arrive close together, so a bounded LRU serves most
// look-ups) and the affinities of undated reports with dated ones (placing undated reports
// compares each with every member of its candidate cores, again whenever one grows; the
// value depends on the two documents only).
import type { StoryStore } from '../store/story-store.js';
import type { ScoreDeps } from './undated-scores.js';
import { affinity, docModel, type DocModel, type StoryIndexOptions } from './story-relation.js';
import type { StoryDoc } from './story-features.js';

/**
 * Document models kept in memory between placements, about 4 KB each once shed. A report
 * not among them is read back from the store when it is a candidate, at about 0.4 ms (row,
 * JSON, model): in a long archive of recurring events these reads are what grows most. 32,768
 * (about two years of the bench's archive) instead of 16,384 costs 61 MB of heap at 100,000
 * reports and placed them 9% faster (README, the stories bench).
 */
export const MODEL_CACHE_SIZE = 32768;
/** Pair affinities remembered (cleared when full). */
export const AFFINITY_CACHE_SIZE = 500_000;

export interface Known {
  doc: StoryDoc;
  title: string;
  shingles: Uint32Array;
  /**
   * What relate reads besides the cosine (dates, entities, places, recalled dates): the
   * model of the document without its keys, cheap to build. Enough to rule a pair out.
   */
  gate: DocModel;
  /** The full model (key vector), built on first use: most candidates never need it. */
  model?: DocModel;
}

/**
 * Once the full model is built, its key vector holds what the key lists said: the entry
 * keeps its document without them (most of a cached entry's memory), so the cache can hold
 * more documents in the same space.
 */
function shed(k: Known): void {
  if (!k.model || k.doc.keys.length + k.doc.titleKeys.length === 0) return;
  const lean: StoryDoc = { ...k.doc, keys: [], titleKeys: [] };
  k.doc = lean;
  k.model.doc = lean;
  if (k.gate !== k.model) k.gate.doc = lean;
}

export class DocCache {
  private readonly cache = new Map<string, Known>();
  private readonly affinities = new Map<string, number>();
  /** Documents read back from the store so far (cache misses). */
  storeReads = 0;

  constructor(
    private readonly store: StoryStore,
    private readonly opts: StoryIndexOptions,
  ) {}

  /** Models of placed documents, from the cache or the store. */
  async known(ids: readonly string[]): Promise<Map<string, Known>> {
    const out = new Map<string, Known>();
    const missing: string[] = [];
    for (const id of ids) {
      const k = this.cache.get(id);
      if (k) {
        this.cache.delete(id); // re-inserted below: most recently used last
        this.cache.set(id, k);
        out.set(id, k);
      } else missing.push(id);
    }
    if (missing.length > 0) {
      this.storeReads += missing.length;
      for (const [id, f] of await this.store.storyFeatures(missing)) {
        const gate = docModel({ ...f.doc, keys: [], titleKeys: [] }, this.opts);
        const k: Known = { doc: f.doc, title: f.title, shingles: f.shingles, gate };
        this.remember(id, k);
        out.set(id, k);
      }
    }
    return out;
  }

  /**
   * affinity of an undated report with a dated one, remembered: placing undated reports
   * compares each with every member of its neighbouring stories, again at each placement
   * in their region, and the value depends on the two documents only.
   */
  hasAffinity(u: string, x: string): boolean {
    return this.affinities.has(`${u} ${x}`);
  }

  pairAffinity(u: string, x: string, models: ReadonlyMap<string, DocModel>): number {
    const key = `${u} ${x}`;
    let v = this.affinities.get(key);
    if (v === undefined) {
      v = affinity(models.get(u)!, models.get(x)!);
      if (this.affinities.size >= AFFINITY_CACHE_SIZE) this.affinities.clear();
      this.affinities.set(key, v);
    }
    return v;
  }

  /**
   * What undated-scores.ts reads, for the placement of `id` (not in the store yet, its
   * model given): the store, and affinity sums from remembered pairs and models.
   */
  scoreDeps(id: string, model: DocModel): ScoreDeps {
    return {
      store: this.store,
      affinitySums: async (requests) => {
        const need = new Set<string>();
        for (const [u, xs] of requests) {
          for (const x of xs) {
            if (this.hasAffinity(u, x)) continue;
            need.add(u);
            need.add(x);
          }
        }
        need.delete(id);
        const known = await this.known([...need]);
        const models = new Map([...known].map(([d, k]) => [d, this.model(k)])).set(id, model);
        return requests.map(([u, xs]) => {
          let sum = 0;
          for (const x of xs) sum += this.pairAffinity(u, x, models);
          return sum;
        });
      },
    };
  }

  model(k: Known): DocModel {
    if (k.model) return k.model;
    k.model = docModel(k.doc, this.opts);
    shed(k);
    return k.model;
  }

  remember(id: string, k: Known): void {
    shed(k);
    this.cache.set(id, k);
    if (this.cache.size > MODEL_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}
