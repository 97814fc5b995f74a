import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldForMatching, matchingKey } from '../../server/src/model';

test('folding keeps the length and folds Latin look-alikes inside Cyrillic words only', () => {
  const text = 'мəселе ICT-Marketing Е-Government Əдебиеттер\u00a0қылмыс\u202fсаясат';
  const folded = foldForMatching(text);
  assert.equal(folded.length, text.length);
  assert.equal(folded, 'мәселе ict-marketing е-government әдебиеттер қылмыс саясат');
});

test('case folding handles Kazakh letters', () => {
  assert.equal(foldForMatching('ӘҒҚҢӨҰҮҺІ'), 'әғқңөұүһі');
  assert.equal(foldForMatching('ҚЫЛМЫСТЫҚ САЯСАТ'), 'қылмыстық саясат');
});

test('Latin i inside a Kazakh word folds to Cyrillic і', () => {
  assert.equal(foldForMatching('кодексiнiң'), 'кодексінің');
  assert.equal(foldForMatching('index'), 'index');
});

test('matching keys collapse spaces and apply NFC', () => {
  assert.equal(matchingKey('  Пайдаланылған   әдебиеттер '), 'пайдаланылған әдебиеттер');
  assert.equal(matchingKey('и\u0306'), 'й');
});
