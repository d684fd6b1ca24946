// Killing `rasd ingest` at any moment leaves a store that opens, with every file either
// fully in or fully out, and a re-run completes the batch without duplicates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { PAGE_DESALINATION, PAGE_OLIVE_HARVEST } from '../testing/pages.js';

const TITLE_DESALINATION = 'افتتاح أكبر محطة لتحلية المياه على ساحل الخليج';
const TITLE_OLIVES = 'موسم الزيتون يسجل إنتاجا قياسيا في الجهات الداخلية';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'main.js');
const FILES = 600;

function countDocs(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0;
  }
}

test('SIGKILL in the middle of an ingest leaves every file fully in or fully out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-kill-'));
  for (let i = 0; i < FILES; i++) {
    const outlet = join(dir, 'in', `outlet-${i % 3}`);
    mkdirSync(outlet, { recursive: true });
    // Every page is its own report (own headline, own figure), as in a real batch: a headline
    // shared by hundreds of an outlet's pages would rightly be taken for outlet chrome.
    const [page, title] = i % 2 ? [PAGE_DESALINATION, TITLE_DESALINATION] : [PAGE_OLIVE_HARVEST, TITLE_OLIVES];
    const unique = page.replaceAll(title, `${title} في يومها رقم ${i}`) + `\nوبلغ عدد الزوار ${i} زائرا في اليوم الأول.\n`;
    writeFileSync(join(outlet, `p${i}.txt`), unique);
  }
  const db = join(dir, 'store.db');
  const child = spawn(process.execPath, [MAIN, 'ingest', join(dir, 'in'), '--db', db], { stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  // Kill as soon as some documents are in: mid-batch by construction.
  for (let i = 0; i < 2000 && countDocs(db) < 20; i++) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGKILL');
  await exited;

  const c = new Database(db);
  assert.equal((c.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  const n = (c.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  assert.ok(n > 0 && n < FILES, `the kill landed mid-batch (${n} of ${FILES} in)`);
  const ids = c.prepare('SELECT id, title, text, keys FROM documents').all() as Array<{ title: string; text: string; keys: string }>;
  for (const d of ids) assert.ok(d.title && d.text && d.keys, 'no half-written document');
  c.close();

  const rerun = spawnSync(process.execPath, [MAIN, 'ingest', join(dir, 'in'), '--db', db], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const m = /(\d+) added, (\d+) already present, (\d+) rejected/.exec(rerun.stdout)!;
  assert.equal(Number(m[1]) + Number(m[2]), FILES);
  assert.equal(Number(m[2]), n, 'what was in before the kill is recognized as present');
  assert.equal(countDocs(db), FILES);
  rmSync(dir, { recursive: true, force: true });
});
