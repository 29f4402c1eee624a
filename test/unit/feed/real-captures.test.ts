/**
 * Every real capture under test/fixtures/real/, read as the banner reads it (parseFeed, then
 * buildView at a chosen moment) and held to what a person reading that status page at that moment
 * would see (the table in real-captures.truths.ts). Rows today's code gets wrong fail on purpose.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { MAX_FEED_BYTES } from '../../../src/feed/limits.js';
import { couldShow } from '../../../src/feed/triage.js';
import { buildView, type BannerView, type ItemView } from '../../../src/present/view.js';
import { CAPTURES, MARKUP_RESIDUE, WRONG_TENSE, type Capture, type Moment, type ShownItem } from './real-captures.truths.js';

const raw = (file: string) => readFileSync(new URL(`../../fixtures/real/${file}`, import.meta.url));

function viewAt(capture: Capture, moment: Moment): BannerView {
  // The capture is parsed exactly as served: the detected format must be the one the table names.
  const { model } = parseFeed(JSON.parse(raw(capture.file).toString('utf8')), capture.format);
  return buildView(model, {
    now: Date.parse(moment.at),
    locale: 'en',
    timeZone: 'UTC',
    resolvedFor: 3600,
    maintenanceNotice: 24,
    components: [],
  });
}

const textsOf = (item: ItemView) => [item.title, item.stateLabel, item.message, item.eta, item.updated, item.link?.label ?? ''];

function expectText(actual: string, expected: string | RegExp | undefined, what: string): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual, what).toBe(expected);
  else expect(actual, what).toMatch(expected);
}

function expectShown(item: ItemView, truth: ShownItem): void {
  expect(item.title, 'title').toBe(truth.title);
  expectText(item.stateLabel, truth.state, 'state');
  expectText(item.message, truth.message, 'message');
  expectText(item.eta, truth.eta, 'eta');
  expectText(item.updated, truth.updated, 'updated');
  const said = [item.eta, item.updated, item.message].join('\n');
  for (const pattern of truth.mentions ?? []) expect(said, 'must be said').toMatch(pattern);
  for (const pattern of truth.never ?? []) expect(textsOf(item).join('\n'), 'must not be said').not.toMatch(pattern);
}

const name = (capture: Capture, moment: Moment) => `${capture.file}, ${moment.when} (${moment.at})`;

/** `sha256  file` lines of PROVENANCE.md's checksum block: what each capture must stay, byte for byte. */
function listedChecksums(): Map<string, string> {
  const provenance = raw('PROVENANCE.md').toString('utf8');
  const lines = [...provenance.matchAll(/^([0-9a-f]{64}) {2}(\S+\.json)$/gm)];
  return new Map(lines.map(([, sha, file]) => [file!, sha!]));
}

describe('real captures: every file is the verbatim capture PROVENANCE.md lists, and fits the body cap', () => {
  const checksums = listedChecksums();

  it('every capture on disk is listed in PROVENANCE.md and read by the truth table', () => {
    const onDisk = readdirSync(new URL('../../fixtures/real/', import.meta.url)).filter((name) => name.endsWith('.json'));
    expect([...checksums.keys()].sort()).toEqual([...onDisk].sort());
    expect(CAPTURES.map((capture) => capture.file).sort()).toEqual([...onDisk].sort());
  });

  it.each(CAPTURES.map((capture) => [capture.file]))('%s', (file) => {
    const bytes = raw(file);
    // A formatter or a hand edit would change the bytes: the capture would no longer be the source's.
    expect(createHash('sha256').update(bytes).digest('hex'), 'SHA-256 listed in PROVENANCE.md').toBe(checksums.get(file));
    expect(bytes.length).toBeLessThanOrEqual(MAX_FEED_BYTES);
    expect(() => JSON.parse(bytes.toString('utf8')) as unknown).not.toThrow();
  });
});

describe('real captures: what a person sees', () => {
  for (const capture of CAPTURES) {
    for (const moment of capture.moments) {
      it(`${name(capture, moment)}: ${moment.says}`, () => {
        const view = viewAt(capture, moment);
        if (moment.primary === null) expect(view.primary, 'nothing is shown').toBeUndefined();
        else {
          expect(view.primary, 'something is shown').toBeDefined();
          if (view.primary) expectShown(view.primary, moment.primary);
        }
        // Which items and how many; their order is the banner's own choice.
        expect(view.others.map((other) => other.title).sort(), 'the other current items').toEqual([...moment.others].sort());
        // The loader loads the element exactly when its triage says something could show: never less than this.
        const triage = couldShow(JSON.parse(raw(capture.file).toString('utf8')), {
          now: Date.parse(moment.at),
          resolvedFor: 3600,
          maintenanceNotice: 24,
        });
        if (view.primary) expect(triage, 'the loader loads the element for it').toBe(true);
      });
    }
  }
});

describe('real captures: what is never shown', () => {
  for (const capture of CAPTURES) {
    for (const moment of capture.moments) {
      describe(name(capture, moment), () => {
        const items = () => {
          const view = viewAt(capture, moment);
          return view.primary ? [view.primary, ...view.others] : view.others;
        };
        const now = Date.parse(moment.at);

        it('no markup residue in any text of any item', () => {
          for (const item of items()) {
            for (const text of textsOf(item)) for (const residue of MARKUP_RESIDUE) expect(text, item.title).not.toContain(residue);
          }
        });

        it('no time in the wrong tense', () => {
          for (const item of items()) {
            for (const text of [item.eta, item.updated]) for (const pattern of WRONG_TENSE) expect(text, item.title).not.toMatch(pattern);
          }
        });

        it('no "Scheduled maintenance" whose start has passed, no maintenance whose end has passed', () => {
          for (const { item, title, stateLabel } of items()) {
            if (item.kind !== 'maintenance') continue;
            const { startsAt, endsAt } = item.maintenance;
            if (item.state === 'scheduled') expect(startsAt, `${title}: ${stateLabel} starting in the past`).toBeGreaterThan(now);
            if (endsAt !== undefined) expect(endsAt, `${title}: shown after its end`).toBeGreaterThan(now);
          }
        });

        it('a maintenance whose end the page gives says when it ends', () => {
          for (const { item, title, eta } of items()) {
            if (item.kind === 'maintenance' && item.maintenance.endsAt !== undefined) expect(eta, title).toMatch(/\b(?:ends?|until)\b/i);
          }
        });
      });
    }
  }
});
