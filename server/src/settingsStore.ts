import * as path from 'path';
import { fileURLToPath } from 'url';
import * as l10n from '@vscode/l10n';
import type { ClientCapabilities, Connection } from 'vscode-languageserver/node';
import { readProjectConfig } from './projectConfig';
import { SETTINGS_SECTION, SEVERITY_NAMES } from './protocol';
import { Settings, SettingProblem, flattenSettings, resolveSettings } from './settings';

/**
 * The settings of each open document: the defaults, then `.zanmark.json`, then what the user set
 * in the editor (pulled with `workspace/configuration`, or pushed by clients that cannot be asked).
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  private pulls = false;
  private pushed: ReadonlyMap<string, unknown> = new Map();
  private problemListener: (message: string) => void = () => {};
  canRegisterConfiguration = false;
  canWatchFiles = false;

  constructor(private readonly connection: Connection) {}

  configure(capabilities: ClientCapabilities): void {
    this.pulls = capabilities.workspace?.configuration === true;
    this.canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    this.canWatchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  }

  /** Where to tell the user about a settings file or value that is ignored. */
  onProblem(listener: (message: string) => void): void {
    this.problemListener = listener;
  }

  /** Settings sent with `workspace/didChangeConfiguration` (`{ "zanmark": { … } }`). */
  setPushedSettings(settings: unknown): void {
    const section = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    this.pushed = flattenSettings(section ?? {}, SETTINGS_SECTION);
  }

  forDocument(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async load(uri: string): Promise<Settings> {
    const layers: ReadonlyMap<string, unknown>[] = [];
    const directory = fileDirectory(uri);
    if (directory) {
      const project = readProjectConfig(directory);
      if (project.kind === 'ok') layers.push(project.settings);
      else if (project.kind === 'invalid') {
        this.report(project.file, project.reason === 'syntax'
          ? l10n.t('Zanmark ignores the settings in {0}: it is not valid JSON ({1}).', project.file, project.detail ?? '')
          : l10n.t('Zanmark ignores the settings in {0}: it must hold an object of settings.', project.file));
      }
    }
    if (this.pulls) {
      try {
        const [section] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: SETTINGS_SECTION }]) as unknown[];
        layers.push(flattenSettings(section ?? {}, SETTINGS_SECTION));
      } catch {
        layers.push(this.pushed);
      }
    } else {
      layers.push(this.pushed);
    }
    const problems: SettingProblem[] = [];
    const settings = resolveSettings(layers, problems);
    for (const problem of problems) {
      this.report(problem.key, describeProblem(problem));
    }
    return settings;
  }

  private report(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problemListener(message);
  }
}

function fileDirectory(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function describeProblem(problem: SettingProblem): string {
  return problem.expected === 'language-list'
    ? l10n.t('Zanmark ignores the setting {0}: it must be a list of language identifiers.', problem.key)
    : l10n.t('Zanmark ignores the setting {0}: it must be one of {1}.', problem.key, (problem.choices ?? SEVERITY_NAMES).join(', '));
}
