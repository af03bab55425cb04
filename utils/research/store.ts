/**
 * Research records in the extension's local storage, which survives browser restarts: one key
 * per view (`research:view:<id>`) so a checkpoint rewrites only its own view, plus the
 * participant id and the consent decisions. Written only by the background (one writer, in
 * order); extension pages read.
 */
import { browser } from 'wxt/browser';
import type { ViewRecord } from './types';

const VIEW_PREFIX = 'research:view:';
const PARTICIPANT_KEY = 'research:participant';
const CONSENT_KEY = 'research:consent';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Hard cap besides the retention in days, so storage quota is never the thing that fails. */
export const MAX_STORED_VIEWS = 2000;

export type ConsentDecision = 'granted' | 'declined';
export interface ConsentRecord {
  decision: ConsentDecision;
  at: number;
}

const area = () => browser.storage.local;

export async function getView(viewId: string): Promise<ViewRecord | undefined> {
  const key = VIEW_PREFIX + viewId;
  return ((await area().get(key)) as Record<string, ViewRecord | undefined>)[key];
}

export async function putView(record: ViewRecord): Promise<void> {
  await area().set({ [VIEW_PREFIX + record.viewId]: record });
}

/** Every stored view, oldest first. */
export async function listViews(): Promise<ViewRecord[]> {
  const all = (await area().get(null)) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([key]) => key.startsWith(VIEW_PREFIX))
    .map(([, value]) => value as ViewRecord)
    .sort((a, b) => a.startedAt - b.startedAt || a.viewId.localeCompare(b.viewId));
}

/** Drops views older than the retention period, and the oldest beyond the cap. Returns how many. */
export async function pruneViews(retentionDays: number, now = Date.now()): Promise<number> {
  const views = await listViews();
  const cutoff = now - Math.max(0, retentionDays) * DAY_MS;
  const expired = views.filter((v, i) => v.startedAt < cutoff || i < views.length - MAX_STORED_VIEWS);
  if (expired.length > 0) await area().remove(expired.map((v) => VIEW_PREFIX + v.viewId));
  return expired.length;
}

export async function deleteAllViews(): Promise<void> {
  const views = await listViews();
  await area().remove(views.map((v) => VIEW_PREFIX + v.viewId));
}

/** A random id for this profile's participation, made once; it names no person or account. */
export async function getParticipantId(): Promise<string> {
  const stored = ((await area().get(PARTICIPANT_KEY)) as Record<string, string | undefined>)[PARTICIPANT_KEY];
  if (stored) return stored;
  const id = crypto.randomUUID();
  await area().set({ [PARTICIPANT_KEY]: id });
  return id;
}

/** Consent is asked per study: a new study id asks again. */
export async function getConsent(studyId: string): Promise<ConsentRecord | undefined> {
  const all = ((await area().get(CONSENT_KEY)) as Record<string, Record<string, ConsentRecord> | undefined>)[CONSENT_KEY] ?? {};
  return all[studyId];
}

export async function setConsent(studyId: string, decision: ConsentDecision | null): Promise<void> {
  const all = { ...(((await area().get(CONSENT_KEY)) as Record<string, Record<string, ConsentRecord> | undefined>)[CONSENT_KEY] ?? {}) };
  if (decision === null) delete all[studyId];
  else all[studyId] = { decision, at: Date.now() };
  await area().set({ [CONSENT_KEY]: all });
}

export function watchConsent(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && CONSENT_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
