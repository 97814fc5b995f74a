import type { Hover } from 'vscode-languageserver-types';
import { LegalDocument } from '../model';

/** Hover content for what lies at `offset`, or undefined when the provider has nothing there. */
export type HoverProvider = (document: LegalDocument, offset: number) => Hover | undefined;

/** Asks each provider in turn; the first that knows the place answers. */
export function getHover(document: LegalDocument, offset: number, providers: readonly HoverProvider[]): Hover | undefined {
  for (const provide of providers) {
    const hover = provide(document, offset);
    if (hover) return hover;
  }
  return undefined;
}
