// `npm run demo`: rasd's main job on its embedded default. Ingests the sample corpus
// into rasd.db in the current directory and shows what came out. Safe to run twice:
// the second ingest adds nothing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(repo, 'dist', 'src', 'cli', 'main.js');
const samples = relative(process.cwd(), join(repo, 'samples')) || '.';

function rasd(...args) {
  console.log(`\n$ rasd ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [main, ...args], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.exit(r.status ?? 1);
  return r.stdout;
}

rasd('ingest', samples);
rasd('docs');
const hits = JSON.parse(spawnSync(process.execPath, [main, 'search', 'المانحين', '--json'], { encoding: 'utf8' }).stdout || '[]');
rasd('search', 'المانحين', '--limit', '3');
if (hits[0]) rasd('show', hits[0].id);
rasd('stories');
const stories = JSON.parse(spawnSync(process.execPath, [main, 'stories', '--json'], { encoding: 'utf8' }).stdout || '[]');
if (stories[0]) rasd('story', stories[0].id);
console.log('\nThe store is rasd.db in this directory. Try: npx rasd search QUERY, npx rasd story ID --json, npx rasd entities');
