// `node scripts/bench-cli.js [CLI] [PAIRS]`: the figures of the operator CLI's safety work (issue #11).
// CLI defaults to dist/cli/main.js (`npm run build` first); pass an older build to compare, e.g. one of
// commit e0825c4 built in a temp folder (parts 1 and 2 only). Prints:
//   1. lost updates in PAIRS (default 50) pairs of `open`, and of `update` on one incident, started at once;
//   2. the median duration of a command alone, and under contention (the pairs above);
//   3. the feed's size after 1,000 runbook incidents (open, update, resolve), one resolved every 8 hours,
//      once a write with --keep-days 30 has archived the old ones;
//   4. `doctor` on a correctly configured local host and on a misconfigured one.
// Not a test: it asserts nothing, and its timings depend on the machine.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve(process.argv[2] ?? 'dist/cli/main.js');
const PAIRS = Number(process.argv[3] ?? 50);
const HOUR = 3_600_000;

function run(args, cwd) {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started })));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

async function freshKit() {
  const dir = await mkdtemp(path.join(tmpdir(), 'status-banner-bench-'));
  const init = await run(['init', 'kit'], dir);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  return { dir, kit: path.join(dir, 'kit'), feed: () => readFile(path.join(dir, 'kit', 'status.json'), 'utf8').then(JSON.parse) };
}

async function lostUpdates() {
  const { dir, kit, feed } = await freshKit();
  const opened = await run(['open', '--title', 'Target', '--message', 'Down.'], kit);
  const target = opened.stdout.trim();
  const contended = [];
  const report = {};
  for (const command of ['open', 'update']) {
    const results = [];
    for (let pair = 0; pair < PAIRS; pair += 1) {
      const args = (index) =>
        command === 'open'
          ? ['open', '--title', `Pair ${pair} ${index}`, '--message', 'Down.']
          : ['update', target, '--message', `Pair ${pair}, ${index}.`];
      const pairResults = await Promise.all([0, 1].map((index) => run(args(index), kit).then((result) => ({ ...result, index, pair }))));
      results.push(...pairResults);
    }
    contended.push(...results.map((result) => result.ms));
    const current = await feed();
    const landed =
      command === 'open'
        ? new Set(current.incidents.map((incident) => incident.id))
        : new Set(current.incidents.find((incident) => incident.id === target).updates.map((update) => update.message));
    const key = (result) => (command === 'open' ? result.stdout.trim() : `Pair ${result.pair}, ${result.index}.`);
    const lost = results.filter((result) => result.code === 0 && !landed.has(key(result))).length;
    const refused = results.filter((result) => result.code !== 0).length;
    report[command] = {
      lost,
      refused,
      pairsLosingAChange: new Set(results.filter((r) => r.code !== 0 || !landed.has(key(r))).map((r) => r.pair)).size,
    };
  }
  const alone = [];
  for (let index = 0; index < 20; index += 1) alone.push((await run(['update', target, '--message', `Alone ${index}.`], kit)).ms);
  await rm(dir, { recursive: true, force: true });
  return { report, contendedMedian: median(contended), aloneMedian: median(alone) };
}

/** One incident exactly as the CLI writes it through the runbook, then 1,000 copies of it, one resolved every 8 hours. */
async function archivedSize() {
  const { dir, kit } = await freshKit();
  const file = path.join(kit, 'status.json');
  const id = (
    await run(
      [
        'open',
        '--title',
        'Elevated API error rates',
        '--message',
        'We are investigating elevated error rates on the public API.',
        '--impact',
        'major',
        '--next-update',
        '30m',
        '--components',
        'api',
        '--lang',
        'fr',
        '--title',
        "Taux d'erreur élevé de l'API",
      ],
      kit,
    )
  ).stdout.trim();
  await run(
    [
      'update',
      id,
      '--status',
      'identified',
      '--eta',
      '45m',
      '--message',
      'A faulty deploy is being rolled back; some requests still fail with 502 errors.',
    ],
    kit,
  );
  await run(['resolve', id, '--message', 'Error rates are back to normal. We will publish a postmortem within five working days.'], kit);
  const template = JSON.parse(await readFile(file, 'utf8')).incidents[0];
  const shift = (iso, ms) => new Date(Date.parse(iso) - ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const incidents = Array.from({ length: 1000 }, (_, index) => {
    const age = index * 8 * HOUR;
    return {
      ...template,
      id: `${template.id}-${index + 1}`,
      started_at: shift(template.started_at, age),
      updated_at: shift(template.updated_at, age),
      resolved_at: shift(template.resolved_at, age),
      updates: template.updates.map((update) => ({ ...update, at: shift(update.at, age) })),
    };
  });
  const feed = { version: 1, updated_at: template.updated_at, incidents, maintenances: [] };
  await writeFile(file, `${JSON.stringify(feed, null, 2)}\n`);
  const before = (await stat(file)).size;
  const validateBefore = await run(['validate'], kit);
  const archive = await run(['archive', '--keep-days', '30'], kit);
  const after = (await stat(file)).size;
  const kept = JSON.parse(await readFile(file, 'utf8')).incidents.length;
  const archiveSize = (await stat(path.join(kit, 'status.archive.json'))).size;
  await rm(dir, { recursive: true, force: true });
  return {
    perIncident: JSON.stringify(template, null, 2).length,
    before,
    validateBefore: validateBefore.stdout.split('\n')[1],
    archive: archive.stderr.trim(),
    after,
    kept,
    archiveSize,
  };
}

async function doctorOutputs() {
  const body = JSON.stringify({
    version: 1,
    incidents: [
      {
        id: 'api',
        title: 'API errors',
        impact: 'major',
        status: 'investigating',
        updates: [{ at: new Date().toISOString(), status: 'investigating', message: 'We are investigating errors on the API.' }],
      },
    ],
  });
  const hosts = {
    correct: {
      'Content-Type': 'application/json',
      'Cache-Control': 'public, max-age=10, stale-if-error=86400',
      ETag: '"v1"',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Date',
    },
    misconfigured: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  };
  const outputs = {};
  for (const [name, headers] of Object.entries(hosts)) {
    const server = createServer((request, response) => {
      if (headers.ETag && request.headers['if-none-match'] === headers.ETag) response.writeHead(304, headers).end();
      else response.writeHead(200, headers).end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const result = await run(['doctor', `http://127.0.0.1:${server.address().port}/status.json`], tmpdir());
    outputs[name] = `${result.stdout}${result.stderr}(exit ${result.code})`;
    await new Promise((resolve) => server.close(resolve));
  }
  return outputs;
}

console.log(`CLI: ${CLI}\n`);
const { report, contendedMedian, aloneMedian } = await lostUpdates();
console.log(`1. ${PAIRS} pairs started at once (lost = exited 0 but missing from the file; refused = exited non-zero):`);
for (const [command, { lost, refused, pairsLosingAChange }] of Object.entries(report)) {
  console.log(`   ${command.padEnd(6)} lost ${lost}, refused ${refused}: ${pairsLosingAChange} of ${PAIRS} pairs lost a change`);
}
console.log(
  `2. median duration of a command: ${aloneMedian.toFixed(0)} ms alone, ${contendedMedian.toFixed(0)} ms under contention (the pairs)`,
);
// An older build (to compare lost updates) has neither `archive` nor `doctor`.
if ((await run(['doctor', '--help'], tmpdir())).code !== 0) process.exit(0);
const size = await archivedSize();
console.log(
  `3. 1,000 runbook incidents (~${size.perIncident} B each, one resolved every 8 h): ${kib(size.before)} before; validate says "${size.validateBefore}"`,
);
console.log(`   status-banner archive --keep-days 30: "${size.archive}"`);
console.log(`   feed after: ${kib(size.after)} (${size.kept} incidents kept); status.archive.json: ${kib(size.archiveSize)}`);
const doctor = await doctorOutputs();
console.log(
  `4. doctor, correctly configured host:\n${doctor.correct}\n   doctor, misconfigured host (no CORS, no-store, no validator):\n${doctor.misconfigured}`,
);
