import * as l10n from '@vscode/l10n';
import { Figure, LegalDocument } from '../../model';
import { PERCENT_WORD, Pronunciation, caseEnding, caseOfEnding, lastNumberWord } from '../../model/kazakhNumerals';
import { DiagnosticCode } from '../diagnosticCodes';
import { Finding, Rule } from '../diagnostics';

const MAGNITUDE_WORDS: Readonly<Record<string, string>> = { thousand: '1000', million: '1000000', billion: '1000000000' };

/** How the end of a figure is read aloud: `%` as «пайыз», `3 млн` as «миллион», `4,6` as «алты». */
export function pronunciationOf(figure: Figure): Pronunciation {
  if (figure.percent?.sign) return PERCENT_WORD;
  if (figure.magnitude) return lastNumberWord(MAGNITUDE_WORDS[figure.magnitude.word]);
  if (figure.rangeEnd) return lastNumberWord(String(figure.rangeEnd.value));
  if (figure.fractionDigits) return lastNumberWord(figure.fractionDigits);
  return lastNumberWord(figure.integerDigits);
}

/** `figure.suffix-harmony`: `2009-ге` → `2009-ға`, `15%-ге` → `15%-ға`; other words after the hyphen (`1-бабында`) are not endings. */
export const figureSuffixHarmony: Rule = {
  codes: [DiagnosticCode.figureSuffixHarmony],
  fixable: true,
  check(document: LegalDocument, report: (finding: Finding) => void): void {
    for (const figure of document.figures) {
      if (!figure.suffix) continue;
      const written = document.text.slice(figure.suffix.start, figure.suffix.end);
      const numeralCase = caseOfEnding(written);
      if (!numeralCase) continue;
      const pronunciation = pronunciationOf(figure);
      let expected = caseEnding(numeralCase, pronunciation);
      if (written.toLowerCase() === expected) continue;
      if (written === written.toUpperCase()) expected = expected.toUpperCase();
      const head = document.text.slice(figure.valueSpan.start, figure.suffix.start);
      report({
        code: DiagnosticCode.figureSuffixHarmony,
        span: { start: figure.valueSpan.start, end: figure.suffix.end },
        message: l10n.t('«{0}» is read «… {1}»: write «{2}»', head + written, pronunciation.word, head + expected),
        fixes: [{ title: l10n.t('Write «{0}»', head + expected), safe: true, replacements: [{ span: figure.suffix, newText: expected }] }],
      });
    }
  },
};
