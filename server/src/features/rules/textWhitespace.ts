import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';
import { memo } from './fixes';

const SPACE_RUN = /[ \u00a0\u202f]{2,}/g;
const LINE_BREAK = /[\r\n]/;

/** `text.whitespace`: several spaces (or no-break spaces) between words; indentation and line ends are left alone. */
export const textWhitespace: Rule = {
  codes: [DiagnosticCode.textWhitespace],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text } = document;
    const message = memo((count) => l10n.t('{0} spaces between words', count));
    const title = l10n.t('Leave one space');
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start === 0 || end >= text.length || LINE_BREAK.test(text[start - 1]) || LINE_BREAK.test(text[end]) || text[start - 1] === '|' || text[end] === '|') continue;
      const single = m[0].includes(' ') ? ' ' : m[0][0];
      report({
        code: DiagnosticCode.textWhitespace,
        span: { start, end },
        message: message(String(m[0].length)),
        fixes: [{ title, safe: true, replacements: [{ span: { start, end }, newText: single }] }],
      });
    }
  },
};
