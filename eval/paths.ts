// Where the quality gates find their data. ../shared (the seeds and their gold) sits beside
// the checkout and is read at run time, never copied; a gate skips visibly without it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file compiles to dist/eval/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES = path.join(ROOT, 'samples');
export const MAIN = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const GOLD = path.join(SHARED, 'gold', 'seeds.gold.json');
