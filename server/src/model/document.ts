import { Citation, findCitations } from './citations';
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
  readonly citations: readonly Citation[];
  readonly words: WordTable;
  readonly digitRuns: readonly DigitRun[];
  /** Numbers, percentages, amounts, years, dates and times, in order (SPEC §4); computed on first use. */
  readonly figures: readonly Figure[];
  /** The text in its matching form (see `foldForMatching`), same length as `text`; computed on first use. */
  readonly folded: string;
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
  let folded: string | undefined;
  let figures: Figure[] | undefined;
  const citations = skipped ? [] : findCitations(text);
  const digitRuns = skipped ? [] : findDigitRuns(text);
  return {
    uri: source.uri,
    version: source.version,
    text,
    lines,
    ...structure,
    references: structure.referenceLists.find((l) => !l.isTransliteration),
    citations,
    words: WordTable.of(skipped ? '' : text),
    digitRuns,
    get figures() {
      return (figures ??= findFigures(text, digitRuns, citations));
    },
    get folded() {
      return (folded ??= foldForMatching(text));
    },
    skipped,
  };
}
