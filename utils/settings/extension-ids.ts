/**
 * The ids administrators address Clausewise by. The Chrome id follows from the public key in
 * wxt.config.ts (so unpacked, store and self-hosted builds share it; Edge uses the same id for
 * a Chrome Web Store install); the Firefox id is the gecko id in the manifest.
 */
export const CHROME_EXTENSION_ID = 'ipbfjjhgnioaanbceneececlikbpgohi';
export const FIREFOX_EXTENSION_ID = 'clausewise@clausewise.app';
