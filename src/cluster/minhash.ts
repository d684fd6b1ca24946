// MinHash signatures over shingle hashes and a banded LSH index over the signatures.
// Each of the signature's hash functions is h(x) = (a·x + b) mod p with p = 2^31 − 1 and
// fixed, seeded a and b, computed exactly: in 64-bit integers by a WebAssembly kernel
// (minhash-kernel.ts), or in double arithmetic with no intermediate above 2^49.
import { fmix32 } from './shingles.js';
import { KERNEL_MAX_HASHES, kernelAvailable, signWithKernel } from './minhash-kernel.js';

/** The Mersenne prime 2^31 − 1. */
const P = 0x7fffffff;
/** The seed of the hash family: signatures are comparable across runs and processes. */
const FAMILY_SEED = 0x5eed1234;
/** Slot value of a signature for a document without shingles. */
export const EMPTY_SLOT = 0xffffffff;

/** Splitmix32: a small deterministic generator for the family's coefficients. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** The MinHash functions h_i(x) = (a_i·x + b_i) mod p (exported for tests). */
export interface Family {
  a: Float64Array;
  b: Float64Array;
}
const families = new Map<number, Family>();

export function family(numHashes: number): Family {
  let f = families.get(numHashes);
  if (f) return f;
  const next = splitmix32(FAMILY_SEED);
  const a = new Float64Array(numHashes);
  const b = new Float64Array(numHashes);
  for (let i = 0; i < numHashes; i++) {
    a[i] = 1 + (next() % (P - 1)); // 1 .. p−1
    b[i] = next() % P; // 0 .. p−1
  }
  f = { a, b };
  families.set(numHashes, f);
  return f;
}

const TWO31 = 2147483648;
const INV31 = 1 / TWO31;
const INV16 = 1 / 65536;

/**
 * (a·x + b) mod p for a, b, x < 2^31, exact in doubles without a division: x is split in
 * 16-bit halves so no intermediate passes 2^49, and 2^31 ≡ 1 (mod p) folds the high part.
 */
export function affineModP(a: number, x: number, b: number): number {
  const hi = Math.floor(x / 65536);
  const lo = x - hi * 65536;
  let t = a * hi; // < 2^46
  let q = Math.floor(t / TWO31);
  t = t - q * TWO31 + q; // ≡ a·hi, < 2^31 + 2^15
  let v = t * 65536 + a * lo + b; // < 2^49
  q = Math.floor(v / TWO31);
  v = v - q * TWO31 + q; // < 2^31 + 2^18 < 2p
  return v >= P ? v - P : v;
}

/**
 * The MinHash signature: for each of numHashes hash functions, the least hash over the
 * shingles. The family depends only on numHashes (the first n functions are the same for
 * every n), so equal inputs give equal signatures everywhere. No shingles: all EMPTY_SLOT.
 * Computed by the WebAssembly kernel (minhash-kernel.ts) up to KERNEL_MAX_HASHES functions,
 * in JavaScript beyond or where WebAssembly is unavailable: the same values either way.
 */
export function minhashSignature(shingles: Uint32Array, numHashes = 128): Uint32Array {
  if (!Number.isInteger(numHashes) || numHashes < 1) throw new RangeError(`minhashSignature: numHashes must be a positive integer, got ${numHashes}`);
  const sig = new Uint32Array(numHashes).fill(EMPTY_SLOT);
  if (shingles.length === 0) return sig;
  const { a, b } = family(numHashes);
  if (numHashes <= KERNEL_MAX_HASHES && kernelAvailable()) signWithKernel(shingles, a, b, sig);
  else signInJs(shingles, a, b, sig);
  return sig;
}

/** minhashSignature in JavaScript alone (the reference the kernel is tested against). */
export function minhashSignatureJs(shingles: Uint32Array, numHashes = 128): Uint32Array {
  const sig = new Uint32Array(numHashes).fill(EMPTY_SLOT);
  const { a, b } = family(numHashes);
  signInJs(shingles, a, b, sig);
  return sig;
}

function signInJs(shingles: Uint32Array, a: Float64Array, b: Float64Array, sig: Uint32Array): void {
  // affineModP inlined, with each shingle's 16-bit halves split once for all the functions,
  // and the divisions by 2^31 as exact multiplications truncated by |0 (every quotient
  // is below 2^18): the same values, several times faster than calling affineModP.
  const n = shingles.length;
  const his = new Float64Array(n);
  const los = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const x = shingles[j]! % P;
    const hi = (x * INV16) | 0;
    his[j] = hi;
    los[j] = x - hi * 65536;
  }
  for (let i = 0; i < sig.length; i++) {
    const ai = a[i]!;
    const bi = b[i]!;
    let min = EMPTY_SLOT;
    for (let j = 0; j < n; j++) {
      let t = ai * his[j]!;
      let q = (t * INV31) | 0;
      t = t - q * TWO31 + q;
      let v = t * 65536 + ai * los[j]! + bi;
      q = (v * INV31) | 0;
      v = v - q * TWO31 + q;
      if (v >= P) v -= P;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
}

/** The share of slots where two signatures agree: an estimate of the sets' Jaccard index. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`estimateJaccard: signature lengths differ (${a.length} vs ${b.length})`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY_SLOT) same++;
  return same / a.length;
}

/**
 * Banded locality-sensitive hashing: the signature is cut into `bands` bands of `rows`
 * slots; two documents are candidates when they agree on all rows of some band, which
 * happens with probability 1 − (1 − s^rows)^bands at Jaccard s. Each band is a Map from
 * the band's hash to the ids in that bucket, so add and candidates cost O(bands · rows)
 * plus the size of the buckets hit; the index is never scanned.
 */
export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  private readonly buckets: Array<Map<number, string[]>>;
  private count = 0;

  constructor(bands = 32, rows = 4) {
    if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1) {
      throw new RangeError(`LshIndex: bands and rows must be positive integers, got ${bands} × ${rows}`);
    }
    this.bands = bands;
    this.rows = rows;
    this.buckets = Array.from({ length: bands }, () => new Map<number, string[]>());
  }

  /** Number of signatures added. */
  get size(): number {
    return this.count;
  }

  add(id: string, sig: Uint32Array): void {
    this.check(sig);
    if (isEmpty(sig)) {
      this.count++;
      return; // a document without shingles resembles nothing
    }
    for (let band = 0; band < this.bands; band++) {
      const key = this.bandKey(sig, band);
      const bucket = this.buckets[band]!;
      const ids = bucket.get(key);
      if (ids) ids.push(id);
      else bucket.set(key, [id]);
    }
    this.count++;
  }

  /** Ids sharing at least one band bucket with sig, each once, in the order first met. */
  candidates(sig: Uint32Array): string[] {
    this.check(sig);
    if (isEmpty(sig)) return [];
    const seen = new Set<string>();
    for (let band = 0; band < this.bands; band++) {
      const ids = this.buckets[band]!.get(this.bandKey(sig, band));
      if (ids) for (const id of ids) seen.add(id);
    }
    return [...seen];
  }

  /**
   * The signature's bucket in every band as one integer (band · 2^32 + band hash, exact in
   * a double), for an index kept outside this class (the store's lsh_buckets); none for a
   * document without shingles.
   */
  bucketKeys(sig: Uint32Array): number[] {
    this.check(sig);
    if (isEmpty(sig)) return [];
    const out: number[] = [];
    for (let band = 0; band < this.bands; band++) out.push(band * 0x100000000 + this.bandKey(sig, band));
    return out;
  }

  /** The signature's hash in every band, in band order; empty for a document without shingles. */
  bandHashes(sig: Uint32Array): Uint32Array {
    this.check(sig);
    if (isEmpty(sig)) return new Uint32Array(0);
    return Uint32Array.from({ length: this.bands }, (_, band) => this.bandKey(sig, band));
  }

  private check(sig: Uint32Array): void {
    if (sig.length < this.bands * this.rows) {
      throw new RangeError(`LshIndex: signature has ${sig.length} slots, ${this.bands} bands × ${this.rows} rows need ${this.bands * this.rows}`);
    }
  }

  /** A 32-bit hash of one band's slots (a collision only adds a candidate, never loses one). */
  private bandKey(sig: Uint32Array, band: number): number {
    let h = 0x811c9dc5 ^ band;
    const from = band * this.rows;
    for (let r = from; r < from + this.rows; r++) h = Math.imul(h ^ sig[r]!, 0x01000193);
    return fmix32(h);
  }
}

function isEmpty(sig: Uint32Array): boolean {
  for (let i = 0; i < sig.length; i++) if (sig[i] !== EMPTY_SLOT) return false;
  return true;
}
