import type { FeedErrorDetail } from '../feed/errors.js';
import { couldShow, type FeedFormat } from '../feed/triage.js';
import { PROTOCOL } from '../poll/environment.js';
import { feedRegistry } from '../poll/registry.js';
import { ATTRIBUTE_DEFAULTS, previewState } from '../present/attributes.js';
import { readReservedHeight, RESERVED, reservedHeightKey } from '../present/reserved-height.js';
import { pageStorage } from '../storage.js';

const TAG = 'status-banner';
const LOADER_KEY = Symbol.for(`${PROTOCOL}/loader`);

/** A numeric attribute as the element reads it (Lit's Number converter): absent keeps the default. */
function numberAttribute(element: Element, name: string, fallback: number): number {
  const value = element.getAttribute(name);
  return value === null ? fallback : Number(value);
}

/**
 * Holds the banner's last height open while its element code loads (after the first paint, as an
 * import must): the content does not move when it arrives. The element lets go (`data-reserved`).
 */
function reserve(element: Element, heightKey: string | undefined): void {
  const height = heightKey && readReservedHeight(pageStorage(), heightKey);
  if (!height || !(element instanceof HTMLElement) || element.hasAttribute(RESERVED)) return;
  element.setAttribute(RESERVED, '');
  Object.assign(element.style, { display: 'block', minHeight: `${height}px` });
}

function reportError(element: Element, detail: FeedErrorDetail): void {
  element.dispatchEvent(new CustomEvent('status-banner-error', { detail, bubbles: true, composed: true }));
}

/**
 * The loader: it finds the `<status-banner>` elements of the document (in the markup, auto-mounted,
 * or added later), polls their feeds through the page's shared registry, and triages each reading
 * without zod. Only when something could be shown (or a preview is asked for) does it call
 * `loadElement`, once; the element code then defines `<status-banner>`, whose elements subscribe to
 * the same sources, and the loader lets go of them. Until then it reports feed failures on the
 * elements as `status-banner-error`, and a failed load as kind `load`.
 */
export function startLoader(loadElement: () => Promise<unknown>): void {
  // Once per page: a second copy of the script (or the script beside status-banner/lazy) would
  // discover the same elements twice.
  const page = globalThis as { [LOADER_KEY]?: true };
  if (page[LOADER_KEY]) return;
  page[LOADER_KEY] = true;
  // Created now, whatever the page holds: the element chunk finds it on the global and has no other.
  const registry = feedRegistry();
  /** Each element waiting for the element code, with how to stop polling for it. */
  const waiting = new Map<Element, () => void>();
  let loading: Promise<unknown> | undefined;
  let lastWarning = '';

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });

  function stopWaiting(element: Element): void {
    waiting.get(element)?.();
    waiting.delete(element);
  }

  function load(): void {
    loading ??= loadElement().then(
      () => {
        observer.disconnect();
        // The elements are upgraded by now and follow their feeds themselves.
        for (const element of [...waiting.keys()]) stopWaiting(element);
      },
      (error: unknown) => {
        loading = undefined;
        const detail: FeedErrorDetail = { kind: 'load', message: error instanceof Error ? error.message : String(error) };
        if (detail.message !== lastWarning) console.warn(`[status-banner] ${(lastWarning = detail.message)}`);
        for (const element of waiting.keys()) reportError(element, detail);
      },
    );
  }

  function watch(element: Element): void {
    if (waiting.has(element) || customElements.get(TAG)) return;
    if (previewState(element.getAttribute('preview'), location.search)) {
      waiting.set(element, () => undefined);
      load();
      return;
    }
    const src = element.getAttribute('src');
    if (!src) return;
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      reportError(element, { kind: 'network', message: `invalid feed URL: ${src}` });
      return;
    }
    // The same options, parsed the same way, as the element's own: it finds the same source.
    const options = {
      src: url,
      format: (element.getAttribute('format') ?? 'auto') as FeedFormat,
      interval: numberAttribute(element, 'interval', ATTRIBUTE_DEFAULTS.interval),
    };
    const resolvedFor = numberAttribute(element, 'resolved-for', ATTRIBUTE_DEFAULTS.resolvedFor);
    const maintenanceNotice = numberAttribute(element, 'maintenance-notice', ATTRIBUTE_DEFAULTS.maintenanceNotice);
    const heightKey = reservedHeightKey(
      url,
      element.getAttribute('position'),
      element.getAttribute('layout'),
      element.hasAttribute('overlay'),
    );
    waiting.set(
      element,
      registry.subscribe(options, {
        reading: ({ doc, clockOffset }) => {
          if (!element.isConnected) stopWaiting(element);
          else if (couldShow(doc, { now: Date.now() + clockOffset, resolvedFor, maintenanceNotice })) {
            reserve(element, heightKey);
            load();
          }
        },
        error: (detail) => reportError(element, detail),
      }),
    );
  }

  function discover(root: Element | Document): void {
    if (root instanceof Element && root.localName === TAG) watch(root);
    for (const element of root.querySelectorAll(TAG)) watch(element);
  }

  observer.observe(document, { childList: true, subtree: true });
  discover(document);
}
