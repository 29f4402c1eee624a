/**
 * `status-banner/lazy`: the loader for bundlers. Import it once (e.g. in the app's entry): it
 * polls the feeds of the page's `<status-banner>` elements, and imports the element (which the
 * app's bundler splits into its own chunk) only when a feed has something to show.
 */
import { startLoader } from './loader/loader.js';

startLoader(() => import('./define.js'));
