/** gtm-sandbox's version: its package's (packages/gtm-sandbox/package.json), inlined into the built CLI. */
import manifest from '../packages/gtm-sandbox/package.json';

export const VERSION: string = manifest.version;
