import type { DocumentHighlight } from 'vscode-languageserver-types';
import { LegalDocument } from '../model';

/** The other places in the document of what lies at `offset`, or undefined when the provider has nothing there. */
export type HighlightProvider = (document: LegalDocument, offset: number) => DocumentHighlight[] | undefined;

/** Asks each provider in turn; the first that knows the place answers. */
export function getDocumentHighlights(document: LegalDocument, offset: number, providers: readonly HighlightProvider[]): DocumentHighlight[] {
  for (const provide of providers) {
    const highlights = provide(document, offset);
    if (highlights) return highlights;
  }
  return [];
}
