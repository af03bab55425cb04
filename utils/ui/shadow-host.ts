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

/**
 * The style that shows the host, which the background inserts into the document (as the
 * user's style, which outranks the host's own) before it loads the analyser. The host is
 * hidden by its own style until then: a browser takes an extension's inserted styles away
 * when the extension is removed, and with them the panel of a script it has stopped (Firefox
 * stops a removed extension's scripts, so nothing else is left to take the panel down).
 */
export const HOST_SHOWN_CSS = `${HOST_TAG} { display: block !important; }`;

export function createShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', 'all: initial !important; display: none !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  // Where the style could not be inserted, the host shows itself: a panel that outlives a
  // removed extension is better than none.
  if (doc.defaultView?.getComputedStyle(host).display === 'none') host.style.setProperty('display', 'block', 'important');

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
