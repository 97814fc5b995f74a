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

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_LOOK_ALIKE = /[acehiopxyABCEHIKMOPTXYəƏɵƟ]/g;
const SPACES = /[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003]/g;

export function isCyrillicLetter(ch: string): boolean {
  return CYRILLIC.test(ch);
}

/**
 * Replaces Latin look-alikes with their Cyrillic letters inside words that have Cyrillic letters.
 * Only the words around a look-alike are examined, so a Cyrillic text with none costs one scan.
 */
export function foldLookAlikes(text: string): string {
  let out = '';
  let copied = 0;
  let wordEnd = -1;
  let cyrillicWord = false;
  LATIN_LOOK_ALIKE.lastIndex = 0;
  for (let m = LATIN_LOOK_ALIKE.exec(text); m; m = LATIN_LOOK_ALIKE.exec(text)) {
    const at = m.index;
    if (at >= wordEnd) {
      const word = wordAround(text, at);
      wordEnd = word.end;
      cyrillicWord = CYRILLIC.test(text.slice(word.start, word.end));
    }
    if (cyrillicWord) {
      out += text.slice(copied, at) + (LOOK_ALIKES[m[0]] ?? m[0]);
      copied = at + m[0].length;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const LETTER = /[\p{L}\p{M}]/u;

/** The run of letters and marks that contains the letter at `at`. */
function wordAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0) {
    const width = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  let end = at + 1;
  while (end < text.length) {
    const width = isHighSurrogate(text.charCodeAt(end)) && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1;
    if (!LETTER.test(text.slice(end, end + width))) break;
    end += width;
  }
  return { start, end };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
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
