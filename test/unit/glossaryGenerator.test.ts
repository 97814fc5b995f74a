import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { GLOSSARY_FILE, generateGlossary } from '../../scripts/glossaryGenerator';
import { BUILTIN_GLOSSARY } from '../../server/src/terms/builtinGlossary';
import { termsOf } from '../../server/src/terms/officialGlossary';
import { ROOT } from '../support';

test('the committed glossary is what the generator makes from the official texts, byte for byte', () => {
  assert.equal(generateGlossary(ROOT), fs.readFileSync(path.join(ROOT, GLOSSARY_FILE), 'utf8'));
});

test('41 definitions of Article 3 of the Criminal Code and 58 of Article 7 of the Criminal Procedure Code', () => {
  const entries = BUILTIN_GLOSSARY.entries;
  assert.equal(entries.filter((e) => e.code === 'criminal-code' && e.article === 3).length, 41);
  assert.equal(entries.filter((e) => e.code === 'criminal-procedure-code' && e.article === 7).length, 58);
  // Item 53 of Article 7 is excluded; item 40-1 comes after 41 in the Kazakh text.
  assert.ok(!entries.some((e) => e.id === 'cpc-7-53'));
  assert.deepEqual(entries.filter((e) => e.code === 'criminal-procedure-code').map((e) => e.item).slice(39, 43), ['40', '41', '40-1', '42']);
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
});

test('each entry pairs the Kazakh and Russian texts of the same item', () => {
  const byId = new Map(BUILTIN_GLOSSARY.entries.map((e) => [e.id, e]));
  const cc23 = byId.get('cc-3-23')!;
  // The editorial note before item 23 («23) тармақша жаңа редакцияда …») is not taken for the item.
  assert.deepEqual([cc23.kk.terms, cc23.ru.terms], [['қылмыстық қоғамдастық'], ['преступное сообщество']]);
  assert.ok(cc23.kk.definition.startsWith('бір немесе бірнеше қылмыстық құқық бұзушылықты бірлесіп жасау үшін'));
  assert.ok(!cc23.kk.definition.includes('ескертпесі'));
  const cc22 = byId.get('cc-3-22')!;
  assert.ok(!cc22.ru.definition.includes('Примечание') && !cc22.ru.definition.includes('Подпункт'));
  // Item 1 has its definition on the following lines.
  assert.ok(byId.get('cc-3-1')!.kk.definition.startsWith('Қазақстан Республикасының заңдарында көзделген'));
  assert.ok(byId.get('cc-3-1')!.kk.definition.split('\n').length === 4);
  const item401 = byId.get('cpc-7-40-1')!;
  assert.deepEqual([item401.kk.terms, item401.ru.terms], [['сотқа дейінгі тергеп-тексерудің аяқталғаны туралы есеп'], ['отчет о завершении досудебного расследования']]);
  assert.ok(!item401.kk.definition.includes('Ескерту'));
  assert.deepEqual([byId.get('cpc-7-47')!.kk.terms, byId.get('cpc-7-47')!.ru.terms], [['тергеу судьясы'], ['следственный судья']]);
});

test('headings with two names, parentheses and commas', () => {
  assert.deepEqual(termsOf('айтарлықтай залал және айтарлықтай мөлшер'), { terms: ['айтарлықтай залал', 'айтарлықтай мөлшер'], aliases: [] });
  assert.deepEqual(termsOf('адамды ұстап беру (экстрадициялау)'), { terms: ['адамды ұстап беру'], aliases: ['экстрадициялау'] });
  assert.deepEqual(termsOf('наразылық, прокурордың өтінішхаты'), { terms: ['наразылық', 'прокурордың өтінішхаты'], aliases: [] });
  assert.deepEqual(termsOf('лицо, занимающее ответственную государственную должность,'), { terms: ['лицо, занимающее ответственную государственную должность'], aliases: [] });
  // Latin `i` inside Kazakh words (as the official texts have it) becomes `і`.
  assert.deepEqual(termsOf('iрi залал және ірі мөлшер').terms, ['ірі залал', 'ірі мөлшер']);
});
