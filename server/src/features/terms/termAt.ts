import { LegalDocument, TermOccurrence } from '../../model';
import { WorkspaceIndex } from '../../workspace/workspaceIndex';

/** The term occurrence under the cursor (a cursor just after the last letter counts). */
export function termAt(index: WorkspaceIndex, document: LegalDocument, offset: number): TermOccurrence | undefined {
  return index.occurrenceAt(document, offset);
}
