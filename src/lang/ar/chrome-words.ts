// Word lists of the page cleaner: the words its shape rules look for (bylines, back to
// top, reader notices, social networks, staff titles, nameplates, section menus, tickers,
// captions), each with the limit that goes with it, then the words line features use
// (dates, function words, leading verbs; see src/ingest/lines.ts). Folding rules are in
// chrome.ts.

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

// ---------------------------------------------------------------------------------------
// Line features (src/ingest/lines.ts).

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
