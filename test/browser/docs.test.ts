/**
 * Every `html` block of the README and docs/ (#15), loaded in Chromium as a page would load it,
 * against the built dist/ files (run `npm run build` first). Script URLs (a CDN's, the kit's
 * `/status-kit/`) point at /dist/, a placeholder `integrity="sha384-…"` gets the real hash from
 * dist/SRI.txt, and each feed URL at a feed of its kind served by the test server: Statuspage,
 * incident.io and Instatus samples by their URL shape or `format`, an open incident otherwise. A
 * block that has a `<status-banner>` or loads the banner's script must show a banner, one with
 * `<status-page>` must render the page, and no block may raise an error or a `status-banner-error`.
 */
import { expect } from '@open-wc/testing';
import { SCENARIOS } from '../../demo/scenarios.js';
import { DOC_FILES, extractBlocks, type DocBlock } from '../integration/docs/blocks.js';
import { feedUrl, waitFor } from './helpers.js';

const blocks: DocBlock[] = (
  await Promise.all(
    DOC_FILES.map(async (file) => {
      const response = await fetch(`/${file}`);
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return extractBlocks(file, await response.text());
    }),
  )
).flat();
const htmlBlocks = blocks.filter((block) => block.lang === 'html' && !block.skip);

/** dist/SRI.txt: `sha384-… file` per line. */
const integrity = new Map(
  (await (await fetch('/dist/SRI.txt')).text())
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/))
    .map(([hash = '', file = '']) => [file, hash]),
);

async function fixture(path: string): Promise<string> {
  return (await fetch(path)).text();
}

const HOSTED = {
  statuspage: await fixture('/test/fixtures/statuspage/summary.json'),
  incidentio: await fixture('/test/fixtures/incidentio/summary.json'),
  instatus: await fixture('/test/fixtures/instatus/summary.json'),
};

/** A feed of the kind the documented URL names, on the test server. */
function servedFeed(url: string, format: string | undefined): string {
  if (format === 'statuspage' || (!format && url.includes('/api/v2/'))) return feedUrl(HOSTED.statuspage);
  if (format === 'incidentio' || (!format && url.includes('/api/v1/summary'))) return feedUrl(HOSTED.incidentio);
  if (format === 'instatus' || (!format && url.endsWith('/summary.json'))) return feedUrl(HOSTED.instatus);
  return feedUrl(SCENARIOS.investigating(Date.now()));
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The block as a test page: local scripts, real hashes, test feeds. */
function pageFor(html: string): string {
  let page = html.replace(/<(status-banner|status-page|script)\b[^>]*>/g, (tag) => {
    const format = /\sformat="([^"]*)"/.exec(tag)?.[1];
    const script = /\ssrc="[^"]*?([\w.-]+\.js)"/.exec(tag)?.[1] ?? '';
    return tag
      .replace(/(\s(?:data-)?src=")([^"]*)"/g, (_attribute: string, before: string, url: string) =>
        /(status-banner(?:\.full)?|status-page)\.js$/.test(url)
          ? `${before}/dist/${script}"`
          : `${before}${escapeAttribute(servedFeed(url, format))}"`,
      )
      .replace('integrity="sha384-…"', `integrity="${integrity.get(script) ?? 'unknown'}"`);
  });
  if (!/<script\b/.test(page)) page = `<script src="/dist/status-banner.js" defer></script>\n${page}`;
  return page;
}

const PROBE = `<script>
  window.__problems = [];
  addEventListener('error', (event) => window.__problems.push('error: ' + (event.message || event.target?.src || event.target?.href)), true);
  addEventListener('status-banner-error', (event) => window.__problems.push('status-banner-error: ' + event.detail.kind + ': ' + event.detail.message));
</script>`;

const frames: HTMLIFrameElement[] = [];

async function load(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 500px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${PROBE}</head><body><p>Product</p>${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

const problems = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { __problems: string[] }).__problems;
const shownBanner = (frame: HTMLIFrameElement) =>
  [...frame.contentDocument!.querySelectorAll('status-banner')].some((banner) => banner.shadowRoot?.querySelector('[part="banner"]'));
const renderedPage = (frame: HTMLIFrameElement) => !!frame.contentDocument!.querySelector('status-page')?.shadowRoot?.querySelector('h1');

describe('html blocks of the README and docs/, in Chromium', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.clear();
  });

  it('there are some, with the script tag of the README', () => {
    expect(htmlBlocks.length).to.be.greaterThan(5);
    expect(htmlBlocks.some((block) => block.file === 'README.md' && block.text.includes('data-src='))).to.equal(true);
  });

  for (const block of htmlBlocks) {
    // Every block that loads the banner's script must show a banner: a typo in an attribute fails here.
    const banner = /<status-banner|status-banner(\.full)?\.js/.test(block.text);
    const page = block.text.includes('<status-page');
    it(`${block.file}:${block.line} loads${banner || page ? ' and shows' : ''}`, async () => {
      const html = pageFor(block.text);
      const frame = await load(html);
      const context = `${html}\nproblems: ${problems(frame).join('; ')}`;
      if (banner) {
        await waitFor(() => shownBanner(frame) || problems(frame).length > 0, 8000).catch(() => undefined);
        expect(shownBanner(frame), context).to.equal(true);
      }
      if (page) {
        await waitFor(() => renderedPage(frame) || problems(frame).length > 0, 8000).catch(() => undefined);
        expect(renderedPage(frame), context).to.equal(true);
      }
      // A moment for late failures (the chunk's integrity check, a second poll's error): a longer wait can only find more.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(problems(frame), context).to.deep.equal([]);
    });
  }
});
