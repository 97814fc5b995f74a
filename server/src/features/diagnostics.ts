import type { Diagnostic } from 'vscode-languageserver-types';
import { CancellationToken } from '../cancellation';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { LegalDocument, Span } from '../model';
import { SeverityName } from '../protocol';
import { Settings } from '../settings';
import { DEFAULT_SEVERITIES, DiagnosticCode } from './diagnosticCodes';
import { Fix } from './edits';

/** What a rule reports: the code, where, and a message already localized. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly unnecessary?: boolean;
  /** Quick fixes offered in the light bulb, best first. */
  readonly fixes?: readonly Fix[];
}

/** A finding as the editor shows it, with the quick fixes it offers. */
export interface LocatedFinding {
  readonly diagnostic: Diagnostic;
  readonly finding: Finding;
}

/** A check over the document model. Rules never re-scan the text: they read the model. */
export interface Rule {
  readonly codes: readonly DiagnosticCode[];
  /** True when the rule's findings can carry quick fixes. */
  readonly fixable?: boolean;
  /** `settings` carries the style settings some rules follow (`zanmark.figures.*`). */
  check(document: LegalDocument, report: (finding: Finding) => void, settings: Settings): void;
}

const SEVERITIES: Readonly<Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'zanmark';

export function severityOf(code: DiagnosticCode, settings: Settings): SeverityName {
  return settings.diagnostics.get(code) ?? DEFAULT_SEVERITIES[code];
}

/** Runs the rules whose codes are not turned off and returns their findings in document order. */
export function computeFindings(
  document: LegalDocument,
  settings: Settings,
  rules: readonly Rule[],
  token?: CancellationToken,
): LocatedFinding[] {
  const found: LocatedFinding[] = [];
  for (const rule of rules) {
    if (token?.isCancellationRequested) return [];
    if (rule.codes.every((code) => severityOf(code, settings) === 'off')) continue;
    rule.check(document, (finding) => {
      const severity = severityOf(finding.code, settings);
      if (severity === 'off') return;
      const diagnostic: Diagnostic = {
        range: document.lines.rangeOf(finding.span),
        severity: SEVERITIES[severity],
        code: finding.code,
        source: DIAGNOSTIC_SOURCE,
        message: finding.message,
      };
      if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
      found.push({ diagnostic, finding });
    }, settings);
  }
  return found.sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end);
}
