/**
 * Messages between the content scripts, the background and the extension pages, typed in one
 * place.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from './analysis/types';
import type { ViewRecord } from './research/types';
import type { FetchedTerms } from './linked/fetch-linked-terms';

export interface TabSummary {
  url: string;
  analysis: Analysis;
  unlocked: boolean;
  /** The clauses are in the page (not terms fetched from a link): they can be shown there. */
  inPage: boolean;
  /** `Clause.index` of the key clauses new or reworded since the user last read the agreement. */
  newSinceRead?: number[];
  /** The frame that holds the review (set by the background; 0 = the top frame). */
  frameId?: number;
}

interface Protocol {
  /** The closer look found a likely agreement: load the analyser into this frame. */
  requestAnalysis(): boolean;
  /** The analyser's result for the sender's tab, mirrored by the browser's side panel. */
  publishSummary(summary: TabSummary): void;
  /** The side panel asks what the active tab holds. */
  getSummary(tabId: number): TabSummary | null;
  /** The side panel asks the frame whose summary it mirrors to show a clause (by its index) in the page; false if it holds no review. */
  showClause(index: number): boolean;
  /** A page's agree checkbox links to terms on another origin: fetch them (host permission). */
  fetchLinkedTerms(url: string): FetchedTerms;
  /** The sites (review/site.ts) of these origins, in the same order. */
  sitesOf(origins: string[]): string[];
  /** A content script asks for the message table of a UI language the settings override to. */
  getMessages(lang: string): Record<string, string>;
  /** Research mode: a checkpoint (or the final record) of one agreement view, to store and upload. */
  researchSave(record: ViewRecord): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
