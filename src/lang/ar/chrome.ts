// The page cleaner's knowledge of Arabic news-site chrome, as named data. The code that
// uses it lives in src/ingest/clean.ts (rules) and src/ingest/lines.ts (line features);
// keeping the tables apart lets an editor review them without reading code.
//
// Phrases are written here the way sites spell them; the cleaner folds every phrase and
// every line with normalizeForMatch (hamza/alef forms, ى/ي, ة/ه, tashkeel, tatweel,
// digits) and splits on anything that is not a letter or digit, so one spelling of a
// phrase matches all its variants (اقرأ أيضاً = إقرأ ايضا = اقرا ايضا).
//
// How a page is read (the fallback order: within each step, the first rule that fires wins):
//  1. Intrinsic chrome, anywhere on the page, from the line alone:
//     a line without letters or digits is a separator → the phrase tables below, a
//     whole-line phrase first (also with a trailing count or form mark dropped:
//     التعليقات (3), الاسم *), then the longest prefix phrase, then a phrase contained in a
//     short line (read-also, related-articles, comment-form, follow-share,
//     correction-notice, back-to-top, ticker labels, ad-slot labels, footer and tag lines)
//     → a correction notice by its shape (gendered slash forms such as تعتقد/تعتقدين with
//     a correction word; or a reader address: a READER_ADDRESS_STARTS word, a correction
//     stem and a word naming the page or newsroom) → a line of only social network names,
//     or a follow verb with a network name → a menu or tool bar (segments between | that
//     are each chrome) → a copyright line (©) → an agency signature of initials → back to
//     top by its words → a source label (المصدر, or المصدر: X on a short line) → a masthead
//     staff-title line → outlet boilerplate (the line recurs in other pages of the outlet).
//     Then, by neighbourhood: the short name line right after a bare staff title is
//     masthead; the link line(s) right under a bare read-also or related label (no blank
//     line between) share its reason.
//  2. Leading region, before the title: blank lines and intrinsic chrome are skipped;
//     a line that is only a date is the page's render date; a line of section words only
//     or a breadcrumb is a section label; a nameplate (NAME - جريدة …, NAME | أخبار …) or a
//     short line found again inside a copyright or nameplate line of the footer is the
//     masthead; a one-word line, or a line of at most SECTION_LABEL_MAX_WORDS words before
//     another headline-like line, is a section label; a headline-like line right under a
//     ticker label or ticker item (or with a ticker label and separator of its own) is a
//     ticker item when another headline-like line follows before the body. The first
//     remaining line is the title if it is headline-like (TITLE_MIN_WORDS..TITLE_MAX_WORDS
//     words, no final period, comma or colon, no sentence break inside, not ending in a
//     function word); otherwise there is no title and the body starts at that line.
//  3. Head zone, after the title, until the lede: repeats of the title and intrinsic
//     chrome are removed; a date-only line is the publication date and stays in the body;
//     section-word lines go; a byline before any caption is masthead; a dateline
//     (بغداد - مراسلنا) opens the body; otherwise up to CAPTION_MAX_LINES short lines
//     without final punctuation are captions when they are noun phrases (a verb-initial
//     one needs a photo marker or caption lead, or a word-prefix relation with another)
//     and the paragraph planner does not run them on into a body line (then they are the
//     first fragment of a hard-wrapped lede).
//  4. Body: intrinsic chrome is removed wherever it stands; short lines without final
//     punctuation between paragraphs (subheadings) stay; nameplates after the last body
//     sentence are masthead.
//  5. Tail: after the last sentence-like paragraph, once a chrome line has been reached,
//     every remaining unclassified paragraph (related headlines, footer menus) is
//     trailing chrome; a lone date-only or section-word line there is chrome too. A comment
//     block (a comment-form line followed by at least one more comment-form, back-to-top
//     or footer line) ends the article outright: whatever follows it, readers' comments
//     included, is trailing chrome even when it reads like a sentence.

/** Words in a line, at most, for a line to be the title. */
export const TITLE_MAX_WORDS = 30;
/** Words in a line, at least, for a line to be the title (shorter lines before a title are section labels). */
export const TITLE_MIN_WORDS = 2;
/** A section label has at most this many words. */
export const SECTION_LABEL_MAX_WORDS = 2;
/** A masthead name line (after a staff title) has at most this many words. */
export const MASTHEAD_NAME_MAX_WORDS = 4;
/** A caption line has at most this many words. */
export const CAPTION_MAX_WORDS = 20;
/** At most this many caption candidates are looked at after the title. */
export const CAPTION_MAX_LINES = 4;
/** A caption prefix must have at least this many words to count as evidence. */
export const CAPTION_PREFIX_MIN_WORDS = 2;
/** A line is a body sentence (not a candidate for outlet boilerplate) when it is longer than this. */
export const OUTLET_KEY_MAX_WORDS = 12;
/** A line that recurs in at least this many other pages of the outlet ... */
export const OUTLET_MIN_OTHER_DOCS = 2;
/** ... and in at least this share of the outlet's other pages is outlet boilerplate. */
export const OUTLET_MIN_SHARE = 0.2;
/** A paragraph is sentence-like (a real body paragraph) when it ends a sentence and has this many words ... */
export const SENTENCE_PARAGRAPH_MIN_WORDS = 6;
/** ... or when it has this many words whatever its punctuation. */
export const LONG_PARAGRAPH_WORDS = 25;
/** A 'source label' line has at most this many words (المصدر: وكالة الأنباء الفلانية). */
export const SOURCE_LABEL_MAX_WORDS = 8;
/** A date-only line has at most this many tokens. */
export const DATE_LINE_MAX_TOKENS = 14;
/** Lines longer than this are never matched by 'contains' phrases. */
export const CONTAINS_MAX_WORDS = 40;

/** How a phrase must sit in a line to mark it. */
export interface PhraseTable {
  /** The whole line is the phrase (punctuation around it ignored). */
  line: readonly string[];
  /** The line starts with the phrase and has at most maxWords words. */
  prefix: readonly string[];
  /** The phrase stands anywhere in a line of at most maxWords words. */
  contains: readonly string[];
  maxWords: number;
}

/** Chrome classes recognised by phrase, with the ChromeReason each one reports. */
export type PhraseReason =
  | 'read-also'
  | 'related-articles'
  | 'comment-form'
  | 'follow-share'
  | 'correction-notice'
  | 'back-to-top'
  | 'ticker'
  | 'separator'
  | 'trailing-chrome';

export const CHROME_PHRASES: Readonly<Record<PhraseReason, PhraseTable>> = {
  'read-also': {
    line: ['اقرأ أيضاً', 'اقرأ المزيد', 'طالع أيضاً'],
    prefix: [
      'اقرأ أيضاً',
      'اقرأ أيضا',
      'اقرأ كذلك',
      'اقرأ المزيد',
      'اقرأ هنا',
      'طالع أيضاً',
      'طالع كذلك',
      'طالع المزيد',
      'شاهد أيضاً',
      'شاهد كذلك',
      'يمكنك أيضاً قراءة',
      'للمزيد اقرأ',
    ],
    contains: [],
    maxWords: 40,
  },
  'related-articles': {
    line: ['ذات صلة', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولاً', 'اخترنا لك', 'أخبار أخرى', 'المزيد من الأخبار'],
    prefix: [
      'مقالات ذات صلة',
      'أخبار ذات صلة',
      'مواضيع ذات صلة',
      'موضوعات ذات صلة',
      'قصص ذات صلة',
      'تقارير ذات صلة',
      'مواضيع مرتبطة',
      'مقالات مرتبطة',
      'أخبار مرتبطة',
      'موضوعات مرتبطة',
      'مقالات متعلقة',
      'أخبار متعلقة',
      'مواضيع متعلقة',
      'مقالات مشابهة',
      'أخبار مشابهة',
      'مواضيع مشابهة',
      'قد يعجبك أيضاً',
      'قد يهمك أيضاً',
      'قد يهمك',
      'ننصحك بقراءة',
      'موضوعات قد تهمك',
      'مواضيع قد تهمك',
      'المزيد من الأخبار',
      'الأكثر قراءة',
    ],
    contains: [],
    maxWords: 8,
  },
  'comment-form': {
    line: [
      'التعليقات',
      'تعليقات',
      'تعليق',
      'التعليق',
      'تعليقك',
      'الاسم',
      'الاسم الكامل',
      'اسمك',
      'البريد الإلكتروني',
      'بريدك الإلكتروني',
      'الموقع',
      'الموقع الإلكتروني',
      'إرسال',
      'إرسال التعليق',
      'نشر التعليق',
      'أرسل التعليق',
      'لا توجد تعليقات',
      'لا يوجد تعليقات',
      'تعليقات القراء',
      'تعليقات الفيسبوك',
    ],
    prefix: [
      'اترك تعليقاً',
      'اترك تعليق',
      'اترك رداً',
      'اترك رد',
      'أضف تعليقك',
      'أضف تعليقاً',
      'أضف تعليق',
      'اكتب تعليقك',
      'أرسل تعليقك',
      'شاركنا رأيك',
      'الحقول الإلزامية',
      'الحقول المطلوبة',
      'الحقول المشار إليها',
      'احفظ اسمي',
      'حفظ اسمي',
      'يجب عليك تسجيل الدخول',
      'التعليقات المنشورة',
      'عدد التعليقات',
      'المرجو الالتزام',
      'يرجى الالتزام',
      'نرجو الالتزام',
      'نرجو من القراء',
      'التعليقات لا تعبر',
      'التعليقات تعبر',
    ],
    contains: ['بريدك الإلكتروني', 'عنوان بريدك', 'الحقول الإلزامية', 'الحقول المطلوبة', 'مشار إليها بـ'],
    maxWords: 24,
  },
  'follow-share': {
    line: [
      'شارك',
      'شاركها',
      'شارك الخبر',
      'شارك المقال',
      'شارك الموضوع',
      'مشاركة',
      'مشاركة الخبر',
      'انشر',
      'تابعنا',
      'تابعونا',
      'طباعة',
      'اطبع',
      'أرسل لصديق',
      'أرسل إلى صديق',
      'نسخ الرابط',
      'رابط مختصر',
      'حفظ',
      'أضف إلى المفضلة',
      'إضافة إلى المفضلة',
      'نسخة للطباعة',
      'نسخة للطباعه',
      'تكبير الخط',
      'تصغير الخط',
    ],
    prefix: [
      'تابعنا على',
      'تابعنا عبر',
      'تابعنا في',
      'تابعونا على',
      'تابعونا عبر',
      'تابعونا في',
      'تابعوا آخر',
      'تابعوا أحدث',
      'تابع أحدث الأخبار',
      'تابع آخر الأخبار',
      'تابع أهم الأخبار',
      'تابع الأخبار',
      'للمزيد تابعونا',
      'للمزيد من الأخبار تابعونا',
      'شارك على',
      'شارك عبر',
      'شارك هذا',
      'شارك المقال',
      'شارك الخبر',
      'اشترك في قناتنا',
      'اشترك في النشرة',
      'اشترك في نشرتنا',
      'اشترك الآن',
      'اشترك بقناة',
      'انضم إلى قناتنا',
      'انضم لقناتنا',
      'حمل تطبيق',
      'حمّل تطبيق',
      'رابط مختصر',
      'عدد القراءات',
      'عدد المشاهدات',
      'عدد الزيارات',
      'قراءات',
      'مشاهدات',
    ],
    contains: ['google news', 'جوجل نيوز', 'قناتنا على', 'حسابنا على'],
    maxWords: 14,
  },
  'correction-notice': {
    line: [],
    prefix: [
      'إذا كنت تعتقد',
      'إن كنت تعتقد',
      'إذا رأيت',
      'إذا وجدت خطأ',
      'هل وجدت خطأ',
      'للإبلاغ عن خطأ',
      'الإبلاغ عن خطأ',
      'أبلغ عن خطأ',
      'لتصحيح خطأ',
    ],
    contains: [],
    maxWords: 40,
  },
  'back-to-top': {
    line: ['زر الذهاب إلى الأعلى', 'الذهاب إلى الأعلى', 'إلى الأعلى', 'للأعلى', 'أعلى الصفحة', 'back to top'],
    prefix: [],
    contains: [],
    maxWords: 6,
  },
  ticker: {
    line: [
      'آخر الأخبار',
      'اخر الاخبار',
      'عاجل',
      'عاجل الآن',
      'الأخبار العاجلة',
      'أخبار عاجلة',
      'شريط الأخبار',
      'آخر الأخبار العاجلة',
      'أهم الأخبار',
      'أبرز الأخبار',
      'مباشر',
      'الآن',
    ],
    prefix: [],
    contains: [],
    maxWords: 4,
  },
  // Advertisement slot labels carry no content, like a rule line: until the shared types
  // have a reason of their own for them, they are reported as separators.
  separator: {
    line: ['إعلان', 'إعلانات', 'مساحة إعلانية', 'محتوى مدعوم', 'محتوى إعلاني', 'advertisement', 'sponsored', 'ad'],
    prefix: [],
    contains: [],
    maxWords: 3,
  },
  'trailing-chrome': {
    line: ['اتصل بنا', 'من نحن', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا', 'خريطة الموقع', 'فريق التحرير'],
    prefix: [
      'جميع الحقوق محفوظة',
      'كل الحقوق محفوظة',
      'الحقوق محفوظة',
      'حقوق النشر محفوظة',
      'حقوق الطبع والنشر',
      'يمنع إعادة النشر',
      'يمنع إعادة نشر',
      'يمنع النقل',
      'يمنع نقل',
      'لا يجوز نقل',
      'لا يجوز إعادة نشر',
      // tag lines
      'الكلمات المفتاحية',
      'كلمات مفتاحية',
      'الكلمات الدالة',
      'كلمات دالة',
      'الوسوم',
      'وسوم',
    ],
    contains: ['جميع الحقوق محفوظة', 'جميع الحقوق محفوظه'],
    maxWords: 20,
  },
};

/**
 * A bare read-also or related-articles label (the label alone on its line) is followed by
 * its links on the next lines, with no blank line between: this many for read-also ...
 */
export const READ_ALSO_LINK_LINES = 1;
/** ... and this many for a related-articles box. */
export const RELATED_LINK_LINES = 6;

/**
 * Byline heads: in the head zone, a short line starting with one of these (كتب: فلان,
 * بقلم فلان) credits the writer; it is reported with the masthead, the page's staff lines.
 */
export const BYLINE_HEADS: readonly string[] = [
  'كتب', 'كتبت', 'بقلم', 'إعداد', 'اعداد', 'متابعة', 'تحرير', 'ترجمة', 'تقرير', 'حوار', 'تصوير', 'مراسل', 'مراسلة',
];
/** A byline has at most this many words. */
export const BYLINE_MAX_WORDS = 6;

/**
 * Words that make a back-to-top line when the line is made of them only and names the
 * top (أعلى/الأعلى): العودة إلى أعلى الصفحة, انتقل للأعلى, الرجوع لأعلى.
 */
export const BACK_TO_TOP_WORDS: readonly string[] = [
  'زر', 'الذهاب', 'ذهاب', 'اذهب', 'العودة', 'عودة', 'عد', 'الرجوع', 'رجوع', 'ارجع', 'انتقل',
  'إلى', 'الى', 'ل', 'الصفحة', 'للصفحة', 'أعلى', 'الأعلى', 'للأعلى', 'لأعلى', 'بداية', 'لبداية',
];
export const BACK_TO_TOP_TARGETS: readonly string[] = ['أعلى', 'الأعلى', 'للأعلى', 'لأعلى', 'بداية', 'لبداية'];

/** Words, one of which a gendered correction notice carries besides its slash forms. */
export const CORRECTION_WORDS: readonly string[] = [
  'تصحيح', 'تصحيحاً', 'تصحيحا', 'شكوى', 'خطأ', 'خاطئة', 'أخطاء', 'المقال', 'الخبر', 'المادة',
];

/**
 * A notice addressed to the reader about errors and complaints starts with one of these
 * (a condition, a second-person verb, or 'to report …') ...
 */
export const READER_ADDRESS_STARTS: readonly string[] = [
  'إذا', 'لاحظت', 'وجدت', 'رأيت', 'لتقديم', 'للإبلاغ', 'للتبليغ', 'لتصحيح', 'للتصحيح', 'راسلنا', 'أرسل',
  'يرجى', 'نرجو',
];
/** ... carries a word containing one of these stems (تصحيح، لتصحيحها، خطأ، شكوى) ... */
export const CORRECTION_STEMS: readonly string[] = ['تصحيح', 'خطأ', 'خاطئ', 'أخطاء', 'شكوى', 'شكاوى'];
/** ... and refers to the page or the newsroom (هذا الخبر، الموقع، راسلنا، نموذج التواصل). */
export const READER_REFERENCE_WORDS: readonly string[] = [
  'الخبر', 'المقال', 'المادة', 'الموقع', 'الصفحة', 'صفحة', 'لنا', 'راسلنا', 'مراسلتنا', 'راسلونا', 'تواصل',
  'التواصل', 'نموذج', 'التحرير', 'فريق', 'يمكنك', 'بإمكانك', 'فبإمكانك', 'ننشر', 'نشرنا', 'منشوراتنا',
];

/** Names of social networks and share targets: a line of only these is a share bar. */
export const SOCIAL_WORDS: readonly string[] = [
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'إكس', 'واتساب', 'واتس', 'آب', 'اب', 'تلغرام', 'تليغرام', 'تلجرام',
  'تيليجرام', 'إنستغرام', 'انستغرام', 'انستجرام', 'إنستجرام', 'يوتيوب', 'لينكدإن', 'لينكد', 'إن', 'تيك',
  'توك', 'سناب', 'شات', 'ماسنجر', 'بريد', 'إيميل', 'طباعة', 'نسخ', 'الرابط', 'رابط',
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'instagram', 'youtube', 'linkedin', 'tiktok',
  'snapchat', 'messenger', 'email', 'print', 'copy', 'link', 'pinterest', 'reddit', 'share',
];

/** A short line starting with one of these verbs and naming a social network is a follow line. */
export const FOLLOW_VERBS: readonly string[] = [
  'تابع', 'تابعوا', 'تابعونا', 'تابعنا', 'تابعي', 'اشترك', 'اشتركوا', 'انضم', 'انضموا', 'حمل', 'حملوا',
  'شارك', 'شاركوا', 'شاهد', 'شاهدوا',
];

/** First words of a source label line: المصدر, المصدر: وكالات. */
export const SOURCE_LABEL_WORDS: readonly string[] = ['المصدر', 'المصادر', 'مصدر'];

/**
 * Masthead staff titles are recognised by shape: a line whose words all come from
 * STAFF_TITLE_WORDS, that starts with a STAFF_TITLE_HEADS word and names the paper
 * (STAFF_TITLE_OBJECTS), optionally followed by ':' and a name. This covers
 * رئيس التحرير, رئيس مجلس الإدارة, رئيس مجلسي الإدارة والتحرير (and مجلسى),
 * مدير التحرير, نائب رئيس التحرير, المدير العام, رئيس التحرير التنفيذي, مدير عام التحرير …
 */
export const STAFF_TITLE_HEADS: readonly string[] = [
  'رئيس', 'رئيسة', 'نائب', 'نائبة', 'مدير', 'مديرة', 'المدير', 'المديرة', 'المشرف', 'المشرفة', 'مشرف',
  'سكرتير', 'سكرتيرة', 'المحرر', 'محرر', 'الناشر', 'مؤسس', 'المؤسس',
];
export const STAFF_TITLE_WORDS: readonly string[] = [
  ...STAFF_TITLE_HEADS,
  'مسؤول', 'مسئول', 'مسؤولة', 'النشر', 'والنشر', 'نشر',
  'مجلس', 'مجلسي', 'مجالس', 'الإدارة', 'والإدارة', 'إدارة', 'التحرير', 'والتحرير', 'تحرير', 'العام', 'عام',
  'التنفيذي', 'التنفيذية', 'المسؤول', 'المسئول', 'المسؤولة', 'العامة', 'الأمناء', 'الفني', 'الفنية',
  'المساعد', 'التحريري', 'الموقع', 'الجريدة', 'الصحيفة', 'البوابة', 'الأخبار', 'الرقمي', 'الرقمية',
  'والرئيس', 'ورئيس', 'الرئيس', 'المجلس', 'العليا', 'الأول',
];
/** A staff title must name one of these (a bare رئيس is not a masthead). */
export const STAFF_TITLE_OBJECTS: readonly string[] = [
  'التحرير', 'والتحرير', 'تحرير', 'الإدارة', 'والإدارة', 'إدارة', 'الناشر', 'المؤسس', 'مؤسس', 'التحريري',
  'المسؤول', 'المسئول', 'الموقع', 'الجريدة', 'الصحيفة', 'البوابة', 'العام', 'العامة', 'النشر', 'والنشر',
];

/**
 * Words a site's nameplate or tagline uses to describe the site: a line 'NAME - جريدة
 * إلكترونية مستقلة' or 'NAME | أخبار …' is the masthead wherever it stands.
 */
export const OUTLET_DESCRIPTOR_NOUNS: readonly string[] = [
  'صحيفة', 'جريدة', 'موقع', 'بوابة', 'يومية', 'أسبوعية', 'وكالة', 'مجلة', 'منصة', 'قناة', 'إذاعة',
  'شبكة', 'نشرة', 'دورية',
];
/** A nameplate line has at most this many words. */
export const NAMEPLATE_MAX_WORDS = 12;
/** A short line before the title that recurs inside a footer line is the site's name: at most this many words. */
export const NAMEPLATE_ECHO_MAX_WORDS = 5;

/** Words after a form label that still leave a form label: الاسم (مطلوب), البريد الإلكتروني *. */
export const FORM_FIELD_SUFFIXES: readonly string[] = ['مطلوب', 'مطلوبة', 'إجباري', 'اختياري', 'required', 'optional'];

/** Separators of a menu or tool bar line: طباعة | أرسل لصديق | حفظ. */
export const MENU_SEPARATORS = '|¦•·';

/** An agency signature is a short line of initials: (خبر) ع.ز / م.ح, أ ف ب. At most this many tokens. */
export const SIGNATURE_MAX_TOKENS = 8;

/**
 * Words of section labels and site menus: a line made only of these (with و allowed before
 * each) stands before the title or after the body as a section label.
 */
export const SECTION_WORDS: readonly string[] = [
  'الرئيسية', 'أخبار', 'الأخبار', 'خبر', 'سياسة', 'السياسة', 'سياسي', 'سياسية', 'اقتصاد', 'الاقتصاد',
  'اقتصادي', 'اقتصادية', 'مال', 'أعمال', 'المال', 'الأعمال', 'بورصة', 'البورصة', 'أسواق', 'رياضة',
  'الرياضة', 'رياضي', 'عربي', 'عربية', 'العرب', 'عرب', 'دولي', 'دولية', 'عالمي', 'عالمية', 'العالم',
  'محلي', 'محلية', 'محليات', 'المحليات', 'محافظات', 'المحافظات', 'الوطن', 'وطني', 'وطنية', 'ثقافة',
  'الثقافة', 'ثقافي', 'فن', 'فنون', 'الفن', 'منوعات', 'متفرقات', 'مجتمع', 'المجتمع', 'حوادث', 'الحوادث',
  'صحة', 'الصحة', 'تكنولوجيا', 'التكنولوجيا', 'تقنية', 'علوم', 'العلوم', 'تعليم', 'التعليم', 'تقارير',
  'تقرير', 'تحقيقات', 'تحقيق', 'حوارات', 'حوار', 'ملفات', 'ملف', 'آراء', 'رأي', 'الرأي', 'مقالات',
  'مقال', 'فيديو', 'صور', 'الصور', 'إنفوغراف', 'إنفوجراف', 'برلمان', 'البرلمان', 'شؤون', 'خليجي',
  'خليجية', 'الخليج', 'شرق', 'أوسط', 'الشرق', 'الأوسط', 'مغاربي', 'مغاربية', 'مصر', 'سوريا', 'العراق',
  'لبنان', 'فلسطين', 'المغرب', 'الجزائر', 'تونس', 'ليبيا', 'اليمن', 'السودان', 'الأردن', 'السعودية',
  'الخليج', 'أفريقيا', 'إفريقيا', 'أوروبا', 'أمريكا', 'آسيا', 'دوليات', 'عربيات', 'ترجمات', 'ميديا',
  'بيئة', 'طقس', 'سياحة', 'سيارات', 'مرأة', 'المرأة', 'أسرة', 'شباب', 'دين', 'إسلاميات', 'ودولي',
];

/** Breadcrumb lines start with the home label and separate levels with > » / | ›. */
export const BREADCRUMB_HEADS: readonly string[] = ['الرئيسية', 'الصفحة الرئيسية', 'home'];

/** Tickers introduce items with a label and a separator: عاجل | …, عاجل: … */
export const TICKER_PREFIXES: readonly string[] = ['عاجل', 'خبر عاجل', 'آخر الأخبار', 'الآن', 'مباشر'];

/**
 * Photo markers: a short line after the title that carries one of these is a caption.
 * Agencies appear as photo credits, usually in parentheses at the end of the caption.
 */
export const CAPTION_MARKERS: readonly string[] = [
  'صورة', 'الصورة', 'صور', 'أرشيفية', 'أرشيفيه', 'أرشيف', 'الأرشيف', 'تصوير', 'بعدسة', 'عدسة',
  'رويترز', 'أ ف ب', 'أ.ف.ب', 'فرانس برس', 'أسوشيتد برس', 'الأناضول', 'غيتي', 'جيتي', 'إيبا',
  'afp', 'reuters', 'getty', 'images', 'ap', 'epa', 'photo', 'file', 'shutterstock',
];

/**
 * How captions begin: a short line after the title that starts with one of these
 * (جانب من الاجتماع, لقطة من الحفل) describes a photo.
 */
export const CAPTION_LEADS: readonly string[] = [
  'جانب من', 'جانب آخر من', 'لقطة', 'لقطات', 'مشهد من', 'مشاهد من', 'صورة', 'صور', 'من اللقاء',
  'من الاجتماع', 'من المؤتمر', 'من الزيارة', 'من المباحثات', 'من الحفل',
];

/** Weekday names (also after يوم). */
export const WEEKDAYS: readonly string[] = [
  'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الأثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
];

/**
 * Month names in every naming a page may use. Multi-word names (كانون الثاني, ربيع الأول)
 * are covered by their first word here plus the ordinal in DATE_FILLER_WORDS.
 */
export const MONTH_WORDS: readonly string[] = [
  // Egypt, Gulf, Sudan (Latin-derived)
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يونية', 'يوليو', 'يولية',
  'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  // Levant, Iraq (Syriac)
  'كانون', 'شباط', 'آذار', 'اذار', 'نيسان', 'أيار', 'ايار', 'حزيران', 'تموز', 'آب', 'أيلول', 'ايلول',
  'تشرين',
  // Maghreb (French-derived)
  'جانفي', 'فيفري', 'أفريل', 'افريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'اوت', 'شتنبر', 'أكتوبر',
  'نونبر', 'دجنبر', 'يوليوز', 'غشت',
  // Hijri
  'محرم', 'صفر', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعدة', 'الحجة',
  // Latin script
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Words a date-only line may carry besides weekdays, months and numbers. */
export const DATE_FILLER_WORDS: readonly string[] = [
  'يوم', 'من', 'في', 'الموافق', 'الثاني', 'الأول', 'الآخر', 'الآخرة', 'الأولى', 'ذو', 'ذي', 'هـ', 'م',
  'ص', 'صباحاً', 'صباحا', 'مساءً', 'مساء', 'ظهراً', 'بتوقيت', 'غرينتش', 'جرينتش', 'مكة', 'المكرمة',
  'القاهرة', 'الساعة', 'الساعه', 'نشر', 'نُشر', 'بتاريخ', 'تاريخ', 'النشر', 'آخر', 'تحديث', 'التحديث',
  'محدث', 'حُدث', 'am', 'pm', 'gmt', 'utc', 'updated', 'published', 'on', 'at',
];

/**
 * Function words a headline does not end with: a line ending with one is a fragment of a
 * hard-wrapped sentence, not a title.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'في', 'من', 'على', 'عن', 'إلى', 'الى', 'مع', 'بين', 'حتى', 'منذ', 'عند', 'لدى', 'نحو', 'أن', 'إن',
  'أنه', 'إنه', 'أنها', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'و', 'أو', 'ثم', 'بل',
  'لكن', 'لكن', 'كما', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما', 'ب', 'ل', 'ك', 'ف', 'بعد', 'قبل', 'خلال',
  'حول', 'ضد', 'عبر', 'إذا', 'إذ', 'كي', 'لكي', 'ذلك', 'هذا', 'هذه', 'تلك', 'هو', 'هي', 'كان', 'كانت',
  'وفي', 'ومن', 'وعلى', 'وإلى', 'وأن', 'بأن', 'لأن', 'فإن', 'وهو', 'وهي',
];

/**
 * Frequent verbs of news sentences (past tense, the forms a shape test cannot tell from
 * nouns). A line starting with one of them, with و or ف allowed before it, is verb-like.
 */
export const LEADING_VERBS: readonly string[] = [
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أشار', 'أشارت', 'أضاف', 'أضافت', 'شدد', 'شددت',
  'دعا', 'دعت', 'أوضح', 'أوضحت', 'كشف', 'كشفت', 'ذكر', 'ذكرت', 'نفى', 'نفت', 'طالب', 'طالبت',
  'اعتبر', 'اعتبرت', 'رحب', 'رحبت', 'ناقش', 'ناقشت', 'بحث', 'بحثت', 'التقى', 'التقت', 'استقبل',
  'استقبلت', 'شهد', 'شهدت', 'انطلق', 'انطلقت', 'أصدر', 'أصدرت', 'أقر', 'أقرت', 'اتفق', 'اتفقت',
  'أجرى', 'أجرت', 'عقد', 'عقدت', 'بدأ', 'بدأت', 'جاء', 'جاءت', 'تم', 'كان', 'كانت', 'أفاد', 'أفادت',
  'وصل', 'وصلت', 'غادر', 'غادرت', 'حذر', 'حذرت', 'أدان', 'أدانت', 'وقع', 'وقعت', 'قرر', 'قررت',
  'أثنى', 'أشاد', 'أشادت', 'جدد', 'جددت', 'تأسس', 'تأسست', 'اقترح', 'اقترحت', 'أعرب', 'أعربت',
];
