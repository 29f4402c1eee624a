// `npm run test:pack`: the package as users get it. Packs the built tree (`npm run build` first),
// installs the tarball into a temporary project, and checks it there: the file list (the rules of
// scripts/package-files.js), the files `exports` names, bundling as a bundler user would (Vite), the
// types (tsc, bundler and nodenext resolution), Node imports of the schema, the CLI from the
// installed bin, and the script-tag file, with its SRI hash, in headless Chromium. Then installs the
// committed HEAD as a git dependency (`git+file://<repo>#<commit>`, what `npm install
// github:OWNER/status-banner` does) into a second fresh project, where npm builds dist/ through the
// `prepare` script, and checks that package too. Prints a summary; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_ARGS, findChrome, MISSING_BROWSER_MESSAGE } from './chrome.js';
import { fileListProblems, kib, promisedFiles } from './package-files.js';

const root = path.resolve(import.meta.dirname, '..');
const results = [];
let failed = false;

async function check(name, run) {
  const started = Date.now();
  try {
    const note = await run();
    results.push(`  ok    ${name}${note ? ` (${note})` : ''} ${Date.now() - started} ms`);
  } catch (error) {
    failed = true;
    results.push(
      `  FAIL  ${name}\n        ${String(error?.stderr || error?.message || error)
        .trim()
        .replaceAll('\n', '\n        ')}`,
    );
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const sh = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

for (const built of ['dist/index.js', 'dist/status-banner.js', 'dist/cli/main.js', 'custom-elements.json']) {
  if (!existsSync(path.join(root, built))) {
    console.error(`pack-test: ${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'status-banner-pack-'));
const app = path.join(work, 'app');
mkdirSync(app);
const installed = path.join(app, 'node_modules', 'status-banner');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
let tarball;

let packedFiles;

await check('npm pack: the file list (scripts/package-files.js) and its size', () => {
  const [packed] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], root));
  tarball = path.join(work, packed.filename);
  packedFiles = packed.files.map((file) => file.path).sort();
  const problems = fileListProblems(manifest, packed.files, { packedSize: packed.size, unpackedSize: packed.unpackedSize });
  // This test's own browser check below loads the script-tag file with its SRI hash.
  if (!packedFiles.includes('dist/status-banner.js.sri')) problems.push('dist/status-banner.js.sri is missing');
  assert(problems.length === 0, problems.join('\n'));
  return `${packed.filename}, ${packedFiles.length} files, ${kib(packed.size)}`;
});

await check('install the tarball into a fresh project', () => {
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2));
  sh('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], app);
  assert(existsSync(path.join(installed, 'package.json')), 'node_modules/status-banner is missing');
  assert(
    existsSync(path.join(app, 'node_modules', 'lit')) && existsSync(path.join(app, 'node_modules', 'zod')),
    'lit and zod were not installed',
  );
});

await check('every `exports` target and `bin` exists in the installed package', () => {
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const missing = [...targets, ...Object.values(manifest.bin)].filter((file) => !existsSync(path.join(installed, file)));
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
  return `${targets.length} targets`;
});

await check('bundle with Vite: registration kept, class and schema entries side-effect free', async () => {
  const { build } = await import('vite');
  const entries = {
    register: "import 'status-banner';\n",
    'class-only':
      "import { StatusBanner } from 'status-banner/status-banner.js';\ncustomElements.define('my-banner', class extends StatusBanner {});\n",
    schema: "import { feedSchema } from 'status-banner/schema';\nexport const schema = feedSchema;\n",
  };
  for (const [name, source] of Object.entries(entries)) writeFileSync(path.join(app, `${name}.js`), source);
  await build({
    root: app,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: path.join(app, 'bundled'),
      minify: false,
      lib: { entry: Object.fromEntries(Object.keys(entries).map((name) => [name, path.join(app, `${name}.js`)])), formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' } },
    },
  });
  const read = (name) => readFileSync(path.join(app, 'bundled', `${name}.js`), 'utf8');
  // Chunks shared between entries are imported, so follow them one level for the text checks.
  const withChunks = (name) => {
    const text = read(name);
    const chunks = [...text.matchAll(/from\s*["']\.\/([^"']+)\.js["']|import\s*["']\.\/([^"']+)\.js["']/g)].map((m) => m[1] ?? m[2]);
    return [text, ...chunks.map(read)].join('\n');
  };
  assert(/customElements\.define\(["']status-banner["']/.test(withChunks('register')), "import 'status-banner' lost the registration");
  assert(
    !/customElements\.define\(["']status-banner["']/.test(withChunks('class-only')),
    "'status-banner/status-banner.js' registers the element",
  );
  assert(/LitElement/.test(withChunks('class-only')), "'status-banner/status-banner.js' lost the class");
  assert(!/customElements|LitElement/.test(withChunks('schema')), "'status-banner/schema' pulls in the element");
});

await check('types resolve (tsc, moduleResolution bundler and nodenext)', () => {
  writeFileSync(
    path.join(app, 'usage.ts'),
    `import 'status-banner';
import { parseFeed, StatusBanner, type FeedErrorKind, type StatusModel } from 'status-banner';
import { StatusBanner as BareClass } from 'status-banner/status-banner.js';
import { feedSchema, type Feed } from 'status-banner/schema';

const banner = document.querySelector('status-banner')!;
const interval: number = banner.interval;
const created: StatusBanner = document.createElement('status-banner');
const sameClass: typeof BareClass = StatusBanner;
banner.addEventListener('status-banner-error', (event) => {
  const kind: FeedErrorKind = event.detail.kind;
  console.log(kind, event.detail.message);
});
banner.addEventListener('status-banner-change', (event) => {
  const model: StatusModel = event.detail;
  console.log(model);
});
const feed: Feed = { version: 1, updated_at: '2026-11-24T09:40:00Z', incidents: [], maintenances: [] };
console.log(interval, created, sameClass, feedSchema, parseFeed(feed));
// @ts-expect-error interval is a number
banner.interval = '30';
`,
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const common = { target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] };
  // The package's own .d.ts are checked once (skipLibCheck off, which also checks lit's and zod's).
  for (const [name, options] of [
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true }],
  ]) {
    const config = path.join(app, `tsconfig.${name}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...common, ...options }, files: ['usage.ts'] }));
    try {
      sh(process.execPath, [tsc, '-p', config], app);
    } catch (error) {
      throw new Error(`${name}: ${error.stdout}${error.stderr}`, { cause: error });
    }
  }
});

await check('Node imports status-banner/schema and the JSON Schema', () => {
  writeFileSync(
    path.join(app, 'node-schema.js'),
    `import { feedSchema } from 'status-banner/schema';
import jsonSchema from 'status-banner/status-banner.schema.json' with { type: 'json' };
import cem from 'status-banner/custom-elements.json' with { type: 'json' };
const ok = feedSchema.safeParse({ version: 1, updated_at: '2026-11-24T09:40:00Z', incidents: [], maintenances: [] });
const bad = feedSchema.safeParse({ version: 2 });
if (!ok.success || bad.success) throw new Error('feedSchema does not validate as expected');
if (typeof jsonSchema.properties !== 'object') throw new Error('the JSON Schema has no properties');
if (!JSON.stringify(cem).includes('status-banner-error')) throw new Error('custom-elements.json lacks the events');
`,
  );
  sh(process.execPath, ['node-schema.js'], app);
});

await check('CLI from the installed bin: --help, init, open, validate', () => {
  const help = sh('npx', ['--no-install', 'status-banner', '--help'], app);
  assert(/Usage: status-banner/.test(help) && /\binit\b/.test(help) && /\bvalidate\b/.test(help), `unexpected --help output:\n${help}`);
  sh('npx', ['--no-install', 'status-banner', 'init', 'kit'], app);
  for (const file of ['status.json', 'status-banner.js', 'index.html'])
    assert(existsSync(path.join(app, 'kit', file)), `init did not write kit/${file}`);
  sh(
    'npx',
    [
      '--no-install',
      'status-banner',
      'open',
      '--file',
      'kit/status.json',
      '--title',
      'API errors',
      '--message',
      'We are investigating.',
      '--impact',
      'major',
    ],
    app,
  );
  const validate = sh('npx', ['--no-install', 'status-banner', 'validate', '--file', 'kit/status.json'], app);
  assert(/valid/.test(validate), `unexpected validate output:\n${validate}`);
});

await check('script-tag file from the installed package in headless Chromium, with SRI, under a strict CSP', async () => {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  const integrity = readFileSync(path.join(installed, 'dist', 'status-banner.js.sri'), 'utf8').trim();
  writeFileSync(
    path.join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pack test</title><link rel="icon" href="data:,">
<script src="/node_modules/status-banner/dist/status-banner.js" integrity="${integrity}" crossorigin="anonymous" data-src="/kit/status.json" defer></script>
</head><body><main>App</main></body></html>`,
  );
  const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:";
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const file = path.join(app, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!file.startsWith(app) || !existsSync(file)) return response.writeHead(404).end();
    // A strict Content-Security-Policy, as docs/performance.md (Security) promises: no inline styles, no eval.
    response
      .writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => document.querySelector('status-banner')?.shadowRoot?.querySelector('[part="title"]')?.textContent, {
      timeout: 15000,
    });
    const seen = await page.evaluate(() => {
      const banner = document.querySelector('status-banner');
      return {
        defined: customElements.get('status-banner') !== undefined,
        firstChild: document.body.firstElementChild === banner,
        position: banner?.getAttribute('position'),
        impact: banner?.dataset.impact,
        title: banner?.shadowRoot?.querySelector('[part="title"]')?.textContent,
        // Styled despite `default-src 'none'`: Lit adopts constructed stylesheets, which CSP does not govern.
        styled: getComputedStyle(banner?.shadowRoot?.querySelector('[part="banner"]') ?? document.body).borderLeftStyle !== 'none',
        // `top` takes its own space at the top of the page (sticky), rather than covering it.
        sticky: getComputedStyle(banner ?? document.body).position === 'sticky',
      };
    });
    assert(seen.defined, 'status-banner is not defined');
    assert(seen.firstChild && seen.position === 'top', `not auto-mounted at the top: ${JSON.stringify(seen)}`);
    assert(seen.title === 'API errors' && seen.impact === 'major', `unexpected banner: ${JSON.stringify(seen)}`);
    assert(seen.styled && seen.sticky, `styles did not apply under CSP "${CSP}": ${JSON.stringify(seen)}`);
    assert(errors.length === 0, `page errors (CSP violations are reported here too): ${errors.join('; ')}`);
    return `"${seen.title}", data-impact=${seen.impact}`;
  } finally {
    await browser.close();
    server.close();
  }
});

// The git dependency: npm clones the repository at a commit, runs `npm install` there (with
// devDependencies, so `prepare` can build), packs it and installs the tarball. A clone sees only what
// is committed: the test names the commit, and says so when the working tree differs from it.
const head = sh('git', ['rev-parse', 'HEAD'], root).trim();
const uncommitted = sh('git', ['status', '--porcelain'], root).trim();
const gitNote = uncommitted
  ? `commit ${head.slice(0, 12)} (HEAD); the working tree has uncommitted changes, which this part does not test:\n${uncommitted.replace(/^/gm, '          ')}`
  : `commit ${head.slice(0, 12)} (HEAD, working tree clean)`;
const gitApp = path.join(work, 'git-app');
mkdirSync(gitApp);
const gitInstalled = path.join(gitApp, 'node_modules', 'status-banner');
const gitSpec = `git+file://${root}#${head}`;

await check(`npm install ${gitSpec.replace(root, '<repo>')} into a fresh project: prepare builds dist/`, () => {
  writeFileSync(path.join(gitApp, 'package.json'), JSON.stringify({ name: 'git-install-app', private: true, type: 'module' }, null, 2));
  sh('npm', ['install', gitSpec, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], gitApp);
  const missing = promisedFiles(manifest).filter((file) => !existsSync(path.join(gitInstalled, file)));
  assert(missing.length === 0, `the git install lacks what package.json promises (was dist/ built?): ${missing.join(', ')}`);
  const listed = (dir, prefix = '') =>
    readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? listed(dir, path.join(prefix, entry.name)) : [path.join(prefix, entry.name)],
    );
  const gitFiles = listed(gitInstalled).sort();
  const onlyGit = gitFiles.filter((file) => !packedFiles?.includes(file));
  const onlyTarball = (packedFiles ?? []).filter((file) => !gitFiles.includes(file));
  const same = onlyGit.length === 0 && onlyTarball.length === 0;
  const difference = `only in the git install: ${onlyGit.join(', ') || '-'}; only in the tarball: ${onlyTarball.join(', ') || '-'}`;
  // With uncommitted changes the two may differ legitimately: then it is reported, not failed.
  assert(same || uncommitted, `the git install and the tarball hold different files: ${difference}`);
  const sri = (dir) => readFileSync(path.join(dir, 'dist', 'SRI.txt'), 'utf8');
  const sameBuild = sri(gitInstalled) === sri(installed) ? 'browser files byte-identical' : 'browser files differ (other sources or build)';
  return `${gitFiles.length} files${same ? ', the same as the tarball' : `; differs from the working tree's tarball: ${difference}`}; ${sameBuild}`;
});

await check('git install: Node imports status-banner and status-banner/schema; the CLI runs', () => {
  writeFileSync(
    path.join(gitApp, 'node-import.js'),
    `const banner = await import('status-banner');
const { feedSchema } = await import('status-banner/schema');
const feed = { version: 1, updated_at: '2026-11-24T09:40:00Z', incidents: [], maintenances: [] };
if (typeof banner.StatusBanner !== 'function' || customElements.get('status-banner') !== banner.StatusBanner)
  throw new Error("import 'status-banner' did not register <status-banner>");
if (!Array.isArray(banner.parseFeed(feed).model.incidents)) throw new Error('parseFeed did not return a model');
if (!feedSchema.safeParse(feed).success || feedSchema.safeParse({ version: 2 }).success)
  throw new Error('status-banner/schema does not validate as expected');
`,
  );
  // Lit's Node build shims HTMLElement and customElements, so the element module loads in Node.
  sh(process.execPath, ['node-import.js'], gitApp);
  const help = sh('npx', ['--no-install', 'status-banner', '--help'], gitApp);
  assert(/Usage: status-banner/.test(help), `unexpected --help output:\n${help}`);
});

console.log(`\npack-test: ${manifest.name}@${manifest.version}; git install: ${gitNote}\n${results.join('\n')}\n`);
if (failed) {
  console.error(`pack-test: FAILED (temporary project kept in ${work})`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log('pack-test: all checks passed');
