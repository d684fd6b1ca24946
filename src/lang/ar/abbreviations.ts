// Abbreviations that end in a dot which does not end the sentence. Entries are written
// without their final dot, internal dots kept; the splitter folds them with
// normalizeForMatch (so case, tatweel and hamza spelling do not matter).
// Any single letter followed by a dot (د. م. ص. ج. أ., or a Latin initial) is treated as
// an abbreviation by rule, so single letters are not listed here.

export const ARABIC_ABBREVIATIONS: readonly string[] = [
  'إلخ', // إلى آخره
  'الخ',
  'اهـ', // انتهى
  'ا.هـ',
  'ق.م', // قبل الميلاد
  'ب.م',
  'ص.ب', // صندوق بريد
  'ج.م.ع',
  'ش.م.م', // شركة مساهمة
  'ش.م.ل',
  'ش.م.ع',
  'أ.د', // أستاذ دكتور
  'م.م',
  'م.ع',
  'ت.ض',
];

export const LATIN_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'vs', 'etc', 'Inc', 'Ltd', 'Co',
  'Corp', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Gov', 'Sen', 'Rep', 'Dept', 'Univ', 'approx',
  'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec',
  'e.g', 'i.e', 'a.m', 'p.m', 'U.S', 'U.K', 'U.N', 'E.U',
];

/**
 * Era letters written after a year (2019 م.، 1445 هـ.). After a number such a letter ends
 * the sentence more often than it abbreviates a following name, so the dot is a boundary.
 */
export const ERA_MARKERS: readonly string[] = ['م', 'ه', 'هـ'];
