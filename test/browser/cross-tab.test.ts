/**
 * Same-origin iframes stand in for tabs: they share Web Locks and BroadcastChannel exactly as
 * tabs of one browser do. Each loads fixtures/poll/tab.html, which polls a static feed through
 * src/poll/registry.ts with its clock sped up, and counts the requests it sent to the feed.
 *
 * The clock here is real and shared with whatever else the machine runs, so every test waits for
 * what it expects instead of for a fixed time, and bounds the traffic from below only (requests at
 * least 0.8 interval apart, the jitter's floor), which a busy machine can only make truer. The
 * exact rhythm and the hand-over's timing are pinned with fake timers in
 * test/unit/poll/feed-source.tabs.test.ts.
 */
import { aTimeout, expect } from '@open-wc/testing';

/** The engine's clock runs 10 times faster in the frames: the 10 s interval lasts 1 s. */
const SCALE = 10;
const INTERVAL_MS = 10_000 / SCALE;
/** The shortest gap between two requests: the interval less its 20 % jitter, less 5 % for timer and timing resolution. */
const MIN_GAP_MS = 0.75 * INTERVAL_MS;
/** How long a condition may take on a loaded machine; met conditions return at once. */
const PATIENCE_MS = 30_000;

interface Harness {
  snapshots: number;
  errors: number;
  requests(): number;
  requestTimes(): number[];
}

const harness = (frame: HTMLIFrameElement) => (frame.contentWindow as { harness?: Harness } | null)?.harness;

async function waitFor(condition: () => boolean, timeout = PATIENCE_MS): Promise<void> {
  const until = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await aTimeout(10);
  }
}

/** A feed URL of its own for each test: its lock and channel are the test's alone. */
const newFeed = () => `/test/browser/fixtures/poll/feed.json?run=${Date.now()}-${Math.random()}`;

function openTab(feed: string, epoch: number, interval: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams({ src: feed, scale: String(SCALE), epoch: String(epoch), interval: String(interval) });
  frame.src = `/test/browser/fixtures/poll/tab.html?${query}`;
  document.body.append(frame);
  return frame;
}

const shown = (frame: HTMLIFrameElement) => (harness(frame)?.snapshots ?? 0) > 0;
const requests = (frames: HTMLIFrameElement[]) => frames.reduce((sum, frame) => sum + (harness(frame)?.requests() ?? 0), 0);
const requestTimes = (frames: HTMLIFrameElement[]) => frames.flatMap((frame) => harness(frame)?.requestTimes() ?? []);
const pollers = (frames: HTMLIFrameElement[]) => frames.filter((frame) => (harness(frame)?.requests() ?? 0) > 0);

/** The shortest gap between two consecutive requests, whichever tabs sent them. */
function shortestGap(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.min(...sorted.slice(1).map((time, index) => time - sorted[index]!));
}

/** `interval`: the element's, seconds (10, the floor, unless a test needs the next poll out of its way). */
async function openTabs(count: number, interval = 10) {
  const feed = newFeed();
  const epoch = Date.now();
  const frames = Array.from({ length: count }, () => openTab(feed, epoch, interval));
  await waitFor(() => frames.every(shown));
  return { feed, epoch, interval, frames };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('polling across tabs', () => {
  it('sends one request per interval for three tabs, all from one leader', async function () {
    this.timeout(2 * PATIENCE_MS);
    const { frames } = await openTabs(3);
    const before = requests(frames);
    await waitFor(() => requests(frames) >= before + 3);
    // Three tabs polling each on its own would send up to three requests an interval, close together.
    expect(shortestGap(requestTimes(frames))).to.be.at.least(MIN_GAP_MS);
    expect(pollers(frames)).to.have.length(1);
    expect(frames.map((frame) => harness(frame)!.errors)).to.deep.equal([0, 0, 0]);
  });

  it('shows the shared result at once in a tab that opens later, without a request of its own', async function () {
    this.timeout(2 * PATIENCE_MS);
    // The longest interval (15 min, 90 s here): no poll is due while the late tab loads, however slowly.
    const { feed, epoch, interval, frames } = await openTabs(2, 900);
    const late = openTab(feed, epoch, interval);
    await waitFor(() => shown(late));
    expect(harness(late)!.requests()).to.equal(0);
    expect(requests(frames)).to.equal(1);
  });

  it('hands the polling to another tab when the leader goes away, keeping the rhythm', async function () {
    this.timeout(3 * PATIENCE_MS);
    const { frames } = await openTabs(3);
    const [leader] = pollers(frames);
    const others = frames.filter((frame) => frame !== leader);
    const leaderTimes = requestTimes([leader!]);
    leader!.remove();
    await waitFor(() => requests(others) >= 3);
    expect(pollers(others)).to.have.length(1);
    // The new leader takes up the old one's schedule: no request sooner than the interval allows.
    expect(shortestGap([...leaderTimes, ...requestTimes(others)])).to.be.at.least(MIN_GAP_MS);
  });
});
