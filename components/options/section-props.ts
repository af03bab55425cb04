import type { SettingsLayer } from '@/utils/settings/paths';
import type { ResolvedSettings } from '@/utils/settings/resolve';

/** What every section of the options page receives. */
export interface SectionProps {
  state: ResolvedSettings;
  update(patch: SettingsLayer): void;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
export const toSeconds = seconds;
/** A seconds field's value as milliseconds, clamped to what the setting accepts. */
export const fromSeconds = (value: string, maxMs: number) => Math.min(maxMs, Math.max(0, Math.round((Number(value) || 0) * 1000)));
