import { defineConfig } from 'wxt';

/**
 * Public half of the key that fixes the Chrome extension id to
 * ipbfjjhgnioaanbceneececlikbpgohi, so enterprise policies can address it.
 * The private half is not needed for unpacked or store builds and is not kept here.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAym/ZZYRAwS27PE5dpHCuNlb62NpvRvZ6cNBeH9qkr/7di+sEgAhr+qNcybRBwdeavYQfEsuDPbNMUsPNDsuhfMJnHs7r4PUwhTg/IKeH6rQMT92YF2694uXuyKHQKwxc6lkOod6xtrvx57D8mbi8YkblzHIctA/WIthVa3wTN+lUHJ/8mRYd7HCX5C3nN22SdYTyUuo8vAd6gpgkoHvH0/NViq4z2EOCaLLli3sPN8AFB282CYhYA1zBkU8KbomfKwF9x5B7wHQkMd2MJRJV8aX1kZEujBdK6bRv7+DtbWRYicjKbk+QEhizYgDjGfwjHqOHdqcUVF5m3NveJj/5qwIDAQAB';

export const GECKO_ID = 'clausewise@clausewise.app';

/** The every-page sniffer (entrypoints/sniffer.ts), in every frame so agreements in iframes are found. */
const SNIFFER_CONTENT_SCRIPT = {
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  js: ['sniffer.js'],
  run_at: 'document_idle' as const,
  all_frames: true,
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    // Listed by hand: a WXT content script would pull in the polyfill and the content-script
    // context, more than doubling the one script that runs on every page.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), SNIFFER_CONTENT_SCRIPT];
    },
  },
  // Preact renders through the automatic JSX runtime; no extra Vite plugin is needed.
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Needed to inject the analyser into agreement pages and to fetch linked terms.
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: { gecko: {
            id: GECKO_ID,
            strict_min_version: '115.0',
            // Nothing leaves the browser unless an administrator configures a research endpoint.
            data_collection_permissions: { required: ['none'] },
          }, },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});
