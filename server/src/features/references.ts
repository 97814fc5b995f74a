import type { Location } from 'vscode-languageserver-types';
import { LegalDocument } from '../model';

/** Every place of what lies at `offset`, or undefined when the provider has nothing there. */
export type ReferenceProvider = (document: LegalDocument, offset: number) => Location[] | undefined;

/** Asks each provider in turn; the first that knows the place answers. */
export function getReferences(document: LegalDocument, offset: number, providers: readonly ReferenceProvider[]): Location[] | undefined {
  for (const provide of providers) {
    const locations = provide(document, offset);
    if (locations) return locations;
  }
  return undefined;
}
