// Prints recall and precision of term recognition on the labelled set (test/fixtures/terms/evaluation.json).
//   npm run evaluate:terms
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_GLOSSARY } from '../server/src/terms/builtinGlossary';
import { TermRegistry } from '../server/src/terms/termRegistry';
import { EVALUATION_FILE, LabelledSentence, scoreRecognition } from './termEvaluation';

function main(): void {
  const set = JSON.parse(readFileSync(path.join(process.cwd(), EVALUATION_FILE), 'utf8')) as Record<'development' | 'heldOut', LabelledSentence[]>;
  const registry = new TermRegistry(BUILTIN_GLOSSARY, []);
  for (const part of ['development', 'heldOut', 'all'] as const) {
    const sentences = part === 'all' ? [...set.development, ...set.heldOut] : set[part];
    const s = scoreRecognition(registry, sentences);
    process.stdout.write(`${JSON.stringify({ set: part, sentences: s.sentences, labelled: s.labelled, found: s.found, correct: s.correct, recall: round(s.recall), precision: round(s.precision) })}\n`);
    if (part !== 'all') for (const line of [...s.missed.map((m) => `  missed ${m}`), ...s.wrong.map((w) => `  wrong  ${w}`)]) process.stdout.write(`${line}\n`);
  }
}

main();

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
