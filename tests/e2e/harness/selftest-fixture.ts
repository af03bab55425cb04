/**
 * A minimal real extension for the harness's own test: its content script draws the same
 * kind of host the product does (`clausewise-root` with an open shadow root) holding a
 * scrollable list and a button that unlocks once the list is scrolled to the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserKind } from './browsers';

export const SELFTEST_GECKO_ID = 'harness-selftest@clausewise.app';

const CONTENT_SCRIPT = `
(() => {
  if (!document.querySelector('form[data-selftest]')) return;
  const host = document.createElement('clausewise-root');
  const root = host.attachShadow({ mode: 'open' });
  const items = Array.from({ length: 40 }, (_, i) => '<li>clause ' + (i + 1) + '</li>').join('');
  root.innerHTML =
    '<style>.list{height:120px;overflow:auto;border:1px solid}' +
    '.panel{position:fixed;top:10px;right:10px;width:240px;background:#fff}</style>' +
    '<div class="panel"><ul class="list">' + items + '</ul>' +
    '<button id="cw-button" disabled>I have read</button></div>';
  const list = root.querySelector('.list');
  const button = root.querySelector('#cw-button');
  list.addEventListener('scroll', () => {
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 2) button.disabled = false;
  });
  button.addEventListener('click', (event) => {
    host.setAttribute('data-clicked', event.isTrusted ? 'trusted' : 'synthetic');
  });
  document.documentElement.appendChild(host);
})();
`;

/** Counts its own openings in extension storage, so a restart test can see storage survive. */
const OPTIONS_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>options</title></head>
<body><p id="count">…</p><script src="options.js"></script></body></html>`;

const OPTIONS_JS = `
const api = globalThis.browser ?? globalThis.chrome;
api.storage.local.get('opened').then((v) => {
  const opened = (v.opened || 0) + 1;
  return api.storage.local.set({ opened }).then(() => {
    document.getElementById('count').textContent = 'opened ' + opened;
  });
});
`;

function manifestFor(kind: BrowserKind): object {
  const common = {
    name: 'harness selftest',
    version: '1.0.0',
    permissions: ['storage'],
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
    options_ui: { page: 'options.html' },
  };
  return kind === 'chromium'
    ? { ...common, manifest_version: 3, background: { service_worker: 'background.js' } }
    : {
        ...common,
        manifest_version: 2,
        background: { scripts: ['background.js'] },
        browser_specific_settings: { gecko: { id: SELFTEST_GECKO_ID } },
      };
}

/** Writes the extension for `kind` into a new temporary directory and returns its path. */
export function buildSelftestExtension(kind: BrowserKind): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clausewise-selftest-ext-${kind}-`));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifestFor(kind), null, 2));
  fs.writeFileSync(path.join(dir, 'content.js'), CONTENT_SCRIPT);
  fs.writeFileSync(path.join(dir, 'background.js'), '// Present so the extension has a background context.\n');
  fs.writeFileSync(path.join(dir, 'options.html'), OPTIONS_HTML);
  fs.writeFileSync(path.join(dir, 'options.js'), OPTIONS_JS);
  return dir;
}

/** The page the selftest opens: long text and a form whose submission the server records. */
export const SELFTEST_PAGE = `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>服务协议</title></head>
<body>
<h1>服务协议</h1>
${Array.from({ length: 30 }, (_, i) => `<p>第${i + 1}条 本协议条款。</p>`).join('\n')}
<form data-selftest action="/accepted" method="get">
  <label><input type="checkbox" id="read" name="read"> 我已阅读并同意</label>
  <button id="submit" type="submit">同意</button>
</form>
</body></html>`;
