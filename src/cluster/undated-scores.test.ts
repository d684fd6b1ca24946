import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keptMeans, rescoreJoin, scoreUndated, type ScoreDeps, type Scored } from './undated-scores.js';
import { AFFINITY_GRAIN } from './story-relation.js';
import { byString } from './story-components.js';
import type { AdjacencyRow } from '../store/story-store.js';

/** A seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
}

/**
 * The store's side in memory: cores (name → dated members), adjacency rows, joined cores,
 * and a fixed affinity per pair on AFFINITY_GRAIN (few distinct values, so ties happen).
 */
class World {
  readonly cores = new Map<string, string[]>();
  readonly adj = new Map<string, AdjacencyRow>(); // "core doc"
  readonly joined = new Map<string, string>();
  readonly touches = new Map<string, Set<string>>(); // undated → cores (truth, for the brute force)
  affinityCalls = 0;
  constructor(private readonly rnd: () => number) {}
  private readonly aff = new Map<string, number>();

  affinity(u: string, x: string): number {
    const key = `${u} ${x}`;
    if (!this.aff.has(key)) this.aff.set(key, Math.floor(this.rnd() * 4) * 2 ** 28 * AFFINITY_GRAIN * 3);
    return this.aff.get(key)!;
  }

  deps(): ScoreDeps {
    const rows = (pred: (r: AdjacencyRow) => boolean): AdjacencyRow[] =>
      [...this.adj.values()].filter(pred).map((r) => ({ ...r })).sort((a, b) => byString(a.core, b.core) || byString(a.doc, b.doc));
    const store: ScoreDeps['store'] = {
      coreAdjacency: async (cores) => rows((r) => cores.includes(r.core)),
      docAdjacency: async (docs) => {
        const out = new Map<string, AdjacencyRow[]>();
        for (const r of rows((x) => docs.includes(x.doc))) out.set(r.doc, [...(out.get(r.doc) ?? []), r]);
        return out;
      },
      joinedCores: async (docs) => {
        const out = new Map<string, AdjacencyRow>();
        for (const d of docs) {
          const c = this.joined.get(d);
          if (c !== undefined) out.set(d, this.adj.get(`${c} ${d}`) ?? { core: c, doc: d, sum: null, n: null });
        }
        return out;
      },
      coreMembers: async (cores) => new Map(cores.filter((c) => this.cores.has(c)).map((c) => [c, [...this.cores.get(c)!].sort(byString)])),
    };
    return {
      store,
      affinitySums: async (requests) =>
        requests.map(([u, xs]) => xs.reduce((s, x) => (this.affinityCalls++, s + this.affinity(u, x)), 0)),
    };
  }

  /** The best core of u from scratch (the reference rule). */
  bruteBest(u: string): string | null {
    let best: string | null = null;
    let bestMean = -Infinity;
    for (const c of [...(this.touches.get(u) ?? [])].sort(byString)) {
      const ms = this.cores.get(c)!;
      const mean = ms.reduce((s, x) => s + this.affinity(u, x), 0) / ms.length;
      if (mean > bestMean) [best, bestMean] = [c, mean];
    }
    return best;
  }

  apply(scored: Scored, renameFrom: readonly string[], to: string | null): void {
    if (to !== null) {
      for (const [k, r] of [...this.adj]) {
        if (!renameFrom.includes(r.core) || r.core === to) continue;
        this.adj.delete(k);
        if (!this.adj.has(`${to} ${r.doc}`)) this.adj.set(`${to} ${r.doc}`, { ...r, core: to });
      }
    }
    for (const r of scored.rows) this.adj.set(`${r.core} ${r.doc}`, { ...r });
    for (const j of scored.joined) {
      if (j.core === null) this.joined.delete(j.doc);
      else this.joined.set(j.doc, j.core);
    }
  }
}

async function simulate(seed: number, forget: boolean): Promise<void> {
  const rnd = random(seed);
  const w = new World(rnd);
  const undated: string[] = [];
  for (let i = 0; i < 90; i++) {
    const id = `d${String(i).padStart(3, '0')}${Math.floor(rnd() * 100)}`;
    const names = [...w.cores.keys()];
    const pick = (k: number): string[] => [...new Set(Array.from({ length: k }, () => names[Math.floor(rnd() * names.length)]!))].filter(Boolean);
    if (rnd() < 0.35 && names.length > 0) {
      // An undated report touching 1 to 3 cores.
      const cores = pick(1 + Math.floor(rnd() * 3)).sort(byString);
      const scored = await scoreUndated({ id, cores }, w.deps());
      w.touches.set(id, new Set(cores));
      w.apply(scored, [], null);
      assert.equal(scored.best.get(id), w.bruteBest(id), `seed ${seed}: undated ${id}`);
      assert.deepEqual(scored.changed, [id]);
      undated.push(id);
      continue;
    }
    // A dated report joining 0 to 2 cores, with 0 to 2 undated neighbours.
    const cores = rnd() < 0.2 ? [] : pick(1 + Math.floor(rnd() * 2)).sort(byString);
    const neighbours = [...new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => undated[Math.floor(rnd() * undated.length)]!))].filter(Boolean);
    const core = [id, ...cores].sort(byString)[0]!;
    const before = new Map(undated.map((u) => [u, w.bruteBest(u)]));
    const scored = await rescoreJoin({ id, core, cores, neighbours }, w.deps());
    // The world after: cores merged, touches renamed, neighbours touching the new core.
    const members = [id, ...cores.flatMap((c) => w.cores.get(c)!)];
    for (const c of cores) w.cores.delete(c);
    w.cores.set(core, members);
    for (const [u, cs] of w.touches) {
      const next = new Set([...cs].map((c) => (cores.includes(c) ? core : c)));
      if (neighbours.includes(u)) next.add(core);
      w.touches.set(u, next);
    }
    w.apply(scored, cores, core);
    const renamed = (c: string | null): string | null => (c !== null && cores.includes(c) ? core : c);
    const changed = undated.filter((u) => w.touches.get(u)!.has(core) && renamed(before.get(u)!) !== w.bruteBest(u));
    // Every report scored has its best core; when nothing was forgotten, so has every other.
    for (const u of forget ? scored.best.keys() : undated) assert.equal(w.joined.get(u) ?? null, w.bruteBest(u), `seed ${seed}: ${u}'s core after ${id}`);
    // Reports whose best is unknown beforehand are changed too (they are placed again).
    for (const u of changed) assert.ok(scored.changed.includes(u), `seed ${seed}: ${u} changed after ${id}`);
    if (!forget) assert.deepEqual(scored.changed, changed, `seed ${seed}: changed after ${id}`);
    if (forget && rnd() < 0.3) {
      // As a store upgraded to schema 6 holds: some sums and joined cores unknown.
      for (const r of w.adj.values()) if (rnd() < 0.5) Object.assign(r, { sum: null, n: null });
      for (const u of undated) if (rnd() < 0.5) w.joined.delete(u);
    }
  }
}

test('kept sums give every undated report the core of highest mean, as recomputing from scratch does', async () => {
  for (let seed = 1; seed <= 40; seed++) await simulate(seed, false);
});

test('unknown sums and joined cores (stores upgraded to schema 6) are computed when needed, with the same result', async () => {
  for (let seed = 41; seed <= 70; seed++) await simulate(seed, true);
});

test('a core that grows costs one affinity per undated report touching it, not one per member', async () => {
  const w = new World(random(7));
  const deps = w.deps();
  w.cores.set('a', ['a']);
  w.cores.set('b', ['b']);
  for (const u of ['u1', 'u2', 'u3']) {
    w.touches.set(u, new Set(['a', 'b']));
    w.apply(await scoreUndated({ id: u, cores: ['a', 'b'] }, deps), [], null);
  }
  for (let i = 0; i < 20; i++) {
    const id = `x${String(i).padStart(2, '0')}`;
    w.apply(await rescoreJoin({ id, core: 'a', cores: ['a'], neighbours: [] }, deps), ['a'], 'a');
    w.cores.get('a')!.push(id);
  }
  w.affinityCalls = 0;
  w.apply(await rescoreJoin({ id: 'x99', core: 'a', cores: ['a'], neighbours: [] }, deps), ['a'], 'a');
  w.cores.get('a')!.push('x99');
  // Three reports: three new affinities, plus at most a rescan of b for those that leave a.
  assert.ok(w.affinityCalls <= 3 + 3, `${w.affinityCalls} affinities`);
  for (const u of ['u1', 'u2', 'u3']) assert.equal(w.joined.get(u), w.bruteBest(u));
});

test('kept means: fresh rows replace the merged cores\' rows; unknown sums and other sizes are not used', () => {
  const row = (core: string, doc: string, sum: number | null, n: number | null) => ({ core, doc, sum, n });
  const stored = new Map([
    ['u1', [row('a', 'u1', 1.5, 3), row('b', 'u1', 0.5, 2), row('c', 'u1', null, null)]],
    ['u2', [row('b', 'u2', 0.25, 2)]],
  ]);
  const mean = keptMeans(stored, [row('a', 'u2', 0.75, 4)], new Set(['b']));
  assert.equal(mean('u1', 'a', 3), 0.5);
  assert.equal(mean('u1', 'a', 4), undefined, 'kept for 3 reports, the core has 4');
  assert.equal(mean('u1', 'b', 2), undefined, 'b was merged by the placement');
  assert.equal(mean('u1', 'c', 1), undefined, 'unknown sum');
  assert.equal(mean('u2', 'a', 4), 0.1875);
  assert.equal(mean('u3', 'a', 4), undefined);
});
