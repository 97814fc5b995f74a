import * as l10n from '@vscode/l10n';
import { SeverityName } from '../protocol';

/** Stable diagnostic codes: users configure them as `zanmark.diagnostics.<code>` and in `.zanmark.json`. */
export enum DiagnosticCode {
  /** A cited source number has no entry in the reference list (or there is no list, or it is empty). */
  citationUnresolved = 'citation.unresolved',
  /** An annotation's passage is no longer in the text; the annotation is kept as an orphan. */
  annotationOrphaned = 'annotation.orphaned',
}

/** Severity of each code when the user has not configured it. */
export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, SeverityName>> = {
  [DiagnosticCode.citationUnresolved]: 'error',
  [DiagnosticCode.annotationOrphaned]: 'warning',
};

/** One line on what a code finds, for SARIF rule lists and documentation. */
export function describeCode(code: DiagnosticCode): string {
  switch (code) {
    case DiagnosticCode.citationUnresolved:
      return l10n.t('A cited source has no entry in the reference list');
    case DiagnosticCode.annotationOrphaned:
      return l10n.t('An annotated passage is no longer in the text');
  }
}
