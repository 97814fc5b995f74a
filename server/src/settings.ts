import { DEFAULT_LANGUAGES, DEFAULT_LOCATOR_STYLE, LOCATOR_STYLES, LocatorStyle, SETTINGS_SECTION, SEVERITY_NAMES, SeverityName } from './protocol';
import { DEFAULT_FIGURE_STYLE, FigureStyle, readFigureStyleSetting } from './figureSettings';

/** Settings as the server and the CLI use them, cleaned. */
export interface Settings {
  readonly languages: readonly string[];
  /** Severity per diagnostic code, for the codes the user configured. */
  readonly diagnostics: ReadonlyMap<string, SeverityName>;
  /** How page locators are written (`zanmark.citations.locatorStyle`). */
  readonly citations: { readonly locatorStyle: LocatorStyle };
  /** `zanmark.figures.*`: how the document should write percentages and decimals. */
  readonly figures: FigureStyle;
  /** `zanmark.glossary.files`: glossary files besides the workspace's `*.glossary.json`. */
  readonly glossaryFiles: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  languages: DEFAULT_LANGUAGES,
  diagnostics: new Map(),
  citations: { locatorStyle: DEFAULT_LOCATOR_STYLE },
  figures: DEFAULT_FIGURE_STYLE,
  glossaryFiles: [],
};

const DIAGNOSTICS_PREFIX = `${SETTINGS_SECTION}.diagnostics.`;

/**
 * Flattens nested settings objects to full dotted keys, as in `settings.json`:
 * `{ "zanmark": { "diagnostics": { "citation.unresolved": "off" } } }` and
 * `{ "zanmark.diagnostics.citation.unresolved": "off" }` give the same map.
 */
export function flattenSettings(raw: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const visit = (value: unknown, key: string) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, key ? `${key}.${k}` : k);
    } else if (key) {
      out.set(key, value);
    }
  };
  visit(raw, prefix);
  return out;
}

/** Problems found while cleaning: a key and what is wrong with its value. */
export interface SettingProblem {
  readonly key: string;
  readonly expected: 'language-list' | 'severity' | 'choice' | 'path-list';
  /** The values allowed, for `choice`. */
  readonly choices?: readonly string[];
}

/**
 * Applies `layers` in order (later layers win) over the defaults, keeping only valid values.
 * Each layer is a flattened settings map with full keys.
 */
export function resolveSettings(layers: readonly ReadonlyMap<string, unknown>[], problems: SettingProblem[] = []): Settings {
  let languages = DEFAULT_SETTINGS.languages;
  const diagnostics = new Map<string, SeverityName>();
  let locatorStyle = DEFAULT_SETTINGS.citations.locatorStyle;
  let glossaryFiles = DEFAULT_SETTINGS.glossaryFiles;
  let figures = DEFAULT_FIGURE_STYLE;
  for (const layer of layers) {
    for (const [key, value] of layer) {
      const figureStyle = readFigureStyleSetting(figures, key, value, problems);
      if (figureStyle) {
        figures = figureStyle;
      } else if (key === `${SETTINGS_SECTION}.languages`) {
        if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')) languages = value;
        else problems.push({ key, expected: 'language-list' });
      } else if (key === `${SETTINGS_SECTION}.citations.locatorStyle`) {
        if (typeof value === 'string' && (LOCATOR_STYLES as readonly string[]).includes(value)) locatorStyle = value as LocatorStyle;
        else problems.push({ key, expected: 'choice', choices: LOCATOR_STYLES });
      } else if (key === `${SETTINGS_SECTION}.glossary.files`) {
        if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')) glossaryFiles = value;
        else problems.push({ key, expected: 'path-list' });
      } else if (key.startsWith(DIAGNOSTICS_PREFIX)) {
        if (typeof value === 'string' && (SEVERITY_NAMES as readonly string[]).includes(value)) {
          diagnostics.set(key.slice(DIAGNOSTICS_PREFIX.length), value as SeverityName);
        } else {
          problems.push({ key, expected: 'severity' });
        }
      }
    }
  }
  return { languages, diagnostics, citations: { locatorStyle }, figures, glossaryFiles };
}
