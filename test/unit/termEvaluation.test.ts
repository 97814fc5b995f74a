import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { EVALUATION_FILE, LabelledSentence, scoreRecognition } from '../../scripts/termEvaluation';
import { BUILTIN_GLOSSARY } from '../../server/src/terms/builtinGlossary';
import { TermRegistry } from '../../server/src/terms/termRegistry';
import { ROOT } from '../support';

const set = JSON.parse(fs.readFileSync(path.join(ROOT, EVALUATION_FILE), 'utf8')) as Record<'development' | 'heldOut', LabelledSentence[]>;
const registry = new TermRegistry(BUILTIN_GLOSSARY, []);

for (const part of ['development', 'heldOut'] as const) {
  test(`recall and precision of term recognition on the ${part} part of the labelled set are at least 95%`, () => {
    const scores = scoreRecognition(registry, set[part]);
    assert.ok(scores.labelled >= 70, `${scores.labelled} labelled occurrences`);
    assert.ok(scores.recall >= 0.95, `recall ${scores.recall}; missed:\n${scores.missed.join('\n')}`);
    assert.ok(scores.precision >= 0.95, `precision ${scores.precision}; wrong:\n${scores.wrong.join('\n')}`);
  });
}

test('the labelled set covers both codes and both languages, and its labels are in its sentences', () => {
  const all = [...set.development, ...set.heldOut];
  for (const file of ['criminal-code-general-kaz', 'criminal-code-general-rus', 'criminal-procedure-code-general-kaz', 'criminal-procedure-code-general-rus']) {
    assert.ok(all.some((s) => s.source.startsWith(file)), file);
  }
  const ids = new Set(BUILTIN_GLOSSARY.entries.map((e) => e.id));
  for (const sentence of all) {
    let from = 0;
    for (const [words, id] of sentence.terms) {
      assert.ok(ids.has(id), id);
      const at = sentence.text.indexOf(words, from);
      assert.ok(at >= 0, `${words} in ${sentence.text}`);
      from = at + words.length;
    }
  }
});
