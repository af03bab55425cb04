/**
 * Firefox's own consent for data an add-on sends (built in from Firefox 140): the manifest
 * declares the research upload as *optional* data collection (wxt.config.ts), so Firefox must
 * have been granted those categories before anything is sent. This file is the only
 * browser-specific part of research upload. Other browsers have no such consent: there the
 * participant's "yes" in the panel is the consent.
 */
import { browser } from 'wxt/browser';
import type { ResearchSettings } from '@/utils/settings/defaults';

/**
 * What an upload carries, in Firefox's categories: per-clause reading times, scroll depth and
 * the outcome are what the reader does on a website (`websiteActivity`); the page's origin (or
 * full address) says which websites were visited (`browsingActivity`); clause text, when the
 * policy asks for it, is content of the page (`websiteContent`). Not `technicalAndInteraction`:
 * that is about the browser and the add-on itself, not what happens on the pages.
 */
export type UploadDataCategory = 'websiteActivity' | 'browsingActivity' | 'websiteContent';

/** Every category an upload may ever need: the manifest's `optional` list. */
export const OPTIONAL_DATA_CATEGORIES: readonly UploadDataCategory[] = ['websiteActivity', 'browsingActivity', 'websiteContent'];

/** First Firefox with built-in data consent; older ones know no `data_collection` permission. */
const FIRST_FIREFOX_WITH_DATA_CONSENT = 140;

export function uploadDataCategories(research: Pick<ResearchSettings, 'uploadClauseText'>): UploadDataCategory[] {
  return research.uploadClauseText ? ['websiteActivity', 'browsingActivity', 'websiteContent'] : ['websiteActivity', 'browsingActivity'];
}

type DataPermissions = { data_collection: UploadDataCategory[] };
interface PermissionsApi {
  contains(permissions: DataPermissions): Promise<boolean>;
  request(permissions: DataPermissions): Promise<boolean>;
}
interface FirefoxRuntime {
  getBrowserInfo?(): Promise<{ name: string; version: string }>;
}

/** The browser this build is for, and the APIs it uses; tests replace them. */
export interface DataConsentEnv {
  browserName: string;
  permissions: PermissionsApi;
  runtime: FirefoxRuntime;
}

const defaultEnv = (): DataConsentEnv => ({
  browserName: import.meta.env.BROWSER,
  permissions: browser.permissions as unknown as PermissionsApi,
  runtime: browser.runtime as unknown as FirefoxRuntime,
});

async function firefoxHasDataConsent(env: DataConsentEnv): Promise<boolean> {
  if (env.browserName !== 'firefox') return false;
  const info = await env.runtime.getBrowserInfo?.();
  return Number.parseInt(info?.version ?? '0', 10) >= FIRST_FIREFOX_WITH_DATA_CONSENT;
}

/**
 * Whether the browser lets research data be sent now. In a Firefox with built-in consent:
 * only once its categories are granted; any doubt (an API error) means not yet — the queue
 * keeps everything and a grant sends it.
 */
export async function mayUpload(research: Pick<ResearchSettings, 'uploadClauseText'>, env: DataConsentEnv = defaultEnv()): Promise<boolean> {
  try {
    if (!(await firefoxHasDataConsent(env))) return true;
    return await env.permissions.contains({ data_collection: uploadDataCategories(research) });
  } catch {
    return false;
  }
}

/** Whether the settings page should offer Firefox's consent for the upload. */
export async function needsDataConsent(research: ResearchSettings, env: DataConsentEnv = defaultEnv()): Promise<boolean> {
  if (!research.enabled || !research.uploadEndpoint) return false;
  try {
    if (!(await firefoxHasDataConsent(env))) return false;
  } catch {
    return false;
  }
  return !(await mayUpload(research, env));
}

/**
 * Asks Firefox for the upload's categories. Firefox shows its prompt only in answer to the
 * user's own input, so this must be called straight from a click handler, before any await.
 */
export function requestDataConsent(research: Pick<ResearchSettings, 'uploadClauseText'>, env: DataConsentEnv = defaultEnv()): Promise<boolean> {
  return env.permissions.request({ data_collection: uploadDataCategories(research) }).catch(() => false);
}
