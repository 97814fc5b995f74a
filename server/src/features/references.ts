import type { Location } from 'vscode-languageserver-types';
import { LegalDocument } from '../model';

/** What a place refers to: where it is declared (a reference entry, a definition) and every use. */
export interface FoundReferences {
  readonly declarations: readonly Location[];
  readonly references: readonly Location[];
}

export type ReferenceProvider = (document: LegalDocument, offset: number) => FoundReferences | undefined;

/**
 * Asks each provider in turn; the first that knows the place answers, declarations first.
 * Undefined when no provider knows the place (the workspace-wide term search may then).
 */
export function getReferences(
  document: LegalDocument,
  offset: number,
  includeDeclaration: boolean,
  providers: readonly ReferenceProvider[],
): Location[] | undefined {
  for (const provide of providers) {
    const found = provide(document, offset);
    if (found) return includeDeclaration ? [...found.declarations, ...found.references] : [...found.references];
  }
  return undefined;
}
