import type { Location } from 'vscode-languageserver-types';
import { LegalDocument } from '../model';

/** Where what lies at `offset` is defined, or undefined when the provider has nothing there. */
export type DefinitionProvider = (document: LegalDocument, offset: number) => Location[] | undefined;

/** Asks each provider in turn; the first that knows the place answers. */
export function getDefinition(document: LegalDocument, offset: number, providers: readonly DefinitionProvider[]): Location[] {
  for (const provide of providers) {
    const locations = provide(document, offset);
    if (locations) return locations;
  }
  return [];
}
