/**
 * Translations that honour the `uiLanguage` setting. `@wxt-dev/i18n` (and the browser's own
 * i18n API under it) always speaks the browser's language; when a setting or policy names
 * another language, its message table is loaded once and `t()` reads from it, falling back
 * to the browser's translation for anything missing.
 *
 * Extension pages load the table themselves (`loadPackagedMessages`); content scripts cannot
 * read extension files, so they ask the background for it.
 */
import { i18n, type GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import type { UiLanguage } from './settings/defaults';

export type MessageKey = keyof GeneratedI18nStructure;
export type MessageTable = Record<string, string>;

/** Languages Clausewise ships, as folder names under _locales. */
export const UI_LANGUAGES = ['en', 'zh_CN'] as const;

let override: { lang: string; table: MessageTable } | undefined;

function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/gu, (_, which: string) => (which === '$' ? '$' : subs[Number(which) - 1] ?? ''));
}

/** Translates `key`; `$1`… in the message are replaced by `subs`. */
export function t(key: MessageKey, subs?: readonly string[]): string {
  const message = override?.table[key.replaceAll('.', '_')];
  if (message !== undefined) return substitute(message, subs ?? []);
  return subs && subs.length > 0 ? i18n.t(key as never, [...subs] as never) : i18n.t(key as never);
}

/** The language the UI speaks now, as a BCP-47 tag for `lang` attributes. */
export function uiLanguageTag(): string {
  return (override?.lang ?? browser.i18n.getUILanguage()).replace('_', '-');
}

/** Reads `_locales/<lang>/messages.json` from the extension package as a flat key → text table. */
export async function loadPackagedMessages(lang: string): Promise<MessageTable> {
  if (!(UI_LANGUAGES as readonly string[]).includes(lang)) return {};
  const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/'));
  const raw = (await response.json()) as Record<string, { message?: unknown }>;
  const table: MessageTable = {};
  for (const [key, entry] of Object.entries(raw)) if (typeof entry?.message === 'string') table[key] = entry.message;
  return table;
}

/**
 * Switches `t()` to `setting`'s language (`auto`: the browser's). A table that cannot be
 * loaded leaves the browser's language in place: a wrong language beats no text.
 */
export async function applyUiLanguage(setting: UiLanguage, load: (lang: string) => Promise<MessageTable> = loadPackagedMessages): Promise<void> {
  if (setting === 'auto' || !(UI_LANGUAGES as readonly string[]).includes(setting)) {
    override = undefined;
    return;
  }
  if (override?.lang === setting) return;
  try {
    const table = await load(setting);
    override = Object.keys(table).length > 0 ? { lang: setting, table } : undefined;
  } catch {
    override = undefined;
  }
}
