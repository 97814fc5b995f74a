import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { DiagnosticSeverity, SymbolKind } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import { PlacedAnnotation } from '../annotations/annotation';
import { LineIndex } from '../model';
import { Settings } from '../settings';
import { DIAGNOSTIC_SOURCE, severityOf } from './diagnostics';
import { DiagnosticCode } from './diagnosticCodes';

const NAME_QUOTE_LENGTH = 50;

/** `#норма «Қылмыстық саясат дегеніміз…»`: the tags, then the beginning of the passage. */
export function annotationName(tags: readonly string[], quote: string): string {
  return `${tags.map((t) => `#${t}`).join(' ')} «${shortQuote(quote)}»`;
}

/** The beginning of a passage on one line. */
export function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > NAME_QUOTE_LENGTH ? `${flat.slice(0, NAME_QUOTE_LENGTH).trimEnd()}…` : flat;
}

/**
 * Puts each anchored annotation into the outline, under the deepest section that holds it, after the
 * section's own children; annotations before the first section go at the top level.
 */
export function addAnnotationSymbols(symbols: DocumentSymbol[], placed: readonly PlacedAnnotation[], lines: LineIndex): DocumentSymbol[] {
  const contains = (s: DocumentSymbol, offset: number) =>
    lines.offsetAt(s.range.start) <= offset && offset < Math.max(lines.offsetAt(s.range.end), lines.offsetAt(s.range.start) + 1);
  const anchored = placed.filter((p) => p.span).sort((a, b) => a.span!.start - b.span!.start);
  for (const p of anchored) {
    const span = p.span!;
    const range = lines.rangeOf(span);
    const symbol: DocumentSymbol = { name: annotationName(p.annotation.tags, p.annotation.quote.exact), detail: p.annotation.note || undefined, kind: SymbolKind.Key, range, selectionRange: range };
    let level = symbols;
    for (;;) {
      const parent = level.find((s) => s.kind !== SymbolKind.Key && contains(s, span.start));
      if (!parent) break;
      parent.children ??= [];
      level = parent.children;
    }
    level.push(symbol);
  }
  return symbols;
}

/** `annotation.orphaned`: one diagnostic per annotation whose passage is gone, where it last was. */
export function orphanDiagnostics(placed: readonly PlacedAnnotation[], lines: LineIndex, settings: Settings): Diagnostic[] {
  const severity = severityOf(DiagnosticCode.annotationOrphaned, settings);
  if (severity === 'off') return [];
  const level = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint }[severity];
  return placed.filter((p) => !p.span).map((p) => {
    const at = lines.positionAt(p.lastOffset);
    return {
      range: { start: at, end: at },
      severity: level,
      code: DiagnosticCode.annotationOrphaned,
      source: DIAGNOSTIC_SOURCE,
      message: l10n.t('The passage tagged {0} («{1}») is no longer in the text; the annotation is kept under Orphaned in the Annotations view.',
        p.annotation.tags.map((t) => `#${t}`).join(' '), shortQuote(p.annotation.quote.exact)),
    };
  });
}
