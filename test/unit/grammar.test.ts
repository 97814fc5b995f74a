import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

type Token = [text: string, scopes: string[]];

interface LineTokens {
  line: string;
  tokens: vsctm.IToken[];
  stoppedEarly: boolean;
  depthAfter: number;
}

const ROOT_SCOPE = 'text.legal';

function findRepositoryRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = path.resolve(start);
    for (;;) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'syntaxes'))) {
        return dir;
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error('cannot find the repository root (a folder with package.json and syntaxes/)');
}

const root = findRepositoryRoot();
const grammarPath = path.join(root, 'syntaxes', 'legal-text.tmLanguage.json');

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM({ data: wasm });
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === ROOT_SCOPE ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar(ROOT_SCOPE);
    if (!grammar) throw new Error(`grammar ${ROOT_SCOPE} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

async function tokenizeText(text: string): Promise<LineTokens[]> {
  const grammar = await loadGrammar();
  let state: vsctm.StateStack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { line, tokens: result.tokens, stoppedEarly: result.stoppedEarly, depthAfter: state.depth };
  });
}

async function tokenizeLine(line: string): Promise<LineTokens> {
  const [only] = await tokenizeText(line);
  return only;
}

/**
 * The tokens of the first occurrence of `fragment`, with the root scope left out. Unscoped text around
 * the fragment is cut at its edges; a scoped token that crosses an edge fails the assertion.
 */
function tokensOf(lt: LineTokens, fragment: string): Token[] {
  const start = lt.line.indexOf(fragment);
  assert.notEqual(start, -1, `${JSON.stringify(fragment)} not found in the line`);
  const end = start + fragment.length;
  return lt.tokens
    .filter((t) => t.endIndex > start && t.startIndex < end)
    .map((t) => {
      assert.equal(t.scopes[0], ROOT_SCOPE);
      const scopes = t.scopes.slice(1);
      const crosses = t.startIndex < start || t.endIndex > end;
      assert.ok(!crosses || scopes.length === 0, `${scopes.join(' ')} crosses an edge of ${JSON.stringify(fragment)}`);
      return [lt.line.slice(Math.max(t.startIndex, start), Math.min(t.endIndex, end)), scopes];
    });
}

function scopesIn(lt: LineTokens, fragment: string): string[] {
  const start = lt.line.indexOf(fragment);
  assert.notEqual(start, -1, `${JSON.stringify(fragment)} not found in the line`);
  const end = start + fragment.length;
  return lt.tokens.filter((t) => t.endIndex > start && t.startIndex < end).flatMap((t) => t.scopes.slice(1));
}

function seedLine(file: string, containing: string): string {
  const text = fs.readFileSync(path.join(root, 'seeds', file), 'utf8');
  const line = text.split(/\r?\n/).find((l) => l.includes(containing));
  assert.ok(line, `seed ${file} has no line containing ${JSON.stringify(containing)}`);
  return line;
}

const CIT = 'meta.citation.legal';
const LOC = 'meta.locator.legal';
const FIG = 'meta.figure.legal';
const NUM = 'constant.numeric.figure.legal';
const GQ = 'string.quoted.other.guillemets.legal';
const HEAD = 'markup.heading.legal';
const SECTION = 'entity.name.section.legal';
const ENTRY = 'meta.reference-entry.legal';
const MARKER = 'markup.list.numbered.legal';

const open: Token = ['[', [CIT, 'punctuation.definition.citation.begin.legal']];
const close: Token = [']', [CIT, 'punctuation.definition.citation.end.legal']];
const source = (n: string): Token => [n, [CIT, 'constant.numeric.source.legal']];
const locatorComma: Token = [',', [CIT, 'punctuation.separator.locator.legal']];
const page = (n: string): Token => [n, [CIT, LOC, 'constant.numeric.page.legal']];
const unit = (u: string): Token => [u, [CIT, LOC, 'keyword.other.locator.legal']];
const citationSpace: Token = [' ', [CIT]];
const locatorSpace: Token = [' ', [CIT, LOC]];
const figure = (n: string): Token => [n, [FIG, NUM]];

test('a seed citation with a spaced locator is one citation of source 3 at page 497', async () => {
  const lt = await tokenizeLine(seedLine('002_1dfbad7d03d8aaf7.txt', '[3, 497 б.]'));
  assert.deepEqual(tokensOf(lt, '[3, 497 б.]'), [
    open,
    source('3'),
    locatorComma,
    citationSpace,
    page('497'),
    locatorSpace,
    unit('б.'),
    close,
  ]);
});

test('a seed citation with a glued locator [1,27б.]', async () => {
  const lt = await tokenizeLine(seedLine('003_67cdf9ecf2044f40.txt', '[1,27б.]'));
  assert.deepEqual(tokensOf(lt, '[1,27б.]'), [open, source('1'), locatorComma, page('27'), unit('б.'), close]);
  assert.deepEqual(tokensOf(lt, '[2, 2б.]'), [open, source('2'), locatorComma, citationSpace, page('2'), unit('б.'), close]);
});

test('citation forms: lists, ranges, volumes, Russian and English locators', async () => {
  const lt = await tokenizeLine(
    'Қараңыз [1; 3], [1–3], [1, 3], [2, т. 2, 45 б.], [1, с. 81], [5, p. 5], [4, 12-13б.] және [1, 27 б.; 3].',
  );
  const semicolon: Token = [';', [CIT, 'punctuation.separator.citation.legal']];
  const comma: Token = [',', [CIT, 'punctuation.separator.citation.legal']];
  const rangeDash = (d: string): Token => [d, [CIT, 'punctuation.separator.range.legal']];
  assert.deepEqual(tokensOf(lt, '[1; 3]'), [open, source('1'), semicolon, citationSpace, source('3'), close]);
  assert.deepEqual(tokensOf(lt, '[1–3]'), [open, source('1'), rangeDash('–'), source('3'), close]);
  assert.deepEqual(tokensOf(lt, '[1, 3]'), [open, source('1'), comma, citationSpace, source('3'), close]);
  assert.deepEqual(tokensOf(lt, '[2, т. 2, 45 б.]'), [
    open,
    source('2'),
    locatorComma,
    citationSpace,
    unit('т.'),
    locatorSpace,
    page('2'),
    [',', [CIT, LOC, 'punctuation.separator.locator.legal']],
    locatorSpace,
    page('45'),
    locatorSpace,
    unit('б.'),
    close,
  ]);
  assert.deepEqual(tokensOf(lt, '[1, с. 81]'), [
    open,
    source('1'),
    locatorComma,
    citationSpace,
    unit('с.'),
    locatorSpace,
    page('81'),
    close,
  ]);
  assert.deepEqual(tokensOf(lt, '[5, p. 5]'), [
    open,
    source('5'),
    locatorComma,
    citationSpace,
    unit('p.'),
    locatorSpace,
    page('5'),
    close,
  ]);
  assert.deepEqual(tokensOf(lt, '[4, 12-13б.]'), [
    open,
    source('4'),
    locatorComma,
    citationSpace,
    page('12'),
    ['-', [CIT, LOC, 'punctuation.separator.range.legal']],
    page('13'),
    unit('б.'),
    close,
  ]);
  assert.deepEqual(tokensOf(lt, '[1, 27 б.; 3]'), [
    open,
    source('1'),
    locatorComma,
    citationSpace,
    page('27'),
    locatorSpace,
    unit('б.'),
    semicolon,
    citationSpace,
    source('3'),
    close,
  ]);
});

test('brackets that are not citations stay plain', async () => {
  const lt = await tokenizeLine('Мәтін [sic], [...], […], [], [ ; ], [а], [2009], [1, 2 және [1, 2.');
  for (const fragment of ['[sic]', '[...]', '[…]', '[]', '[ ; ]', '[а]', '[1, 2 және [1, 2.']) {
    assert.deepEqual(scopesIn(lt, fragment).filter((s) => s === CIT), [], fragment);
  }
  assert.deepEqual(tokensOf(lt, '[2009]'), [['[', []], figure('2009'), [']', []]]);
});

test('integers with thousands groups are one figure', async () => {
  const seed = await tokenizeLine(seedLine('002_1dfbad7d03d8aaf7.txt', '146 347'));
  assert.deepEqual(tokensOf(seed, '146 347'), [figure('146 347')]);
  assert.deepEqual(tokensOf(seed, '128 064'), [figure('128 064')]);

  const money = await tokenizeLine(seedLine('002_1dfbad7d03d8aaf7.txt', '17 665 000'));
  assert.deepEqual(tokensOf(money, '17 665 000 теңге'), [
    figure('17 665 000'),
    [' ', [FIG]],
    ['теңге', [FIG, 'keyword.other.unit.currency.legal']],
  ]);

  const spaces = await tokenizeLine('Барлығы 146\u00A0347 және 17\u202F665\u202F000, бірақ 14 6347 емес.');
  assert.deepEqual(tokensOf(spaces, '146\u00A0347'), [figure('146\u00A0347')]);
  assert.deepEqual(tokensOf(spaces, '17\u202F665\u202F000'), [figure('17\u202F665\u202F000')]);
  assert.deepEqual(tokensOf(spaces, '14 6347'), [figure('14'), [' ', []], figure('6347')]);
});

test('decimals and percentages, with units and case endings', async () => {
  const pct = await tokenizeLine(seedLine('003_67cdf9ecf2044f40.txt', '89,3%-ды'));
  assert.deepEqual(tokensOf(pct, '89,3%-ды'), [
    figure('89,3'),
    ['%', [FIG, 'keyword.other.unit.percent.legal']],
    ['-ды', [FIG]],
  ]);

  const word = await tokenizeLine(seedLine('003_67cdf9ecf2044f40.txt', '6,1 пайызға'));
  assert.deepEqual(tokensOf(word, '6,1 пайызға'), [
    figure('6,1'),
    [' ', [FIG]],
    ['пайызға', [FIG, 'keyword.other.unit.percent.legal']],
  ]);

  const plain = await tokenizeLine(seedLine('002_1dfbad7d03d8aaf7.txt', '30% астамға'));
  assert.deepEqual(tokensOf(plain, '30%'), [figure('30'), ['%', [FIG, 'keyword.other.unit.percent.legal']]]);

  const broken = await tokenizeLine(seedLine('002_1dfbad7d03d8aaf7.txt', '19, 8%'));
  assert.deepEqual(tokensOf(broken, '19, 8%'), [
    figure('19'),
    [', ', []],
    figure('8'),
    ['%', [FIG, 'keyword.other.unit.percent.legal']],
  ]);

  const inline = await tokenizeLine('Өсім 4.6 пайыз, 20-30%, Ата Заңның 1-бабында, 3,16 млн. доллар.');
  assert.deepEqual(tokensOf(inline, '4.6'), [figure('4.6')]);
  assert.deepEqual(tokensOf(inline, '20-30%'), [
    figure('20'),
    ['-', [FIG, 'punctuation.separator.range.legal']],
    figure('30'),
    ['%', [FIG, 'keyword.other.unit.percent.legal']],
  ]);
  assert.deepEqual(tokensOf(inline, '1-бабында'), [figure('1'), ['-бабында', [FIG]]]);
  assert.deepEqual(tokensOf(inline, '3,16 млн.'), [
    figure('3,16'),
    [' ', [FIG]],
    ['млн.', [FIG, 'keyword.other.unit.magnitude.legal']],
  ]);
});

test('years, year ranges, numeric dates and times', async () => {
  const YEAR = 'meta.figure.year.legal';
  const seed = await tokenizeLine(seedLine('001_b7e40a22d0be414a.txt', '2010-2020'));
  assert.deepEqual(tokensOf(seed, '2010-2020\u00A0\u00A0 жж.'), [
    ['2010', [YEAR, NUM]],
    ['-', [YEAR, 'punctuation.separator.range.legal']],
    ['2020', [YEAR, NUM]],
    ['\u00A0\u00A0 ', [YEAR]],
    ['жж.', [YEAR, 'keyword.other.unit.legal']],
  ]);

  const lt = await tokenizeLine('Заң 07.11.2014 қабылданды, 1995 жылғы 30 тамыз, 2009 ж. таңғы 08:25 минутта.');
  assert.deepEqual(tokensOf(lt, '07.11.2014'), [['07.11.2014', ['meta.figure.date.legal', NUM]]]);
  assert.deepEqual(tokensOf(lt, '08:25'), [['08:25', ['meta.figure.time.legal', NUM]]]);
  assert.deepEqual(tokensOf(lt, '1995'), [['1995', [YEAR, NUM]]]);
  assert.deepEqual(tokensOf(lt, '30'), [figure('30')]);
  assert.deepEqual(tokensOf(lt, '2009 ж.'), [
    ['2009', [YEAR, NUM]],
    [' ', [YEAR]],
    ['ж.', [YEAR, 'keyword.other.unit.legal']],
  ]);
});

test('quotations in guillemets, with nested quotes', async () => {
  const seed = await tokenizeLine(seedLine('002_1dfbad7d03d8aaf7.txt', '«Ақпараттық қауіпсіздікті»'));
  const quote = (inner: string, ...outer: string[]): Token[] => [
    ['«', [...outer, GQ, 'punctuation.definition.string.begin.legal']],
    [inner, [...outer, GQ]],
    ['»', [...outer, GQ, 'punctuation.definition.string.end.legal']],
  ];
  assert.deepEqual(tokensOf(seed, '«Ақпараттық қауіпсіздікті»'), quote('Ақпараттық қауіпсіздікті'));

  const lt = await tokenizeLine(
    '«Ақпараттық қауіпсіздік» және «сыртқы „ішкі“, "ішкі" және «ішкі» [1, 5 б.]» мен «жабылмаған',
  );
  assert.deepEqual(tokensOf(lt, '«Ақпараттық қауіпсіздік»'), quote('Ақпараттық қауіпсіздік'));
  const LH = 'string.quoted.other.low-high.legal';
  const DQ = 'string.quoted.double.legal';
  assert.deepEqual(tokensOf(lt, '„ішкі“'), [
    ['„', [GQ, LH, 'punctuation.definition.string.begin.legal']],
    ['ішкі', [GQ, LH]],
    ['“', [GQ, LH, 'punctuation.definition.string.end.legal']],
  ]);
  assert.deepEqual(tokensOf(lt, '"ішкі"'), [
    ['"', [GQ, DQ, 'punctuation.definition.string.begin.legal']],
    ['ішкі', [GQ, DQ]],
    ['"', [GQ, DQ, 'punctuation.definition.string.end.legal']],
  ]);
  assert.deepEqual(tokensOf(lt, '«ішкі»'), quote('ішкі', GQ));
  const inQuote = (tokens: Token[]): Token[] => tokens.map(([text, scopes]) => [text, [GQ, ...scopes]]);
  assert.deepEqual(
    tokensOf(lt, '[1, 5 б.]'),
    inQuote([open, source('1'), locatorComma, citationSpace, page('5'), locatorSpace, unit('б.'), close]),
  );
  assert.deepEqual(tokensOf(lt, ' мен «жабылмаған'), [[' мен «жабылмаған', []]]);
});

test('known headings on a line of their own', async () => {
  const lines = await tokenizeText(
    [
      'Әдебиеттер',
      'Əдебиеттер:',
      'Пайдаланылған әдебиеттер тізімі',
      'СПИСОК ЛИТЕРАТУРЫ.',
      'references',
      'Түйін',
      'Әдебиеттер....',
      'Кіріспе сөз ретінде айтсақ, бұл мәселе өзекті.',
    ].join('\n'),
  );
  assert.deepEqual(tokensOf(lines[0], 'Әдебиеттер'), [['Әдебиеттер', [HEAD, SECTION]]]);
  assert.deepEqual(tokensOf(lines[1], 'Əдебиеттер:'), [
    ['Əдебиеттер', [HEAD, SECTION]],
    [':', [HEAD]],
  ]);
  assert.deepEqual(tokensOf(lines[2], lines[2].line), [['Пайдаланылған әдебиеттер тізімі', [HEAD, SECTION]]]);
  assert.deepEqual(tokensOf(lines[3], lines[3].line), [
    ['СПИСОК ЛИТЕРАТУРЫ', [HEAD, SECTION]],
    ['.', [HEAD]],
  ]);
  assert.deepEqual(tokensOf(lines[4], 'references'), [['references', [HEAD, SECTION]]]);
  assert.deepEqual(tokensOf(lines[5], 'Түйін'), [['Түйін', [HEAD, SECTION]]]);
  assert.deepEqual(tokensOf(lines[6], lines[6].line), [
    ['Әдебиеттер', [HEAD, SECTION]],
    ['....', [HEAD]],
  ]);
  assert.deepEqual(tokensOf(lines[7], lines[7].line), [[lines[7].line, []]]);
});

test('a reference-list heading glued to the last paragraph of a seed', async () => {
  const kk = await tokenizeLine(seedLine('002_1dfbad7d03d8aaf7.txt', '...Әдебиеттер.'));
  assert.ok(kk.line.endsWith('жоқ емес...Әдебиеттер.'));
  assert.deepEqual(tokensOf(kk, 'емес...Әдебиеттер.'), [
    ['емес...', []],
    ['Әдебиеттер', [HEAD, SECTION]],
    ['.', []],
  ]);
  const latin = await tokenizeLine(seedLine('001_b7e40a22d0be414a.txt', 'Əдебиеттер'));
  assert.deepEqual(tokensOf(latin, ':..Əдебиеттер....'), [
    [':..', []],
    ['Əдебиеттер', [HEAD, SECTION]],
    ['....', []],
  ]);
});

test('numbered and Markdown headings', async () => {
  const lines = await tokenizeText(['1. Кіріспе', '1.2 Қылмыстық саясат ұғымы', 'I. Жалпы ережелер', '## Қорытынды'].join('\n'));
  const mark = (m: string): Token => [m, [HEAD, 'punctuation.definition.heading.legal']];
  assert.deepEqual(tokensOf(lines[0], lines[0].line), [mark('1.'), [' ', [HEAD]], ['Кіріспе', [HEAD, SECTION]]]);
  assert.deepEqual(tokensOf(lines[1], lines[1].line), [
    mark('1.2'),
    [' ', [HEAD]],
    ['Қылмыстық саясат ұғымы', [HEAD, SECTION]],
  ]);
  assert.deepEqual(tokensOf(lines[2], lines[2].line), [mark('I.'), [' ', [HEAD]], ['Жалпы ережелер', [HEAD, SECTION]]]);
  assert.deepEqual(tokensOf(lines[3], lines[3].line), [mark('##'), [' ', [HEAD]], ['Қорытынды', [HEAD, SECTION]]]);
});

test('reference entries: the number is scoped and the entry is not a heading', async () => {
  const lines = await tokenizeText(
    [
      '1. Назарбаев Н.Ә. Қазақстан – 2030. – Алматы: Білім, 1997. – 256 б.',
      '2) Қазақстан Республикасының Конституциясы, 1995 жылғы 30 тамыз.',
      '[3] Smith J. Criminal policy. – London, 2001. – P. 5.',
      '2. Қылмыстық саясат туралы.',
    ].join('\n'),
  );
  const tag = (n: string): Token => [n, [ENTRY, MARKER, 'entity.name.tag.reference.legal']];
  const punct = (p: string): Token => [p, [ENTRY, MARKER, 'punctuation.definition.list.legal']];

  assert.deepEqual(tokensOf(lines[0], '1. Назарбаев Н.Ә. Қазақстан – '), [
    tag('1'),
    punct('.'),
    [' Назарбаев Н.Ә. Қазақстан – ', [ENTRY]],
  ]);
  assert.deepEqual(tokensOf(lines[0], '1997'), [['1997', [ENTRY, FIG, NUM]]]);
  assert.deepEqual(tokensOf(lines[1], '2)'), [tag('2'), punct(')')]);
  assert.deepEqual(tokensOf(lines[1], '1995'), [['1995', [ENTRY, 'meta.figure.year.legal', NUM]]]);
  assert.deepEqual(tokensOf(lines[2], '[3]'), [punct('['), tag('3'), punct(']')]);
  assert.deepEqual(tokensOf(lines[3], '2.'), [tag('2'), punct('.')]);
  for (const lt of lines) {
    assert.deepEqual(lt.tokens.flatMap((t) => t.scopes).filter((s) => s === HEAD), []);
    assert.equal(lt.depthAfter, 1);
  }
});

test('no construct carries over to the next line in the seeds', async () => {
  for (const file of fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt'))) {
    const lines = await tokenizeText(fs.readFileSync(path.join(root, 'seeds', file), 'utf8'));
    lines.forEach((lt, i) => assert.equal(lt.depthAfter, 1, `${file}:${i + 1}`));
  }
  const unclosed = await tokenizeText('«ашық [1, 2\nкелесі жол 5%');
  assert.deepEqual(scopesIn(unclosed[0], unclosed[0].line).filter((s) => s === CIT || s === GQ), []);
  assert.deepEqual(tokensOf(unclosed[1], '5%'), [figure('5'), ['%', [FIG, 'keyword.other.unit.percent.legal']]]);
});

test('adversarial 200 KB lines are tokenized to the end', async () => {
  const size = 200 * 1024;
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  const brackets = await tokenizeLine(repeat('['));
  assert.equal(brackets.stoppedEarly, false);
  assert.deepEqual(brackets.tokens.flatMap((t) => t.scopes.slice(1)), []);

  const ones = await tokenizeLine(repeat('1 '));
  assert.equal(ones.stoppedEarly, false);
  assert.equal(ones.tokens.filter((t) => t.scopes.includes(NUM)).length, size / 2);
  assert.ok(ones.tokens[ones.tokens.length - 1].endIndex >= size);

  for (const unit of ['111 ', '[1, ', '[1; 2, 3 б., ', '«', '«a «b ', '"', '..Әдебиеттер', '2010-', '1.', '1 %']) {
    const lt = await tokenizeLine(repeat(unit));
    assert.equal(lt.stoppedEarly, false, unit);
    assert.ok(lt.tokens[lt.tokens.length - 1].endIndex >= size, unit);
  }
});

test('language configuration: brackets, pairs and words', () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'language-configuration.json'), 'utf8')) as {
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
    wordPattern: string;
  };
  assert.deepEqual(config.brackets, [
    ['[', ']'],
    ['(', ')'],
    ['«', '»'],
  ]);
  assert.deepEqual(
    config.autoClosingPairs.map((p) => p.open + p.close),
    ['[]', '()', '«»', '""'],
  );
  for (const pair of ['[]', '()', '«»', '""']) {
    assert.ok(config.surroundingPairs.some(([o, c]) => o + c === pair), pair);
  }
  const words = 'Ата Заңымыздың 1-бабында: 89,3%-ды, 19, 8% [1,27б.] 07.11.2014 мемлекеттік-құқықтық – сау- саламатты мəселе Н.Ә.'.match(
    new RegExp(config.wordPattern, 'g'),
  );
  assert.deepEqual(words, [
    'Ата',
    'Заңымыздың',
    '1-бабында',
    '89,3%-ды',
    '19',
    '8%',
    '1',
    '27б',
    '07.11.2014',
    'мемлекеттік-құқықтық',
    'сау',
    'саламатты',
    'мəселе',
    'Н',
    'Ә',
  ]);
});
