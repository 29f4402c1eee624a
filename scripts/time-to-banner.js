// `node scripts/time-to-banner.js`: the README's site-owner quick start, followed literally from a
// fresh clone, timed. Not in CI: it needs the npm registry (the git install fetches the build tools).
//
// 1. `git clone` this repository (its committed HEAD) into a temporary folder: it stands for
//    github:OWNER/status-banner.
// 2. In an empty site folder, step 1 of the quick start: `npx github:OWNER/status-banner init status-kit`,
//    with `git+file://<clone>` for the GitHub spec: npm clones it, installs its build tools and builds
//    dist/ through the package's `prepare`, then runs the CLI.
// 3. Step 2: a page with the README's script tag, taken from the README's own html block.
// 4. Step 3: the README's feed, taken from its json block, written to status-kit/status.json.
// 5. The site served by a tiny static server, opened in headless Chromium: the clock stops when the
//    banner is drawn (its `banner` part exists in the shadow root).
// Then the on-call step: `status-banner open …` on the all-clear kit, a reload, and the time to the
// banner again. Prints each step's seconds; exits 1 if a step fails.
//
// Options: --keep (leave the temporary folder), --clone-from=PATH (default: this repository).
/* global document -- page callbacks run in the page */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';

const root = path.resolve(import.meta.dirname, '..');
const argument = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const source = argument('clone-from') ?? root;
const keep = process.argv.includes('--keep');
const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

/** The fenced blocks of one section of the README, by language. */
function readmeBlocks(heading, lang) {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`README.md has no section "${heading}"`);
  return [...section.matchAll(new RegExp(`^( *)\`\`\`${lang}\\n([\\s\\S]*?)^\\1\`\`\``, 'gm'))].map(([, indent, body]) =>
    body
      .split('\n')
      .map((line) => line.slice(indent.length))
      .join('\n'),
  );
}

const work = mkdtempSync(path.join(tmpdir(), 'status-banner-time-'));
const steps = [];
const started = performance.now();
let last = started;
function step(name) {
  const now = performance.now();
  steps.push({ name, seconds: (now - last) / 1000 });
  console.error(`  ${name}: ${((now - last) / 1000).toFixed(1)} s`);
  last = now;
}
// npm_config_yes answers npx's "Need to install the following packages… Ok to proceed? (y)" as a person would.
const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, npm_config_yes: 'true' },
  });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const site = path.join(work, 'site');
const server = createServer((request, response) => {
  const asked = path.join(site, path.normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  const file = asked.endsWith(path.sep) ? path.join(asked, 'index.html') : asked;
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});

let browser;
try {
  console.error(`time-to-banner: in ${work}`);
  const clone = path.join(work, 'status-banner');
  run('git', ['clone', '-q', source, clone]);
  step('git clone');

  mkdirSync(site);
  const spec = `git+file://${clone}`;
  const [initBlock] = readmeBlocks('Quick start: site owner', 'sh');
  const init = initBlock.trim().replace('github:OWNER/status-banner', spec);
  run('bash', ['-e', '-c', init], site);
  step(`${initBlock.trim()} (npx ${spec}: clone, install build tools, prepare builds dist/)`);

  const [scriptTag] = readmeBlocks('Quick start: site owner', 'html');
  writeFileSync(
    path.join(site, 'index.html'),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>My product</title>\n${scriptTag}</head>\n<body><h1>My product</h1></body>\n</html>\n`,
  );
  const [feed] = readmeBlocks('Quick start: site owner', 'json');
  writeFileSync(path.join(site, 'status-kit', 'status.json'), feed);
  step('the script tag and the feed from the README, written');

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
  const page = await browser.newPage();
  const bannerShown = () =>
    page.waitForFunction(() => !!document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="banner"]'), {
      timeout: 20_000,
    });
  await page.goto(url);
  await bannerShown();
  step('page opened, banner shown');
  const total = (performance.now() - started) / 1000;

  // The on-call step: all clear again, then `status-banner open`, and a reload.
  writeFileSync(path.join(site, 'status-kit', 'status.json'), '{ "version": 1, "incidents": [], "maintenances": [] }\n');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => !document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="banner"]'));
  last = performance.now();
  run(
    'npx',
    ['--yes', spec, 'open', '--title', 'API errors', '--message', 'We are investigating errors on the API.'],
    path.join(site, 'status-kit'),
  );
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await bannerShown();
  step('status-banner open, then a reload: banner shown');

  console.log(`fresh clone to a banner on a page, following the README's site-owner quick start: ${total.toFixed(1)} s`);
  for (const { name, seconds } of steps) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
} catch (error) {
  console.error(`time-to-banner: failed: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server.close();
  if (keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
