// Runs every compiled test file with Node's own test runner. Node 20 does not expand
// globs, so this lists the files: every *.test.js under dist/, in a stable order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const files = walk('dist', []);
if (files.length === 0) {
  console.error('run-tests: no compiled test files under dist/ (did tsc run?)');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
