import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.js';
import { SCENARIOS } from './scenarios.js';

const form = document.querySelector<HTMLFormElement>('#controls')!;
const select = document.querySelector<HTMLSelectElement>('#scenario')!;
const output = document.querySelector('#block-size')!;
let banner = document.querySelector('status-banner')!;
let generation = 0;

for (const name of Object.keys(SCENARIOS)) select.add(new Option(name, name, name === 'three-incidents', name === 'three-incidents'));

/** Shows the variable the banner sets, as the header reads it. */
new MutationObserver(() => {
  output.textContent = document.documentElement.style.getPropertyValue('--status-banner-block-size') || 'unset';
}).observe(document.documentElement, { attributeFilter: ['style'] });

function apply(): void {
  const data = new FormData(form);
  document.body.classList.toggle('offset', data.has('offset'));
  // A fresh element on a fresh URL, which names its scenario, fetches at once.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const fresh = banner.cloneNode() as typeof banner;
  fresh.src = `/demo/feed.json?scenario=${select.value}&host&v=${++generation}`;
  fresh.toggleAttribute('overlay', data.has('overlay'));
  banner.replaceWith(fresh);
  banner = fresh;
}

form.addEventListener('change', apply);

// The element is defined only once the worker answers, so its first fetch reaches the mock feed.
await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
await import('../src/define.js');
apply();
