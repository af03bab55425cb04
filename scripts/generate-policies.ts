/**
 * Writes everything administrators need from the one policy description in
 * utils/settings/policy-schema.ts, so none of it can drift from what Clausewise accepts:
 *
 *   public/managed_schema.json                 the manifest's storage.managed_schema (Chrome, Edge)
 *   policies/chromium-linux/clausewise.json    /etc/chromium/policies/managed/ or /etc/opt/chrome/policies/managed/
 *   policies/chromium-linux/clausewise-install.json   force-install (ExtensionSettings)
 *   policies/windows/chrome.reg, edge.reg      force-install + settings, for regedit or GPO preferences
 *   policies/macos/clausewise.mobileconfig     Chrome and Edge, force-install + settings
 *   policies/firefox/policies.json             force-install + settings (distribution/ or /etc/firefox/policies/)
 *   docs/enterprise.md                         the key table between its generated markers
 *
 * `npm run policies` rewrites them; tests/unit/policies.test.ts fails when a committed file
 * differs from what this script would write.
 */
import { createHash } from 'node:crypto';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../utils/settings/extension-ids';
import { defaultFor, POLICY_KEYS, STARTER_POLICY, type PolicyKind } from '../utils/settings/policy-schema';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where browsers fetch updates of a store-installed extension. */
export const UPDATE_URLS = {
  chrome: 'https://clients2.google.com/service/update2/crx',
  edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
  firefox: `https://addons.mozilla.org/firefox/downloads/latest/${FIREFOX_EXTENSION_ID}/latest.xpi`,
};

type JsonSchema = { type: string; title?: string; description?: string; minimum?: number; maximum?: number; items?: JsonSchema; properties?: Record<string, JsonSchema>; additionalProperties?: JsonSchema };

/**
 * Types only: values such as an unknown category or a malformed pattern must reach
 * Clausewise, which ignores them and says so on its options page, rather than be dropped
 * silently by the browser.
 */
function schemaFor(kind: PolicyKind): JsonSchema {
  const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
  switch (kind.type) {
    case 'boolean': return { type: 'boolean' };
    case 'integer': return { type: 'integer', minimum: kind.min, maximum: kind.max };
    case 'string': case 'enum': case 'url': return { type: 'string' };
    case 'categories': case 'sites': case 'settingNames': return strings;
    case 'extraTerms': return { type: 'object', additionalProperties: { type: 'object', additionalProperties: strings } };
  }
}

export function managedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const research: Record<string, JsonSchema> = {};
  for (const spec of POLICY_KEYS) {
    const entry = { ...schemaFor(spec.kind), title: spec.key, description: spec.description };
    if (spec.key.startsWith('research.')) research[spec.key.slice('research.'.length)] = entry;
    else properties[spec.key] = entry;
  }
  properties.research = { type: 'object', title: 'research', description: 'Research mode (reading-time study) settings.', properties: research };
  return { type: 'object', properties };
}

/** The starter policy as nested JSON (research fields under `research`). */
export function starterPolicy(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(STARTER_POLICY)) as Record<string, unknown>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// --- Windows registry -----------------------------------------------------------------------

function regString(value: string): string {
  return `"${value.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')}"`;
}

function regDword(value: number | boolean): string {
  return `dword:${Number(value).toString(16).padStart(8, '0')}`;
}

/** Chrome's registry layout for a policy value: scalars as values, lists and objects as subkeys. */
function regKeys(path: string, value: Record<string, unknown>, out: string[]): void {
  const scalars: string[] = [];
  const nested: Array<[string, unknown]> = [];
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string') scalars.push(`${regString(name)}=${regString(v)}`);
    else if (typeof v === 'number' || typeof v === 'boolean') scalars.push(`${regString(name)}=${regDword(v)}`);
    else nested.push([name, v]);
  }
  out.push(`[${path}]`, ...scalars, '');
  for (const [name, v] of nested) {
    const child = `${path}\\${name}`;
    if (Array.isArray(v)) regKeys(child, Object.fromEntries(v.map((item, i) => [String(i + 1), item])), out);
    else regKeys(child, v as Record<string, unknown>, out);
  }
}

function windowsReg(vendorKey: string, updateUrl: string): string {
  const out = ['Windows Registry Editor Version 5.00', ''];
  out.push(`; Clausewise: force-install and configure. Generated by npm run policies; edit the values, keep the layout.`, '');
  out.push(`[${vendorKey}\\ExtensionInstallForcelist]`, `"1"=${regString(`${CHROME_EXTENSION_ID};${updateUrl}`)}`, '');
  regKeys(`${vendorKey}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`, starterPolicy(), out);
  return out.join('\r\n');
}

// --- macOS configuration profile -------------------------------------------------------------

function xmlEscape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function plistValue(value: unknown, indent: string): string {
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${xmlEscape(value)}</string>`;
  if (Array.isArray(value)) {
    return [`${indent}<array>`, ...value.map((v) => plistValue(v, `${indent}  `)), `${indent}</array>`].join('\n');
  }
  return plistDict(value as Record<string, unknown>, indent);
}

function plistDict(value: Record<string, unknown>, indent: string): string {
  const lines = [`${indent}<dict>`];
  for (const [key, v] of Object.entries(value)) lines.push(`${indent}  <key>${xmlEscape(key)}</key>`, plistValue(v, `${indent}  `));
  lines.push(`${indent}</dict>`);
  return lines.join('\n');
}

/** A stable UUID per payload, so regenerating does not change the file. */
function stableUuid(name: string): string {
  const h = createHash('sha256').update(`clausewise:${name}`).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16).toUpperCase()}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function payload(type: string, id: string, name: string, content: Record<string, unknown>): Record<string, unknown> {
  return { PayloadType: type, PayloadIdentifier: id, PayloadUUID: stableUuid(id), PayloadVersion: 1, PayloadDisplayName: name, ...content };
}

function mobileconfig(): string {
  const policy = starterPolicy();
  const profile = {
    PayloadContent: [
      payload('com.google.Chrome', 'app.clausewise.policy.chrome.install', 'Clausewise: install in Google Chrome', {
        ExtensionInstallForcelist: [`${CHROME_EXTENSION_ID};${UPDATE_URLS.chrome}`],
      }),
      payload(`com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`, 'app.clausewise.policy.chrome', 'Clausewise settings for Google Chrome', policy),
      payload('com.microsoft.Edge', 'app.clausewise.policy.edge.install', 'Clausewise: install in Microsoft Edge', {
        ExtensionInstallForcelist: [`${CHROME_EXTENSION_ID};${UPDATE_URLS.edge}`],
      }),
      payload(`com.microsoft.Edge.extensions.${CHROME_EXTENSION_ID}`, 'app.clausewise.policy.edge', 'Clausewise settings for Microsoft Edge', policy),
    ],
    PayloadDisplayName: 'Clausewise',
    PayloadDescription: 'Installs and configures Clausewise in Google Chrome and Microsoft Edge.',
    PayloadIdentifier: 'app.clausewise.policy',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid('app.clausewise.policy'),
    PayloadVersion: 1,
    PayloadScope: 'System',
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistDict(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

// --- documentation ---------------------------------------------------------------------------

const TYPE_WORDS: Record<PolicyKind['type'], string> = {
  boolean: 'boolean',
  integer: 'integer',
  string: 'string',
  enum: 'string',
  url: 'string (https URL or empty)',
  categories: 'list of categories',
  sites: 'list of host names or match patterns',
  extraTerms: 'object: category → language → list of strings',
  settingNames: 'list of setting names',
};

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
}

export function policyKeyTable(): string {
  const rows = ['| key | type | default | example | what it does |', '| --- | --- | --- | --- | --- |'];
  for (const spec of POLICY_KEYS) {
    const type = spec.kind.type === 'enum' ? `${TYPE_WORDS.enum}: ${spec.kind.values.map((v) => `\`${v}\``).join(', ')}` : spec.kind.type === 'integer' ? `${TYPE_WORDS.integer} ${spec.kind.min}–${spec.kind.max}` : TYPE_WORDS[spec.kind.type];
    const fallback = defaultFor(spec.key);
    const shownDefault = fallback === undefined ? 'every setting the policy does not set' : `\`${JSON.stringify(fallback)}\``;
    rows.push(`| \`${spec.key}\` | ${cell(type)} | ${cell(shownDefault)} | \`${cell(JSON.stringify(spec.example))}\` | ${cell(spec.description)} |`);
  }
  return rows.join('\n');
}

export const DOC_START = '<!-- policy-keys:start (generated by npm run policies; do not edit by hand) -->';
export const DOC_END = '<!-- policy-keys:end -->';

function withKeyTable(doc: string): string {
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start < 0 || end < start) throw new Error('docs/enterprise.md has lost its policy-keys markers');
  return `${doc.slice(0, start + DOC_START.length)}\n${policyKeyTable()}\n${doc.slice(end)}`;
}

// --- all files -------------------------------------------------------------------------------

/** Every generated file, by path relative to the project root, with its exact content. */
export function generatedFiles(root = ROOT): Record<string, string> {
  const policy = starterPolicy();
  return {
    'public/managed_schema.json': json(managedSchema()),
    'policies/chromium-linux/clausewise.json': json({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }),
    'policies/chromium-linux/clausewise-install.json': json({
      ExtensionSettings: { [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: UPDATE_URLS.chrome } },
    }),
    'policies/windows/chrome.reg': windowsReg('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', UPDATE_URLS.chrome),
    'policies/windows/edge.reg': windowsReg('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', UPDATE_URLS.edge),
    'policies/macos/clausewise.mobileconfig': mobileconfig(),
    'policies/firefox/policies.json': json({
      policies: {
        ExtensionSettings: { [FIREFOX_EXTENSION_ID]: { installation_mode: 'force_installed', install_url: UPDATE_URLS.firefox } },
        '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: policy } },
      },
    }),
    'docs/enterprise.md': withKeyTable(readFileSync(join(root, 'docs/enterprise.md'), 'utf8')),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const [file, content] of Object.entries(generatedFiles())) {
    mkdirSync(dirname(join(ROOT, file)), { recursive: true });
    writeFileSync(join(ROOT, file), content);
    console.log(`wrote ${file}`);
  }
}
