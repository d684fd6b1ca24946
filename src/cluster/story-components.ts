// Union-find over document ids, with members kept per component, used for the dated story
// cores and for undated reports that have no dated neighbour.

/** Orders ids by code unit, so story ids and listings do not depend on locale. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Union-find over string ids; a component's name is its smallest member; members are kept. */
export class Components {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, string[]>();

  add(x: string): void {
    if (this.parent.has(x)) return;
    this.parent.set(x, x);
    this.members.set(x, [x]);
  }

  has(x: string): boolean {
    return this.parent.has(x);
  }

  /** The component's smallest member. */
  find(x: string): string {
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    while (x !== r) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
    const km = this.members.get(keep)!;
    for (const x of this.members.get(drop)!) km.push(x);
    this.members.delete(drop);
  }

  membersOf(x: string): readonly string[] {
    return this.members.get(this.find(x))!;
  }
}
