/**
 * Loads an ES module by URL with its integrity pinned, from a classic script. `<link
 * rel="modulepreload" integrity>` fetches and checks it (a tampered file is refused), and `import()`
 * takes it from the module map without a second fetch; where modulepreload is missing (Safari < 17),
 * a `<script type="module" integrity>` does both. Neither needs a Trusted Types policy: a link's
 * href is not an injection sink, and the fallback only runs where Trusted Types do not exist.
 * `nonce` is the loader's own, for pages whose CSP allows scripts by nonce.
 */
export function loadModule(url: string, integrity: string, nonce: string): Promise<unknown> {
  const preload = document.createElement('link');
  const element = preload.relList.supports('modulepreload') ? preload : document.createElement('script');
  Object.assign(element, { integrity, nonce, crossOrigin: 'anonymous' });
  if (element === preload) Object.assign(preload, { rel: 'modulepreload', href: url });
  else Object.assign(element, { type: 'module', src: url });
  const loaded = new Promise((resolve, reject) => {
    element.onload = resolve;
    element.onerror = () => {
      // A later reading retries with a new element: a failed one leaves nothing behind in <head>.
      element.remove();
      reject(new Error(`could not load ${url} (network error, or failed integrity check)`));
    };
  });
  document.head.append(element);
  // At once, not after the link's load event (a task queued behind the first frame): import() joins
  // the preload's integrity-checked fetch in the module map, and fails with it.
  return element === preload ? Promise.all([loaded, import(/* @vite-ignore */ url)]) : loaded;
}
