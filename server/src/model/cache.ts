import { DocumentSource, LegalDocument, parseDocument } from './document';

/** Parsed documents by URI, re-parsed only when the version changes. */
export class DocumentCache {
  private readonly entries = new Map<string, LegalDocument>();

  get(source: DocumentSource): LegalDocument {
    const cached = this.entries.get(source.uri);
    if (cached && cached.version === source.version) return cached;
    const parsed = parseDocument(source);
    this.entries.set(source.uri, parsed);
    return parsed;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
