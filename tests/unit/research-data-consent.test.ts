/**
 * Firefox's built-in data consent for the research upload: in a Firefox that has it (140+),
 * nothing is sent until the upload's categories are granted; older Firefox and other browsers
 * are not held back; the categories asked for follow what the upload carries; and the
 * manifest declares exactly those as optional, with nothing required.
 */
import { describe, expect, it, vi } from 'vitest';
import wxtConfig from '../../wxt.config';
import { mayUpload, needsDataConsent, OPTIONAL_DATA_CATEGORIES, requestDataConsent, uploadDataCategories, type DataConsentEnv } from '@/utils/research/data-consent';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';

function firefox(version: string, granted: string[]): DataConsentEnv & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    browserName: 'firefox',
    runtime: { getBrowserInfo: async () => ({ name: 'Firefox', version }) },
    permissions: {
      contains: async ({ data_collection }) => data_collection.every((c) => granted.includes(c)),
      request: async ({ data_collection }) => {
        asked.push(data_collection);
        granted.push(...data_collection);
        return true;
      },
    },
  };
}

const research = { ...DEFAULT_SETTINGS.research, enabled: true, studyId: 's', uploadEndpoint: 'https://collector.test/in' };

describe('Firefox data consent for the research upload', () => {
  it('holds the upload in Firefox 140+ until the categories are granted, then lets it go', async () => {
    const env = firefox('153.7.0', []);
    expect(await mayUpload(research, env)).toBe(false);
    expect(await needsDataConsent(research, env)).toBe(true);
    expect(await requestDataConsent(research, env)).toBe(true);
    expect(env.asked).toEqual([['websiteActivity', 'browsingActivity']]);
    expect(await mayUpload(research, env)).toBe(true);
    expect(await needsDataConsent(research, env)).toBe(false);
  });

  it('asks for website content too when clause text is uploaded', async () => {
    const env = firefox('140.0', ['websiteActivity', 'browsingActivity']);
    const withText = { ...research, uploadClauseText: true };
    expect(await mayUpload(withText, env)).toBe(false);
    await requestDataConsent(withText, env);
    expect(env.asked).toEqual([['websiteActivity', 'browsingActivity', 'websiteContent']]);
    expect(await mayUpload(withText, env)).toBe(true);
  });

  it('does not hold back other browsers or a Firefox without built-in consent', async () => {
    const contains = vi.fn(async () => false);
    const chrome: DataConsentEnv = { browserName: 'chrome', runtime: {}, permissions: { contains, request: async () => false } };
    expect(await mayUpload(research, chrome)).toBe(true);
    expect(await needsDataConsent(research, chrome)).toBe(false);
    expect(contains).not.toHaveBeenCalled();
    const oldFirefox = firefox('128.5.0', []);
    expect(await mayUpload(research, oldFirefox)).toBe(true);
    expect(await needsDataConsent(research, oldFirefox)).toBe(false);
  });

  it('sends nothing when Firefox cannot say whether consent was given', async () => {
    const env = firefox('150.0', []);
    env.permissions.contains = async () => {
      throw new Error('permissions unavailable');
    };
    expect(await mayUpload(research, env)).toBe(false);
  });

  it('offers consent only while research mode is on with an upload endpoint', async () => {
    const env = firefox('153.0', []);
    expect(await needsDataConsent({ ...research, uploadEndpoint: '' }, env)).toBe(false);
    expect(await needsDataConsent({ ...research, enabled: false }, env)).toBe(false);
  });

  it('the Firefox manifest declares nothing required and every upload category optional', async () => {
    const manifest = await (wxtConfig.manifest as (env: { browser: string }) => unknown)({ browser: 'firefox' });
    const declared = (manifest as { browser_specific_settings: { gecko: { data_collection_permissions: { required: string[]; optional: string[] } } } })
      .browser_specific_settings.gecko.data_collection_permissions;
    expect(declared.required).toEqual(['none']);
    expect([...declared.optional].sort()).toEqual([...OPTIONAL_DATA_CATEGORIES].sort());
    for (const withText of [false, true]) {
      for (const category of uploadDataCategories({ uploadClauseText: withText })) expect(declared.optional).toContain(category);
    }
  });
});
