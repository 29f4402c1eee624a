/**
 * The documentation's code blocks, as the doc tests see them. Pure (no Node, no DOM), so that the
 * Node tests (test/integration/docs/, test/integration/cli/docs.test.ts) and the Chromium test
 * (test/browser/docs.test.ts) read the same blocks the same way.
 */

/** Every page whose blocks are tested; docs.test.ts checks that no page of docs/ is missing here. */
export const DOC_FILES = [
  'README.md',
  'docs/README.md',
  'docs/element.md',
  'docs/appearance.md',
  'docs/feed.md',
  'docs/hosted-pages.md',
  'docs/polling.md',
  'docs/fallback-page.md',
  'docs/cli.md',
  'docs/performance.md',
  'docs/contributing.md',
] as const;

/** Languages of blocks that must be run or validated; the others (`text`, `ts`, `css`, `nginx`…) are read as text. */
export const TESTED_LANGUAGES = ['sh', 'bash', 'shell', 'html', 'json'] as const;

export interface DocBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  /** The block's text, de-indented (blocks inside list items are indented in markdown). */
  text: string;
  /** The reason given by `<!-- doc-test: skip, reason -->` right above the block. */
  skip?: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)[^\n]*$/;
const MARKER = /^\s*<!--\s*doc-test:\s*(\w+)\s*,?\s*(.*?)\s*-->\s*$/;

/**
 * The fenced blocks of a markdown text, in order. A block opts out of testing only with a marker in
 * an HTML comment on the line above it, and a reason: `<!-- doc-test: skip, needs a real host -->`.
 * Throws on a marker it does not understand, so that a typo cannot silently skip a block.
 */
export function extractBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const line = lines[end] ?? '';
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    let previous = index - 1;
    while (previous >= 0 && (lines[previous] ?? '').trim() === '') previous--;
    const marker = MARKER.exec(lines[previous] ?? '');
    let skip: string | undefined;
    if (marker) {
      const [, kind, reason = ''] = marker;
      if (kind !== 'skip' || !reason) {
        throw new Error(`${file}:${previous + 1}: a doc-test marker is "<!-- doc-test: skip, the reason -->", not ${lines[previous]}`);
      }
      skip = reason;
    }
    blocks.push({ file, line: index + 1, lang: lang.toLowerCase(), text: body.join('\n'), skip });
    index = end;
  }
  return blocks;
}

export function isTested(block: DocBlock): boolean {
  return (TESTED_LANGUAGES as readonly string[]).includes(block.lang);
}

export const isShell = (block: DocBlock): boolean => ['sh', 'bash', 'shell'].includes(block.lang);

/** `npx X` forms that stand for this package's CLI: the doc runner maps them to the built CLI. */
export const PACKAGE_SPECS = ['status-banner', 'github:OWNER/status-banner'];

/**
 * Commands a documentation block may name that cannot run in a test: they need the network, a real
 * host, the repository itself (npm scripts) or root. Blocks using them are checked, not run.
 */
const NOT_HERE = new Set(['npm', 'curl', 'wget', 'aws', 'rsync', 'ssh', 'scp', 'gh', 'sudo', 'apt-get']);

/** The first word of every simple command of a shell block (after `VAR=value` assignments), with the rest of its words. */
export function commands(script: string): string[][] {
  const joined = script.replace(/\\\n/g, ' ');
  const withoutComments = joined
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .join('\n');
  return withoutComments
    .split(/\n|&&|\|\||;|\||\$\(|\)|`/)
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .map((words) => {
      if (words[0] === 'export') words.shift();
      while (words[0] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
      return words;
    })
    .filter((words) => words.length > 0);
}

/** Whether a shell block can run here as written (with `status-banner` and `npx status-banner` mapped to the built CLI). */
export function isRunnable(block: DocBlock): boolean {
  return commands(block.text).every(([program, first]) => {
    if (program === 'npx') return PACKAGE_SPECS.includes(first ?? '');
    return !NOT_HERE.has(program ?? '');
  });
}

/**
 * GitHub's heading anchors: lower case, punctuation dropped (hyphens and underscores kept),
 * spaces to hyphens. `## In TypeScript: \`parseFeed\`` is `#in-typescript-parsefeed`.
 */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a markdown page's headings (outside code blocks), with GitHub's -1, -2 suffixes for repeats. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1] ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}
