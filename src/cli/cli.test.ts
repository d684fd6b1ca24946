// End-to-end tests of the rasd command, run as a user runs it: a child process on a temp store.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_DESALINATION, PAGE_BRIDGE_WRAPPED, PAGE_OLIVE_HARVEST, PAGE_ENGLISH, PAGE_VISIT_A, PAGE_VISIT_B } from '../testing/pages.js';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), 'main.js');

function rasd(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    cwd,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function corpus(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
  made.push(dir);
  mkdirSync(join(dir, 'in', 'gulf-daily'), { recursive: true });
  mkdirSync(join(dir, 'in', 'levant'), { recursive: true });
  writeFileSync(join(dir, 'in', 'gulf-daily', 'water.txt'), PAGE_DESALINATION);
  writeFileSync(join(dir, 'in', 'levant', 'bridge.txt'), PAGE_BRIDGE_WRAPPED);
  writeFileSync(join(dir, 'in', 'levant', 'olives.txt'), PAGE_OLIVE_HARVEST);
  writeFileSync(join(dir, 'in', 'levant', 'english.txt'), PAGE_ENGLISH);
  writeFileSync(join(dir, 'in', 'levant', 'empty.txt'), '');
  writeFileSync(join(dir, 'in', 'levant', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  return { dir, db: join(dir, 'store.db') };
}

test('ingest reports added, present and rejected files, and a second ingest adds nothing', () => {
  const { dir, db } = corpus();
  const first = rasd(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /3 added, 0 already present, 3 rejected/);
  assert.match(first.out, /english\.txt: .*Arabic/);
  assert.match(first.out, /empty\.txt: .*empty/);
  assert.match(first.out, /photo\.txt: .*binary/);
  const second = rasd(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(second.code, 0);
  assert.match(second.out, /0 added, 3 already present, 3 rejected/);
  const docs = JSON.parse(rasd(['docs', '--json', '--db', db]).out);
  assert.equal(docs.length, 3);
});

test('docs --json and show --json keep the contract fields', () => {
  const { dir, db } = corpus();
  rasd(['ingest', join(dir, 'in'), '--db', db]);
  const docs = JSON.parse(rasd(['docs', '--json', '--db', db]).out) as Array<Record<string, unknown>>;
  const water = docs.find((d) => String(d['source']).endsWith('water.txt'))!;
  for (const field of ['id', 'source', 'title', 'text', 'captions', 'removed']) assert.ok(field in water, field);
  assert.equal(water['title'], 'افتتاح أكبر محطة لتحلية المياه على ساحل الخليج');
  assert.equal(water['source'], join(dir, 'in', 'gulf-daily', 'water.txt'));
  const text = water['text'] as string;
  assert.ok(!text.includes('اقرأ أيضاً'));
  assert.ok(!text.includes('منصور العتيبي'));
  assert.ok(text.includes('طاقة نظيفة'), 'a subheading stays in the body');
  const removed = water['removed'] as Array<{ line: string; reason: string }>;
  assert.ok(removed.some((r) => r.reason === 'read-also'));
  assert.ok(removed.some((r) => r.reason === 'masthead' && r.line === 'منصور العتيبي'));

  const shown = JSON.parse(rasd(['show', String(water['id']).slice(0, 6), '--json', '--db', db]).out);
  assert.equal(shown.id, water['id']);
  assert.ok(shown.sentences.length >= 4);
  for (const s of shown.sentences) {
    assert.ok(s.start >= 0 && s.end <= shown.text.length && s.start < s.end);
    assert.equal(shown.text.slice(s.start, s.end).trim(), shown.text.slice(s.start, s.end));
  }
});

test('search is Arabic-normalized and stemmed, with highlighted snippets', () => {
  const { dir, db } = corpus();
  rasd(['ingest', join(dir, 'in'), '--db', db]);
  const hits = JSON.parse(rasd(['search', 'جسر', '--json', '--db', db]).out);
  assert.equal(hits.length, 1);
  assert.ok(hits[0].source.endsWith('bridge.txt'));
  for (const field of ['id', 'source', 'title', 'snippet']) assert.ok(field in hits[0], field);
  const h = hits[0].highlights[0];
  assert.equal(hits[0].snippet.slice(h.start, h.end), 'الجسر');
  // hamza/alef folding: the query spells the word without hamza
  const folded = JSON.parse(rasd(['search', 'اعلنت وزاره الفلاحه', '--json', '--db', db]).out);
  assert.ok(folded[0].source.endsWith('olives.txt'));
  const plain = rasd(['search', 'الجبيل', '--db', db]);
  assert.equal(plain.code, 0);
  assert.match(plain.out, /\[الجبيل\]/);
  assert.match(rasd(['search', 'الجبيل', '--limit', '0', '--db', db]).err, /--limit must be a positive whole number/);
});

test('usage errors exit 2, missing stores exit 1, and every command has --help', () => {
  const { dir, db } = corpus();
  assert.equal(rasd([]).code, 2);
  assert.equal(rasd(['frobnicate']).code, 2);
  assert.equal(rasd(['ingest', '--db', db]).code, 2);
  assert.equal(rasd(['show', '--db', db]).code, 2);
  assert.equal(rasd(['search', '--db', db]).code, 2);
  assert.equal(rasd(['docs', '--bogus']).code, 2);
  const missing = rasd(['docs', '--db', join(dir, 'nope.db')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /nope\.db does not exist/);
  for (const verb of ['ingest', 'docs', 'show', 'search', 'entities', 'eval']) {
    const h = rasd([verb, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, new RegExp(`usage: rasd ${verb}`));
  }
  rasd(['ingest', join(dir, 'in'), '--db', db]);
  const unknown = rasd(['show', 'ffffffff', '--db', db]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /DOC_NOT_FOUND/);
});

test('RASD_DB chooses the store, and rasd.db in the current directory is the default', () => {
  const { dir } = corpus();
  const viaEnv = join(dir, 'env.db');
  assert.equal(rasd(['ingest', join(dir, 'in', 'gulf-daily')], { RASD_DB: viaEnv }).code, 0);
  assert.equal(JSON.parse(rasd(['docs', '--json'], { RASD_DB: viaEnv }).out).length, 1);
  const env = { ...process.env } as Record<string, string>;
  delete env['RASD_DB'];
  const r = spawnSync(process.execPath, [MAIN, 'ingest', join(dir, 'in', 'levant', 'bridge.txt')], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const d = spawnSync(process.execPath, [MAIN, 'docs', '--json'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(JSON.parse(d.stdout).length, 1);
});

test('show --json adds mentions, quantities, dates and the publication date; entities links spellings', () => {
  const { dir, db } = corpus();
  mkdirSync(join(dir, 'news', 'sudan-daily'), { recursive: true });
  mkdirSync(join(dir, 'news', 'cairo-post'), { recursive: true });
  writeFileSync(join(dir, 'news', 'sudan-daily', 'visit.txt'), PAGE_VISIT_A);
  writeFileSync(join(dir, 'news', 'cairo-post', 'visit.txt'), PAGE_VISIT_B);
  const ing = rasd(['ingest', join(dir, 'news'), join(dir, 'in', 'levant', 'olives.txt'), '--db', db]);
  assert.equal(ing.code, 0, ing.err);
  assert.match(ing.out, /linked \d+ entity mentions to \d+ entities/);
  const docs = JSON.parse(rasd(['docs', '--json', '--db', db]).out) as Array<{ id: string; source: string }>;
  const idOf = (end: string) => docs.find((d) => d.source.endsWith(end))!.id;
  const a = JSON.parse(rasd(['show', idOf(join('sudan-daily', 'visit.txt')), '--json', '--db', db]).out);
  for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text, 'mention offsets index into text');
  for (const q of a.quantities) assert.equal(a.text.slice(q.start, q.end), q.text);
  for (const d of a.dates) assert.equal(a.text.slice(d.start, d.end), d.text);
  const guterres = a.mentions.find((m: { text: string }) => m.text === 'أنطونيو غوتيريش');
  assert.equal(guterres?.type, 'PER');
  assert.ok(a.mentions.some((m: { text: string; type: string }) => m.text === 'الفاشر' && m.type === 'LOC'));
  const money = a.quantities.find((q: { unit?: string }) => q.unit === 'USD');
  assert.equal(money.value, 300_000_000);
  assert.equal(money.qualifier, 'approx');
  assert.ok(a.dates.some((d: { value: string; precision: string }) => d.value === '2025-03-04' && d.precision === 'day'));
  assert.equal(a.published?.date, '2025-03-04');

  const b = JSON.parse(rasd(['show', idOf(join('cairo-post', 'visit.txt')), '--json', '--db', db]).out);
  const other = b.mentions.find((m: { text: string }) => m.text === 'أنطونيو جوتيريش');
  assert.ok(other, 'the other spelling is found');
  assert.equal(other.entity, guterres.entity, 'غوتيريش and جوتيريش are one entity');

  const people = JSON.parse(rasd(['entities', '--json', '--type', 'per', '--db', db]).out) as Array<{ id: string; surfaces: string[]; docs: unknown[] }>;
  const e = people.find((p) => p.id === guterres.entity)!;
  assert.ok(e.surfaces.includes('أنطونيو غوتيريش') && e.surfaces.includes('أنطونيو جوتيريش'));
  assert.equal(e.docs.length, 2);
  assert.ok(people.every((p) => p.id !== undefined));
  // The olive page's render date at the top is not a publication date.
  const olives = JSON.parse(rasd(['show', idOf('olives.txt'), '--json', '--db', db]).out);
  assert.equal(olives.published, null);
  assert.equal(rasd(['entities', '--type', 'THING', '--db', db]).code, 2);
});
