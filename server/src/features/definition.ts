import type { LocationLink } from 'vscode-languageserver-types';
import { LegalDocument } from '../model';

/**
 * Where what lies at `offset` is defined, or undefined when the provider has nothing there.
 * An empty list means "known here, defined nowhere" and stops the other providers.
 */
export type DefinitionProvider = (document: LegalDocument, offset: number) => LocationLink[] | undefined;

/** Asks each provider in turn; the first that knows the place answers. */
export function getDefinition(document: LegalDocument, offset: number, providers: readonly DefinitionProvider[]): LocationLink[] {
  for (const provide of providers) {
    const links = provide(document, offset);
    if (links) return links;
  }
  return [];
}
