// Shared helpers and pages of the page cleaner's tests (clean-*.test.ts). Not a test file
// itself: every *.test.js under dist is run as one.
import type { ChromeReason, CleanResult } from '../types.js';

/** The reason a line (trimmed text) was removed, or undefined when it was not. */
export function reasonOf(r: CleanResult, line: string): ChromeReason | undefined {
  return r.removed.find((x) => x.line === line)?.reason;
}

export function paragraphs(r: CleanResult): string[] {
  return r.text === '' ? [] : r.text.split('\n');
}

// An Egyptian outlet: page date, masthead (with the مجلسى spelling and a name on the same
// line), section label, title three times, two captions (one a prefix of the other), a
// follow line, read-also in mid-body with a subheading and a paragraph after it, a source
// label, a comment form and back-to-top.
export const PAGE_PORT = [
  'السبت 14 مارس 2026',
  'رئيس مجلسى الإدارة والتحرير',
  'سامح الدمرداش',
  'مدير التحرير: هالة منصور',
  '',
  'عربي ودولي',
  '',
  'ميناء السويس الجديد يستقبل أول سفينة حاويات عملاقة',
  '',
  'ميناء السويس الجديد يستقبل أول سفينة حاويات عملاقة',
  '',
  'ميناءُ السويس الجديد يستقبل أوّل سفينة حاويات عملاقة',
  'رصيف الحاويات',
  'رصيف الحاويات في الميناء الجديد عند وصول السفينة',
  'تابع آخر الأخبار عبر تطبيقنا على الهاتف',
  '',
  'استقبل الميناء الجديد صباح اليوم السبت أول سفينة حاويات يزيد طولها على 400 متر، في خطوة قال مسؤولون إنها تفتح الباب أمام خطوط ملاحية جديدة.',
  '',
  'وقال رئيس هيئة الموانئ إن الرصيف الجديد يستوعب سفينتين من هذا الحجم في وقت واحد، وإن أعمال التفريغ استغرقت أقل من يومين.',
  '',
  'إقرأ أيضاً: ارتفاع صادرات الموالح خلال الربع الأول',
  '',
  'خطط التوسعة',
  '',
  'وأوضح المسؤول أن المرحلة الثانية من المشروع ستضيف ثلاثة أرصفة أخرى بحلول نهاية العام المقبل، بتكلفة تقدر بنحو 750 مليون دولار.',
  '',
  'المصدر: وكالات',
  '',
  'التعليقات',
  'أضف تعليقك',
  'لن نعرض بريدك الإلكتروني لأحد، والخانات المطلوبة عليها علامة *',
  'الاسم',
  'البريد الإلكتروني',
  'العودة للأعلى',
].join('\n');
