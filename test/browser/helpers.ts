import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import type { StatusBanner } from '../../src/banner/status-banner.js';
import '../../src/define.js';

/** A URL on the test server that answers `body` (JSON-encoded unless already a string) with `status`, after `delay` ms. */
export function feedUrl(body: unknown, { status = 200, headers = [] as string[], delay = 0 } = {}): string {
  const params = new URLSearchParams({ body: typeof body === 'string' ? body : JSON.stringify(body), status: String(status) });
  if (delay) params.set('delay', String(delay));
  for (const header of headers) params.append('header', header);
  return `/__feed?${params}`;
}

/** Mounts a banner and resolves once its first fetch has been applied (or has failed) and rendered. */
export async function mount(attributes: Record<string, string | boolean>, parent: Element = document.body): Promise<StatusBanner> {
  const banner = document.createElement('status-banner');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    banner.setAttribute(name, value === true ? '' : value);
  }
  const settled =
    attributes['src'] && !attributes['preview']
      ? Promise.race([oneEvent(banner, 'status-banner-change'), oneEvent(banner, 'status-banner-error')])
      : Promise.resolve();
  parent.append(banner);
  await settled;
  await banner.updateComplete;
  return banner;
}

/** axe-core over the banner once its entrance animation is over (contrast is measured on what is painted). */
export async function expectAccessible(banner: StatusBanner): Promise<void> {
  await Promise.all(banner.shadowRoot!.getAnimations().map((animation) => animation.finished));
  await expect(banner).to.be.accessible();
}

export function part(banner: StatusBanner, name: string): HTMLElement | null {
  return banner.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function text(banner: StatusBanner, name: string): string {
  return part(banner, name)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

export async function waitFor(condition: () => boolean, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await aTimeout(20);
  }
}

export function cleanup(): void {
  for (const banner of document.querySelectorAll('status-banner')) banner.remove();
  localStorage.clear();
}
