/**
 * The set-up most browser tests share: a test server with the test's routes and a browser with
 * the built extension, started before the tests of one `describe` block and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser, type LaunchOptions } from './browsers';
import { startServer, type TestServer } from './server';

export interface BrowserAndServer {
  server: TestServer;
  browser: LaunchedBrowser;
}

/** Call in a `describe` block; the returned object holds both once its tests run. */
export function useBrowserAndServer(kind: BrowserKind, routes: (server: TestServer) => void = () => {}, launch: LaunchOptions = {}): BrowserAndServer {
  const env = {} as BrowserAndServer;
  beforeAll(async () => {
    env.server = await startServer();
    routes(env.server);
    env.browser = await launchWithExtension(kind, launch);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
