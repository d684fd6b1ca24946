// Arabic character data, as plain tables. The code that turns these into lookup tables
// lives in src/text/normalize.ts; keeping the data apart lets a linguist review it alone.

/** Inclusive code point ranges. */
export type Range = readonly [number, number];

/** Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks. */
export const TASHKEEL: readonly Range[] = [
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
];

export const TATWEEL = 0x0640;

/** Invisible joiners and spaces that pages carry by accident (copy-paste, CMS editors). */
export const ZERO_WIDTH: readonly number[] = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad];

export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;

/** Directional marks and embeddings: they steer rendering and carry no text. */
export const BIDI_CONTROLS: readonly Range[] = [
  [0x200e, 0x200f],
  [0x061c, 0x061c],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** Unicode spaces other than the ASCII ones, all shown as a plain space. */
export const OTHER_SPACES: readonly Range[] = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

/** Line and paragraph separators some editors emit instead of '\n'. */
export const OTHER_LINE_BREAKS: readonly number[] = [0x0085, 0x2028, 0x2029];

/** Presentation forms A and B: legacy encodings of contextual shapes and ligatures. */
export const PRESENTATION_FORMS: readonly Range[] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

export const HAMZA = 0x0621;
export const HAMZA_ABOVE = 0x0654;

/** Letters that, followed by a combining hamza above, spell a seated hamza (ؤ ئ). */
export const HAMZA_SEATS: readonly number[] = [0x0648, 0x064a, 0x0649];

/**
 * Letter folds for the match key. Alef forms collapse because writers drop hamza
 * inconsistently; the hamza seats collapse so مسؤول and مسئول meet. Persian yeh and
 * keheh come from Persian keyboards and mean the Arabic letters.
 */
export const MATCH_LETTER_FOLDS: readonly (readonly [number, number])[] = [
  [0x0623, 0x0627], // أ
  [0x0625, 0x0627], // إ
  [0x0622, 0x0627], // آ
  [0x0671, 0x0627], // ٱ
  [0x0672, 0x0627], // ٲ
  [0x0673, 0x0627], // ٳ
  [0x0649, 0x064a], // ى → ي
  [0x06cc, 0x064a], // ی Persian yeh
  [0x06a9, 0x0643], // ک keheh
  [0x0629, 0x0647], // ة → ه
  [0x0624, 0x0621], // ؤ → ء
  [0x0626, 0x0621], // ئ → ء
];

/** Digit blocks: first code point of each run of ten digits 0–9. */
export const DIGIT_ZEROS: readonly number[] = [0x0030, 0x0660, 0x06f0];

export const ARABIC_DECIMAL_SEPARATOR = 0x066b; // ٫
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // ٬

/** Arabic punctuation and its ASCII counterpart, for the match key. */
export const MATCH_PUNCT_FOLDS: readonly (readonly [number, number])[] = [
  [0x066b, 0x2e], // ٫ decimal separator
  [0x066c, 0x2c], // ٬ thousands separator
  [0x060c, 0x2c], // ،
  [0x061b, 0x3b], // ؛
  [0x061f, 0x3f], // ؟
  [0x066a, 0x25], // ٪
];

/** Letters of the Arabic script (not marks, not tatweel, not digits or punctuation). */
export const ARABIC_LETTERS: readonly Range[] = [
  [0x0620, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x0887],
  [0x0889, 0x088e],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfbb1],
  [0xfbd3, 0xfd3d],
  [0xfd50, 0xfd8f],
  [0xfd92, 0xfdc7],
  [0xfdf0, 0xfdfb],
  [0xfe80, 0xfefc],
];

/** Characters that end a sentence. */
export const SENTENCE_TERMINATORS: readonly number[] = [
  0x2e, // .
  0x21, // !
  0x3f, // ?
  0x061f, // ؟
  0x2026, // …
  0x06d4, // ۔
];

/** Characters that may trail a terminator and still belong to its sentence. */
export const CLOSING_MARKS: readonly number[] = [
  0x22, // "
  0x27, // '
  0x201d, // ”
  0x2019, // ’
  0x00bb, // »
  0x203a, // ›
  0x29, // )
  0x5d, // ]
  0x7d, // }
];

/** Punctuation after which a sentence cannot have ended (a clause goes on). */
export const CLAUSE_CONTINUERS: readonly number[] = [
  0x2c, // ,
  0x060c, // ،
  0x3b, // ;
  0x061b, // ؛
  0x29, // )
  0x5d, // ]
];

/** Punctuation characters; everything else that is not a letter, digit or space is a symbol. */
export const PUNCTUATION: readonly number[] = [
  0x2e, 0x2c, 0x3b, 0x3a, 0x3f, 0x21, 0x060c, 0x061b, 0x061f, 0x06d4, 0x066b, 0x066c,
  0x22, 0x27, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0x201a, 0x00ab, 0x00bb, 0x2039, 0x203a,
  0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0xfd3e, 0xfd3f,
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212,
  0x2026, 0x2f, 0x5c, 0x00b7, 0x2022, 0x00a1, 0x00bf,
];
