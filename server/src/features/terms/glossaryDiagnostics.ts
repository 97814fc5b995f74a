import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { GlossaryProblem } from '../../terms/userGlossary';

/**
 * The code of a problem in a `*.glossary.json` file. Glossaries are JSON, not texts the rules
 * check, so their problems are reported by the workspace index rather than by a rule.
 */
export const GLOSSARY_INVALID = 'glossary.invalid';

export function glossaryDiagnostics(problems: readonly GlossaryProblem[]): Diagnostic[] {
  return problems.map((p) => ({ range: p.range, severity: DiagnosticSeverity.Error, code: GLOSSARY_INVALID, source: 'zanmark', message: p.message }));
}
