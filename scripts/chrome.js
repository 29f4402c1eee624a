// Finds the local Chrome/Chromium for browser tests and benchmarks; nothing here downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for headless Chromium as root in a container with no outside network. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const MISSING_BROWSER_MESSAGE = [
  'status-banner: no Chrome or Chromium found for the browser tests.',
  process.env.CHROME_PATH ? `  CHROME_PATH=${process.env.CHROME_PATH} does not exist.` : `  Looked for: ${CANDIDATES.join(', ')}.`,
  '  Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROME_PATH at a Chrome binary:',
  '    CHROME_PATH=/path/to/chrome npm test',
].join('\n');
