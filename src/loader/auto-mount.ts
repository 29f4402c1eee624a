/**
 * `<script src=".../status-banner.js" data-src="/status.json" defer>` alone puts a banner at the
 * top of the page: the script's other `data-*` attributes become the element's attributes, and
 * `data-position` defaults to `top`.
 */
export function autoMount(script: HTMLOrSVGScriptElement | null): void {
  if (!(script instanceof HTMLScriptElement) || !script.dataset['src']) return;
  const banner = document.createElement('status-banner');
  banner.setAttribute('position', 'top');
  for (const [name, value] of Object.entries(script.dataset)) {
    banner.setAttribute(
      name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
      value ?? '',
    );
  }
  const mount = () => document.body.prepend(banner);
  // lib.dom types `body` as always there; it is null while a script in <head> runs.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}
