import { LegalDocument, TermOccurrence } from '../../model';
import { WorkspaceIndex } from '../../workspace/workspaceIndex';

/** The term occurrence under the cursor (a cursor just after the last letter counts). */
export function termAt(index: WorkspaceIndex, document: LegalDocument, offset: number): TermOccurrence | undefined {
  const occurrences = index.occurrences(document);
  let lo = 0;
  let hi = occurrences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { span } = occurrences[mid];
    if (span.end < offset) lo = mid + 1;
    else if (span.start > offset) hi = mid - 1;
    else return occurrences[mid];
  }
  return undefined;
}
