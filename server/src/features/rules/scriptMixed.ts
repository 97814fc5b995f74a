import * as l10n from '@vscode/l10n';
import { LOOK_ALIKES, LegalDocument, Span } from '../../model';
import { caseOfEnding } from '../../model/kazakhNumerals';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';
import { Fix, Replacement } from '../edits';
import { memo } from './fixes';

/** Cyrillic letters with a Latin twin, for words that are Latin but for one letter (`Е-Government`). */
const TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LOOK_ALIKES).filter(([latin]) => /[a-zA-Z]/.test(latin)).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const ROMAN = /^[IVXLCDMІХСМ]+$/u;
/** Digits that stand in for letters in Cyrillic words: `3аң`, `к0декс`. */
const DIGIT_LETTERS: Readonly<Record<string, readonly [string, string]>> = { '3': ['з', 'З'], '0': ['о', 'О'], '1': ['і', 'І'] };
const URL_OR_MAIL = /:\/\/|@|www\./i;
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af]/g;

const isCyrillic = (c: number) => c >= 0x400 && c <= 0x4ff;
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7);

/**
 * The part of a word written in the right script, or undefined when it is not clear which script
 * is meant. A part made only of letters both scripts share (`iрi`) follows the text around it.
 */
function rewrite(part: string, contextIsCyrillic: boolean): string | undefined {
  let cyrillic = 0;
  let latin = 0;
  let plainCyrillic = 0;
  let plainLatin = 0;
  for (const ch of part) {
    const c = ch.charCodeAt(0);
    if (isCyrillic(c)) {
      cyrillic++;
      if (!TO_LATIN[ch]) plainCyrillic++;
    } else if (isLatin(c)) {
      latin++;
      if (!LOOK_ALIKES[ch]) plainLatin++;
    }
  }
  if (cyrillic === 0 || latin === 0) return undefined;
  const toCyrillic = plainLatin === 0 && (plainCyrillic > 0 || contextIsCyrillic);
  if (toCyrillic) return [...part].map((ch) => (isLatin(ch.charCodeAt(0)) ? LOOK_ALIKES[ch] : ch)).join('');
  if (plainCyrillic === 0) return [...part].map((ch) => TO_LATIN[ch] ?? ch).join('');
  return undefined;
}

function scriptOf(part: string): 'cyrillic' | 'latin' | undefined {
  const c = part.charCodeAt(0);
  return isCyrillic(c) ? 'cyrillic' : isLatin(c) ? 'latin' : undefined;
}

/** The word written in one script, part by part (hyphenated parts such as `ICT-маркетинг` may differ). */
function fixWord(word: string, contextIsCyrillic: boolean): string | undefined {
  const parts = word.split(/(['’\-])/);
  let changed = false;
  const out = parts.map((part, i) => {
    if (i % 2 === 1 || ROMAN.test(part)) return part;
    const fixed = rewrite(part, contextIsCyrillic);
    if (fixed !== undefined) {
      changed = true;
      return fixed;
    }
    // A one-letter part in the other script: `Е-Government`.
    const neighbour = parts[i + 2] ?? parts[i - 2];
    if (part.length === 1 && neighbour && neighbour.length > 1 && scriptOf(part) !== scriptOf(neighbour)) {
      const swapped = scriptOf(neighbour) === 'latin' ? TO_LATIN[part] : LOOK_ALIKES[part];
      if (swapped) {
        changed = true;
        return swapped;
      }
    }
    return part;
  });
  return changed ? out.join('') : undefined;
}

function hasBothScripts(text: string, span: Span): boolean {
  let cyrillic = false;
  let latin = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (isCyrillic(c)) cyrillic = true;
    else if (isLatin(c)) latin = true;
    if (cyrillic && latin) return true;
  }
  return false;
}

/** Whether the letters around a word are mostly Cyrillic. */
function mostlyCyrillic(text: string, span: Span): boolean {
  let balance = 0;
  const from = Math.max(0, span.start - 60);
  const to = Math.min(text.length, span.end + 60);
  for (let i = from; i < to; i++) {
    if (i >= span.start && i < span.end) continue;
    const c = text.charCodeAt(i);
    if (isCyrillic(c)) balance++;
    else if (isLatin(c)) balance--;
  }
  return balance >= 0;
}

/** The whitespace-delimited token around a span, to recognize URLs and e-mail addresses. */
function tokenAround(text: string, span: Span): string {
  let start = span.start;
  let end = span.end;
  while (start > 0 && start > span.start - 200 && !/\s/.test(text[start - 1])) start--;
  while (end < text.length && end < span.end + 200 && !/\s/.test(text[end])) end++;
  return text.slice(start, end);
}

/**
 * `script.mixed`: a word that mixes Cyrillic and Latin letters (`мəселе` with Latin ə, `Е-Government`
 * with a Cyrillic Е), or has the digit 3, 0 or 1 in place of a letter. URLs, e-mail addresses and
 * Roman numerals (`226-VІ`) are left alone. Each finding offers its word's fix and a fix of them all.
 */
export const scriptMixed: Rule = {
  codes: [DiagnosticCode.scriptMixed],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text, words } = document;
    const found: { span: Span; fixed: string; message: string }[] = [];
    const mixed = memo((key) => l10n.t('«{0}» mixes Cyrillic and Latin letters: write «{1}»', key.split('\n')[0], key.split('\n')[1]));
    const digit = memo((key) => l10n.t('«{0}» has a digit in place of a letter: write «{1}»', key.split('\n')[0], key.split('\n')[1]));
    const title = memo((fixed) => l10n.t('Write «{0}»', fixed));
    // A mixed word has a Latin letter: visit the words that do, instead of every word of the text.
    LATIN_LETTER.lastIndex = 0;
    let lastWord = -1;
    for (let m = LATIN_LETTER.exec(text); m; m = LATIN_LETTER.exec(text)) {
      const i = words.indexAt(m.index);
      if (i < 0 || i === lastWord) continue;
      lastWord = i;
      const span = words.span(i);
      LATIN_LETTER.lastIndex = Math.max(LATIN_LETTER.lastIndex, span.end);
      if (!hasBothScripts(text, span)) continue;
      const word = text.slice(span.start, span.end);
      const fixed = fixWord(word, mostlyCyrillic(text, span));
      if (fixed === undefined || URL_OR_MAIL.test(tokenAround(text, span))) continue;
      found.push({ span, fixed, message: mixed(`${word}\n${fixed}`) });
    }
    for (const run of document.digitRuns) {
      const digitWord = digitInWord(text, run.span);
      if (digitWord) found.push({ ...digitWord, message: digit(`${text.slice(digitWord.span.start, digitWord.span.end)}\n${digitWord.fixed}`) });
    }
    if (found.length === 0) return;
    found.sort((a, b) => a.span.start - b.span.start);
    const all: Replacement[] = found.map((f) => ({ span: f.span, newText: f.fixed }));
    const fixAll: Fix = { title: l10n.t('Fix every word with mixed scripts in the document ({0})', found.length), replacements: all, safe: false };
    for (const f of found) {
      const fixes: Fix[] = [{ title: title(f.fixed), safe: true, replacements: [{ span: f.span, newText: f.fixed }] }];
      if (found.length > 1) fixes.push(fixAll);
      report({ code: DiagnosticCode.scriptMixed, span: f.span, message: f.message, fixes });
    }
  },
};

const CYRILLIC_LOWER = /^\p{Ll}/u;
/** `3ші`, `0ге`: an ordinal or case ending glued to a numeral, not a letter written as a digit. */
const NUMERAL_ENDING = /^(?:ші|шы|інші|ыншы|нші|ншы|шi)$/u;

/** `к0декс`, `3аң`: one or two of the digits 3, 0, 1 inside a Cyrillic word, or a 3 or 0 starting one. */
function digitInWord(text: string, run: Span): { span: Span; fixed: string } | undefined {
  if (run.end - run.start > 2) return undefined;
  const digits = text.slice(run.start, run.end);
  if (!/^[301]+$/.test(digits)) return undefined;
  const before = text.charCodeAt(run.start - 1);
  const after = text.charCodeAt(run.end);
  if (!isCyrillic(after)) return undefined;
  let start = run.start;
  if (isCyrillic(before)) {
    while (start > 0 && isCyrillic(text.charCodeAt(start - 1))) start--;
  } else {
    const tail = /^[\u0400-\u04ff]{2,}/.exec(text.slice(run.end, run.end + 40));
    if (run.end - run.start !== 1 || digits === '1' || !tail || !CYRILLIC_LOWER.test(tail[0]) || NUMERAL_ENDING.test(tail[0]) ||
      caseOfEnding(tail[0]) || /[\p{L}\p{N}\-.,]/u.test(text[run.start - 1] ?? ' ')) return undefined;
  }
  let end = run.end;
  while (end < text.length && isCyrillic(text.charCodeAt(end))) end++;
  const upper = start === run.start || text[run.start - 1] === text[run.start - 1].toUpperCase() && text[run.end] === text[run.end].toUpperCase();
  const letters = [...digits].map((d) => DIGIT_LETTERS[d][upper ? 1 : 0]).join('');
  const fixed = text.slice(start, run.start) + letters + text.slice(run.end, end);
  return { span: { start, end }, fixed };
}
