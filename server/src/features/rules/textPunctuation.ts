import * as l10n from '@vscode/l10n';
import { LegalDocument, isAbbreviationPeriod } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';
import { memo } from './fixes';

/** Two marks where one belongs: `..` (not an ellipsis), `.,` after a word that is no abbreviation, `,,`, `:.` (PDF joints). */
const DOUBLED = /\.{2,}|,,|\.,|:\.+/g;
const STARTS_WORD = /[\p{L}\p{N}«"(]/u;

/** `text.punctuation`: `доллар.,` → `доллар,`; `..` → `.`. Relative paths (`../kaz.md`) and ellipses are left alone. */
export const textPunctuation: Rule = {
  codes: [DiagnosticCode.textPunctuation],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text } = document;
    const message = memo((key) => l10n.t('«{0}»: write «{1}»', key.split('\n')[0], key.split('\n')[1]));
    const title = memo((fixed) => l10n.t('Write «{0}»', fixed));
    DOUBLED.lastIndex = 0;
    for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const written = m[0];
      let fixed: string;
      if (written[0] === '.' && written[1] === '.') {
        if (written.length !== 2 || text[end] === '/' || text[start - 1] === '/' || text[start - 1] === '(' || text[start - 1] === '.') continue;
        fixed = STARTS_WORD.test(text[end] ?? '') ? '. ' : '.';
      } else if (written === '.,') {
        if (isAbbreviationPeriod(text, start) || /\d/.test(text[start - 1] ?? '')) continue;
        fixed = ',';
      } else if (written[0] === ':') {
        fixed = STARTS_WORD.test(text[end] ?? '') ? ': ' : ':';
      } else {
        fixed = ',';
      }
      report({
        code: DiagnosticCode.textPunctuation,
        span: { start, end },
        message: message(`${written}\n${fixed.trim()}`),
        fixes: [{ title: title(fixed.trim()), safe: true, replacements: [{ span: { start, end }, newText: fixed }] }],
      });
    }
  },
};
