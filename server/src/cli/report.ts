import * as path from 'path';
import * as l10n from '@vscode/l10n';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_SEVERITIES, DiagnosticCode, describeCode } from '../features/diagnosticCodes';

/** The diagnostics of one checked file, with LSP positions. */
export interface FileReport {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export type SeverityWord = 'error' | 'warning' | 'information' | 'hint';

export function severityWord(diagnostic: Diagnostic): SeverityWord {
  switch (diagnostic.severity) {
    case DiagnosticSeverity.Error: return 'error';
    case DiagnosticSeverity.Warning: return 'warning';
    case DiagnosticSeverity.Information: return 'information';
    default: return 'hint';
  }
}

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const s = severityWord(d);
      if (s === 'error') errors++;
      else if (s === 'warning') warnings++;
      else others++;
    }
  }
  return { errors, warnings, others };
}

/** `file:line:column: severity code: message`, lines and columns from 1, then a summary line. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severityWord(d)} ${d.code}: ${d.message}`);
    }
  }
  const t = totals(reports);
  lines.push(l10n.t('{0} files checked: {1} errors, {2} warnings, {3} other findings', reports.length, t.errors, t.warnings, t.others));
  return `${lines.join('\n')}\n`;
}

/** SPEC §9: `[{"file", "diagnostics": [{"range", "severity", "code", "message"}]}]`. */
export function formatJson(reports: readonly FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({ range: d.range, severity: severityWord(d), code: d.code, message: d.message })),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

const SARIF_LEVEL: Readonly<Record<SeverityWord | 'off', string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };

/** SARIF 2.1.0 for code-scanning tools; columns count UTF-16 code units, as LSP does. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const codes = Object.values(DiagnosticCode) as DiagnosticCode[];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'zanmark',
          version,
          rules: codes.map((code) => ({
            id: code,
            shortDescription: { text: describeCode(code) },
            defaultConfiguration: { level: SARIF_LEVEL[DEFAULT_SEVERITIES[code]] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((r) => r.diagnostics.map((d) => ({
        ruleId: String(d.code),
        ruleIndex: codes.indexOf(d.code as DiagnosticCode),
        level: SARIF_LEVEL[severityWord(d)],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.file.split(path.sep).map(encodeURIComponent).join('/') },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        }],
      }))),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
