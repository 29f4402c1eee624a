/**
 * `status-banner/lazy`: the loader for bundlers. Import it once (e.g. in the app's entry): it
 * polls the feeds of the page's `<status-banner>` elements, and imports the element (which the
 * app's bundler splits into its own chunk) only when a feed has something to show.
 *
 * While all is clear the element is not defined: `status-banner-error` still fires on the elements
 * (the loader reports feed failures, and kind `load` when the element's chunk fails to load), while
 * `status-banner-change`, `status-banner-show`, `status-banner-dismiss` and
 * `customElements.whenDefined('status-banner')` wait for the element. Import `status-banner` instead
 * to have the element at once. See docs/element.md.
 *
 * @example
 * ```ts
 * import 'status-banner/lazy'; // once, in the app's entry
 * // then, in any template: <status-banner src="/status.json" position="top"></status-banner>
 * ```
 *
 * @packageDocumentation
 */
import { startLoader } from './loader/loader.js';

startLoader(() => import('./define.js'));
