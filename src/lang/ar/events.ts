// Event words of Arabic news, as plain tables: the nouns and verbs that say what kind of
// event a report is about, and the cues that give a person or country a role in it.
// Entries are written in ordinary spelling without proclitics (و ف ب ل ك ال); the matcher
// (src/reconcile/event-words.ts) folds them with normalizeForMatch and accepts those
// proclitics and the listed suffixes, so اجتماع also finds الاجتماع, واجتماع, اجتماعهم.

import type { EventKind } from '../../reconcile/types.js';

/** Event nouns and verbs, [word or phrase, kind]. */
export const EVENT_WORDS: readonly (readonly [word: string, kind: EventKind])[] = [
  ['اجتماع', 'meeting'], ['اجتماعات', 'meeting'], ['لقاء', 'meeting'], ['محادثات', 'meeting'],
  ['مباحثات', 'meeting'], ['جلسة', 'meeting'], ['اجتمع', 'meeting'], ['اجتمعت', 'meeting'],
  ['مؤتمر', 'conference'], ['قمة', 'conference'], ['منتدى', 'conference'], ['ملتقى', 'conference'],
  ['ندوة', 'conference'], ['معرض', 'conference'],
  ['زيارة', 'visit'], ['زار', 'visit'], ['زارت', 'visit'], ['يزور', 'visit'], ['تزور', 'visit'],
  ['هجوم', 'attack'], ['تفجير', 'attack'], ['غارة', 'attack'], ['غارات', 'attack'], ['قصف', 'attack'],
  ['اعتداء', 'attack'], ['انفجار', 'attack'],
  ['زلزال', 'disaster'], ['هزة أرضية', 'disaster'], ['سيول', 'disaster'], ['فيضانات', 'disaster'],
  ['فيضان', 'disaster'], ['عاصفة', 'disaster'], ['إعصار', 'disaster'],
  // A fire or a crash is usually an accident, not a natural disaster.
  ['حريق', 'accident'], ['حادث', 'accident'], ['حادثة', 'accident'], ['تصادم', 'accident'],
  ['انقلاب', 'accident'], ['غرق', 'accident'],
  ['توقيع', 'agreement'], ['اتفاق', 'agreement'], ['اتفاقية', 'agreement'], ['مذكرة تفاهم', 'agreement'],
  ['وقع', 'agreement'], ['وقعت', 'agreement'],
  ['بيان', 'statement'], ['تصريح', 'statement'], ['تصريحات', 'statement'],
  ['إعلان', 'announcement'], ['أعلن', 'announcement'], ['أعلنت', 'announcement'], ['يعلن', 'announcement'],
  ['تعلن', 'announcement'],
];

/**
 * Kinds that frame a report rather than name its event: "the United States announced, at
 * the meeting, ..." is a meeting. A report counts for them only when it names no other kind.
 */
export const FRAMING_KINDS: readonly EventKind[] = ['announcement', 'statement'];

/** Pronoun and plural suffixes an event noun may carry (اجتماعهم, زيارته). */
export const EVENT_SUFFIXES: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'ات', 'ين', 'ان'];

/**
 * Cues that make the people near them chairs of the event. Convening counts: "at the
 * (joint) invitation of the two ministers" names the meeting's co-chairs in ministerial
 * diplomacy, the usual way outlets say it.
 */
export const CHAIR_CUES: readonly string[] = [
  'ترأس', 'ترأسه', 'ترأسها', 'ترأسا', 'ترأست', 'يترأس', 'تترأس', 'يترأسه', 'يترأسها', 'يرأس', 'ترأسه',
  'برئاسة', 'رئاسة', 'رئاسة مشتركة', 'برئاسة مشتركة', 'شارك في رئاسة', 'يشارك في رئاسة',
  'تشارك في رئاسة', 'شاركا في رئاسة', 'بدعوة من', 'بدعوة مشتركة من',
];

/** Verbs that make their subject the host (VSO: the subject usually follows). */
export const HOST_VERBS: readonly string[] = [
  'استضاف', 'استضافت', 'يستضيف', 'تستضيف', 'استضافة', 'باستضافة',
];

/** Nouns that make the name they stand beside the host (قطر، البلد المضيف). */
export const HOST_NOUNS: readonly string[] = ['البلد المضيف', 'الدولة المضيفة', 'المضيف', 'المضيفة'];

/** Words of a counterpart ("نظيره الأمريكي": the American holder of the same office). */
export const COUNTERPART_WORDS: readonly string[] = ['نظيره', 'نظيرها', 'نظيريه', 'نظيرتها', 'نظيرته', 'نظيرهما'];

/** A preposition of place: its LOC is where things happen (في الرياض), not who acts (أعلنت الرياض). */
export const SCENE_PREPOSITIONS: readonly string[] = ['في'];

/** Words that may stand between the preposition and the place name (في العاصمة السعودية الرياض). */
export const SCENE_HEADS: readonly string[] = ['مدينة', 'العاصمة', 'بلدة', 'محافظة', 'ولاية', 'منطقة', 'إمارة', 'جزيرة'];

/**
 * Phrases that place an event relative to a named place, by relation: a boat capsized off
 * (قبالة) a town, a blast near (قرب) a city. Within one story, two reports that give one
 * relation with two different places (off Zuwara, off Sabratha) contradict each other; a
 * report's dateline or the city it was written from never enters this comparison.
 */
export const SITE_RELATIONS: ReadonlyArray<readonly [phrase: string, relation: string]> = [
  ['قبالة', 'off'],
  ['قبالة سواحل', 'off'],
  ['قبالة ساحل', 'off'],
  ['قبالة شواطئ', 'off'],
  ['قبالة شاطئ', 'off'],
  ['قرب', 'near'],
  ['بالقرب من', 'near'],
  ['على مقربة من', 'near'],
  ['في ضواحي', 'outskirts'],
  ['في محيط', 'outskirts'],
];

/** Words that may stand between a site phrase and its place (قبالة سواحل مدينة زوارة). */
export const SITE_HEADS: readonly string[] = ['مدينة', 'بلدة', 'قرية', 'ميناء', 'سواحل', 'ساحل', 'شواطئ', 'جزيرة', 'منطقة'];
