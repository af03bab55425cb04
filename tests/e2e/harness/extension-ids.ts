/**
 * Works out, before the browser starts, the addresses an extension's own pages will have:
 * Chromium derives the id from the manifest key (or the unpacked path), Firefox takes the
 * internal UUID from a pref we can preset.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ManifestInfo {
  manifest_version?: number;
  key?: string;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
  applications?: { gecko?: { id?: string } };
}

export function readManifest(dir: string): ManifestInfo {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) {
    throw new Error(`no manifest.json in ${dir}: build the extension first (npm run build)`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ManifestInfo;
}

/** Chromium's id alphabet: the hex digits of a SHA-256 prefix mapped onto a–p. */
function idFromBytes(bytes: Buffer): string {
  const hex = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/**
 * The id Chromium gives an unpacked extension: from the manifest `key` when there is one
 * (so it is stable across machines), otherwise from the absolute directory path.
 */
export function chromiumExtensionId(dir: string, manifest = readManifest(dir)): string {
  if (manifest.key) return idFromBytes(Buffer.from(manifest.key, 'base64'));
  return idFromBytes(Buffer.from(fs.realpathSync(dir), 'utf8'));
}

export function geckoId(manifest: ManifestInfo): string | undefined {
  return manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
}

/**
 * A UUID fixed by the add-on id. Firefox keys extension storage by the moz-extension origin,
 * so the same UUID on every launch is what lets storage survive a restart on one profile.
 */
export function firefoxInternalUuid(addonId: string): string {
  const h = crypto.createHash('sha256').update('clausewise-e2e:' + addonId).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
