import { foldCase } from './normalize';
import { Span, isSpace } from './text';

/** Abbreviations after which a period does not end a sentence (lower case, without the last period). */
const ABBREVIATIONS = new Set([
  // Kazakh
  'т.б', 'т.с.с', 'т.т', 'б', 'бб', 'ж', 'жж', 'ғ', 'ғғ', 'млн', 'млрд', 'трлн', 'мың', 'қ', 'обл', 'ауд', 'көш',
  'т', 'с', 'ст', 'тар', 'баб', 'тармақ', 'бап', 'проф', 'акад', 'доц', 'ред', 'құраст', 'аудар', 'бет', 'бөл',
  'қар', 'мыс', 'сағ', 'мин', 'тг', 'шақ', 'км', 'кг',
  // Russian
  'г', 'гг', 'в', 'вв', 'т.е', 'т.д', 'т.п', 'т.к', 'и.о', 'др', 'пр', 'см', 'стр', 'им', 'ч', 'п', 'пп', 'р',
  'руб', 'тыс', 'коп', 'ул', 'д', 'кв', 'изд', 'юрид', 'наук', 'канд', 'докт', 'гл', 'разд', 'прим', 'рис', 'табл',
  // Latin
  'p', 'pp', 'vol', 'no', 'ed', 'eds', 'etc', 'cf', 'e.g', 'i.e', 'al', 'et al',
]);

/** `В.Н`, `Н`, `Ә.Н`: initials before a surname. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const WORD_BEFORE = /[\p{L}.]+$/u;
const SENTENCE_PUNCTUATION = /[.!?…]+/g;
const OPENERS = /[\p{Lu}\p{Nd}«"„“([\-–—]/u;
const CLOSERS = /[»"”')\]]/;

/** Whether the period at `dot` ends a sentence, judged by the word before it. */
export function isAbbreviationPeriod(text: string, dot: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 24), dot));
  if (!before) return false;
  const word = before[0].replace(/^\.+/, '');
  if (!word) return false;
  return INITIALS.test(word) || ABBREVIATIONS.has(foldCase(word));
}

/** Whether the punctuation that ends at `end` (exclusive) closes a sentence when a line breaks there. */
export function endsSentenceAtLineEnd(text: string, end: number): boolean {
  const last = text[end - 1];
  if (last === '!' || last === '?' || last === '…' || last === ':') return true;
  if (last !== '.') return CLOSERS.test(last) && end >= 2 && /[.!?…]/.test(text[end - 2]);
  let dot = end - 1;
  while (dot > 0 && text[dot - 1] === '.') dot--;
  return !isAbbreviationPeriod(text, dot);
}

/** Sentences of a paragraph, trimmed. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  let from = 0;
  SENTENCE_PUNCTUATION.lastIndex = 0;
  for (let m = SENTENCE_PUNCTUATION.exec(body); m; m = SENTENCE_PUNCTUATION.exec(body)) {
    let end = m.index + m[0].length;
    while (end < body.length && CLOSERS.test(body[end])) end++;
    let next = end;
    while (next < body.length && isSpace(body.charCodeAt(next))) next++;
    if (next === end || next >= body.length) continue;
    if (!OPENERS.test(body[next])) continue;
    if (m[0][0] === '.' && isAbbreviationPeriod(body, m.index)) continue;
    pushTrimmed(sentences, text, paragraph.start + from, paragraph.start + end);
    from = next;
  }
  pushTrimmed(sentences, text, paragraph.start + from, paragraph.end);
  return sentences;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start < end) out.push({ start, end });
}
