import type { FoldingRange } from 'vscode-languageserver-types';
import { LegalDocument, Section, Span } from '../model';

/** Folding by section, and by reference entry where an entry runs over several lines. */
export function getFoldingRanges(document: LegalDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (span: Span) => {
    const startLine = document.lines.lineOf(span.start);
    const endLine = document.lines.lineOf(span.end);
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  const visit = (section: Section) => {
    add(section.span);
    section.children.forEach(visit);
  };
  document.sections.forEach(visit);
  for (const list of document.referenceLists) list.entries.forEach((e) => add(e.span));
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
