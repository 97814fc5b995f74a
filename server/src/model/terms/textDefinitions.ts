import { foldForMatching } from '../normalize';
import { splitSegments } from '../segments';
import { readStructure } from '../structure';
import { LineIndex } from '../text';
import { Definition, findDefinitions } from './definitions';

/**
 * The definitions of a text that is not open, for the workspace index: only what finding them
 * needs (lines, blocks, sentences, the matching form), not the whole document model.
 */
export function definitionsOfText(text: string): { readonly definitions: Definition[]; readonly lines: LineIndex } {
  const lines = new LineIndex(text);
  if (text.includes('\u0000')) return { definitions: [], lines };
  const { paragraphs } = readStructure(text, splitSegments(text, lines));
  return { definitions: findDefinitions(text, foldForMatching(text), paragraphs.flatMap((p) => p.sentences)), lines };
}
