import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import { LegalDocument } from '../model';
import { LocatedFinding } from './diagnostics';
import { Replacement, toTextEdits } from './edits';

/** The kind of the code action that applies every safe fix (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.zanmark`;

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes of the findings under `range`, and the fix-all action when asked for source actions. */
export function getCodeActions(
  document: LegalDocument,
  findings: readonly LocatedFinding[],
  range: Range,
  only: readonly string[] | undefined,
): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const { diagnostic, finding } of findings) {
      if (!overlaps(diagnostic.range, range)) continue;
      finding.fixes?.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0,
          edit: { changes: { [document.uri]: toTextEdits(document, fix.replacements) } },
        });
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const fixAll = getFixAll(document, findings);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Every safe fix of the document as one edit, or undefined when there is nothing to fix. */
export function getFixAll(document: LegalDocument, findings: readonly LocatedFinding[]): CodeAction | undefined {
  const replacements = safeReplacements(findings);
  if (replacements.length === 0) return undefined;
  const diagnostics: Diagnostic[] = findings.filter((f) => f.finding.fixes?.some((x) => x.safe)).map((f) => f.diagnostic);
  return {
    title: l10n.t('Fix all safely fixable problems'),
    kind: FIX_ALL_KIND,
    diagnostics,
    edit: { changes: { [document.uri]: toTextEdits(document, replacements) } },
  };
}

/**
 * The first safe fix of each finding, in document order. A fix that would overlap one already
 * taken is left for the next run, whole: fixes are never applied in part.
 */
export function safeReplacements(findings: readonly LocatedFinding[]): Replacement[] {
  // Taken spans never overlap, so a sorted list and a look at the neighbours of the insertion point suffice.
  const taken: Replacement[] = [];
  const insertionPoint = (r: Replacement) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].span.start < r.span.start || (taken[mid].span.start === r.span.start && taken[mid].span.end <= r.span.end)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const touches = (r: Replacement, t: Replacement | undefined) => t !== undefined &&
    ((r.span.start < t.span.end && t.span.start < r.span.end) || (r.span.start === t.span.start && r.span.end === t.span.end));
  const clashes = (r: Replacement) => {
    const at = insertionPoint(r);
    return touches(r, taken[at - 1]) || touches(r, taken[at]);
  };
  for (const { finding } of findings) {
    const fix = finding.fixes?.find((x) => x.safe);
    if (!fix || fix.replacements.some(clashes)) continue;
    for (const r of fix.replacements) taken.splice(insertionPoint(r), 0, r);
  }
  return taken;
}
