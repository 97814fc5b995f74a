import * as l10n from '@vscode/l10n';
import { LegalDocument, Span, WordTable, foldCase } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** Shorter runs of letters are ordinary long words of an agglutinative language. */
const MIN_GLUED = 20;
const MAX_GLUED = 200;
const MAX_PIECE = 30;
const MIN_PIECE = 2;
const HAS_SEPARATOR = /[-'’]/;
/** How far around a long run its lexicon reaches, in characters: the article it belongs to, roughly. */
const LEXICON_WINDOW = 8_000;

/** Index of the last word that starts at or before `offset` (0 when none does). */
function nearestWord(words: WordTable, offset: number): number {
  let lo = 0;
  let hi = words.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (words.startOf(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Splits `word` into words of the lexicon. Returns the split when one split uses the fewest
 * words and no other split uses as few: only then is it certain.
 */
function split(word: string, lexicon: ReadonlySet<string>): number[] | undefined {
  const n = word.length;
  // best[i]: fewest pieces for word[i..]; ways[i]: how many splits reach that (capped at 2).
  const best = new Array<number>(n + 1).fill(Infinity);
  const ways = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  ways[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let len = MIN_PIECE; len <= MAX_PIECE && i + len <= n; len++) {
      if (best[i + len] === Infinity || !lexicon.has(word.slice(i, i + len))) continue;
      const pieces = best[i + len] + 1;
      if (pieces < best[i]) {
        best[i] = pieces;
        ways[i] = ways[i + len];
        next[i] = i + len;
      } else if (pieces === best[i]) {
        ways[i] = Math.min(2, ways[i] + ways[i + len]);
      }
    }
  }
  if (best[0] === Infinity || best[0] < 2 || ways[0] !== 1) return undefined;
  const cuts: number[] = [];
  for (let i = next[0]; i < n; i = next[i]) cuts.push(i);
  return cuts;
}

/**
 * `text.glued-words`: a long run of letters that splits, in exactly one way, into words the
 * text around it uses (`етуқылмыстықсаясаттыжүзегеасыру…`); the lexicon is the document's own words.
 */
export const textGluedWords: Rule = {
  codes: [DiagnosticCode.textGluedWords],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text, words } = document;
    const long: Span[] = [];
    for (let i = 0; i < words.count; i++) {
      const length = words.endOf(i) - words.startOf(i);
      if (length >= MIN_GLUED && length <= MAX_GLUED && !HAS_SEPARATOR.test(text.slice(words.startOf(i), words.endOf(i)))) long.push(words.span(i));
    }
    if (long.length === 0) return;
    // The lexicon: the words written around each long run (a few pages), merged into one set.
    const lexicon = new Set<string>();
    let covered = -1;
    for (const span of long) {
      const from = Math.max(nearestWord(words, span.start - LEXICON_WINDOW), covered + 1);
      const to = nearestWord(words, span.end + LEXICON_WINDOW);
      for (let i = from; i <= to && i < words.count; i++) {
        const length = words.endOf(i) - words.startOf(i);
        if (length >= MIN_PIECE && length <= MAX_PIECE) lexicon.add(foldCase(text.slice(words.startOf(i), words.endOf(i))));
      }
      covered = Math.max(covered, to);
    }
    for (const span of long) {
      const written = text.slice(span.start, span.end);
      const cuts = split(foldCase(written), lexicon);
      if (!cuts) continue;
      let fixed = '';
      let at = 0;
      for (const cut of cuts) {
        fixed += `${written.slice(at, cut)} `;
        at = cut;
      }
      fixed += written.slice(at);
      report({
        code: DiagnosticCode.textGluedWords,
        span,
        message: l10n.t('Words run together: «{0}»', fixed),
        fixes: [{ title: l10n.t('Split into «{0}»', fixed), safe: true, replacements: [{ span, newText: fixed }] }],
      });
    }
  },
};
