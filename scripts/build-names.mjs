#!/usr/bin/env node
// Builds models/names.json, the name-token lexicon rasd ships, from the Wikidata name
// tokens in ../shared (wikidata-en-ar-name-tokens.tsv: English token, Arabic spelling with
// its letters space-separated, count). That file is CC0 1.0 (public domain dedication), so
// the derived lexicon is CC0 too and may be committed; models/README-names.md says so.
//
//   node scripts/build-names.mjs [--in FILE] [--out FILE] [--min-count N]
//
// Each Arabic spelling is folded to a match key (hamza seats to bare alef, ى → ي, ة → ه,
// tashkeel and tatweel dropped: the same folds as normalizeForMatch, which the runtime
// applies again on load), counts are summed over every English token that spells to the
// same key, and keys seen fewer than --min-count times (default 2) are dropped so the file
// stays small. The output is deterministic: keys sorted by code point, one per line.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = {
    in: path.resolve(ROOT, '..', 'shared', 'data', 'names', 'wikidata-en-ar-name-tokens.tsv'),
    out: path.join(ROOT, 'models', 'names.json'),
    minCount: 2,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--in' && v) (opts.in = path.resolve(v)), i++;
    else if (a === '--out' && v) (opts.out = path.resolve(v)), i++;
    else if (a === '--min-count' && v && /^\d+$/.test(v)) (opts.minCount = Number(v)), i++;
    else {
      console.error(`build-names: unknown or incomplete argument: ${a}`);
      console.error('usage: node scripts/build-names.mjs [--in FILE] [--out FILE] [--min-count N]');
      process.exit(2);
    }
  }
  return opts;
}

const FOLD = new Map([
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'ء'], ['ئ', 'ء'],
]);

/** The match key of an Arabic spelling, or null when it is not a plain Arabic word. */
function keyOf(spelled) {
  let out = '';
  for (const ch of spelled.replace(/\s+/gu, '')) {
    const c = ch.codePointAt(0);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue; // tashkeel, tatweel
    const f = FOLD.get(ch) ?? ch;
    const fc = f.codePointAt(0);
    if (fc < 0x0621 || fc > 0x064a) return null; // not an Arabic letter
    out += f;
  }
  return out.length >= 2 ? out : null;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let raw;
  try {
    raw = readFileSync(opts.in, 'utf8');
  } catch (e) {
    console.error(`build-names: cannot read ${opts.in}: ${e.message}`);
    process.exit(1);
  }
  const counts = new Map();
  let rows = 0;
  let skipped = 0;
  for (const line of raw.split(/\r?\n/u)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const count = Number(cols[2]);
    // The file has no header; a first line whose count is not a number would be one.
    if (cols.length < 3 || !Number.isFinite(count)) {
      skipped++;
      continue;
    }
    rows++;
    const key = keyOf(cols[1]);
    if (key === null) {
      skipped++;
      continue;
    }
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const kept = [...counts.entries()].filter(([, c]) => c >= opts.minCount);
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const head = {
    about: 'Arabic person-name tokens (match keys) with how often Wikidata spells a name token that way.',
    source: 'wikidata-en-ar-name-tokens.tsv, mined from Wikidata; built by scripts/build-names.mjs',
    license: 'CC0-1.0',
    minCount: opts.minCount,
    size: kept.length,
  };
  const lines = kept.map(([k, c]) => `${JSON.stringify(k)}:${c}`);
  const json = `${JSON.stringify(head).slice(0, -1)},"tokens":{\n${lines.join(',\n')}\n}}\n`;
  JSON.parse(json); // refuse to write a file that would not load
  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, json);
  console.log(
    `build-names: ${rows} rows, ${skipped} skipped, ${counts.size} keys, ${kept.length} kept (count >= ${opts.minCount}), ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB → ${path.relative(process.cwd(), opts.out) || opts.out}`,
  );
}

main();
