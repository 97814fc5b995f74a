/**
 * Russian inflection of nouns, adjectives and participles, for recognizing every word of a
 * Russian term in any case and number: «уголовного преследования», «органом уголовного
 * преследования», «следственному судье». A word matches a term word when it is the term word's
 * stem followed by a nominal or adjectival ending.
 *
 * All strings here are in matching form (see `foldForMatching`): lower case, `ё` kept as is.
 */

/** Endings of the dictionary forms, longest first. */
const LEMMA_ENDINGS = ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ия', 'а', 'я', 'о', 'е', 'ь', 'ы', 'и', 'й'];

/** Every ending of the declension of nouns, adjectives and participles. */
const ENDINGS: ReadonlySet<string> = new Set([
  '', 'а', 'я', 'о', 'е', 'ё', 'у', 'ю', 'ы', 'и', 'ь', 'й',
  'ой', 'ей', 'ом', 'ем', 'ём', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ью', 'ами', 'ями', 'ою', 'ею',
  'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ую', 'юю',
  'ых', 'их', 'ыми', 'ими',
  'ия', 'ии', 'ию', 'ием', 'ией', 'иям', 'иями', 'иях', 'ью',
]);

/** Shorter stems than this are matched only in the forms the term itself is written in. */
const MIN_STEM = 3;

/** The stem that every form of a Russian word begins with: `уголовное` → `уголовн`, `суд` → `суд`. */
export function russianStem(word: string): string {
  for (const ending of LEMMA_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** Whether `word` is a form of the Russian word whose stem is `stem` (see `russianStem`). */
export function isRussianFormOfStem(stem: string, word: string): boolean {
  return word.startsWith(stem) && ENDINGS.has(word.slice(stem.length));
}

export function isRussianForm(lemma: string, word: string): boolean {
  return word === lemma || isRussianFormOfStem(russianStem(lemma), word);
}

/** The longest ending, to bound the search for a stem inside a word. */
export const MAX_RUSSIAN_ENDING = 4;

/**
 * The dictionary form of a noun phrase written in the instrumental, as after «под» in
 * «Под судебным контролем понимается …» → «судебный контроль». Good enough for the usual
 * adjective + noun phrases; words it does not recognize stay as they are.
 */
export function russianNominativeFromInstrumental(words: readonly string[]): string[] {
  const noun = nounNominative(words[words.length - 1] ?? '');
  // Adjectives agree with the noun: «уголовным преследованием» → «уголовное преследование».
  const neuter = /(?:о|е)$/.test(noun);
  return words.map((word, i) => (i < words.length - 1 ? modifierNominative(word, neuter) : noun));
}

function modifierNominative(word: string, neuter: boolean): string {
  const rules: [string, string][] = [['ыми', 'ые'], ['ими', 'ие'], ['ым', neuter ? 'ое' : 'ый'], ['им', neuter ? 'ее' : 'ий'], ['ой', 'ая'], ['ей', 'яя']];
  for (const [from, to] of rules) if (word.endsWith(from)) return word.slice(0, -from.length) + to;
  return word;
}

function nounNominative(word: string): string {
  const rules: [RegExp, string][] = [
    [/ием$/, 'ие'], [/ями$/, 'и'], [/ами$/, 'ы'], [/ью$/, 'ь'], [/ой$/, 'а'], [/ей$/, 'я'],
    // `контролем` → `контроль`, `мужем` → `муж`
    [/([лнр])ем$/, '$1ь'], [/ем$/, ''], [/ом$/, ''],
  ];
  for (const [from, to] of rules) if (from.test(word)) return word.replace(from, to);
  return word;
}
