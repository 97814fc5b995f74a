import { russianNominativeFromInstrumental } from '../morphology/russian';
import { matchingKey } from '../normalize';
import { Span } from '../text';
import { TermLanguage } from './matcher';

/**
 * A definition written in a text, by one of the patterns of SPEC §6. For
 * «Онда қылмыстық саясат дегеніміз … жиынтығы.» `termSpan` covers `қылмыстық саясат`,
 * `sentence` the whole sentence, and `lemma` is `қылмыстық саясат`.
 */
export interface Definition {
  /** The term as written in the text. */
  readonly term: string;
  /** The term in its dictionary form (the Russian «под судебным контролем» gives «судебный контроль»). */
  readonly lemma: string;
  /** `matchingKey(lemma)`: what occurrences of the term are matched against. */
  readonly key: string;
  readonly language: TermLanguage;
  readonly termSpan: Span;
  readonly sentence: Span;
}

export const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const MAX_TERM_WORDS = 5;
const MAX_TERM_LENGTH = 80;
/** Words that open the clause of a definition but are not part of the term. */
const CLAUSE_OPENERS = new Set([
  'онда', 'ал', 'яғни', 'сонымен', 'демек', 'бұл', 'біз', 'біздіңше', 'осылайша', 'сондықтан', 'және', 'енді', 'ендеше',
  'а', 'и', 'то', 'итак', 'таким', 'образом', 'здесь', 'тогда',
]);
/** A cheap test that a sentence may hold a definition, before the patterns run. */
const MAY_DEFINE = /деген|деп |ретінде|[–—-]|»|под |далее|бұдан/;
/** The words that close a Kazakh «X – …» definition: «… жиынтығы», «… жүйесі», «… болып табылады». */
const KAZAKH_DEFINITION_WORDS = /(?:^|\s)(?:жиынтығы|жүйесі|болып\s+табылады|дегеніміз|деп\s+аталады)(?=[\s,.;]|$)/;
const TERM_WORD = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

interface Found {
  readonly start: number;
  readonly end: number;
  /** How the dictionary form is made from the written term. */
  readonly form?: 'instrumental' | 'accusative';
}

type Finder = (sentence: string) => Found[];

/** «X дегеніміз …», «X дегенде біз … түсінеміз», «X деп … түсініледі / танылады», «X … ретінде анықталады». */
const beforeMarker = (marker: RegExp, requires?: RegExp): Finder => (sentence) => {
  const m = marker.exec(sentence);
  if (!m) return [];
  if (requires && !requires.test(sentence.slice(m.index))) return [];
  const found = wordsBefore(sentence, m.index);
  return found ? [found] : [];
};

/**
 * «…, X-ты … ретінде анықталады»: the term is the object, in the accusative, that a clause of the
 * sentence opens with: «қылмыстылықтың алдын алу стратегиясын … категория ретінде анықталады».
 */
const objectBefore = (marker: RegExp): Finder => (sentence) => {
  const m = marker.exec(sentence);
  if (!m) return [];
  let clauseStart = 0;
  for (const clause of sentence.slice(0, m.index).split(',')) {
    const words = [...clause.matchAll(/\S+/g)].slice(0, MAX_TERM_WORDS);
    const object = words.findLastIndex((w) => w[0].length >= 5 && /(?:ын|ін|ны|ні|ды|ді|ты|ті)$/.test(w[0]));
    if (object >= 0) {
      const found = { start: clauseStart + words[0].index, end: clauseStart + words[object].index + words[object][0].length, form: 'accusative' as const };
      return isTerm(sentence)(found) ? [found] : [];
    }
    clauseStart += clause.length + 1;
  }
  return [];
};

const FINDERS: readonly Finder[] = [
  beforeMarker(/(?<=\s)дегеніміз(?=[\s,–—-])/),
  beforeMarker(/(?<=\s)дегенде\s+біз(?=\s)/),
  beforeMarker(/(?<=\s)деп\s/, /\s(?:түсініледі|танылады)/),
  objectBefore(/(?<=\s)ретінде\s+анықталады/),
  // ««қамтамасыз ету» – …» anywhere in the sentence
  (sentence) => {
    const m = /«([^«»]{1,80})»\s*[–—-]\s/.exec(sentence);
    return m ? [trimmed(sentence, m.index + 1, m.index + 1 + m[1].length)].filter(isTerm(sentence)) : [];
  },
  // «Жалпы саясат – … жиынтығы», «Следственный судья – …», «X – это …» at the start of the sentence
  (sentence) => {
    const m = /^(?:\d+(?:-\d+)?\\?\)\s*)?([^\s,;:.!?()«»\d–—-][^,;:.!?()«»\d–—]{0,79}?)\s+[–—-]\s+\S/.exec(sentence);
    if (!m) return [];
    // In Kazakh a sentence that opens with «X –» defines X when it says what X is a whole of.
    if (KAZAKH_LETTERS.test(sentence) && !/^\d/.test(sentence) && !KAZAKH_DEFINITION_WORDS.test(sentence)) return [];
    // «X дегеніміз – …» is the «дегеніміз» pattern's; «Цель статьи – определить …» is not a definition.
    if (/(?:^|\s)(?:дегеніміз|дегенде|деп)$/.test(m[1])) return [];
    const start = m[0].indexOf(m[1]);
    const after = /^\s*[–—-]\s+(\S+)/.exec(sentence.slice(start + m[1].length, start + m[1].length + 60));
    if (!KAZAKH_LETTERS.test(sentence) && after && /(?:ть|ти|чь)$/.test(after[1])) return [];
    return [trimmed(sentence, start, start + m[1].length)].filter(isTerm(sentence));
  },
  // «(бұдан әрі – X)», «(далее – X)»
  (sentence) => {
    const m = /\((?:бұдан\s+әрі|далее)\s*[–—-]\s*([^()]{1,80})\)/.exec(sentence);
    if (!m) return [];
    const start = m.index + m[0].length - 1 - m[1].length;
    return [trimmed(sentence, start, start + m[1].length)].filter(isTerm(sentence));
  },
  // «Под X понимается …»
  (sentence) => {
    const m = /(?:^|\s)под\s+([^,;:.!?()]{1,80}?)\s+понима(?:ется|ются|ют|ем)/.exec(sentence);
    if (!m) return [];
    const start = m.index + m[0].indexOf(m[1], 3);
    const found = trimmed(sentence, start, start + m[1].length);
    return isTerm(sentence)(found) ? [{ ...found, form: 'instrumental' }] : [];
  },
];

/**
 * The definitions of a text. `folded` is the text in matching form, `sentences` its sentences;
 * each finder looks at one sentence at a time, and only at a bounded stretch around a marker,
 * so a 10 MB line costs one pass.
 */
export function findDefinitions(text: string, folded: string, sentences: Iterable<Span>): Definition[] {
  const definitions: Definition[] = [];
  for (const sentence of sentences) {
    const body = folded.slice(sentence.start, sentence.end);
    if (!MAY_DEFINE.test(body)) continue;
    for (const finder of FINDERS) {
      for (const found of finder(body)) {
        const termSpan = { start: sentence.start + found.start, end: sentence.start + found.end };
        const term = text.slice(termSpan.start, termSpan.end);
        const language: TermLanguage = KAZAKH_LETTERS.test(body) ? 'kk' : 'ru';
        const lemma = dictionaryForm(found.start === 0 ? lowerInitial(term) : term, found.form);
        const key = matchingKey(lemma);
        if (!key || definitions.some((d) => d.key === key && d.sentence.start === sentence.start)) continue;
        definitions.push({ term, lemma, key, language, termSpan, sentence });
      }
    }
  }
  return definitions;
}

/** «Жалпы саясат» opening a sentence is the term «жалпы саясат»; «УПК» stays as it is. */
function lowerInitial(term: string): string {
  return term.length > 1 && term[1] === term[1].toLowerCase() ? term[0].toLowerCase() + term.slice(1) : term;
}

function dictionaryForm(term: string, form: Found['form']): string {
  const words = term.split(/\s+/);
  if (form === 'instrumental') {
    return russianNominativeFromInstrumental(words.map((w) => w.toLowerCase())).join(' ');
  }
  if (form === 'accusative') {
    const last = words[words.length - 1];
    words[words.length - 1] = /[ыі]н$/.test(last) ? last.slice(0, -1) : last.replace(/(?:ны|ні|ды|ді|ты|ті)$/u, '');
  }
  return words.join(' ');
}

/** The last few words before `at`, within the clause: `онда қылмыстық саясат` → `қылмыстық саясат`. */
function wordsBefore(sentence: string, at: number): Found | undefined {
  const from = Math.max(0, at - MAX_TERM_LENGTH * 2);
  const before = sentence.slice(from, at);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf(')'), before.lastIndexOf('–'), before.lastIndexOf('»'), before.lastIndexOf('«')) + 1;
  const clause = before.slice(clauseStart);
  const words: { start: number; end: number; word: string }[] = [];
  for (const m of clause.matchAll(/\S+/g)) words.push({ start: from + clauseStart + m.index, end: from + clauseStart + m.index + m[0].length, word: m[0] });
  let first = 0;
  while (first < words.length && CLAUSE_OPENERS.has(words[first].word)) first++;
  let picked = words.slice(first);
  if (picked.length === 0) return undefined;
  // A long clause before the marker: the term is its last words («… онда қылмыстық саясат дегеніміз»).
  if (picked.length > MAX_TERM_WORDS) picked = picked.slice(-2);
  const found = { start: picked[0].start, end: picked[picked.length - 1].end };
  return isTerm(sentence)(found) ? found : undefined;
}

function trimmed(sentence: string, start: number, end: number): Found {
  while (start < end && /\s/.test(sentence[start])) start++;
  while (end > start && /\s/.test(sentence[end - 1])) end--;
  return { start, end };
}

const isTerm = (sentence: string) => (found: Found): boolean => {
  if (found.end <= found.start || found.end - found.start > MAX_TERM_LENGTH) return false;
  const words = sentence.slice(found.start, found.end).split(/\s+/);
  return words.length <= MAX_TERM_WORDS && words.every((w) => TERM_WORD.test(w));
};
