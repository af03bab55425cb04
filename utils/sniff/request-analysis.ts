/**
 * The closer look's request for the analyser. Sent with the bare runtime API rather than the
 * typed messaging helper so that the closer look carries neither the polyfill nor the helper; the message
 * has the shape `@webext-core/messaging` expects (`id`, `type`, `data`, `timestamp`), so the
 * background's `onMessage(...)` receives it like any other.
 */
interface RuntimeLike {
  runtime?: { sendMessage(message: unknown): Promise<unknown> | void };
}

function askBackground(type: 'requestAnalysis'): void {
  const api = ((globalThis as { browser?: RuntimeLike }).browser ?? (globalThis as { chrome?: RuntimeLike }).chrome)?.runtime;
  if (!api) return;
  const message = { id: Math.floor(Math.random() * 1e9), type, data: undefined, timestamp: Date.now() };
  try {
    const sent = api.sendMessage(message);
    if (sent && typeof sent.catch === 'function') sent.catch(() => undefined);
  } catch {
    // The extension was reloaded or disabled: the page simply is not analysed.
  }
}

export const requestAnalysis = (): void => askBackground('requestAnalysis');
