/**
 * Effective settings from three layers: the administrator's policy over the user's choices
 * over the defaults, with the reason each locked setting cannot be changed by the user.
 */
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { POLICY_ONLY_PATHS, readPath, SETTING_PATHS, writePath, type SettingPath, type SettingsLayer } from './paths';
import type { Policy, PolicyWarning } from './validate';

export type LockReason =
  /** The policy sets this value. */
  | 'policy'
  /** The policy lists what users may change, and this is not on the list. */
  | 'not-user-changeable'
  /** Only a policy can set this (where research data goes, what users are told). */
  | 'policy-only'
  /** Strict lock mode ignores the user's own per-site exceptions. */
  | 'strict-mode';

export interface ResolvedSettings {
  settings: Settings;
  locks: Partial<Record<SettingPath, LockReason>>;
  /** Policy values that were ignored. */
  warnings: PolicyWarning[];
  /** True when any policy value is in force. */
  managed: boolean;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function resolveSettings(user: SettingsLayer, policy: Policy, warnings: PolicyWarning[] = []): ResolvedSettings {
  const settings = clone(DEFAULT_SETTINGS) as Settings;
  const locks: ResolvedSettings['locks'] = {};
  for (const path of SETTING_PATHS) {
    const fromPolicy = readPath(policy, path);
    const fromUser = readPath(user, path);
    const policySets = fromPolicy !== undefined;
    const userMay = policy.userChangeable ? policy.userChangeable.includes(path) : !policySets;
    if (POLICY_ONLY_PATHS.includes(path)) {
      if (policySets) writePath(settings as SettingsLayer, path, clone(fromPolicy));
      locks[path] = policySets ? 'policy' : 'policy-only';
    } else if (userMay) {
      const value = fromUser ?? fromPolicy;
      if (value !== undefined) writePath(settings as SettingsLayer, path, clone(value));
    } else {
      if (policySets) writePath(settings as SettingsLayer, path, clone(fromPolicy));
      locks[path] = policySets ? 'policy' : 'not-user-changeable';
    }
  }
  // Strict: the only sites exempt are the administrator's.
  if (settings.lockMode === 'strict' && !locks.neverLockSites) {
    settings.neverLockSites = clone(policy.neverLockSites) ?? [];
    locks.neverLockSites = 'strict-mode';
  }
  const managed = Object.keys(policy).length > 0;
  return { settings, locks, warnings, managed };
}
