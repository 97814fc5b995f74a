import * as l10n from '@vscode/l10n';
import { LegalDocument, Span, foldCase } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';
import { memo } from './fixes';

/** Spaces with at most one line break: a blank line between two words separates blocks, not a repetition. */
const GAP_ONLY = /^[ \u00a0\u202f\t]*(?:\r?\n[ \u00a0\u202f\t]*)?$/;
const MIN_FRAGMENT = 3;

/** The lower-case code of a Latin or Cyrillic letter, without building a string: a quick first test of a word pair. */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0x460 && c <= 0x4ff && c % 2 === 0) return c + 1;
  return c;
}

/**
 * `text.repeated-word`: the same word twice (`және және`), or a fragment left before the word it
 * begins (`мем мемлекеттік`, from a broken line) that the document never uses as a word.
 */
export const textRepeatedWord: Rule = {
  codes: [DiagnosticCode.textRepeatedWord],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text, words } = document;
    const repeated = memo((word) => l10n.t('The word «{0}» is repeated', word));
    const remove = memo((word) => l10n.t('Remove the repeated «{0}»', word));
    // Fragments are rare: find them first, then count how often each is used as a word, in one pass.
    const fragments = new Map<string, number>();
    const lower = (span: Span, length = span.end - span.start) => foldCase(text.slice(span.start, span.start + length));
    const usedElsewhere = (w: string) => {
      if (fragments.get(w) === -1) {
        const lengths = new Set([...fragments.keys()].map((k) => k.length));
        for (const k of fragments.keys()) fragments.set(k, 0);
        for (let i = 0; i < words.count; i++) {
          if (!lengths.has(words.endOf(i) - words.startOf(i))) continue;
          const key = lower(words.span(i));
          const count = fragments.get(key);
          if (count !== undefined) fragments.set(key, count + 1);
        }
      }
      return (fragments.get(w) ?? 0) > 1;
    };
    // A heading ends its block: «Қорытынды» above «Қорытындылай келе, …» repeats nothing.
    const headingEnds = new Set(document.headings.map((h) => h.span.end));
    const pairs: { a: Span; b: Span; repeated: boolean }[] = [];
    for (let i = 0; i + 1 < words.count; i++) {
      const lengthA = words.endOf(i) - words.startOf(i);
      const lengthB = words.endOf(i + 1) - words.startOf(i + 1);
      if (words.startOf(i + 1) - words.endOf(i) > 8 || lengthB < lengthA || (lengthB > lengthA && lengthA < MIN_FRAGMENT) ||
        lowerCode(text.charCodeAt(words.startOf(i))) !== lowerCode(text.charCodeAt(words.startOf(i + 1)))) continue;
      const a = words.span(i);
      const b = words.span(i + 1);
      if (lower(a) !== lower(b, lengthA) || !GAP_ONLY.test(text.slice(a.end, b.start)) || headingEnds.has(a.end)) continue;
      pairs.push({ a, b, repeated: lengthA === lengthB });
      if (lengthA !== lengthB) fragments.set(lower(a), -1);
    }
    for (const { a, b, repeated: same } of pairs) {
      if (same) {
        const word = text.slice(b.start, b.end);
        report({
          code: DiagnosticCode.textRepeatedWord,
          span: { start: a.start, end: b.end },
          message: repeated(word),
          fixes: [{ title: remove(word), safe: true, replacements: [{ span: { start: a.end, end: b.end }, newText: '' }] }],
        });
      } else if (!usedElsewhere(lower(a))) {
        const fragment = text.slice(a.start, a.end);
        report({
          code: DiagnosticCode.textRepeatedWord,
          span: { start: a.start, end: b.end },
          message: l10n.t('«{0}» repeats the beginning of «{1}»', fragment, text.slice(b.start, b.end)),
          fixes: [{ title: l10n.t('Remove «{0}»', fragment), safe: true, replacements: [{ span: { start: a.start, end: b.start }, newText: '' }] }],
        });
      }
    }
  },
};
