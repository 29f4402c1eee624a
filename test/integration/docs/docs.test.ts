/**
 * The documentation's examples cannot go stale (#15). Every `json` block of the README and docs/ is
 * validated (feeds against the schema and, at today's date, through parseFeed and buildView;
 * hosted-page samples through their adapter; package.json fragments by shape); every shell block
 * that cannot run here is checked with `bash -n`, its `npm run` scripts and its CLI commands (the
 * runnable ones run in test/integration/cli/docs.test.ts; `html` blocks load in Chromium in
 * test/browser/docs.test.ts). And the pages hold together: links and anchors resolve, one
 * Cache-Control recommendation, custom properties and parts that exist.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RECOMMENDED_CACHE_CONTROL } from '../../../src/cli/hosting.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { feedSchema } from '../../../src/feed/schema.js';
import { recognise } from '../../../src/feed/triage.js';
import { PROTOCOL } from '../../../src/poll/environment.js';
import { ATTRIBUTE_DEFAULTS } from '../../../src/present/attributes.js';
import { buildView } from '../../../src/present/view.js';
import { anchors, commands, DOC_FILES, extractBlocks, isRunnable, isShell, isTested, type DocBlock } from './blocks.js';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pages = DOC_FILES.map((file) => ({
  file,
  text: read(file),
}));
const blocks = pages.flatMap(({ file, text }) => extractBlocks(file, text));
const name = (block: DocBlock) => `${block.file}:${block.line}`;
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
const cliCommands = readdirSync(path.join(root, 'src/cli/commands')).map((file) => file.replace(/\.ts$/, ''));

/** What each kind of check saw, printed at the end: the figures of #15's closing note. */
const tally = { jsonFeeds: 0, jsonHosted: 0, jsonPackage: 0, shellChecked: 0, skipped: [] as string[] };

afterAll(() => {
  const count = (predicate: (block: DocBlock) => boolean) =>
    blocks.filter((block) => isTested(block) && !block.skip && predicate(block)).length;
  console.info(
    `doc blocks: ${blocks.filter(isTested).length} tested blocks in ${pages.length} pages: ` +
      `${count((block) => isShell(block) && isRunnable(block))} shell blocks run (test/integration/cli/docs.test.ts), ` +
      `${tally.shellChecked} shell blocks checked (bash -n), ${tally.jsonFeeds} feeds, ${tally.jsonHosted} hosted samples, ` +
      `${tally.jsonPackage} package.json fragments validated, ${count((block) => block.lang === 'html')} html blocks (test/browser/docs.test.ts); ` +
      `skipped ${tally.skipped.length}${tally.skipped.length ? `: ${tally.skipped.join('; ')}` : ''}`,
  );
});

describe('the documented pages', () => {
  it('are all listed, and every page of docs/ is', () => {
    const onDisk = readdirSync(path.join(root, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`);
    const listed = pages.map(({ file }) => file).filter((file) => file.startsWith('docs/'));
    expect(listed.sort()).toEqual(onDisk.sort());
  });

  it('keep the README a two-minute read (12 KB at most)', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(12 * 1024);
  });

  it('skip a block only with a reason, and say so', () => {
    for (const block of blocks.filter((candidate) => candidate.skip)) {
      tally.skipped.push(`${name(block)} (${block.skip ?? ''})`);
      expect(block.skip?.length, name(block)).toBeGreaterThan(5);
    }
  });
});

describe('json blocks', () => {
  const json = blocks.filter((block) => block.lang === 'json' && !block.skip);
  const now = Date.now();

  it('exist', () => {
    expect(json.length).toBeGreaterThan(4);
  });

  it.each(json.map((block) => ({ block, name: name(block) })))('$name is valid and true today', ({ block }) => {
    const doc = JSON.parse(block.text) as Record<string, unknown>;
    if ('version' in doc) {
      tally.jsonFeeds++;
      expectTrueFeed(doc, now);
    } else if ('allowScripts' in doc || 'scripts' in doc || 'dependencies' in doc) {
      tally.jsonPackage++;
      expectPackageFragment(doc);
    } else {
      // A hosted page's document: it must be recognised and read whole.
      recognise(doc);
      tally.jsonHosted++;
      const { model, problems } = parseFeed(doc);
      expect(problems).toEqual([]);
      expect(model.incidents.length + model.maintenances.length).toBeGreaterThan(0);
    }
  });
});

/** Times that state what happened: in the past, whenever the example is read. */
const PAST_FIELDS = ['updated_at', 'started_at', 'resolved_at', 'at'];

/**
 * A native feed example: valid as a whole (what the CLI would write), read with no problem, and still
 * true now: what happened is in the past, what is promised (an open incident's ETA and next update,
 * the end of a maintenance window) in the future. So an example never shows "taking longer than
 * expected", a time in the wrong tense, or a window that has silently ended.
 */
function expectTrueFeed(doc: Record<string, unknown>, now: number): void {
  const strict = feedSchema.safeParse(doc);
  expect(strict.success, strict.success ? '' : JSON.stringify(strict.error.issues)).toBe(true);
  const { model, problems } = parseFeed(doc);
  expect(problems).toEqual([]);

  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${where}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (PAST_FIELDS.includes(key) && typeof child === 'string') {
          expect(Date.parse(child), `${where}.${key} (${child}) states what happened: it must be in the past`).toBeLessThanOrEqual(now);
        }
        visit(child, `${where}.${key}`);
      }
    }
  };
  visit(doc, 'feed');

  for (const incident of model.incidents.filter((candidate) => candidate.status !== 'resolved')) {
    for (const [field, at] of [
      ['expected_resolution_at', incident.expectedResolutionAt],
      ['next_update_at', incident.nextUpdateAt],
    ] as const) {
      if (at !== undefined) expect(at, `${incident.id}.${field} is a promise: it must be in the future`).toBeGreaterThan(now);
    }
  }
  for (const maintenance of model.maintenances) {
    if (maintenance.endsAt !== undefined) expect(maintenance.endsAt, `${maintenance.id}.ends_at must be ahead`).toBeGreaterThan(now);
  }

  const view = buildView(model, { now, locale: 'en', timeZone: 'UTC', components: [], ...ATTRIBUTE_DEFAULTS });
  const shown = [view.primary, ...view.others].filter((item) => item !== undefined);
  const texts = shown.map((item) => `${item.title} ${item.message} ${item.eta} ${item.updated}`).join('\n');
  expect(texts).not.toMatch(/taking longer than expected/i);
  expect(texts).not.toMatch(/updated in /i);
  // Every open incident is on the banner.
  for (const incident of model.incidents.filter((candidate) => candidate.status !== 'resolved')) {
    expect(
      shown.some((item) => item.item.key === `incident:${incident.id}`),
      incident.id,
    ).toBe(true);
  }
}

function expectPackageFragment(doc: Record<string, unknown>): void {
  if ('allowScripts' in doc) {
    const allow = doc['allowScripts'] as Record<string, unknown>;
    expect(typeof allow).toBe('object');
    for (const [spec, value] of Object.entries(allow)) {
      expect(spec).toMatch(/^(github:[\w.-]+\/status-banner|[@\w./-]+)$/);
      expect(typeof value, spec).toBe('boolean');
    }
  }
  if ('scripts' in doc) for (const script of Object.keys(doc['scripts'] as object)) expect(scripts).toContain(script);
}

describe('shell blocks', () => {
  it('give the CLI times as durations, never dates that expire', () => {
    for (const block of blocks.filter(isShell)) {
      expect(block.text, name(block)).not.toMatch(/--(eta|next-update|from|until)[ =]["']?\d{4}-\d\d-\d\d/);
    }
  });
});

describe('shell blocks that cannot run here', () => {
  const checked = blocks.filter((block) => isShell(block) && !block.skip && !isRunnable(block));

  it.each(checked.map((block) => ({ block, name: name(block) })))('$name parses, and names real scripts and commands', ({ block }) => {
    tally.shellChecked++;
    const syntax = spawnSync('bash', ['-n'], { input: block.text, encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);
    for (const words of commands(block.text)) {
      const [program, ...rest] = words;
      if (program === 'npm' && (rest[0] === 'run' || rest[0] === 'run-script')) expect(scripts, block.text).toContain(rest[1]);
      if (program === 'npm' && ['test', 'start'].includes(rest[0] ?? '')) expect(scripts).toContain(rest[0]);
      const cli = program === 'status-banner' ? rest : program === 'npx' && rest[0]?.endsWith('status-banner') ? rest.slice(1) : undefined;
      if (cli?.[0] && !cli[0].startsWith('-')) expect(cliCommands, block.text).toContain(cli[0]);
    }
  });
});

describe('the pages hold together', () => {
  it.each(pages)('$file: every relative link and anchor resolves', ({ file, text }) => {
    const withoutCode = text.replace(/^\s*```[\s\S]*?^\s*```/gm, '').replace(/`[^`\n]*`/g, '');
    for (const [, target = ''] of withoutCode.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [pathPart = '', anchor] = target.split('#');
      const resolved = pathPart ? path.join(path.dirname(file), pathPart) : file;
      expect(existsSync(path.join(root, resolved)), `${file}: ${target}`).toBe(true);
      if (anchor) expect([...anchors(read(resolved))], `${file}: ${target}`).toContain(anchor);
    }
  });

  it('give one Cache-Control recommendation for the feed, the CLI’s', () => {
    for (const { file, text } of pages) {
      for (const [, value = ''] of text.matchAll(/Cache-Control:?\s*"?(public[^"`|\n]*)/gi)) {
        expect(value.trim(), file).toBe(RECOMMENDED_CACHE_CONTROL);
      }
    }
  });

  it('name only the custom properties and parts the element has', () => {
    const element = read('src/banner/status-banner.ts');
    // The ones it reads (@cssprop), and the one it sets on the document root for fixed headers.
    const properties = [...element.matchAll(/@cssprop (--[\w-]+)|BLOCK_SIZE = '(--[\w-]+)'/g)].map(([, read, set]) => read ?? set);
    const parts = [...element.matchAll(/@csspart (\w+)/g)].map(([, part]) => part);
    for (const { file, text } of pages) {
      for (const [property] of text.matchAll(/--status-banner-[a-z][a-z-]*[a-z]/g)) {
        expect(properties, file).toContain(property);
      }
      for (const [, part] of text.matchAll(/::part\((\w+)\)/g)) expect(parts, file).toContain(part);
    }
  });

  it('name the storage, lock and channel keys of this protocol version', () => {
    for (const { file, text } of pages) for (const [key] of text.matchAll(/status-banner@\d+(?=:)/g)) expect(key, file).toBe(PROTOCOL);
  });

  it('name only npm scripts that exist', () => {
    for (const { file, text } of pages) {
      for (const [, script = ''] of text.matchAll(/npm run ([a-z][\w:-]*)/g)) {
        expect(scripts, file).toContain(script);
      }
    }
  });
});
