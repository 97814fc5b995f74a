import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';

/**
 * Loads the message bundle for `locale` (`kk`, `ru`, `ru-RU`…) from the `l10n` folder beside the
 * bundles; English, the source language, needs none. Unknown locales fall back to English.
 */
export function useLocale(locale: string | undefined, bundleDir = path.join(__dirname, '..', 'l10n')): void {
  const candidates = locale ? [locale.toLowerCase(), locale.toLowerCase().split(/[-_]/)[0]] : [];
  for (const candidate of candidates) {
    if (candidate === 'en') break;
    const file = path.join(bundleDir, `bundle.l10n.${candidate}.json`);
    if (fs.existsSync(file)) {
      l10n.config({ contents: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string> });
      return;
    }
  }
  l10n.config({ contents: {} });
}

/** The locale of a command-line environment: `LC_ALL`, `LC_MESSAGES`, then `LANG` (`ru_RU.UTF-8` → `ru`). */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!value || value === 'C' || value === 'POSIX') return undefined;
  return value.split('.')[0];
}
