import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { isRasdError, type ErrorCode } from '../errors.js';
import { MAX_FILE_BYTES } from './decode.js';
import { readDocFile, walkPaths } from './walk.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-walk-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Builds a tree from { 'a/b.txt': 'content' }; directories are made as needed. */
function tree(name: string, files: Record<string, string>): string {
  const base = join(root, name);
  for (const [rel, content] of Object.entries(files)) {
    const path = join(base, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return base;
}

function throwsCode(fn: () => unknown, code: ErrorCode, path: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isRasdError(e), `expected a RasdError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.ok(e.message.includes(path), e.message);
    return true;
  });
}

test('walks nested directories, sorted by path, outlet = parent directory name', () => {
  const base = tree('nested', {
    'الجريدة/٢.txt': 'ب',
    'الجريدة/1.txt': 'أ',
    'الجريدة/أرشيف/قديم.txt': 'ج',
    'الجريدة/أرشيف/عميق/جدا/خبر.txt': 'د',
    'وكالة/خبر.txt': 'هـ',
  });
  const { files, rejections } = walkPaths([base]);
  assert.deepEqual(rejections, []);
  const want = [
    ['الجريدة/1.txt', 'الجريدة'],
    ['الجريدة/أرشيف/عميق/جدا/خبر.txt', 'جدا'],
    ['الجريدة/أرشيف/قديم.txt', 'أرشيف'],
    ['الجريدة/٢.txt', 'الجريدة'],
    ['وكالة/خبر.txt', 'وكالة'],
  ].map(([rel, outlet]) => ({ path: base + sep + rel!.split('/').join(sep), outlet: outlet! }));
  assert.deepEqual(files, want);
  const paths = files.map((f) => f.path);
  assert.deepEqual(paths, [...paths].sort());
});

test('skips hidden files and directories below a directory, but reads a hidden file given directly', () => {
  const base = tree('hidden', {
    'مصدر/ظاهر.txt': 'x',
    'مصدر/.مخفي.txt': 'x',
    'مصدر/.git/config': 'x',
    '.cache/خبر.txt': 'x',
  });
  assert.deepEqual(walkPaths([base]).files.map((f) => f.path), [join(base, 'مصدر', 'ظاهر.txt')]);
  const hidden = join(base, 'مصدر', '.مخفي.txt');
  assert.deepEqual(walkPaths([hidden]).files, [{ path: hidden, outlet: 'مصدر' }]);
  // A given directory is walked even when its own name starts with a dot.
  assert.deepEqual(walkPaths([join(base, '.cache')]).files.map((f) => f.path), [join(base, '.cache', 'خبر.txt')]);
});

test('a symlink loop is walked once and ends; dangling and self links are rejections', () => {
  const base = tree('loop', { 'أ/خبر.txt': 'x', 'ب/تقرير.txt': 'y' });
  symlinkSync('..', join(base, 'ب', 'رجوع')); // ب/رجوع -> the tree root: a cycle
  symlinkSync(join(base, 'ب'), join(base, 'أ', 'ب-ثانية')); // a second way into ب
  symlinkSync('لا-شيء', join(base, 'أ', 'معلق')); // dangling
  symlinkSync('ذاتي', join(base, 'أ', 'ذاتي')); // points at itself
  const { files, rejections } = walkPaths([base]);
  // ب is walked once, under the first of its two paths.
  assert.deepEqual(files.map((f) => f.path), [join(base, 'أ', 'ب-ثانية', 'تقرير.txt'), join(base, 'أ', 'خبر.txt')]);
  assert.deepEqual(
    rejections.map((r) => [r.source, r.code]),
    [
      [join(base, 'أ', 'ذاتي'), 'UNREADABLE'],
      [join(base, 'أ', 'معلق'), 'NOT_FOUND'],
    ],
  );
  // Starting inside the loop also ends.
  const inner = walkPaths([join(base, 'ب', 'رجوع')]);
  assert.equal(inner.files.length, 2);
});

test('a file given twice, or reached through a link, is listed once', () => {
  const base = tree('twice', { 'مصدر/خبر.txt': 'x' });
  symlinkSync(join(base, 'مصدر', 'خبر.txt'), join(base, 'مصدر', 'وصلة.txt'));
  const file = join(base, 'مصدر', 'خبر.txt');
  const { files } = walkPaths([base, file, base]);
  assert.deepEqual(files, [{ path: file, outlet: 'مصدر' }]);
});

test('paths are reported as given, not made absolute', () => {
  const base = tree('relative', { 'قناة/خبر.txt': 'x' });
  const rel = relative(process.cwd(), base);
  assert.deepEqual(walkPaths([rel]).files, [{ path: `${rel}${sep}قناة${sep}خبر.txt`, outlet: 'قناة' }]);
  assert.deepEqual(walkPaths([`${rel}${sep}`]).files, [{ path: `${rel}${sep}قناة${sep}خبر.txt`, outlet: 'قناة' }]);
});

test('a missing path is a NOT_FOUND rejection and the rest is still walked', () => {
  const base = tree('missing', { 'مصدر/خبر.txt': 'x' });
  const missing = join(base, 'غير-موجود');
  const { files, rejections } = walkPaths([missing, base]);
  assert.equal(files.length, 1);
  assert.equal(rejections.length, 1);
  assert.equal(rejections[0]!.source, missing);
  assert.equal(rejections[0]!.code, 'NOT_FOUND');
  assert.ok(rejections[0]!.reason.includes(missing));
  assert.equal(walkPaths([join(base, 'مصدر', 'خبر.txt', 'تحت-ملف')]).rejections[0]!.code, 'NOT_FOUND');
});

test('something that is not a file or directory, given directly, is UNREADABLE', { skip: !existsSync('/dev/null') }, () => {
  const { files, rejections } = walkPaths(['/dev/null']);
  assert.deepEqual(files, []);
  assert.deepEqual(rejections.map((r) => r.code), ['UNREADABLE']);
});

test('an unreadable directory is an UNREADABLE rejection', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, async () => {
  const { chmodSync } = await import('node:fs');
  const base = tree('locked', { 'مقفل/خبر.txt': 'x', 'مفتوح/خبر.txt': 'y' });
  chmodSync(join(base, 'مقفل'), 0o000);
  try {
    const { files, rejections } = walkPaths([base]);
    assert.deepEqual(files.map((f) => f.outlet), ['مفتوح']);
    assert.deepEqual(rejections.map((r) => r.code), ['UNREADABLE']);
  } finally {
    chmodSync(join(base, 'مقفل'), 0o755);
  }
});

test('readDocFile reads the bytes as they are', () => {
  const base = tree('read', {});
  mkdirSync(base, { recursive: true });
  const file = join(base, 'خبر.txt');
  const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0xd8, 0xae, 0x0d, 0x0a, 0x00, 0xff]);
  writeFileSync(file, bytes);
  const got = readDocFile(file);
  assert.ok(got.bytes.equals(bytes));
  assert.equal(got.size, bytes.length);
  writeFileSync(join(base, 'فارغ.txt'), '');
  assert.equal(readDocFile(join(base, 'فارغ.txt')).bytes.length, 0);
});

test('readDocFile refuses a file over the limit without reading it (sparse file)', () => {
  const file = join(tree('big', {}), 'ضخم.txt');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '');
  truncateSync(file, MAX_FILE_BYTES + 1);
  throwsCode(() => readDocFile(file), 'TOO_LARGE', file);
  truncateSync(file, MAX_FILE_BYTES);
  assert.equal(readDocFile(file).size, MAX_FILE_BYTES);
});

test('readDocFile: missing is NOT_FOUND; a directory or a device is UNREADABLE', () => {
  const base = tree('readerr', { 'مصدر/خبر.txt': 'x' });
  throwsCode(() => readDocFile(join(base, 'لا.txt')), 'NOT_FOUND', 'لا.txt');
  throwsCode(() => readDocFile(join(base, 'مصدر')), 'UNREADABLE', 'مصدر');
  if (existsSync('/dev/zero')) throwsCode(() => readDocFile('/dev/zero'), 'UNREADABLE', '/dev/zero');
  const self = join(base, 'ذاتي');
  symlinkSync('ذاتي', self);
  throwsCode(() => readDocFile(self), 'UNREADABLE', self);
});

test('below a directory only .txt, .text and extensionless files are read; the rest are listed as skipped', () => {
  const base = tree('mixed', {
    'وكالة/خبر.txt': 'أ',
    'وكالة/خبر-ثان.TXT': 'ب',
    'وكالة/بلا-امتداد': 'ج',
    'وكالة/README.md': 'د',
    'وكالة/index.json': '{}',
  });
  const { files, skipped } = walkPaths([base]);
  assert.deepEqual(
    files.map((f) => relative(base, f.path)).sort(),
    [join('وكالة', 'بلا-امتداد'), join('وكالة', 'خبر-ثان.TXT'), join('وكالة', 'خبر.txt')].sort(),
  );
  assert.deepEqual(skipped.map((p) => relative(base, p)), [join('وكالة', 'README.md'), join('وكالة', 'index.json')]);
  // A file named on the command line is read whatever its name.
  assert.equal(walkPaths([join(base, 'وكالة', 'README.md')]).files.length, 1);
});
