import * as path from 'node:path';
import { parseDocument } from '../server/src/model';

/** The labelled set, relative to the repository root. */
export const EVALUATION_FILE = path.join('test', 'fixtures', 'terms', 'evaluation.json');
import { TermRegistry } from '../server/src/terms/termRegistry';

/** A sentence of the labelled set: the occurrences a reader finds in it, as [words, entry id]. */
export interface LabelledSentence {
  readonly source: string;
  readonly text: string;
  readonly terms: readonly (readonly [string, string])[];
}

export interface Scores {
  readonly sentences: number;
  readonly labelled: number;
  readonly found: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
  /** What was missed and what was found wrongly, for the report. */
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

/** Recall and precision of term recognition: an occurrence counts when its words and its term are right. */
export function scoreRecognition(registry: TermRegistry, sentences: readonly LabelledSentence[]): Scores {
  let labelled = 0;
  let found = 0;
  let correct = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const sentence of sentences) {
    const document = parseDocument({ uri: 'untitled:evaluation', version: 1, getText: () => sentence.text });
    const predicted = registry.matcher.findOccurrences(document.folded, document.words)
      .map((o) => `${sentence.text.slice(o.span.start, o.span.end)}\t${o.termId}`);
    const expected = sentence.terms.map(([words, id]) => `${words}\t${id}`);
    labelled += expected.length;
    found += predicted.length;
    const left = [...predicted];
    for (const e of expected) {
      const i = left.indexOf(e);
      if (i >= 0) {
        left.splice(i, 1);
        correct++;
      } else {
        missed.push(`${sentence.source}: ${e}`);
      }
    }
    for (const p of left) wrong.push(`${sentence.source}: ${p}`);
  }
  return {
    sentences: sentences.length,
    labelled,
    found,
    correct,
    recall: labelled ? correct / labelled : 1,
    precision: found ? correct / found : 1,
    missed,
    wrong,
  };
}
