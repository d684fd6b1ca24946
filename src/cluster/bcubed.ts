// Clustering scores against a gold partition.
//
// B-cubed (Bagga & Baldwin 1998): for each item, precision is the share of its predicted
// cluster that is in its gold cluster, recall the share of its gold cluster that is in its
// predicted cluster (the item itself counts in both); both are averaged over items.
// Pairwise: precision and recall over the unordered pairs of items put together.
// Items are those of the gold partition; a predicted item not in gold is ignored, and a
// gold item the prediction leaves out counts as a singleton of its own.

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Cluster label of every gold item, and of every predicted item (missing ones: own singleton). */
function labels(gold: Record<string, string[]>, predicted: string[][]): { g: Map<string, string>; p: Map<string, string> } {
  const g = new Map<string, string>();
  for (const [label, items] of Object.entries(gold)) {
    for (const it of items) {
      if (g.has(it)) throw new Error(`bcubed: ${it} is in two gold clusters`);
      g.set(it, label);
    }
  }
  const p = new Map<string, string>();
  predicted.forEach((items, i) => {
    for (const it of items) {
      if (!g.has(it)) continue;
      if (p.has(it)) throw new Error(`bcubed: ${it} is in two predicted clusters`);
      p.set(it, `#${i}`);
    }
  });
  for (const it of g.keys()) if (!p.has(it)) p.set(it, `missing:${it}`);
  return { g, p };
}

function groups(m: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [it, l] of m) {
    let xs = out.get(l);
    if (!xs) out.set(l, (xs = []));
    xs.push(it);
  }
  return out;
}

/** B-cubed precision, recall and F1 of a predicted partition against a gold one. */
export function bcubed(gold: Record<string, string[]>, predicted: string[][]): Scores {
  const { g, p } = labels(gold, predicted);
  const gg = groups(g);
  const pg = groups(p);
  let ps = 0;
  let rs = 0;
  for (const [it, gl] of g) {
    const pl = p.get(it)!;
    const pc = pg.get(pl)!;
    const gc = gg.get(gl)!;
    const both = pc.filter((x) => g.get(x) === gl).length;
    ps += both / pc.length;
    rs += both / gc.length;
  }
  const n = g.size;
  const precision = n === 0 ? 1 : ps / n;
  const recall = n === 0 ? 1 : rs / n;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Pairwise precision, recall and F1: over the pairs of items clustered together. */
export function pairwise(gold: Record<string, string[]>, predicted: string[][]): Scores {
  const { g, p } = labels(gold, predicted);
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  let predPairs = 0;
  let both = 0;
  for (const items of groups(p).values()) {
    predPairs += pairs(items.length);
    const byGold = new Map<string, number>();
    for (const it of items) byGold.set(g.get(it)!, (byGold.get(g.get(it)!) ?? 0) + 1);
    for (const c of byGold.values()) both += pairs(c);
  }
  let goldPairs = 0;
  for (const items of groups(g).values()) goldPairs += pairs(items.length);
  const precision = predPairs === 0 ? 1 : both / predPairs;
  const recall = goldPairs === 0 ? 1 : both / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}
