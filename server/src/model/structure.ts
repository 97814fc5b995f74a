import { Heading, recognizeHeading } from './headings';
import { ReferenceList, ReferenceListBuilder, pairTransliteration } from './references';
import { Segment } from './segments';
import { endsSentenceAtLineEnd, splitSentences } from './sentences';
import { Span } from './text';

/** A paragraph and its sentences. Abbreviations such as `т.б.` and initials such as `В.Н.` end neither. */
export interface Paragraph {
  readonly span: Span;
  readonly sentences: readonly Span[];
}

/**
 * A section: a heading and everything up to the next heading of the same or a higher level.
 * `span` runs from the heading to the end of the section's last block.
 */
export interface Section {
  readonly heading: Heading;
  readonly span: Span;
  readonly children: readonly Section[];
}

export interface Structure {
  readonly headings: readonly Heading[];
  readonly sections: readonly Section[];
  readonly paragraphs: readonly Paragraph[];
  readonly referenceLists: readonly ReferenceList[];
}

/** Reads headings, paragraphs, sentences and reference lists from the blocks of a document. */
export function readStructure(text: string, segments: readonly Segment[]): Structure {
  const headings: Heading[] = [];
  /** `contentEnds[i]`: where the blocks before heading i end; the last one ends the document. */
  const contentEnds: number[] = [];
  const paragraphs: Paragraph[] = [];
  const referenceLists: ReferenceList[] = [];
  let list: ReferenceListBuilder | undefined;
  let paragraph: { start: number; end: number } | undefined;
  let previous: Segment | undefined;
  let blockEnd = 0;

  const closeParagraph = () => {
    if (paragraph) paragraphs.push({ span: paragraph, sentences: splitSentences(text, paragraph) });
    paragraph = undefined;
  };
  const closeList = () => {
    if (list) referenceLists.push(list.build());
    list = undefined;
  };

  for (const segment of segments) {
    const entryStart = list !== undefined && isEntryStart(text, segment);
    const heading = entryStart ? undefined : recognizeHeading(text, segment.start, segment.end);
    const continues = !heading && !entryStart && paragraph !== undefined && previous !== undefined &&
      !previous.endsAtJoint && segment.line === previous.line + 1 && !endsSentenceAtLineEnd(text, previous.end);
    previous = segment;
    if (heading) {
      closeParagraph();
      closeList();
      headings.push(heading);
      contentEnds.push(blockEnd);
      blockEnd = heading.span.end;
      if (heading.kind === 'references') {
        const isTransliteration = referenceLists.some((l) => !l.isTransliteration);
        list = new ReferenceListBuilder(text, heading, isTransliteration);
      }
      continue;
    }
    blockEnd = segment.end;
    if (continues) {
      paragraph!.end = segment.end;
      continue;
    }
    closeParagraph();
    if (list && list.add(segment.start, segment.end)) continue;
    paragraph = { start: segment.start, end: segment.end };
  }
  closeParagraph();
  closeList();
  contentEnds.push(blockEnd);

  const primary = referenceLists.find((l) => !l.isTransliteration);
  const transliterated = referenceLists.find((l) => l.isTransliteration);
  if (primary && transliterated) pairTransliteration(primary, transliterated);

  return { headings, sections: buildSections(headings, contentEnds), paragraphs, referenceLists };
}

function isEntryStart(text: string, segment: Segment): boolean {
  return /^(?:\d{1,4}[.)]|\[\d{1,4}\])/.test(text.slice(segment.start, segment.start + 6));
}

/** Nests sections by level: a section ends where the next heading of its level or higher begins. */
function buildSections(headings: readonly Heading[], contentEnds: readonly number[]): Section[] {
  type Open = { heading: Heading; children: Section[] };
  const roots: Section[] = [];
  const stack: Open[] = [];
  const close = (open: Open, end: number) => {
    const section = { heading: open.heading, span: { start: open.heading.span.start, end: Math.max(end, open.heading.span.end) }, children: open.children };
    (stack.length ? stack[stack.length - 1].children : roots).push(section);
  };
  headings.forEach((heading, i) => {
    while (stack.length && stack[stack.length - 1].heading.level >= heading.level) {
      close(stack.pop()!, contentEnds[i]);
    }
    stack.push({ heading, children: [] });
  });
  const documentEnd = contentEnds[contentEnds.length - 1];
  while (stack.length) close(stack.pop()!, documentEnd);
  return roots;
}
