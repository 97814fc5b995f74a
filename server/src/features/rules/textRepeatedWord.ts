import * as l10n from '@vscode/l10n';
import { LegalDocument, foldCase } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';
import { memo } from './fixes';

const GAP_ONLY = /^[ \u00a0\u202f\t\r\n]+$/;
const MIN_FRAGMENT = 3;

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
    let counts: Map<string, number> | undefined;
    /** A fragment is a word in its own right when the document uses it elsewhere. */
    const usedElsewhere = (w: string) => {
      if (!counts) {
        counts = new Map();
        for (let i = 0; i < words.count; i++) {
          const s = words.span(i);
          const key = foldCase(text.slice(s.start, s.end));
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      return (counts.get(w) ?? 0) > 1;
    };
    for (let i = 0; i + 1 < words.count; i++) {
      const a = words.span(i);
      const b = words.span(i + 1);
      if (b.start - a.end > 8 || !GAP_ONLY.test(text.slice(a.end, b.start))) continue;
      const first = foldCase(text.slice(a.start, a.end));
      const second = foldCase(text.slice(b.start, b.end));
      if (first === second) {
        const word = text.slice(b.start, b.end);
        report({
          code: DiagnosticCode.textRepeatedWord,
          span: { start: a.start, end: b.end },
          message: repeated(word),
          fixes: [{ title: remove(word), safe: true, replacements: [{ span: { start: a.end, end: b.end }, newText: '' }] }],
        });
      } else if (first.length >= MIN_FRAGMENT && second.length > first.length && second.startsWith(first) && !usedElsewhere(first)) {
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
