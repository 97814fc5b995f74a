/**
 * What the client and the server share: the settings section, its defaults and the options the
 * client sends at start. The client imports nothing else from the server.
 */

/** The settings section: every setting is `zanmark.<key>`. */
export const SETTINGS_SECTION = 'zanmark';

/** Languages served when `zanmark.languages` is not set. */
export const DEFAULT_LANGUAGES: readonly string[] = ['legal-text', 'plaintext'];

/** Values of a `zanmark.diagnostics.<code>` setting. */
export const SEVERITY_NAMES = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];

/** Name of the server, in the output channel and in `zanmark-ls --version`. */
export const SERVER_NAME = 'Zanmark Language Server';
