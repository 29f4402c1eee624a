import { http, HttpResponse } from 'msw';
import { SCENARIOS, type ScenarioName } from './scenarios.js';

export const FEED_PATH = '/demo/feed.json';

let current: ScenarioName = 'identified-eta';

/** What the feed answers from now on (the demo's switcher). */
export function setScenario(name: ScenarioName): void {
  current = name;
}

/**
 * `FEED_PATH` answers the scenario named by `?scenario=`, else the current one; `broken`, named or
 * current, answers a body that is not JSON, so the banner must keep its last good state. The demo
 * pages name their scenario in the URL, so a reload, which shows the state stored for that URL
 * first, shows the scenario the URL says.
 */
export const handlers = [
  http.get(FEED_PATH, ({ request }) => {
    const asked = new URL(request.url).searchParams.get('scenario') as ScenarioName | null;
    const name = current === 'broken' ? current : (asked ?? current);
    if (name === 'broken') return new HttpResponse('{"version": 1, "incidents": [', { headers: { 'Content-Type': 'application/json' } });
    // `name` comes from the URL: the cast above does not make it a known scenario.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    return HttpResponse.json((SCENARIOS[name] ?? SCENARIOS['all-clear'])(Date.now()));
  }),
];
