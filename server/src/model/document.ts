import { CitationIndex } from './citationIndex';
import { Citation, findCitations } from './citations';
import { Definition, findDefinitions } from './terms/definitions';
import { Figure, findFigures } from './figures';
import { Heading } from './headings';
import { foldForMatching } from './normalize';
import { ReferenceList } from './references';
import { splitSegments } from './segments';
import { Paragraph, Section, readStructure } from './structure';
import { LineIndex } from './text';
import { DigitRun, WordTable, findDigitRuns } from './tokens';

/** The model of one version of a legal text. Built once per version; every feature reads it. */
export interface LegalDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: LineIndex;
  readonly headings: readonly Heading[];
  /** Top-level sections; sub-sections are their children. */
  readonly sections: readonly Section[];
  readonly paragraphs: readonly Paragraph[];
  /** Every reference list, in order: the first is the document's list, a second one its transliteration. */
  readonly referenceLists: readonly ReferenceList[];
  /** The document's reference list, if it has one. */
  readonly references: ReferenceList | undefined;
  /** The bracketed citations of the text, in order; the `[1]` markers of a reference list are not citations. */
  readonly citations: readonly Citation[];
  /** The citations resolved against `references`; computed on first use. */
  readonly citationIndex: CitationIndex;
  readonly words: WordTable;
  readonly digitRuns: readonly DigitRun[];
  /** Numbers, percentages, amounts, years, dates and times, in order (SPEC §4); computed on first use. */
  readonly figures: readonly Figure[];
  /** The text in its matching form (see `foldForMatching`), same length as `text`; computed on first use. */
  readonly folded: string;
  /** Definitions written in the text («X дегеніміз …», «Под X понимается …»); computed on first use. */
  readonly definitions: readonly Definition[];
  /** True when the text looked binary and was not analysed. */
  readonly skipped: boolean;
}

export interface DocumentSource {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Text with NUL characters is a binary file opened as text: it gets an empty model. */
function looksBinary(text: string): boolean {
  return text.indexOf('\u0000') >= 0;
}

export function parseDocument(source: DocumentSource): LegalDocument {
  const text = source.getText();
  const lines = new LineIndex(text);
  const skipped = looksBinary(text);
  const structure = skipped
    ? { headings: [], sections: [], paragraphs: [], referenceLists: [] }
    : readStructure(text, splitSegments(text, lines));
  const references = structure.referenceLists.find((l) => !l.isTransliteration);
  const citations = skipped ? [] : outsideLists(findCitations(text), structure.referenceLists);
  let folded: string | undefined;
  let citationIndex: CitationIndex | undefined;
  let definitions: Definition[] | undefined;
  let figures: Figure[] | undefined;
  const digitRuns = skipped ? [] : findDigitRuns(text);
  return {
    uri: source.uri,
    version: source.version,
    text,
    lines,
    ...structure,
    references,
    citations,
    get citationIndex() {
      return (citationIndex ??= new CitationIndex(citations, references));
    },
    words: WordTable.of(skipped ? '' : text),
    digitRuns,
    get figures() {
      return (figures ??= findFigures(text, digitRuns, citations));
    },
    get folded() {
      return (folded ??= foldForMatching(text));
    },
    get definitions() {
      return (definitions ??= skipped ? [] : findDefinitions(text, this.folded, structure.paragraphs.flatMap((p) => p.sentences)));
    },
    skipped,
  };
}

/**
 * The citations outside the reference lists: an entry does not cite (its `[1]` marker, a bracketed
 * note such as `[2, 45 б.]` inside it), and renumbering must move entries without rewriting them.
 */
function outsideLists(citations: Citation[], lists: readonly ReferenceList[]): Citation[] {
  if (lists.length === 0) return citations;
  let i = 0;
  return citations.filter((c) => {
    while (i < lists.length && lists[i].span.end < c.span.end) i++;
    return !(i < lists.length && c.span.start >= lists[i].span.start);
  });
}
