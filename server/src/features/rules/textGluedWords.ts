import * as l10n from '@vscode/l10n';
import { LegalDocument, Span, foldCase } from '../../model';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

/** Shorter runs of letters are ordinary long words of an agglutinative language. */
const MIN_GLUED = 20;
const MAX_GLUED = 200;
const MAX_PIECE = 30;
const MIN_PIECE = 2;
const HAS_SEPARATOR = /[-'’]/;

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
 * document itself uses (`етуқылмыстықсаясаттыжүзегеасыру…`); the lexicon is the document's own words.
 */
export const textGluedWords: Rule = {
  codes: [DiagnosticCode.textGluedWords],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    const { text, words } = document;
    const long: Span[] = [];
    for (let i = 0; i < words.count; i++) {
      const s = words.span(i);
      const length = s.end - s.start;
      if (length >= MIN_GLUED && length <= MAX_GLUED && !HAS_SEPARATOR.test(text.slice(s.start, s.end))) long.push(s);
    }
    if (long.length === 0) return;
    const lexicon = new Set<string>();
    for (let i = 0; i < words.count; i++) {
      const s = words.span(i);
      if (s.end - s.start >= MIN_PIECE && s.end - s.start < MIN_GLUED) lexicon.add(foldCase(text.slice(s.start, s.end)));
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
