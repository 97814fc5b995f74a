import type { CompletionItem } from 'vscode-languageserver-types';
import { LegalDocument } from '../model';

/** Completions at `offset`, or undefined when the provider has nothing to offer there. */
export type CompletionProvider = (document: LegalDocument, offset: number) => CompletionItem[] | undefined;

/** Every provider's completions, together. */
export function getCompletions(document: LegalDocument, offset: number, providers: readonly CompletionProvider[]): CompletionItem[] {
  return providers.flatMap((provide) => provide(document, offset) ?? []);
}
