// Types for the tests of scripts/mutation-changed.js, which read the mutate globs from the config.
export const MUTATE: string[];
declare const config: Record<string, unknown>;
export default config;
