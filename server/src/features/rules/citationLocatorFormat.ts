import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../../model';
import { Settings } from '../../settings';
import { locatorReplacement, pageMarkSpacing } from '../citations/locatorStyle';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';
import { applyReplacements } from '../edits';

/** `citation.locator-format`: `[1,27б.]` → `[1, 27 б.]`, following `zanmark.citations.locatorStyle`. */
export const citationLocatorFormat: Rule = {
  codes: [DiagnosticCode.citationLocatorFormat],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void, settings: Settings): void {
    const spacing = pageMarkSpacing(document, settings.citations.locatorStyle);
    const text = document.text;
    for (const citation of document.citations) {
      for (const item of citation.items) {
        const replacement = locatorReplacement(text, item, spacing);
        if (!replacement) continue;
        const written = text.slice(citation.span.start, citation.span.end);
        const shifted = { span: { start: replacement.span.start - citation.span.start, end: replacement.span.end - citation.span.start }, newText: replacement.newText };
        const corrected = applyReplacements(written, [shifted]);
        report({
          code: DiagnosticCode.citationLocatorFormat,
          span: replacement.span,
          message: l10n.t('Write the citation as {0}, not {1}', corrected, written),
          fixes: [{ title: l10n.t('Change to {0}', corrected), replacements: [replacement], safe: true }],
        });
      }
    }
  },
};
