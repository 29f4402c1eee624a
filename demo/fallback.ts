import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { FEED_PATH, handlers } from './handlers.js';
import { SCENARIO_NAMES, SCENARIOS } from './scenarios.js';

/** The page's default feed: every section filled at once, from the banner demo's scenarios. */
const FULL_PICTURE_PATH = '/demo/full-picture.json';

function fullPicture(now: number) {
  const current = SCENARIOS['three-incidents'](now);
  const resolved = SCENARIOS['resolved-postmortem'](now - 2 * 24 * 3_600_000).incidents ?? [];
  return {
    ...current,
    incidents: [...(current.incidents ?? []), ...resolved.map((incident) => ({ ...incident, id: 'api-errors-resolved' }))],
    maintenances: [...(SCENARIOS['maintenance-upcoming'](now).maintenances ?? [])],
  };
}

const links: [label: string, query: string][] = [
  ['Full picture', ''],
  ['Full picture, in French', '?lang=fr'],
  ...SCENARIO_NAMES.map((name): [string, string] => [name, `?src=${encodeURIComponent(`${FEED_PATH}?scenario=${name}`)}`]),
];
const list = document.querySelector('#feeds')!;
for (const [label, query] of links) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `./fallback.html${query}`;
  link.textContent = label;
  if (location.search === query) link.setAttribute('aria-current', 'page');
  item.append(link);
  list.append(item);
}

// The element is defined only once the worker answers, so its first fetch reaches the mock feeds.
await setupWorker(
  http.get(FULL_PICTURE_PATH, () => HttpResponse.json(fullPicture(Date.now()))),
  ...handlers,
).start({
  onUnhandledRequest: 'bypass',
  quiet: true,
});
await import('../src/page/define-status-page.js');
