import { findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

if (!findChrome()) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}
