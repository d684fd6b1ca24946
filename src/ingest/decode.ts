// Turns a file's bytes into text, or says exactly why it cannot: rasd reads UTF-8 (with or
// without BOM), UTF-16 with a BOM, and windows-1256, the older Arabic code page still
// found in news archives. Everything past the BOM is kept as it is.
import { RasdError } from '../errors.js';
import type { Encoding } from '../types.js';

/** The largest file rasd reads: no news report comes near it. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A text needs at least this many Arabic letters ... */
export const MIN_ARABIC_LETTERS = 20;
/** ... and at least this share of its letters Arabic. */
export const MIN_ARABIC_SHARE = 0.2;
/** Bytes that are not UTF-8 are read as windows-1256 only if the result is mostly Arabic. */
export const MIN_CP1256_ARABIC_SHARE = 0.5;
/**
 * Invalid UTF-8 whose non-ASCII characters are at least this share well-formed UTF-8 is
 * damaged UTF-8, not windows-1256: Arabic in windows-1256 is runs of bytes 0xC1–0xFE, which
 * almost never form a UTF-8 sequence, while read as windows-1256 damaged UTF-8 Arabic would
 * pass as Arabic (every UTF-8 Arabic letter becomes ط or ظ and another letter).
 */
export const DAMAGED_UTF8_SHARE = 0.5;

export interface Decoded {
  encoding: Encoding;
  text: string;
}

/** File signatures of common binary formats, so the message can say what the file is. */
const SIGNATURES: ReadonlyArray<{ name: string; at: number; bytes: readonly number[] }> = [
  { name: 'a PNG image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', at: 0, bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'a PDF document', at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'a ZIP archive (or a .docx/.xlsx/.epub)', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', at: 0, bytes: [0x1f, 0x8b] },
  { name: 'a 7z archive', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', at: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'an old Office document', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'an executable', at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { name: 'an SQLite database', at: 0, bytes: [...Buffer.from('SQLite format 3\0', 'latin1')] },
  { name: 'a video or audio file', at: 4, bytes: [0x66, 0x74, 0x79, 0x70] }, // ftyp
];

function startsWith(bytes: Buffer, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

function sizeText(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${n} bytes`;
}

/** Per BMP code point: 0 not yet known, 1 not a letter, 2 a letter, 3 an Arabic letter. */
const letterClass = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;

function classify(ch: string): number {
  // Tatweel (U+0640) only stretches a word: a letter to Unicode, but no letter of any script.
  if (ch === '\u0640' || !LETTER.test(ch)) return 1;
  return ARABIC.test(ch) ? 3 : 2;
}

/** How many letters the text has, and how many of them are Arabic. */
export function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let cls: number;
    if (c < 0x80) {
      cls = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 2 : 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      cls = classify(String.fromCodePoint(cp));
    } else {
      cls = letterClass[c]!;
      if (cls === 0) cls = letterClass[c] = classify(String.fromCharCode(c));
    }
    if (cls >= 2) letters++;
    if (cls === 3) arabic++;
  }
  return { letters, arabic };
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; and DEL. */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) n++;
  }
  return n;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}

function strict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM was already cut off; a second one is content and stays.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Throws BAD_ENCODING for bytes that are UTF-8 with a few malformed sequences (DAMAGED_UTF8_SHARE). */
function refuseDamagedUtf8(bytes: Buffer, source: string): void {
  const loose = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let good = 0;
  let first = -1;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c === 0xfffd) {
      if (first < 0) first = i;
      bad++;
    } else if (c > 0x7f && !(c >= 0xdc00 && c <= 0xdfff)) good++;
  }
  if (bad > 0 && good >= DAMAGED_UTF8_SHARE * (good + bad)) {
    throw new RasdError(
      'BAD_ENCODING',
      `${source}: damaged UTF-8: ${bad} malformed byte sequence${bad === 1 ? '' : 's'} among ${good} well-formed characters, the first at byte ${Buffer.byteLength(loose.slice(0, first))}`,
    );
  }
}

/**
 * Decodes one file's bytes. Throws RasdError with the file named in the message:
 * TOO_LARGE, EMPTY_FILE, BINARY_FILE, BAD_ENCODING or NOT_ARABIC.
 */
export function decodeBytes(bytes: Buffer, source: string): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new RasdError('TOO_LARGE', `${source}: ${sizeText(bytes.length)}, over the limit of ${sizeText(MAX_FILE_BYTES)}`);
  }
  if (bytes.length === 0) throw new RasdError('EMPTY_FILE', `${source}: 0 bytes`);

  // Detection order:
  //   1. UTF-8 BOM (EF BB BF)            -> UTF-8, strictly
  //   2. UTF-16LE BOM (FF FE) or BE (FE FF) -> UTF-16, strictly (UTF-32 BOMs are refused)
  //   (no BOM: NUL bytes or a known binary signature -> BINARY_FILE)
  //   3. strict UTF-8 (TextDecoder fatal) -> UTF-8
  //   3b. mostly well-formed UTF-8 (DAMAGED_UTF8_SHARE) -> BAD_ENCODING: damaged UTF-8
  //   4. windows-1256 -> accepted only when the result is mostly Arabic, else BAD_ENCODING
  let encoding: Encoding;
  let text: string | null;
  let viaCp1256 = false;
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new RasdError('BAD_ENCODING', `${source}: UTF-32 text is not supported; save it as UTF-8`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = strict('utf-8', bytes.subarray(3));
    if (text === null) throw new RasdError('BAD_ENCODING', `${source}: starts with a UTF-8 byte order mark but is not valid UTF-8`);
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(2);
    text = body.length % 2 === 0 ? strict(encoding, body) : null;
    if (text === null) {
      throw new RasdError('BAD_ENCODING', `${source}: starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`);
    }
  } else {
    for (const sig of SIGNATURES) {
      if (startsWith(bytes, sig.bytes, sig.at)) throw new RasdError('BINARY_FILE', `${source}: looks like ${sig.name}`);
    }
    if (bytes.includes(0)) {
      throw new RasdError('BINARY_FILE', `${source}: contains NUL bytes and no UTF-16 byte order mark`);
    }
    text = strict('utf-8', bytes);
    if (text !== null) {
      encoding = 'utf-8';
    } else {
      refuseDamagedUtf8(bytes, source);
      encoding = 'windows-1256';
      text = new TextDecoder('windows-1256').decode(bytes);
      viaCp1256 = true;
    }
  }

  if (/^[\s\u200B-\u200F\u2060]*$/u.test(text)) {
    throw new RasdError('EMPTY_FILE', `${source}: only whitespace (${sizeText(bytes.length)})`);
  }
  const controls = countControls(text);
  if (controls >= 2 && controls * 100 > text.length) {
    throw new RasdError('BINARY_FILE', `${source}: ${controls} control characters in ${text.length}`);
  }
  const { letters, arabic } = countLetters(text);
  if (viaCp1256 && arabic < Math.max(1, MIN_CP1256_ARABIC_SHARE * letters)) {
    throw new RasdError(
      'BAD_ENCODING',
      `${source}: not valid UTF-8, and read as windows-1256 it is not Arabic text (${percent(arabic, letters)} of ${letters} letters Arabic)`,
    );
  }
  if (arabic < MIN_ARABIC_LETTERS || arabic < MIN_ARABIC_SHARE * letters) {
    throw new RasdError(
      'NOT_ARABIC',
      `${source}: ${arabic} Arabic letters among ${letters} letters (${percent(arabic, letters)}); a report needs at least ${MIN_ARABIC_LETTERS} and ${percent(MIN_ARABIC_SHARE, 1)}`,
    );
  }
  return { encoding, text };
}
