// Where the tagger's files live, found from this module's own path so that rasd works from
// any working directory: the repository root holds models/, and ../shared beside it holds
// the training corpus (never copied into the repository).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The directory of rasd's package.json, walking up from this module (src/ or dist/src/). */
export function repoRoot(): string {
  if (root !== null) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'rasd') return (root = dir);
      } catch {
        // not ours; keep walking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find rasd's package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** The shipped model, trained on all of ANERcorp's train split. */
export function defaultModelPath(): string {
  return path.join(repoRoot(), 'models', 'ner.bin.gz');
}

/** The development model, trained without the dev split (see train.ts). */
export function devModelPath(): string {
  return path.join(repoRoot(), 'models', 'ner-dev.bin.gz');
}

/** ANERcorp's train split in ../shared beside the checkout. */
export function anercorpTrainPath(): string {
  return path.resolve(repoRoot(), '..', 'shared', 'data', 'anercorp', 'train.txt');
}
