// The lexicon's word flags, one bit each. Kept in a module of their own so that every
// module that passes them on re-exports this one file, not a list of names.

// Word flags. The first nine are the tagger's features (keep them stable); the rest are
// what entity finding needs besides.
export const LEX_GIVEN_NAME = 1 << 0;
export const LEX_NAME_TOKEN = 1 << 1;
export const LEX_COUNTRY = 1 << 2;
export const LEX_CITY = 1 << 3;
export const LEX_REGION = 1 << 4;
export const LEX_ORG_TRIGGER = 1 << 5;
export const LEX_PERSON_TITLE = 1 << 6;
export const LEX_SITE_TRIGGER = 1 << 7;
export const LEX_NATIONALITY = 1 << 8;
/** A word that names a kind of place (مدينة، محافظة): the name after it is a place. */
export const LEX_PLACE_TRIGGER = 1 << 9;
/** بن، آل، دي، فان ...: joins the next word to a name. */
export const LEX_NAME_PARTICLE = 1 << 10;
/** A one-word known organization or agency (داعش، الإنتربول، رويترز). */
export const LEX_KNOWN_ORG = 1 << 11;
/** A word of a multi-word place or organization name (الولايات، المتحدة). */
export const LEX_IN_PHRASE = 1 << 12;
/** A function word or frequent verb/noun: never part of a name. */
export const LEX_STOP = 1 << 13;
/** A given name that is also an everyday word (أمل، سعيد). */
export const LEX_NAME_ALSO_WORD = 1 << 14;
/** A place name that is also an everyday word (مالي، جدة). */
export const LEX_AMBIGUOUS_PLACE = 1 << 15;
/** Set by lookups when the flags were found after stripping a proclitic (و ف ب ل ك لل). */
export const LEX_VIA_CLITIC = 1 << 16;
