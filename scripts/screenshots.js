// `npm run screenshots`: the README's pictures, docs/screenshots/*.png, from the built script-tag
// file (`npm run build` first) over the demo's scenario feeds, in headless Chromium. The clock is
// frozen and the time zone is UTC, so the pictures only change when the look does: run this and
// commit the PNGs whenever styles or strings change.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createServer as createViteServer } from 'vite';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'docs', 'screenshots');
const NOW = Date.parse('2026-11-24T09:40:00Z');

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}
const bundle = readFileSync(path.join(root, 'dist', 'status-banner.js'));

// The demo's scenarios (TypeScript), loaded through Vite.
const vite = await createViteServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
const { SCENARIOS } = await vite.ssrLoadModule('/demo/scenarios.ts');
await vite.close();

/** The CSS of the README's theming example, applied to the "after" picture. */
export const THEME_CSS = `status-banner {
  --status-banner-font-family: Georgia, 'DejaVu Serif', serif;
  --status-banner-background: #fffbea;
  --status-banner-major-accent: #c2410c;
  --status-banner-radius: 14px;
  --status-banner-shadow: 0 6px 20px rgb(194 65 12 / 0.18);
  --status-banner-padding: 1em 1.25em;
}
status-banner::part(title) { font-size: 1.1em; }
status-banner::part(dismiss) { border-radius: 50%; }`;

const SHOTS = [
  { file: 'investigating.png', scenario: 'investigating' },
  { file: 'identified.png', scenario: 'identified-eta' },
  { file: 'monitoring.png', scenario: 'monitoring' },
  { file: 'resolved.png', scenario: 'resolved-postmortem' },
  { file: 'maintenance.png', scenario: 'maintenance-upcoming' },
  { file: 'several.png', scenario: 'three-incidents' },
  { file: 'dark.png', scenario: 'identified-eta', dark: true },
  { file: 'theming-before.png', scenario: 'identified-eta' },
  { file: 'theming-after.png', scenario: 'identified-eta', css: THEME_CSS },
];

function page({ scenario, dark = false, css = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${scenario}</title><link rel="icon" href="data:,">
<style>
  body { margin: 0; background: ${dark ? '#0d1117' : '#f6f8fa'}; }
  .frame { width: 720px; padding: 24px; box-sizing: border-box; }
  ${css}
</style>
<script src="/status-banner.js" defer></script>
</head><body><div class="frame"><status-banner src="/feeds/${scenario}.json"></status-banner></div></body></html>`;
}

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  // No Date header: the banner would correct its frozen clock from it.
  response.sendDate = false;
  if (url.pathname === '/status-banner.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
  const feed = /^\/feeds\/([\w-]+)\.json$/.exec(url.pathname);
  if (feed && SCENARIOS[feed[1]]) {
    return response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(SCENARIOS[feed[1]](NOW)));
  }
  const shot = SHOTS.find((entry) => `/${entry.file}.html` === url.pathname);
  if (shot) return response.writeHead(200, { 'Content-Type': 'text/html' }).end(page(shot));
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath,
  args: [...CHROME_ARGS, '--lang=en-US', '--font-render-hinting=none'],
  headless: true,
});
mkdirSync(outDir, { recursive: true });
let failed = false;
try {
  for (const shot of SHOTS) {
    const tab = await browser.newPage();
    try {
      await tab.setViewport({ width: 720, height: 400, deviceScaleFactor: 2 });
      await tab.emulateTimezone('UTC');
      await tab.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: shot.dark ? 'dark' : 'light' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      await tab.evaluateOnNewDocument((now) => {
        const RealDate = Date;
        globalThis.Date = class extends RealDate {
          constructor(...args) {
            super(...(args.length ? args : [now]));
          }
          static now() {
            return now;
          }
        };
      }, NOW);
      await tab.goto(`${origin}/${shot.file}.html`);
      await tab.waitForFunction(() => document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="banner"]'), {
        timeout: 10000,
      });
      await tab.evaluate(() => document.fonts.ready);
      const frame = await tab.$('.frame');
      await frame.screenshot({ path: path.join(outDir, shot.file) });
      console.log(`docs/screenshots/${shot.file}`);
    } catch (error) {
      failed = true;
      console.error(`screenshots: ${shot.file}: ${error.message}`);
    } finally {
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exit(1);
