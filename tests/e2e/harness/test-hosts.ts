/**
 * Host names that reach the test server on this machine in both browsers, for tests that need
 * several hosts of one registrable domain (terms on www., the sign-up form on accounts.) and a
 * host of another. `.test` is reserved for testing: no real site has these names.
 */
export const TEST_HOSTS = ['www.clausewise.test', 'accounts.clausewise.test', 'shop.elsewhere.test'] as const;
export type TestHost = (typeof TEST_HOSTS)[number];
