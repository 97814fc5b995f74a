import * as l10n from '@vscode/l10n';
import { CitationItem, LegalDocument } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

const MAX_LISTED = 5;

/** `citation.unresolved`: every cited number must have an entry in the reference list. */
export const citationUnresolved: Rule = {
  codes: [DiagnosticCode.citationUnresolved],
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const list = document.references;
    const index = document.citationIndex;
    const code = DiagnosticCode.citationUnresolved;
    for (const citation of document.citations) {
      for (const item of citation.items) {
        if (!item.last) {
          if (index.entriesOf(item.first.value).length > 0) continue;
          // As written: `[99999999999999999999]` is not reported as 1e20.
          const n = document.text.slice(item.first.span.start, item.first.span.end);
          const message = !list
            ? l10n.t('Source {0} is cited, but the document has no reference list', n)
            : list.entries.length === 0
              ? l10n.t('Source {0} is cited, but the reference list is empty', n)
              : l10n.t('No entry {0} in the reference list', n);
          report({ code, span: item.first.span, message });
          continue;
        }
        const from = Math.min(item.first.value, item.last.value);
        const to = Math.max(item.first.value, item.last.value);
        const missing = index.missingBetween(from, to, MAX_LISTED + 1);
        if (missing.length === 0) continue;
        const listed = missing.slice(0, MAX_LISTED).join(', ') + (missing.length > MAX_LISTED ? ', …' : '');
        const message = !list
          ? l10n.t('Sources {0} are cited, but the document has no reference list', rangeText(item))
          : list.entries.length === 0
            ? l10n.t('Sources {0} are cited, but the reference list is empty', rangeText(item))
            : l10n.t('No entries {0} in the reference list', listed);
        report({ code, span: { start: item.first.span.start, end: item.last.span.end }, message });
      }
    }
  },
};

function rangeText(item: CitationItem): string {
  return `${item.first.value}–${item.last?.value ?? item.first.value}`;
}
