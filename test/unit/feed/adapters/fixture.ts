import { readFileSync } from 'node:fs';

/** A fixture under test/fixtures/, parsed afresh so a test may change its copy. */
export function fixture(path: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8'));
}

export const at = (iso: string): number => Date.parse(iso);

/** The error a call throws; fails the test when it throws nothing. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
