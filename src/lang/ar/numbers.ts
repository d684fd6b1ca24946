// Arabic number words, as plain tables. The parser that reads them lives in
// src/text/number-words.ts; it folds every entry with normalizeForMatch on load, so one
// spelling per hamza/alef/ة/ى variant is enough (مئة = مئه, إحدى = احدي, ثمانى = ثماني).
// Case forms are listed where the letters differ (ثلاثون / ثلاثين, اثنان / اثنين).

/** Units 1–9 in every case and gender form that stands alone as a number. */
export const UNIT_WORDS: readonly (readonly [word: string, value: number])[] = [
  ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['ثنتان', 2], ['ثنتين', 2],
  ['ثلاثة', 3], ['ثلاث', 3],
  ['أربعة', 4], ['أربع', 4],
  ['خمسة', 5], ['خمس', 5],
  ['ستة', 6], ['ست', 6],
  ['سبعة', 7], ['سبع', 7],
  ['ثمانية', 8], ['ثماني', 8], ['ثمان', 8], ['ثمانيا', 8],
  ['تسعة', 9], ['تسع', 9],
];

/**
 * Units that are numbers only inside a compound (أحد عشر، واحد وعشرون، اثنا عشر): alone,
 * واحد is an adjective (في وقت واحد), أحد a pronoun (أحد المسؤولين), and the construct
 * forms of two are spelled like a verb (أثنى).
 */
export const COMPOUND_ONLY_UNIT_WORDS: readonly (readonly [word: string, value: number])[] = [
  ['واحد', 1], ['واحدة', 1], ['أحد', 1], ['إحدى', 1],
  ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2],
];

/** Ten, which also closes the teens (ثلاثة عشر، ثلاث عشرة). */
export const TEN_WORDS: readonly string[] = ['عشرة', 'عشر'];

/**
 * Ordinal units: before عشر/عشرة they make an ordinal teen (الحادي عشر، الثالثة عشرة),
 * so that عشر is not the number ten.
 */
export const ORDINAL_UNIT_WORDS: readonly string[] = [
  'الحادي', 'حادي', 'الحادية', 'حادية', 'الثاني', 'ثاني', 'الثانية', 'ثانية', 'الثالث', 'ثالث',
  'الثالثة', 'ثالثة', 'الرابع', 'رابع', 'الرابعة', 'رابعة', 'الخامس', 'خامس', 'الخامسة', 'خامسة',
  'السادس', 'سادس', 'السادسة', 'سادسة', 'السابع', 'سابع', 'السابعة', 'سابعة', 'الثامن', 'ثامن',
  'الثامنة', 'ثامنة', 'التاسع', 'تاسع', 'التاسعة', 'تاسعة',
];

/** Tens 20–90, nominative and oblique. */
export const TENS_WORDS: readonly (readonly [word: string, value: number])[] = [
  ['عشرون', 20], ['عشرين', 20],
  ['ثلاثون', 30], ['ثلاثين', 30],
  ['أربعون', 40], ['أربعين', 40],
  ['خمسون', 50], ['خمسين', 50],
  ['ستون', 60], ['ستين', 60],
  ['سبعون', 70], ['سبعين', 70],
  ['ثمانون', 80], ['ثمانين', 80],
  ['تسعون', 90], ['تسعين', 90],
];

/** Hundreds, written as one word (ثلاثمئة) or with both spellings of مئة/مائة. */
export const HUNDREDS_WORDS: readonly (readonly [word: string, value: number])[] = [
  ['مئة', 100], ['مائة', 100],
  ['مئتان', 200], ['مئتين', 200], ['مئتا', 200], ['مئتي', 200],
  ['مائتان', 200], ['مائتين', 200], ['مائتا', 200], ['مائتي', 200],
  ['ثلاثمئة', 300], ['ثلاثمائة', 300], ['ثلثمائة', 300], ['ثلثمئة', 300],
  ['أربعمئة', 400], ['أربعمائة', 400],
  ['خمسمئة', 500], ['خمسمائة', 500],
  ['ستمئة', 600], ['ستمائة', 600],
  ['سبعمئة', 700], ['سبعمائة', 700],
  ['ثمانمئة', 800], ['ثمانمائة', 800], ['ثمانيمئة', 800], ['ثمانيمائة', 800],
  ['تسعمئة', 900], ['تسعمائة', 900],
];

/** The word مئة itself: after a unit word (ثلاث مئة) it multiplies. */
export const HUNDRED_WORDS: readonly string[] = ['مئة', 'مائة'];

/**
 * How a scale word counts:
 * 'one'    singular: ألف = 1000, ثلاثون ألف(ا)... multiplies what precedes;
 * 'alif'   singular accusative or dual construct (ألفا، مليونا): multiplies what precedes,
 *          and alone is 2× before the counted thing (ألفا دولار) or 1× otherwise;
 * 'dual'   two of it (ألفان، مليونين);
 * 'plural' needs a count before it (ثلاثة آلاف); alone it is vague (آلاف الأشخاص).
 */
export type ScaleForm = 'one' | 'alif' | 'dual' | 'plural';

export const SCALE_WORDS: readonly (readonly [word: string, value: number, form: ScaleForm])[] = [
  ['ألف', 1e3, 'one'], ['ألفا', 1e3, 'alif'],
  ['ألفان', 1e3, 'dual'], ['ألفين', 1e3, 'dual'], ['ألفي', 1e3, 'dual'],
  ['آلاف', 1e3, 'plural'], ['ألوف', 1e3, 'plural'],
  ['مليون', 1e6, 'one'], ['مليونا', 1e6, 'alif'],
  ['مليونان', 1e6, 'dual'], ['مليونين', 1e6, 'dual'], ['مليوني', 1e6, 'dual'],
  ['ملايين', 1e6, 'plural'],
  ['مليار', 1e9, 'one'], ['مليارا', 1e9, 'alif'],
  ['ملياران', 1e9, 'dual'], ['مليارين', 1e9, 'dual'], ['ملياري', 1e9, 'dual'],
  ['مليارات', 1e9, 'plural'],
  ['بليون', 1e9, 'one'], ['بليونا', 1e9, 'alif'],
  ['بليونان', 1e9, 'dual'], ['بليونين', 1e9, 'dual'],
  ['بلايين', 1e9, 'plural'],
  ['تريليون', 1e12, 'one'], ['ترليون', 1e12, 'one'], ['تريليونا', 1e12, 'alif'], ['ترليونا', 1e12, 'alif'],
  ['تريليونان', 1e12, 'dual'], ['تريليونين', 1e12, 'dual'],
  ['تريليونات', 1e12, 'plural'], ['ترليونات', 1e12, 'plural'],
];

/** Fractions of a scale: نصف مليون، مليون ونصف، ألفان وربع. */
export const FRACTION_WORDS: readonly (readonly [word: string, value: number])[] = [
  ['نصف', 0.5],
  ['ربع', 0.25],
];

/** The conjunction that joins the parts of a compound number. */
export const NUMBER_CONJUNCTION = 'و';

/**
 * Proclitics a number word may carry (وثلاثين، بعشرة، لمئة، وبألفي). The first letter of
 * each is the conjunction when it is و or ف.
 */
export const NUMBER_CLITICS: readonly string[] = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Letters a word must keep after its clitic is stripped (so لست is not ل + ست). */
export const MIN_LETTERS_AFTER_CLITIC = 3;
