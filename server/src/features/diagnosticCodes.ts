import * as l10n from '@vscode/l10n';
import { SeverityName } from '../protocol';

/** Stable diagnostic codes: users configure them as `zanmark.diagnostics.<code>` and in `.zanmark.json`. */
export enum DiagnosticCode {
  /** A cited source number has no entry in the reference list (or there is no list, or it is empty). */
  citationUnresolved = 'citation.unresolved',
  /** A reference entry that no citation names. */
  citationUnusedEntry = 'citation.unused-entry',
  /** Two entries of a reference list share a number. */
  citationDuplicateEntry = 'citation.duplicate-entry',
  /** The entries are not numbered 1…N in order. */
  citationNumbering = 'citation.numbering',
  /** Sources are not first cited in ascending order. */
  citationOrder = 'citation.order',
  /** A locator not written in the document's style: `[1,27б.]` for `[1, 27 б.]`. */
  citationLocatorFormat = 'citation.locator-format',
  /** A page range whose first page is greater than its last: `[4, 13-12 б.]`. */
  citationPageRangeReversed = 'citation.page-range-reversed',
  /** A citation with no source: `[]`, `[ ; ]`. */
  citationEmpty = 'citation.empty',
  /** An annotation's passage is no longer in the text; the annotation is kept as an orphan. */
  annotationOrphaned = 'annotation.orphaned',
}

/** Severity of each code when the user has not configured it. */
export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, SeverityName>> = {
  [DiagnosticCode.citationUnresolved]: 'error',
  [DiagnosticCode.citationUnusedEntry]: 'hint',
  [DiagnosticCode.citationDuplicateEntry]: 'warning',
  [DiagnosticCode.citationNumbering]: 'warning',
  [DiagnosticCode.citationOrder]: 'information',
  [DiagnosticCode.citationLocatorFormat]: 'warning',
  [DiagnosticCode.citationPageRangeReversed]: 'error',
  [DiagnosticCode.citationEmpty]: 'error',
  [DiagnosticCode.annotationOrphaned]: 'warning',
};

/** One line on what a code finds, for SARIF rule lists and documentation. */
export function describeCode(code: DiagnosticCode): string {
  switch (code) {
    case DiagnosticCode.citationUnresolved:
      return l10n.t('A cited source has no entry in the reference list');
    case DiagnosticCode.citationUnusedEntry:
      return l10n.t('A reference entry is never cited');
    case DiagnosticCode.citationDuplicateEntry:
      return l10n.t('Two reference entries share a number');
    case DiagnosticCode.citationNumbering:
      return l10n.t('The reference entries are not numbered 1…N');
    case DiagnosticCode.citationOrder:
      return l10n.t('Sources are not first cited in ascending order');
    case DiagnosticCode.citationLocatorFormat:
      return l10n.t('A page locator is not written in the document\'s style');
    case DiagnosticCode.citationPageRangeReversed:
      return l10n.t('A page range runs backwards');
    case DiagnosticCode.citationEmpty:
      return l10n.t('A citation names no source');
    case DiagnosticCode.annotationOrphaned:
      return l10n.t('An annotated passage is no longer in the text');
  }
}
