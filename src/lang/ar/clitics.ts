// Clitics for the light stemmer (after Larkey's Light10), as plain tables. Entries are
// written in ordinary spelling; the stemmer folds them with normalizeForMatch on load.

/**
 * Proclitics, the fewest letters that must remain after stripping each, and whether the
 * strip is guarded by PROTECTED_STARTS. Only one entry is stripped per word, the longest
 * that fits, so combinations are listed whole. Article forms may leave two letters
 * (Light10) and are never guarded: ال is always a clitic. A bare conjunction needs three
 * letters left; a bare ب ك ل ف needs four, because far more words begin with those
 * letters than carry them as a clitic (بلد، كتب، لجنة، فترة).
 */
export const PREFIXES: readonly (readonly [prefix: string, minRest: number, guarded: boolean])[] = [
  ['وبال', 2, false],
  ['فبال', 2, false],
  ['وكال', 2, false],
  ['فكال', 2, false],
  ['وال', 2, false],
  ['فال', 2, false],
  ['بال', 2, false],
  ['كال', 2, false],
  ['ولل', 2, false],
  ['فلل', 2, false],
  ['ال', 2, false],
  ['لل', 2, false],
  ['وب', 4, true],
  ['وك', 4, true],
  ['ول', 4, true],
  ['فب', 4, true],
  ['فك', 4, true],
  ['فل', 4, true],
  ['و', 3, true],
  ['ف', 4, true],
  ['ب', 4, true],
  ['ك', 4, true],
  ['ل', 4, true],
];

/** Suffixes in Light10 order; each is stripped at most once, in this order. */
export const SUFFIXES: readonly string[] = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/** Fewest letters a suffix may leave behind. */
export const MIN_STEM_AFTER_SUFFIX = 3;

/**
 * Frequent news words whose first letter is و ب ك ل or ف but not a clitic. A guarded
 * strip is skipped when one of these begins at any letter of the prefix, so وزير and
 * الوزير meet, and so do لبنان and بلبنان.
 */
export const PROTECTED_STARTS: readonly string[] = [
  'وزير', 'وزار', 'وزراء', 'ولاية', 'ولايات', 'وكالة', 'وكالات', 'واشنطن', 'وفد', 'وفود',
  'وثيقة', 'وثائق', 'وسائل', 'وصول', 'وفاة', 'وفيات', 'وحدات', 'وحدة', 'واقع', 'وظائف',
  'وطن', 'ورقة', 'وزن',
  'فلسطين', 'فرنس', 'فريق', 'فنزويل', 'فيروس', 'فصائل', 'فعالي', 'فيدرالي', 'فيديو',
  'فبراير', 'فيتنام', 'فنلند', 'فندق', 'فيضان', 'فئات', 'فقراء',
  'بريطاني', 'برنامج', 'برامج', 'برلمان', 'بيان', 'بداية', 'بلدية', 'بلدان', 'بنوك', 'بورص',
  'بوركين', 'بلجيك', 'بغداد', 'بيروت', 'بنغلاد', 'باكستان', 'بكين', 'برلين', 'بوتين', 'بايدن',
  'بلينكن', 'بحرين', 'بحري', 'بترول', 'بيئ', 'باحث', 'بعثة',
  'كبير', 'كبار', 'كامل', 'كمية', 'كوري', 'كندا', 'كويت', 'كولومبي', 'كينيا', 'كتائب',
  'كهرباء', 'كارث', 'كلمة',
  'لبنان', 'ليبي', 'لجان', 'لاجئ', 'لندن', 'لقاء', 'لواء',
];
