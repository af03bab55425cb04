/**
 * The one element Clausewise adds to an agreement page: a zero-size host whose shadow root
 * holds the panel, lock hints and highlights. Page CSS cannot reach inside and ours cannot leak
 * out. The root is open so that assistive technology and test tools can read it; the page can
 * look at it but cannot unlock anything through it (the lock needs trusted user input and keeps
 * its state in the content script).
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export const HOST_TAG = 'clausewise-root';

export function createShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);

  // A page that rebuilds <html>'s children (some single-page apps do) must not drop the panel.
  const keepAttached = new MutationObserver(() => {
    if (!host.isConnected) doc.documentElement.append(host);
  });
  keepAttached.observe(doc.documentElement, { childList: true });

  return {
    host,
    root,
    remove() {
      keepAttached.disconnect();
      host.remove();
    },
  };
}
