// The MinHash inner loop in WebAssembly (built into Node: no dependency, nothing downloaded).
// Each of its numHashes × shingles steps is (a·x + b) mod p with p = 2^31 − 1: in JavaScript
// that takes exact double arithmetic split in 16-bit halves (minhash.ts); in WebAssembly it is
// one 64-bit multiply and a fold by 2^31 ≡ 1 (mod p), about four times faster, with exactly
// the same values (minhash.test.ts compares the two, and checks the largest products against
// BigInt). One fold is enough: with a, x, b < p, v = a·x + b ≤ p(p − 1) < 2^62 − 2^32, so
// (v & p) + (v >> 31) < 2p and a single conditional subtraction ends in [0, p).
//
// The module is a few hundred bytes assembled below from named opcodes, so that it can be read
// and checked against the WebAssembly spec. In outline:
//
//   (func (export "sign") (param $n i32) (param $k i32) (param $xr i32)
//     ;; pass 1: x_j = shingle_j mod p, as i64 at $xr
//     for j < n: v = u64(load32(X + 4j)); v = (v & p) + (v >> 31); store64($xr + 8j, v ≥ p ? v − p : v)
//     ;; pass 2: for each function i < k: out_i = min over j of (a_i·x_j + b_i) mod p
//     for i < k: m = 2^32 − 1
//                for j < n: v = a_i·x_j + b_i; v = (v & p) + (v >> 31); v ≥ p ? v − p : v; m = min(m, v)
//                store32(OUT + 4i, m))
//
// Memory layout: a_i as i64 at A_AT, b_i at B_AT, the signature (u32) at OUT_AT, the shingles
// (u32) from X_AT, then their reductions (i64) at the first multiple of 8 after them. The
// memory grows to fit the largest document met (12 bytes a shingle) and is kept.

/** Functions the kernel holds coefficients for; a longer signature is computed in JavaScript. */
export const KERNEL_MAX_HASHES = 128;
const A_AT = 0;
const B_AT = A_AT + 8 * KERNEL_MAX_HASHES;
const OUT_AT = B_AT + 8 * KERNEL_MAX_HASHES;
const X_AT = OUT_AT + 4 * KERNEL_MAX_HASHES;
const PAGE = 65536;

/** Unsigned and signed LEB128, as the binary format writes integers. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}
function sleb(n: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = Number(n & 0x7fn);
    n >>= 7n;
    if ((n === 0n && (byte & 0x40) === 0) || (n === -1n && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

// Opcodes (WebAssembly core spec, section 5.4).
const OP = {
  loop: 0x03, end: 0x0b, brIf: 0x0d, void: 0x40, select: 0x1b,
  localGet: 0x20, localSet: 0x21, localTee: 0x22,
  i32Load: 0x28, i64Load: 0x29, i32Store: 0x36, i64Store: 0x37,
  i32Const: 0x41, i64Const: 0x42, i32LtU: 0x49, i64LtU: 0x54, i64GeU: 0x5a,
  i32Add: 0x6a, i32Shl: 0x74, i64Add: 0x7c, i64Sub: 0x7d, i64Mul: 0x7e, i64And: 0x83, i64ShrU: 0x88,
  i32WrapI64: 0xa7, i64ExtendI32U: 0xad,
} as const;

const get = (l: number): number[] => [OP.localGet, l];
const set = (l: number): number[] => [OP.localSet, l];
const i32 = (v: number): number[] => [OP.i32Const, ...sleb(BigInt(v))];
const i64 = (v: bigint): number[] => [OP.i64Const, ...sleb(v)];
/** memarg: alignment exponent and static offset. */
const mem = (align: number, offset: number): number[] => [align, ...uleb(offset)];

// Locals: params n, k, xr; then i, j (i32) and a, b, v, m (i64).
const [N, K, XR, I, J, A, B, V, M] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const P64 = 0x7fffffffn;

/** v = (v & p) + (v >> 31): the value mod p, give or take p. */
const fold = [...get(V), ...i64(P64), OP.i64And, ...get(V), ...i64(31n), OP.i64ShrU, OP.i64Add, ...set(V)];
/** v = v ≥ p ? v − p : v. */
const reduce = [...get(V), ...i64(P64), OP.i64Sub, ...get(V), ...get(V), ...i64(P64), OP.i64GeU, OP.select, ...set(V)];
/** `body` for l from 0 while l < bound (the caller guarantees bound > 0). */
const forLoop = (l: number, bound: number, body: number[]): number[] => [
  ...i32(0), ...set(l),
  OP.loop, OP.void,
  ...body,
  ...get(l), ...i32(1), OP.i32Add, OP.localTee, l, ...get(bound), OP.i32LtU, OP.brIf, 0,
  OP.end,
];

const code = [
  // pass 1
  ...forLoop(J, N, [
    ...get(J), ...i32(2), OP.i32Shl, OP.i32Load, ...mem(2, X_AT), OP.i64ExtendI32U, ...set(V),
    ...fold, ...reduce,
    ...get(XR), ...get(J), ...i32(3), OP.i32Shl, OP.i32Add, ...get(V), OP.i64Store, ...mem(3, 0),
  ]),
  // pass 2
  ...forLoop(I, K, [
    ...get(I), ...i32(3), OP.i32Shl, OP.i64Load, ...mem(3, A_AT), ...set(A),
    ...get(I), ...i32(3), OP.i32Shl, OP.i64Load, ...mem(3, B_AT), ...set(B),
    ...i64(0xffffffffn), ...set(M),
    ...forLoop(J, N, [
      ...get(A), ...get(XR), ...get(J), ...i32(3), OP.i32Shl, OP.i32Add, OP.i64Load, ...mem(3, 0), OP.i64Mul,
      ...get(B), OP.i64Add, ...set(V),
      ...fold, ...reduce,
      ...get(V), ...get(M), ...get(V), ...get(M), OP.i64LtU, OP.select, ...set(M),
    ]),
    ...get(I), ...i32(2), OP.i32Shl, ...get(M), OP.i32WrapI64, OP.i32Store, ...mem(2, OUT_AT),
  ]),
  OP.end,
];

const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const I32T = 0x7f;
const I64T = 0x7e;

const bytes = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  ...section(1, vec([[0x60, ...vec([[I32T], [I32T], [I32T]]), ...vec([])]])), // type 0: (i32 i32 i32) -> ()
  ...section(3, vec([[0]])), // function 0 has type 0
  ...section(5, vec([[0x00, 1]])), // one memory, at least one page
  ...section(7, vec([[...name('sign'), 0x00, 0], [...name('memory'), 0x02, 0]])), // exports
  ...section(10, vec([(() => {
    const locals = vec([[2, I32T], [4, I64T]]);
    const body = [...locals, ...code];
    return [...uleb(body.length), ...body];
  })()])),
]);

// The WebAssembly API this file uses: Node has it, but the project's lib settings (no DOM)
// do not declare it.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
};

interface Kernel {
  sign: (n: number, k: number, xr: number) => void;
  memory: WasmMemory;
}

/** undefined: not built yet; null: WebAssembly is unavailable here (node --jitless). */
let kernel: Kernel | null | undefined;
/** The coefficients now in the kernel's memory (they depend on numHashes only). */
let loaded: { a: Float64Array; b: Float64Array } | null = null;

function instance(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    kernel = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as Kernel;
  } catch {
    kernel = null; // no WebAssembly (node --jitless): minhash.ts computes in JavaScript
  }
  return kernel;
}

/** Can this process run the kernel? */
export function kernelAvailable(): boolean {
  return instance() !== null;
}

/**
 * out[i] = min over the shingles x of (a[i]·(x mod p) + b[i]) mod p, for i < out.length
 * (at most KERNEL_MAX_HASHES; a and b below p; at least one shingle).
 */
export function signWithKernel(shingles: Uint32Array, a: Float64Array, b: Float64Array, out: Uint32Array): void {
  const k = instance();
  if (k === null) throw new Error('signWithKernel: WebAssembly is not available in this process');
  const n = shingles.length;
  const xr = (X_AT + 4 * n + 7) & ~7;
  const need = xr + 8 * n;
  if (need > k.memory.buffer.byteLength) k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / PAGE));
  const buf = k.memory.buffer;
  if (loaded?.a !== a || loaded.b !== b) {
    const coef = new BigUint64Array(buf, A_AT, 2 * KERNEL_MAX_HASHES);
    for (let i = 0; i < out.length; i++) {
      coef[i] = BigInt(a[i]!);
      coef[KERNEL_MAX_HASHES + i] = BigInt(b[i]!);
    }
    loaded = { a, b };
  }
  new Uint32Array(buf, X_AT, n).set(shingles);
  k.sign(n, out.length, xr);
  out.set(new Uint32Array(k.memory.buffer, OUT_AT, out.length));
}
