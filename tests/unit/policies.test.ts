/**
 * The administrator files generated from utils/settings/policy-schema.ts: the committed copies
 * must equal a fresh generation (run `npm run policies` after changing the schema), and each
 * file, read back the way its platform reads it, must carry a policy that the managed schema
 * and Clausewise's own validator both accept.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generatedFiles, ROOT, UPDATE_URLS } from '../../scripts/generate-policies';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../../utils/settings/extension-ids';
import { POLICY_KEYS, STARTER_POLICY } from '../../utils/settings/policy-schema';
import { validatePolicy } from '../../utils/settings/validate';

type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema; minimum?: number; maximum?: number };

/** The subset of JSON Schema that Chrome's managed-storage schemas use. */
function schemaErrors(value: unknown, schema: Schema, at = '$'): string[] {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  const typeOk = schema.type === kind || (schema.type === 'number' && kind === 'integer');
  if (!typeOk) return [`${at}: expected ${schema.type}, got ${kind}`];
  const errors: string[] = [];
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...schemaErrors(v, schema.items!, `${at}[${i}]`)));
  if (kind === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const sub = schema.properties?.[key] ?? schema.additionalProperties;
      if (!sub) errors.push(`${at}.${key}: not in the schema`);
      else errors.push(...schemaErrors(v, sub, `${at}.${key}`));
    }
  }
  return errors;
}

/** Reads a .reg file back into the policy object Chrome would build from the registry. */
function policyFromReg(text: string, vendorKey: string): unknown {
  const prefix = `${vendorKey}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;
  const keys = new Map<string, Record<string, unknown>>();
  let current: Record<string, unknown> | undefined;
  for (const line of text.split('\r\n')) {
    const section = /^\[(.+)\]$/u.exec(line);
    if (section) {
      current = section[1].startsWith(prefix) ? {} : undefined;
      if (current) keys.set(section[1].slice(prefix.length), current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/u.exec(line);
    if (value && current) current[value[1]] = value[2] !== undefined ? value[2].replace(/\\(.)/gu, '$1') : parseInt(value[3], 16);
  }
  const build = (path: string): unknown => {
    const own = keys.get(path)!;
    const children = [...keys.keys()].filter((k) => k.startsWith(`${path}\\`) && !k.slice(path.length + 1).includes('\\'));
    const names = Object.keys(own);
    if (children.length === 0 && names.length > 0 && names.every((n, i) => n === String(i + 1))) return names.map((n) => own[n]);
    const out: Record<string, unknown> = { ...own };
    for (const child of children) out[child.slice(path.length + 1)] = build(child);
    return out;
  };
  const policy = build('') as Record<string, unknown>;
  // Booleans are stored as DWORDs; the schema says which keys are booleans.
  for (const spec of POLICY_KEYS) if (spec.kind.type === 'boolean' && spec.key in policy) policy[spec.key] = policy[spec.key] === 1;
  return policy;
}

function plistToValue(node: Element): unknown {
  switch (node.tagName) {
    case 'true': return true;
    case 'false': return false;
    case 'integer': return Number(node.textContent);
    case 'string': return node.textContent ?? '';
    case 'array': return [...node.children].map(plistToValue);
    case 'dict': {
      const out: Record<string, unknown> = {};
      const children = [...node.children];
      for (let i = 0; i < children.length; i += 2) out[children[i].textContent ?? ''] = plistToValue(children[i + 1]);
      return out;
    }
    default: throw new Error(`unexpected plist element ${node.tagName}`);
  }
}

const files = generatedFiles();
const committed = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const schema = JSON.parse(committed('public/managed_schema.json')) as Schema;
const starter = JSON.parse(JSON.stringify(STARTER_POLICY)) as Record<string, unknown>;

describe('generated policy files', () => {
  it.each(Object.keys(files))('%s is up to date (npm run policies)', (file) => {
    expect(committed(file)).toBe(files[file]);
  });

  it('the schema catches a value of the wrong type', () => {
    expect(schemaErrors({ minReadingMs: 'soon', research: { enabled: 1 } }, schema)).toEqual([
      '$.minReadingMs: expected integer, got string',
      '$.research.enabled: expected boolean, got integer',
    ]);
  });

  it('the starter policy satisfies the schema and Clausewise\'s validator', () => {
    expect(schemaErrors(starter, schema)).toEqual([]);
    expect(validatePolicy(starter).warnings).toEqual([]);
    for (const spec of POLICY_KEYS) {
      const example = spec.key.startsWith('research.') ? { research: { [spec.key.slice(9)]: spec.example } } : { [spec.key]: spec.example };
      expect(schemaErrors(example, schema), spec.key).toEqual([]);
    }
  });

  it('Chromium on Linux: the JSON files carry the policy and the force-install', () => {
    const policy = JSON.parse(committed('policies/chromium-linux/clausewise.json'));
    expect(policy['3rdparty'].extensions[CHROME_EXTENSION_ID]).toEqual(starter);
    const install = JSON.parse(committed('policies/chromium-linux/clausewise-install.json'));
    expect(install.ExtensionSettings[CHROME_EXTENSION_ID]).toEqual({ installation_mode: 'force_installed', update_url: UPDATE_URLS.chrome });
  });

  it.each([
    ['chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', UPDATE_URLS.chrome],
    ['edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', UPDATE_URLS.edge],
  ])('Windows %s: the .reg file reads back as the policy, and force-installs', (name, vendorKey, updateUrl) => {
    const text = committed(`policies/windows/${name}.reg`);
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(/^[\x09\x0a\x0d\x20-\x7e]*$/u.test(text)).toBe(true); // plain ASCII: regedit reads it in any code page
    const policy = policyFromReg(text, vendorKey);
    expect(schemaErrors(policy, schema)).toEqual([]);
    expect(policy).toEqual(starter);
    expect(text).toContain(`[${vendorKey}\\ExtensionInstallForcelist]\r\n"1"="${CHROME_EXTENSION_ID};${updateUrl}"`);
  });

  it('macOS: the configuration profile carries the policy for Chrome and Edge', () => {
    const doc = new JSDOM(committed('policies/macos/clausewise.mobileconfig'), { contentType: 'text/xml' }).window.document;
    const profile = plistToValue(doc.querySelector('plist > dict')!) as { PayloadContent: Array<Record<string, unknown>>; PayloadType: string };
    expect(profile.PayloadType).toBe('Configuration');
    const byType = Object.fromEntries(profile.PayloadContent.map((p) => [p.PayloadType as string, p]));
    for (const vendor of ['com.google.Chrome', 'com.microsoft.Edge']) {
      const { PayloadType, PayloadIdentifier, PayloadUUID, PayloadVersion, PayloadDisplayName, ...policy } = byType[`${vendor}.extensions.${CHROME_EXTENSION_ID}`];
      expect(PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/u);
      expect(schemaErrors(policy, schema)).toEqual([]);
      expect(policy).toEqual(starter);
      expect((byType[vendor].ExtensionInstallForcelist as string[])[0]).toMatch(new RegExp(`^${CHROME_EXTENSION_ID};https://`, 'u'));
    }
    const uuids = profile.PayloadContent.map((p) => p.PayloadUUID);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('Firefox: policies.json carries the policy and the force-install', () => {
    const { policies } = JSON.parse(committed('policies/firefox/policies.json'));
    expect(policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID]).toEqual(starter);
    expect(schemaErrors(policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID], schema)).toEqual([]);
    expect(policies.ExtensionSettings[FIREFOX_EXTENSION_ID].installation_mode).toBe('force_installed');
  });

  it('the documented Chrome id is the one the manifest key gives, and the manifest declares the schema', () => {
    const config = committed('wxt.config.ts');
    const key = /CHROME_PUBLIC_KEY =\s*'([^']+)'/u.exec(config)![1];
    const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')).toBe(CHROME_EXTENSION_ID);
    expect(config).toContain("managed_schema: 'managed_schema.json'");
    expect(committed('docs/enterprise.md')).toContain(CHROME_EXTENSION_ID);
  });
});
