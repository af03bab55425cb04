/**
 * Names for each single setting, as administrators and the options page address them:
 * top-level keys, and `research.<field>` for the research group. Locks, warnings and the
 * policy's `userChangeable` list all speak in these names.
 */
import { DEFAULT_SETTINGS, type ResearchSettings, type Settings } from './defaults';

export type TopLevelPath = Exclude<keyof Settings, 'research'>;
export type ResearchPath = `research.${keyof ResearchSettings}`;
export type SettingPath = TopLevelPath | ResearchPath;

export const TOP_LEVEL_PATHS = (Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>).filter(
  (key): key is TopLevelPath => key !== 'research',
);
export const RESEARCH_PATHS = (Object.keys(DEFAULT_SETTINGS.research) as Array<keyof ResearchSettings>).map(
  (key) => `research.${key}` as ResearchPath,
);
export const SETTING_PATHS: readonly SettingPath[] = [...TOP_LEVEL_PATHS, ...RESEARCH_PATHS];

export function isSettingPath(value: unknown): value is SettingPath {
  return typeof value === 'string' && (SETTING_PATHS as readonly string[]).includes(value);
}

/** Settings only an administrator may set: where data goes and what users are told. */
export const POLICY_ONLY_PATHS: readonly SettingPath[] = ['research.uploadEndpoint', 'research.consentText'];

/** A layer of settings (user or policy): any subset, research fields included one by one. */
export type SettingsLayer = Partial<Omit<Settings, 'research'>> & { research?: Partial<ResearchSettings> };

export function readPath(layer: SettingsLayer, path: SettingPath): unknown {
  if (path.startsWith('research.')) return layer.research?.[path.slice('research.'.length) as keyof ResearchSettings];
  return layer[path as TopLevelPath];
}

export function writePath(layer: SettingsLayer, path: SettingPath, value: unknown): void {
  if (path.startsWith('research.')) {
    layer.research = { ...layer.research, [path.slice('research.'.length)]: value };
  } else {
    (layer as Record<string, unknown>)[path] = value;
  }
}
