// What the status bar item shows. This module must not import 'vscode'.
import type { LanguageVersion } from './settings';

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

export interface StatusPresentation {
  text: string;
  tooltip: string;
  /** A theme colour id for the background, for states that need attention. */
  background?: 'statusBarItem.errorBackground' | 'statusBarItem.warningBackground';
}

export function languageVersionLabel(version: LanguageVersion): string {
  switch (version) {
    case '0.6':
      return 'Neam 0.6';
    case '1.x':
      return 'Neam 1.x';
    default:
      return 'Neam (auto)';
  }
}

export function statusPresentation(
  state: ServerState,
  languageVersion: LanguageVersion,
  detail?: string,
): StatusPresentation {
  const label = languageVersionLabel(languageVersion);
  const version =
    languageVersion === 'auto'
      ? 'Language version: auto (every dialect is accepted; mixing them in one file is reported).'
      : `Language version: ${languageVersion} (setting neam.languageVersion).`;
  const suffix = detail ? `\n${detail}` : '';
  switch (state) {
    case 'starting':
      return { text: `$(sync~spin) ${label}`, tooltip: `Neam language server: starting…\n${version}${suffix}` };
    case 'running':
      return { text: `$(check) ${label}`, tooltip: `Neam language server: running.\n${version}${suffix}\nClick to show the server output.` };
    case 'stopped':
      return {
        text: `$(circle-slash) ${label}`,
        tooltip: `Neam language server: stopped.\n${version}${suffix}\nRun "Neam: Restart Language Server" to start it.`,
        background: 'statusBarItem.warningBackground',
      };
    case 'failed':
    default:
      return {
        text: `$(error) ${label}`,
        tooltip: `Neam language server: not running.${suffix}\nClick to show the server output.`,
        background: 'statusBarItem.errorBackground',
      };
  }
}
