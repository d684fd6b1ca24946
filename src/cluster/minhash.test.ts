import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { EMPTY_SLOT, LshIndex, affineModP, estimateJaccard, family, minhashSignature, minhashSignatureJs } from './minhash.js';
import { KERNEL_MAX_HASHES, signWithKernel } from './minhash-kernel.js';

/** Deterministic pseudo-random distinct 32-bit values. */
function values(n: number, seed: number): number[] {
  const out: number[] = [];
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.push(s);
  }
  return out;
}
const set = (xs: number[]): Uint32Array => Uint32Array.from(new Set(xs)).sort();

test('minhashSignature is deterministic and of the requested length', () => {
  const sh = set(values(300, 7));
  const a = minhashSignature(sh);
  assert.equal(a.length, 128);
  assert.deepEqual(minhashSignature(sh), a);
  assert.deepEqual(minhashSignature(sh, 64), a.subarray(0, 64), 'the first n functions are shared');
  assert.ok(a.every((v) => v < 0x7fffffff), 'values are below the prime');
  assert.ok(minhashSignature(new Uint32Array(0), 16).every((v) => v === EMPTY_SLOT));
  // Extreme inputs: no precision loss makes equal sets differ.
  const big = Uint32Array.of(0, 0x7ffffffe, 0x7fffffff, 0xfffffffe, 0xffffffff);
  assert.deepEqual(minhashSignature(big), minhashSignature(Uint32Array.from(big)));
});

test('estimateJaccard tracks the true Jaccard index', () => {
  const common = values(400, 1);
  for (const [onlyA, onlyB] of [[0, 0], [100, 100], [400, 400], [1200, 1200]] as const) {
    const a = set([...common, ...values(onlyA, 2)]);
    const b = set([...common, ...values(onlyB, 3)]);
    const truth = 400 / (400 + onlyA + onlyB);
    const est = estimateJaccard(minhashSignature(a, 256), minhashSignature(b, 256));
    assert.ok(Math.abs(est - truth) < 0.1, `estimate ${est} vs ${truth}`);
  }
  const x = minhashSignature(set(values(200, 4)));
  const y = minhashSignature(set(values(200, 5)));
  assert.ok(estimateJaccard(x, y) < 0.05);
  assert.throws(() => estimateJaccard(x, x.subarray(0, 8)), RangeError);
});

test('LshIndex: similar signatures are candidates, unrelated ones are not', () => {
  const idx = new LshIndex(32, 4);
  const common = values(300, 11);
  const base = set(common);
  idx.add('base', minhashSignature(base));
  for (let i = 0; i < 50; i++) idx.add(`other-${i}`, minhashSignature(set(values(300, 100 + i))));
  idx.add('empty', minhashSignature(new Uint32Array(0)));
  assert.equal(idx.size, 52);
  const near = set([...common.slice(0, 270), ...values(30, 99)]); // Jaccard 270/330 ≈ 0.82
  assert.deepEqual(idx.candidates(minhashSignature(near)), ['base']);
  assert.deepEqual(idx.candidates(minhashSignature(set(values(300, 5000)))), []);
  assert.deepEqual(idx.candidates(minhashSignature(new Uint32Array(0))), [], 'an empty document resembles nothing');
  assert.throws(() => idx.add('short', minhashSignature(base, 64)), RangeError);
  assert.throws(() => new LshIndex(0, 4), RangeError);
});

test('LshIndex: an id is returned once even when it shares many bands', () => {
  const idx = new LshIndex(16, 2);
  const sig = minhashSignature(set(values(50, 3)), 32);
  idx.add('a', sig);
  idx.add('b', sig);
  assert.deepEqual(idx.candidates(sig), ['a', 'b']);
});

test('affineModP is exact (checked against BigInt)', () => {
  const P = 0x7fffffff;
  const edge = [0, 1, 2, 65535, 65536, P - 2, P - 1];
  const rand = values(3000, 17).map((v) => v % P);
  const cases: Array<[number, number, number]> = [];
  for (const a of edge) for (const x of edge) cases.push([Math.max(a, 1), x, P - 1]);
  for (let i = 0; i + 2 < rand.length; i += 3) cases.push([Math.max(rand[i]!, 1), rand[i + 1]!, rand[i + 2]!]);
  for (const [a, x, b] of cases) {
    assert.equal(BigInt(affineModP(a, x, b)), (BigInt(a) * BigInt(x) + BigInt(b)) % BigInt(P), `${a}·${x}+${b}`);
  }
});

test('minhashSignature gives, slot by slot, the least affineModP over the shingles (edges of the 32-bit range included)', () => {
  let seed = 12345;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const shingles = Uint32Array.from([0, 1, 65535, 65536, 0x7ffffffe, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, ...Array.from({ length: 300 }, rnd)]);
  const sig = minhashSignature(shingles, 128);
  const { a, b } = family(128);
  for (let i = 0; i < 128; i++) {
    let want = EMPTY_SLOT;
    for (const x of shingles) want = Math.min(want, affineModP(a[i]!, x % 2147483647, b[i]!));
    assert.equal(sig[i], want, `slot ${i}`);
  }
});

test('the WebAssembly kernel gives the JavaScript reference values, for any family and set size', () => {
  const edges = [0, 1, 65535, 65536, 0x7ffffffe, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
  // Sizes from one shingle to more than the kernel's first memory page holds (it grows),
  // families interleaved so that the kernel's loaded coefficients must be swapped.
  for (const [n, seed] of [[1, 3], [2, 4], [317, 5], [60_000, 6], [40, 7]] as const) {
    const sh = set([...values(n, seed), ...(n > 1 ? edges : [])]);
    for (const k of [128, 1, 64, 128, 7]) {
      assert.deepEqual(minhashSignature(sh, k), minhashSignatureJs(sh, k), `${sh.length} shingles, ${k} functions`);
    }
  }
  // Past KERNEL_MAX_HASHES the signature is computed in JavaScript: same prefix.
  const sh = set(values(500, 8));
  const long = minhashSignature(sh, KERNEL_MAX_HASHES + 72);
  assert.deepEqual(long.subarray(0, KERNEL_MAX_HASHES), minhashSignature(sh, KERNEL_MAX_HASHES));
  assert.deepEqual(long, minhashSignatureJs(sh, KERNEL_MAX_HASHES + 72));
});

test('the kernel is exact where the products are largest (coefficients and shingles near 2^31, checked against BigInt)', () => {
  const P = 0x7fffffff;
  const a = Float64Array.of(P - 1, P - 2, 1, 65536, P - 65536);
  const b = Float64Array.of(P - 1, 0, P - 1, 1, P - 2);
  const xs = Uint32Array.of(0, 1, 65535, 65536, P - 2, P - 1, P, P + 1, 0xfffffffe, 0xffffffff);
  for (const x of xs) {
    const out = new Uint32Array(a.length);
    signWithKernel(Uint32Array.of(x), a, b, out);
    for (let i = 0; i < a.length; i++) {
      const want = (BigInt(a[i]!) * BigInt(x % P) + BigInt(b[i]!)) % BigInt(P);
      assert.equal(BigInt(out[i]!), want, `${a[i]}·${x}+${b[i]}`);
    }
  }
  // The family's coefficients come back once another set has been used.
  const sh = set(values(200, 9));
  assert.deepEqual(minhashSignature(sh, 128), minhashSignatureJs(sh, 128));
});

test('without WebAssembly (node --jitless) signatures are computed in JavaScript, with the same values', () => {
  const sh = Array.from(set(values(300, 10)));
  const code = `
    import { minhashSignature } from ${JSON.stringify(new URL('./minhash.js', import.meta.url).href)};
    import { kernelAvailable } from ${JSON.stringify(new URL('./minhash-kernel.js', import.meta.url).href)};
    console.log(JSON.stringify({ kernel: kernelAvailable(), sig: [...minhashSignature(Uint32Array.from(${JSON.stringify(sh)}))] }));`;
  const run = spawnSync(process.execPath, ['--jitless', '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout) as { kernel: boolean; sig: number[] };
  assert.equal(out.kernel, false, 'the child has no WebAssembly');
  assert.deepEqual(out.sig, [...minhashSignature(Uint32Array.from(sh))]);
});
