/**
 * Same-origin iframes stand in for tabs: they share Web Locks and BroadcastChannel exactly as
 * tabs of one browser do. Each loads fixtures/poll/tab.html, which polls a static feed through
 * src/poll/registry.ts with its clock sped up, and counts the requests it sent to the feed.
 */
import { aTimeout, expect } from '@open-wc/testing';

/** The engine's clock runs 10 times faster in the frames: the 10 s interval lasts 1 s. */
const SCALE = 10;
const INTERVAL_MS = 10_000 / SCALE;

interface Harness {
  snapshots: number;
  errors: number;
  requests(): number;
}

const harness = (frame: HTMLIFrameElement) => (frame.contentWindow as { harness?: Harness } | null)?.harness;

async function waitFor(condition: () => boolean, timeout = 3000): Promise<void> {
  const until = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await aTimeout(10);
  }
}

/** A feed URL of its own for each test: its lock and channel are the test's alone. */
const newFeed = () => `/test/browser/fixtures/poll/feed.json?run=${Date.now()}-${Math.random()}`;

function openTab(feed: string, epoch: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = `/test/browser/fixtures/poll/tab.html?${new URLSearchParams({ src: feed, scale: String(SCALE), epoch: String(epoch) })}`;
  document.body.append(frame);
  return frame;
}

const shown = (frame: HTMLIFrameElement) => (harness(frame)?.snapshots ?? 0) > 0;
const requests = (frames: HTMLIFrameElement[]) => frames.reduce((sum, frame) => sum + (harness(frame)?.requests() ?? 0), 0);

async function openTabs(count: number) {
  const feed = newFeed();
  const epoch = Date.now();
  const frames = Array.from({ length: count }, () => openTab(feed, epoch));
  await waitFor(() => frames.every(shown));
  return { feed, epoch, frames };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('polling across tabs', () => {
  it('sends about one request per interval for three tabs, all from one leader', async () => {
    const { frames } = await openTabs(3);
    const before = requests(frames);
    await aTimeout(4 * INTERVAL_MS);
    const sent = requests(frames) - before;
    expect(sent).to.be.within(3, 5);
    expect(frames.filter((frame) => harness(frame)!.requests() > 0)).to.have.length(1);
    expect(frames.map((frame) => harness(frame)!.errors)).to.deep.equal([0, 0, 0]);
  });

  it('shows the shared result at once in a tab that opens later, without a request of its own', async () => {
    const { feed, epoch, frames } = await openTabs(2);
    const late = openTab(feed, epoch);
    await waitFor(() => shown(late), INTERVAL_MS / 2);
    expect(harness(late)!.requests()).to.equal(0);
    expect(requests(frames)).to.equal(1);
  });

  it('hands the polling to another tab within one interval when the leader goes away', async () => {
    const { frames } = await openTabs(3);
    const leader = frames.find((frame) => harness(frame)!.requests() > 0)!;
    const others = frames.filter((frame) => frame !== leader);
    leader.remove();
    const removedAt = Date.now();
    await waitFor(() => requests(others) > 0, 2 * INTERVAL_MS);
    expect(Date.now() - removedAt).to.be.below(1.2 * INTERVAL_MS + 300);
    const before = requests(others);
    await aTimeout(3 * INTERVAL_MS);
    expect(requests(others) - before).to.be.within(2, 4);
  });
});
