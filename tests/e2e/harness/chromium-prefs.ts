/**
 * Chromium has no command-line switch for preferences, so they are merged into the
 * profile's `Default/Preferences` file before launch (e.g. `intl.accept_languages`).
 */
import fs from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets `a.b.c` style keys as nested objects, keeping what is already there. */
function setDotted(target: Json, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  const last = keys.pop() as string;
  let node = target;
  for (const key of keys) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Json;
  }
  node[last] = value;
}

export function writeChromiumPrefs(userDataDir: string, prefs: Record<string, unknown>): void {
  const file = path.join(userDataDir, 'Default', 'Preferences');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current: Json = {};
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (isObject(parsed)) current = parsed;
  } catch {
    // No profile yet: start from an empty one.
  }
  for (const [key, value] of Object.entries(prefs)) setDotted(current, key, value);
  fs.writeFileSync(file, JSON.stringify(current));
}
