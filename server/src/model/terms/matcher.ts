import { MAX_CHAIN_LENGTH, isFormOfStem, kazakhSingular, kazakhStems, withoutPossessive } from '../morphology/kazakh';
import { MAX_RUSSIAN_ENDING, isRussianFormOfStem, russianStem } from '../morphology/russian';
import { Span, isSpace } from '../text';
import { WordTable } from '../tokens';

export type TermLanguage = 'kk' | 'ru';

/** One way a term is written, in matching form (`matchingKey`): its lemma, an alias, an equivalent. */
export interface TermName {
  readonly key: string;
  readonly language: TermLanguage;
  /** What the occurrences of this name stand for: the term whose definitions a hover shows. */
  readonly termId: string;
}

/**
 * A term found in a text, in whatever form: «қылмыстық саясаттың» (span) for the term
 * `қылмыстық саясат` (termId); `name` is the matching key of the name that matched.
 */
export interface TermOccurrence {
  readonly span: Span;
  readonly termId: string;
  readonly name: string;
}

/** A compiled name: how each word of it may appear. */
interface CompiledName {
  readonly name: TermName;
  /** Words before the head, each a test on a word in matching form. */
  readonly modifiers: readonly ((word: string) => boolean)[];
  readonly wordCount: number;
}

/** A way the head word of a name begins, and what may follow that beginning. */
interface HeadStem {
  readonly compiled: CompiledName;
  /** Length of the stem: of two names matching the same words, the one with the longer stem wins («судья» over «суд»). */
  readonly stemLength: number;
  readonly accepts: (word: string) => boolean;
}

/** Single words shorter than this match only as written: a one-letter term must not match `ада` or `аның`. */
const MIN_INFLECTED_SINGLE_WORD = 2;
const MAX_REST = Math.max(MAX_CHAIN_LENGTH, MAX_RUSSIAN_ENDING) + 1;
/**
 * Words of a term are separated by white space, and not much of it; a comma may sit between them,
 * as in the Russian «лицо, занимающее ответственную государственную должность».
 */
const MAX_GAP = 16;

/**
 * Recognizes the names of many terms in a text, in their inflected forms (SPEC §6). Kazakh: the
 * head (last) word inflects, the modifiers do not. Russian: every word inflects. Built once per
 * set of names; matching looks up each word's possible stems in a map, so its cost grows with
 * the text, not with the number of terms.
 */
export class TermMatcher {
  /**
   * Heads by stem. Names of one word are keyed by the stem alone; longer names also by the word
   * before the head (Kazakh: as written; Russian: its first letters), so that thousands of names
   * sharing a head («… саясаты») cost one lookup, not thousands of checks.
   */
  private readonly heads = new Map<string, HeadStem[]>();
  /** The first two letters of every stem (or the one letter of one-letter stems): most words stop here. */
  private readonly beginnings = new Set<string>();
  /** The words before heads that some name needs, so that other words cost no lookups. */
  private readonly contexts = new Set<string>();
  private shortestStem = Infinity;
  readonly size: number;

  constructor(names: Iterable<TermName>) {
    let size = 0;
    for (const name of names) {
      const words = name.key.split(' ').filter((w) => w.length > 0);
      if (words.length === 0) continue;
      size++;
      const head = words[words.length - 1];
      const modifiers = words.slice(0, -1).map((word) => modifierTest(word, name.language));
      const compiled: CompiledName = { name, modifiers, wordCount: words.length };
      const context = words.length > 1 ? contextKey(words[words.length - 2], name.language) : '';
      const exactOnly = words.length === 1 && head.length < MIN_INFLECTED_SINGLE_WORD;
      if (exactOnly) this.addHead(context, head, { compiled, stemLength: head.length, accepts: (w) => w === head });
      else if (name.language === 'kk') {
        const base = words.length > 1 ? withoutPossessive(head) : undefined;
        const lemmas = new Set([kazakhSingular(head), ...(base ? [base] : [])]);
        for (const lemma of lemmas) {
          for (const stem of kazakhStems(lemma)) this.addHead(context, stem.stem, { compiled, stemLength: stem.stem.length, accepts: (w) => isFormOfStem(stem, w) });
        }
      } else {
        const stem = russianStem(head);
        this.addHead(context, stem, { compiled, stemLength: stem.length, accepts: (w) => w === head || isRussianFormOfStem(stem, w) });
      }
    }
    this.size = size;
  }

  private addHead(context: string, stem: string, head: HeadStem): void {
    const key = `${context}|${stem}`;
    let list = this.heads.get(key);
    if (!list) this.heads.set(key, (list = []));
    if (!list.some((h) => h.compiled.name === head.compiled.name && h.stemLength === head.stemLength)) list.push(head);
    this.beginnings.add(stem.slice(0, 2));
    if (context) this.contexts.add(context);
    this.shortestStem = Math.min(this.shortestStem, stem.length);
  }

  /** The names whose head word `word` can be, given the word before it (undefined at a gap). */
  headsOf(word: string, previous?: string): HeadStem[] {
    if (!this.beginnings.has(word.slice(0, 2)) && !this.beginnings.has(word[0])) return [];
    const contexts = [''];
    if (previous !== undefined) {
      if (this.contexts.has(previous)) contexts.push(previous);
      const russian = `ru:${previous.slice(0, RUSSIAN_CONTEXT)}`;
      if (this.contexts.has(russian)) contexts.push(russian);
    }
    const found: HeadStem[] = [];
    for (let end = Math.max(this.shortestStem, word.length - MAX_REST); end <= word.length; end++) {
      const stem = word.slice(0, end);
      for (const context of contexts) {
        const list = this.heads.get(`${context}|${stem}`);
        if (list) for (const head of list) if (head.accepts(word)) found.push(head);
      }
    }
    return found;
  }

  /**
   * Every occurrence of a known name in `folded` (the text in matching form, with `words` its
   * word table). Where names overlap the longest wins: «қылмыстық қудалау органдары» over
   * «қылмыстық қудалау».
   */
  findOccurrences(folded: string, words: WordTable, range?: Span): TermOccurrence[] {
    if (this.size === 0 || words.count === 0) return [];
    const first = range ? Math.max(0, firstWordFrom(words, range.start)) : 0;
    const candidates: { start: number; end: number; wordCount: number; stemLength: number; name: TermName }[] = [];
    let previous: string | undefined;
    let previousEnd = -1;
    for (let k = first; k < words.count; k++) {
      const span = words.span(k);
      if (range && span.start >= range.end) break;
      const word = folded.slice(span.start, span.end);
      const before = previousEnd >= 0 && adjacent(folded, previousEnd, span.start) ? previous : undefined;
      previous = word;
      previousEnd = span.end;
      for (const head of this.headsOf(word, before)) {
        const { compiled } = head;
        let startWord = k;
        let ok = true;
        for (let m = compiled.modifiers.length - 1; m >= 0 && ok; m--) {
          const p = startWord - 1;
          if (p < 0 || !adjacent(folded, words.span(p).end, words.span(startWord).start)) ok = false;
          else {
            const s = words.span(p);
            ok = compiled.modifiers[m](folded.slice(s.start, s.end));
            startWord = p;
          }
        }
        if (ok) candidates.push({ start: words.span(startWord).start, end: span.end, wordCount: compiled.wordCount, stemLength: head.stemLength, name: compiled.name });
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end || b.wordCount - a.wordCount || b.stemLength - a.stemLength);
    const occurrences: TermOccurrence[] = [];
    let covered = -1;
    for (const c of candidates) {
      if (c.start < covered) continue;
      occurrences.push({ span: { start: c.start, end: c.end }, termId: c.name.termId, name: c.name.key });
      covered = c.end;
    }
    return occurrences;
  }
}

/** Letters of a Russian word that all its forms share, enough to tell most modifiers apart. */
const RUSSIAN_CONTEXT = 3;

/** The key of the word before a head: Kazakh modifiers do not inflect, Russian ones do. */
function contextKey(modifier: string, language: TermLanguage): string {
  return language === 'kk' || modifier.length < MIN_INFLECTED_SINGLE_WORD ? modifier : `ru:${modifier.slice(0, RUSSIAN_CONTEXT)}`;
}

function modifierTest(word: string, language: TermLanguage): (w: string) => boolean {
  if (language === 'kk' || word.length < MIN_INFLECTED_SINGLE_WORD) return (w) => w === word;
  const stem = russianStem(word);
  return (w) => w === word || isRussianFormOfStem(stem, w);
}

function adjacent(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP || to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 44 /* , */) return false;
  return true;
}

function firstWordFrom(words: WordTable, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.span(mid).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
