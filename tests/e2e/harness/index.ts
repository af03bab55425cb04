/** One import for tests: `import { startServer, launchWithExtension, clickAt } from './harness'`. */
export * from './browsers';
export * from './extension-context';
export * from './page-helpers';
export * from './paths';
export * from './server';
export * from './suite';
export * from './test-hosts';
