import * as vscode from 'vscode';
import { DEFAULT_LANGUAGES, SETTINGS_SECTION } from '../../server/src/protocol';

/** The languages Zanmark serves (`zanmark.languages`). */
export function servedLanguages(): readonly string[] {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('languages');
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : DEFAULT_LANGUAGES;
}

/**
 * The `zanmark.*` settings the user set explicitly for a resource (folder, then workspace, then
 * user settings), keyed without the `zanmark.` prefix. Defaults are left out so that `.zanmark.json`
 * applies wherever the user has not chosen otherwise.
 */
export function explicitSettings(extension: vscode.Extension<unknown>, scope: vscode.Uri | undefined): Record<string, unknown> {
  const properties = (extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } })
    .contributes?.configuration?.properties ?? {};
  const configuration = vscode.workspace.getConfiguration(undefined, scope);
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    const inspected = configuration.inspect(key);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value !== undefined) settings[key.slice(SETTINGS_SECTION.length + 1)] = value;
  }
  return settings;
}

export function affectsServedLanguages(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SETTINGS_SECTION}.languages`);
}
