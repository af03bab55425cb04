/**
 * The languages Clausewise's own interface speaks, as folder names under `_locales`
 * (locales/*.yml), each with its name in itself: a language list shows "日本語" to a reader
 * of Japanese whatever language the rest of the page is in.
 */
export const UI_LANGUAGE_NAMES = {
  en: 'English',
  zh_CN: '简体中文',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  pl: 'Polski',
  ja: '日本語',
} as const;

export type UiLanguageCode = keyof typeof UI_LANGUAGE_NAMES;

export const UI_LANGUAGES = Object.keys(UI_LANGUAGE_NAMES) as UiLanguageCode[];
