import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRasdError, type ErrorCode } from '../errors.js';
import { MAX_FILE_BYTES, countLetters, decodeBytes } from './decode.js';

const REPORT = 'أعلنت وزارة الزراعة اليوم عن خطة لدعم صغار المزارعين،\r\nوقال المتحدث إن الخطة تشمل توزيع البذور مجاناً؟\n';

/** windows-1256 bytes for `text`, built by inverting the platform's decoder over 0x00–0xFF. */
function encodeCp1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (!table.has(ch)) table.set(ch, b);
  }
  return Buffer.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`not in windows-1256: U+${ch.codePointAt(0)!.toString(16)}`);
      return b;
    }),
  );
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

function throwsCode(fn: () => unknown, code: ErrorCode, file = 'الملف.txt'): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isRasdError(e), `expected a RasdError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.ok(e.message.includes(file), `the message names the file: ${e.message}`);
    return true;
  });
}

test('UTF-8 without BOM', () => {
  assert.deepEqual(decodeBytes(Buffer.from(REPORT, 'utf8'), 'a.txt'), { encoding: 'utf-8', text: REPORT });
});

test('UTF-8 with BOM: the BOM is removed, everything else kept (a later U+FEFF too)', () => {
  const text = `${REPORT}\uFEFFبقية`;
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  assert.deepEqual(decodeBytes(bytes, 'a.txt'), { encoding: 'utf-8', text });
});

test('UTF-16LE and UTF-16BE with BOMs, astral characters included', () => {
  const text = `${REPORT}📰 نهاية الخبر\u200F`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
  assert.deepEqual(decodeBytes(le, 'le.txt'), { encoding: 'utf-16le', text });
  assert.deepEqual(decodeBytes(be, 'be.txt'), { encoding: 'utf-16be', text });
});

test('windows-1256', () => {
  const text = `${REPORT}قَالَ الوزير: «الموسم واعد» ؛ 12 مليون ريال.\r\n`;
  const bytes = encodeCp1256(text);
  assert.equal(bytes.length, [...text].length); // one byte per character
  assert.deepEqual(decodeBytes(bytes, 'old.txt'), { encoding: 'windows-1256', text });
});

test('Arabic bytes in windows-1256 are never valid UTF-8, so they are not mistaken for it', () => {
  const bytes = encodeCp1256('السلام عليكم ورحمة الله وبركاته، أهلا وسهلا بكم جميعا');
  assert.equal(decodeBytes(bytes, 'x').encoding, 'windows-1256');
});

test('UTF-8 with a damaged byte is refused, naming where, not read as windows-1256 mojibake', () => {
  const good = Buffer.from(`${REPORT}وأكد الوزير أن الاجتماع المقبل سيعقد في الرباط.\n`, 'utf8');
  // A truncated two-byte letter: the lead byte of "ت" (D8 AA) followed by "(".
  const at = good.indexOf(Buffer.from('الوزير', 'utf8'));
  const damaged = Buffer.concat([good.subarray(0, at), Buffer.from([0xd8, 0x28]), good.subarray(at)]);
  assert.throws(
    () => decodeBytes(damaged, 'مكسور.txt'),
    (e: unknown) => isRasdError(e) && e.code === 'BAD_ENCODING' && /مكسور\.txt: damaged UTF-8: 1 malformed byte sequence among \d+ well-formed characters, the first at byte (\d+)/.test(e.message) && e.message.endsWith(`byte ${at}`),
  );
  // Without the damage it decodes, and windows-1256 text with a stray UTF-8-like pair still reads as windows-1256.
  assert.equal(decodeBytes(good, 'سليم.txt').encoding, 'utf-8');
  const cp = Buffer.concat([encodeCp1256('السلام عليكم ورحمة الله وبركاته، أهلا وسهلا بكم جميعا'), Buffer.from('é', 'utf8')]);
  assert.equal(decodeBytes(cp, 'x').encoding, 'windows-1256');
});

test('empty: no bytes, whitespace only, a BOM only, UTF-16 spaces', () => {
  throwsCode(() => decodeBytes(Buffer.alloc(0), 'الملف.txt'), 'EMPTY_FILE');
  throwsCode(() => decodeBytes(Buffer.from(' \t\r\n \n\u00A0', 'utf8'), 'الملف.txt'), 'EMPTY_FILE');
  throwsCode(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf]), 'الملف.txt'), 'EMPTY_FILE');
  throwsCode(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x0a, 0x20]), 'الملف.txt'), 'EMPTY_FILE');
  throwsCode(() => decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('  \n', 'utf16le')]), 'الملف.txt'), 'EMPTY_FILE');
});

test('binary: NUL bytes without a UTF-16 BOM', () => {
  const bytes = Buffer.concat([Buffer.from(REPORT), Buffer.from([0, 1, 2, 0]), Buffer.from(REPORT)]);
  throwsCode(() => decodeBytes(bytes, 'الملف.txt'), 'BINARY_FILE');
  // UTF-16 without a BOM is refused the same way.
  throwsCode(() => decodeBytes(Buffer.from(REPORT, 'utf16le'), 'الملف.txt'), 'BINARY_FILE');
});

test('binary: a PNG header, alone or with its first chunk', () => {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
  throwsCode(() => decodeBytes(signature, 'الملف.txt'), 'BINARY_FILE');
  assert.throws(() => decodeBytes(Buffer.concat([signature, ihdr]), 'الملف.png'), /PNG/);
});

test('binary: many control characters and no NUL', () => {
  const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 + (i % 8) : 0xc7)));
  throwsCode(() => decodeBytes(noise, 'الملف.txt'), 'BINARY_FILE');
  // One stray control character in a real report is not binary.
  const one = Buffer.from(`${REPORT}${REPORT}\u001A`, 'utf8');
  assert.equal(decodeBytes(one, 'x').text, `${REPORT}${REPORT}\u001A`);
});

test('bad encoding: Latin text that is not UTF-8, broken UTF-8 after a BOM, broken UTF-16, UTF-32', () => {
  // French in latin-1: not UTF-8, and as windows-1256 it is not Arabic.
  const latin1 = Buffer.from('Le ministère a annoncé une réforme économique très attendue à Paris.', 'latin1');
  throwsCode(() => decodeBytes(latin1, 'الملف.txt'), 'BAD_ENCODING');
  const brokenUtf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT), Buffer.from([0xc7, 0xe1])]);
  throwsCode(() => decodeBytes(brokenUtf8, 'الملف.txt'), 'BAD_ENCODING');
  const oddUtf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le'), Buffer.from([0x41])]);
  throwsCode(() => decodeBytes(oddUtf16, 'الملف.txt'), 'BAD_ENCODING');
  const loneSurrogate = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
  throwsCode(() => decodeBytes(loneSurrogate, 'الملف.txt'), 'BAD_ENCODING');
  const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('ا\0\0\0', 'latin1')]);
  throwsCode(() => decodeBytes(utf32, 'الملف.txt'), 'BAD_ENCODING');
});

test('not Arabic: English only, too few Arabic letters, too small a share', () => {
  const english = 'The ministry announced a new plan to support small farmers this season.\n';
  throwsCode(() => decodeBytes(Buffer.from(english), 'الملف.txt'), 'NOT_ARABIC');
  throwsCode(() => decodeBytes(Buffer.from('خبر عاجل قصير'), 'الملف.txt'), 'NOT_ARABIC'); // 11 letters
  const mostlyEnglish = `${english.repeat(6)}أعلنت وزارة الزراعة اليوم خطة`;
  throwsCode(() => decodeBytes(Buffer.from(mostlyEnglish), 'الملف.txt'), 'NOT_ARABIC');
  // Mixed text with enough Arabic passes.
  const mixed = `${english}${REPORT}`;
  assert.equal(decodeBytes(Buffer.from(mixed), 'x').text, mixed);
});

test('too large: over MAX_FILE_BYTES', () => {
  assert.equal(MAX_FILE_BYTES, 20 * 1024 * 1024);
  throwsCode(() => decodeBytes(Buffer.alloc(MAX_FILE_BYTES + 1, 0x20), 'الملف.txt'), 'TOO_LARGE');
});

test('countLetters counts Arabic letters among all letters, not digits, marks or tatweel', () => {
  assert.deepEqual(countLetters('سلام abc ١٢٣ 123 ـَـ'), { letters: 7, arabic: 4 });
  assert.deepEqual(countLetters('ﻻ 𝐀'), { letters: 2, arabic: 1 });
});
