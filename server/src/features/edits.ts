import type { TextEdit } from 'vscode-languageserver-types';
import { LegalDocument, Span } from '../model';

/** A replacement of the document text: `text.slice(span.start, span.end)` becomes `newText`. */
export interface Replacement {
  readonly span: Span;
  readonly newText: string;
}

/** A quick fix of a finding. Safe fixes change nothing but the finding and are applied by fix-all. */
export interface Fix {
  readonly title: string;
  readonly replacements: readonly Replacement[];
  readonly safe: boolean;
}

export function toTextEdits(document: LegalDocument, replacements: readonly Replacement[]): TextEdit[] {
  return replacements.map((r) => ({ range: document.lines.rangeOf(r.span), newText: r.newText }));
}

/**
 * Applies replacements to a text. Overlapping replacements are dropped after the first
 * (in document order), so applying a set of fixes never garbles the text.
 */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  const sorted = [...replacements].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    if (r.span.start < at) continue;
    out += text.slice(at, r.span.start) + r.newText;
    at = r.span.end;
  }
  return out + text.slice(at);
}
