/**
 * Text normalization for matching, never for display or edits. Every function here keeps the
 * length of its input, so an offset found in folded text is an offset in the original.
 */

/** Latin (and IPA) letters that old fonts and PDF copies leave inside Cyrillic words. */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  'ə': 'ә', 'Ə': 'Ә', 'ɵ': 'ө', 'Ɵ': 'Ө',
};

const WORD = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_LOOK_ALIKE = /[acehiopxyABCEHIKMOPTXYəƏɵƟ]/g;
const SPACES = /[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003]/g;

export function isCyrillicLetter(ch: string): boolean {
  return CYRILLIC.test(ch);
}

/** Replaces Latin look-alikes with their Cyrillic letters inside words that have Cyrillic letters. */
export function foldLookAlikes(text: string): string {
  return text.replace(WORD, (word) =>
    CYRILLIC.test(word) ? word.replace(LATIN_LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch) : word,
  );
}

/** Lower case, one UTF-16 unit for one: characters whose lower case is longer stay as they are. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * The matching form of a text: look-alikes folded to Cyrillic inside Cyrillic words, no-break
 * and thin spaces as plain spaces, lower case. Same length as the input.
 */
export function foldForMatching(text: string): string {
  return foldCase(foldLookAlikes(text).replace(SPACES, ' '));
}

/** The matching key of a short phrase (a heading, a term): NFC, folded, spaces collapsed. */
export function matchingKey(phrase: string): string {
  return foldForMatching(phrase.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
