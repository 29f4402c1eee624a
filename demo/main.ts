import { setupWorker } from 'msw/browser';
import { handlers, setScenario } from './handlers.js';
import { SCENARIO_NAMES, type ScenarioName } from './scenarios.js';
import { dismissalsKey } from '../src/present/dismissals.js';
import { SCHEMES, type SchemeColours } from '../src/ui/palette.js';

const LABELS: Record<ScenarioName, string> = {
  'all-clear': 'All clear',
  investigating: 'Investigating',
  'identified-eta': 'Identified, with ETA',
  'eta-overdue': 'ETA overdue',
  monitoring: 'Monitoring',
  'resolved-postmortem': 'Resolved, with postmortem',
  'maintenance-upcoming': 'Maintenance upcoming',
  'maintenance-in-progress': 'Maintenance in progress',
  'three-incidents': 'Three incidents',
  broken: 'Broken feed',
};

/** The colour inputs and the default each shows while untouched: the one of the scheme in force. */
const SCHEME_DEFAULTS: Record<string, keyof SchemeColours> = {
  '--status-banner-background': 'background',
  '--status-banner-color': 'color',
  '--status-banner-major-accent': 'major',
  '--status-banner-critical-accent': 'critical',
};

const form = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
let banner = document.querySelector('status-banner')!;
let generation = 0;

function logEvent(event: Event): void {
  const entry = document.createElement('li');
  const detail = (event as CustomEvent).detail as { key?: string; kind?: string; message?: string } | undefined;
  entry.textContent = `${new Date().toLocaleTimeString()} ${event.type} ${detail?.key ?? detail?.kind ?? ''} ${detail?.message ?? ''}`;
  log.prepend(entry);
}

for (const type of ['status-banner-show', 'status-banner-dismiss', 'status-banner-change', 'status-banner-error']) {
  document.addEventListener(type, logEvent);
}

/** The untouched colour inputs show the defaults of the scheme the banner is in (its `data-scheme`). */
function showSchemeDefaults(): void {
  const scheme = banner.dataset['scheme'] === 'dark' ? 'dark' : 'light';
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="color"]:not([data-touched])')) {
    const key = SCHEME_DEFAULTS[input.name];
    if (key) input.value = SCHEMES[scheme][key];
  }
  document.querySelector('#scheme-note')!.textContent = `The colour pickers start from the ${scheme} scheme's defaults, in force now.`;
}
const schemeWatcher = new MutationObserver(showSchemeDefaults);

/** A fresh element on a fresh URL fetches at once; "broken" keeps the element so the last good state stays. */
function choose(name: ScenarioName): void {
  setScenario(name);
  for (const chip of document.querySelectorAll<HTMLButtonElement>('#scenarios button'))
    chip.setAttribute('aria-pressed', String(chip.value === name));
  if (name === 'broken') return;
  // cloneNode() of an upgraded <status-banner> creates a StatusBanner through the registry.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const fresh = banner.cloneNode() as typeof banner;
  fresh.src = `/demo/feed.json?scenario=${name}&v=${++generation}`;
  banner.replaceWith(fresh);
  banner = fresh;
  schemeWatcher.disconnect();
  schemeWatcher.observe(banner, { attributeFilter: ['data-scheme'] });
}

function applyControls(): void {
  const data = new FormData(form);
  const locale = (data.get('locale') as string | null) ?? '';
  if (locale) banner.setAttribute('locale', locale);
  else banner.removeAttribute('locale');
  for (const name of ['position', 'layout', 'theme']) banner.setAttribute(name, data.get(name) as string);
  banner.toggleAttribute('overlay', data.has('overlay'));
  banner.toggleAttribute('persistent', data.has('persistent'));
  const css: string[] = [];
  // Only the properties the user moved: the others keep the element's light/dark defaults.
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name^="--"][data-touched]')) {
    const value = input.value + (input.dataset['unit'] ?? '');
    banner.style.setProperty(input.name, value);
    css.push(`  ${input.name}: ${value};`);
  }
  document.querySelector('#theme-css')!.textContent = css.length
    ? `status-banner {\n${css.join('\n')}\n}`
    : '/* defaults: move a control */';
}

const chips = document.querySelector('#scenarios')!;
for (const name of SCENARIO_NAMES) {
  const chip = document.createElement('button');
  chip.type = 'button';
  chip.value = name;
  chip.textContent = LABELS[name];
  chip.addEventListener('click', () => {
    choose(name);
    applyControls();
  });
  chips.append(chip);
}
form.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.name.startsWith('--')) event.target.dataset['touched'] = '';
  applyControls();
});
document.querySelector('#forget')!.addEventListener('click', () => {
  // Every feed keeps its own dismissals; the demo forgets them all.
  for (const key of Object.keys(localStorage)) if (key.startsWith(dismissalsKey(''))) localStorage.removeItem(key);
  location.reload();
});
document.querySelector('#reset-theme')!.addEventListener('click', () => {
  form.reset();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name^="--"]')) {
    delete input.dataset['touched'];
    banner.style.removeProperty(input.name);
  }
  applyControls();
  showSchemeDefaults();
});

// The element is defined only once the worker answers, so its first fetch reaches the mock feed.
await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
await import('../src/define.js');
choose('identified-eta');
applyControls();
