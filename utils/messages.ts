/**
 * Messages between the content scripts, the background and the extension pages, typed in one
 * place.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from './analysis/types';

export interface TabSummary {
  url: string;
  analysis: Analysis;
  unlocked: boolean;
}

interface Protocol {
  /** The every-page sniffer found a likely agreement: load the analyser into this frame. */
  requestAnalysis(): boolean;
  /** The analyser's result for the sender's tab, mirrored by the browser's side panel. */
  publishSummary(summary: TabSummary): void;
  /** The side panel asks what the active tab holds. */
  getSummary(tabId: number): TabSummary | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
