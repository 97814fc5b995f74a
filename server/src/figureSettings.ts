import { SETTINGS_SECTION } from './protocol';
import type { SettingProblem } from './settings';

/** `zanmark.figures.percentSpacing`: `5%` (`none`), `5 %` (`space`), or whatever most figures of the document do. */
export const PERCENT_SPACING = ['consistent', 'none', 'space'] as const;
export type PercentSpacing = (typeof PERCENT_SPACING)[number];

/** `zanmark.figures.decimalSeparator`: `4,6` (`comma`, the Kazakh and Russian norm), `4.6` (`point`), or the document's majority. */
export const DECIMAL_SEPARATOR = ['consistent', 'comma', 'point'] as const;
export type DecimalSeparator = (typeof DECIMAL_SEPARATOR)[number];

export interface FigureStyle {
  readonly percentSpacing: PercentSpacing;
  readonly decimalSeparator: DecimalSeparator;
}

export const DEFAULT_FIGURE_STYLE: FigureStyle = { percentSpacing: 'consistent', decimalSeparator: 'consistent' };

const KEYS = {
  [`${SETTINGS_SECTION}.figures.percentSpacing`]: ['percentSpacing', PERCENT_SPACING],
  [`${SETTINGS_SECTION}.figures.decimalSeparator`]: ['decimalSeparator', DECIMAL_SEPARATOR],
} as const;

/**
 * Applies one `zanmark.figures.*` setting: the new style, or `style` unchanged with a problem
 * when the value is not allowed. Undefined when `key` is not a figures setting.
 */
export function readFigureStyleSetting(style: FigureStyle, key: string, value: unknown, problems: SettingProblem[]): FigureStyle | undefined {
  const known = (KEYS as Record<string, readonly [keyof FigureStyle, readonly string[]]>)[key];
  if (!known) return undefined;
  const [field, choices] = known;
  if (typeof value === 'string' && choices.includes(value)) return { ...style, [field]: value };
  problems.push({ key, expected: 'choice', choices });
  return style;
}
