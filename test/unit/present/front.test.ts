import { describe, expect, it } from 'vitest';
import { briefTime } from '../../../src/present/brief.js';
import { frontOf, revision } from '../../../src/present/front.js';
import type { ShownItem } from '../../../src/present/select.js';
import { buildView } from '../../../src/present/view.js';
import { aMaintenance, aModel, anIncident, DEFAULTS, HOUR, MINUTE, NOW } from './fixtures.js';

const options = { ...DEFAULTS, locale: 'en-US', timeZone: 'UTC' };

function incidentItem(overrides: Parameters<typeof anIncident>[0] = {}): ShownItem {
  const incident = anIncident(overrides);
  return { key: `incident:${incident.id}`, kind: 'incident', impact: incident.impact, state: incident.status, incident };
}

function maintenanceItem(state: 'scheduled' | 'in_progress', overrides: Parameters<typeof aMaintenance>[0] = {}): ShownItem {
  const maintenance = aMaintenance(overrides);
  return { key: `maintenance:${maintenance.id}`, kind: 'maintenance', impact: 'maintenance', state, maintenance };
}

describe('briefTime: the bar’s one time', () => {
  const tomorrow = Date.parse('2026-11-25T02:00:00Z');
  it.each<[string, ShownItem, string, string]>([
    [
      'fix expected, today',
      incidentItem({ expectedResolutionAt: NOW + 40 * MINUTE, nextUpdateAt: NOW + 20 * MINUTE }),
      'en-US',
      'fix expected 10:20\u00a0AM',
    ],
    ['fix expected, in French', incidentItem({ expectedResolutionAt: NOW + 40 * MINUTE }), 'fr', 'résolution prévue\u00a0: 10:20'],
    ['fix expected, in German', incidentItem({ expectedResolutionAt: NOW + 40 * MINUTE }), 'de', 'Behebung erwartet: 10:20'],
    ['fix expected, in Spanish', incidentItem({ expectedResolutionAt: NOW + 40 * MINUTE }), 'es', 'solución prevista: 10:20'],
    [
      'fix expected another day: with its date',
      incidentItem({ expectedResolutionAt: tomorrow }),
      'en-US',
      'fix expected Wed,\u00a0Nov\u00a025,\u00a02:00\u00a0AM',
    ],
    [
      'an ETA passed: honest, no time in the past',
      incidentItem({ expectedResolutionAt: NOW - MINUTE, nextUpdateAt: NOW + 5 * MINUTE }),
      'en-US',
      'taking longer than expected',
    ],
    ['an ETA passed, in French', incidentItem({ expectedResolutionAt: NOW }), 'fr', 'plus long que prévu'],
    ['no ETA: the promised next update', incidentItem({ nextUpdateAt: NOW + 20 * MINUTE }), 'en-US', 'next update 10:00\u00a0AM'],
    ['no ETA, next update already due: nothing', incidentItem({ nextUpdateAt: NOW - MINUTE }), 'en-US', ''],
    ['no time at all: nothing', incidentItem(), 'en-US', ''],
    [
      'an ETA no clock can write: the next update instead',
      incidentItem({ expectedResolutionAt: 9e15, nextUpdateAt: NOW + 20 * MINUTE }),
      'en-US',
      'next update 10:00\u00a0AM',
    ],
    ['resolved: nothing, even with an old ETA', incidentItem({ status: 'resolved', expectedResolutionAt: NOW + HOUR }), 'en-US', ''],
    ['maintenance scheduled: its start', maintenanceItem('scheduled', { startsAt: NOW + 3 * HOUR }), 'en-US', 'starts 12:40\u00a0PM'],
    [
      'maintenance scheduled tomorrow, in French',
      maintenanceItem('scheduled', { startsAt: tomorrow }),
      'fr',
      'début\u00a0: mer.\u00a025\u00a0nov.,\u00a002:00',
    ],
    [
      'maintenance in progress: until its end',
      maintenanceItem('in_progress', { startsAt: NOW - HOUR, endsAt: NOW + 40 * MINUTE }),
      'en-US',
      'until 10:20\u00a0AM',
    ],
    [
      'maintenance in progress, in French',
      maintenanceItem('in_progress', { startsAt: NOW - HOUR, endsAt: NOW + 40 * MINUTE }),
      'fr',
      'jusqu’à 10:20',
    ],
    [
      'maintenance in progress with no end: nothing',
      maintenanceItem('in_progress', { startsAt: NOW - HOUR, endsAt: undefined }),
      'en-US',
      '',
    ],
  ])('%s', (_, item, locale, expected) => {
    expect(briefTime(item, { now: NOW, locale, timeZone: 'UTC' })).toBe(expected);
  });
});

describe('frontOf: the item in front', () => {
  const three = aModel({
    incidents: [anIncident({ id: 'a' }), anIncident({ id: 'b', impact: 'critical' }), anIncident({ id: 'c', impact: 'minor' })],
  });
  // Built inside each test: code run while Vitest collects tests makes Stryker's mutants static.
  const view = () => buildView(three, options);

  it.each([
    // key asked for, key in front, position, previous, next
    [undefined, 'incident:b', '1 of 3', 'incident:c', 'incident:a'],
    ['incident:a', 'incident:a', '2 of 3', 'incident:b', 'incident:c'],
    ['incident:c', 'incident:c', '3 of 3', 'incident:a', 'incident:b'],
    ['incident:gone', 'incident:b', '1 of 3', 'incident:c', 'incident:a'],
  ])('asked for %j: %s in front, %j, previous %s, next %s', (key, shown, position, previous, next) => {
    expect(frontOf(view(), key, options)).toMatchObject({ shown: { item: { key: shown } }, position, previous, next });
  });

  it('names the buttons and places the item in the reader’s language', () => {
    expect(frontOf(buildView(three, { ...options, locale: 'fr' }), 'incident:a', { ...options, locale: 'fr' })).toMatchObject({
      position: '2 sur 3',
      previousLabel: 'Précédent',
      nextLabel: 'Suivant',
    });
  });

  it('one item: no position, previous and next are itself', () => {
    const single = frontOf(buildView(aModel({ incidents: [anIncident()] }), options), undefined, options);
    expect(single).toMatchObject({ position: '', previous: 'incident:api', next: 'incident:api' });
  });

  it('nothing to show: no front', () => {
    expect(frontOf(buildView(aModel(), options), 'incident:api', options)).toBeUndefined();
  });

  it('carries the bar’s short time of the item in front', () => {
    const model = aModel({ incidents: [anIncident({ expectedResolutionAt: NOW + 40 * MINUTE })] });
    expect(frontOf(buildView(model, options), undefined, options)?.brief).toBe('fix expected 10:20\u00a0AM');
  });
});

describe('revision: what an opened disclosure is remembered by', () => {
  const base = incidentItem();
  it.each<[string, ShownItem, boolean]>([
    ['the same item, polled again', incidentItem(), true],
    ['a new update', incidentItem({ updates: [{ at: NOW, status: 'identified', message: 'New.' }] }), false],
    ['the next stage', incidentItem({ status: 'monitoring' }), false],
    ['another item', incidentItem({ id: 'other' }), false],
    ['the same words, a later ETA', incidentItem({ expectedResolutionAt: NOW + HOUR }), true],
  ])('%s: kept open is %s', (_, item, same) => {
    expect(revision(item) === revision(base)).toBe(same);
  });

  it.each<[string, ShownItem, boolean]>([
    ['the same window', maintenanceItem('scheduled'), true],
    ['the window starts', maintenanceItem('in_progress'), false],
  ])('maintenance, %s: kept open is %s', (_, item, same) => {
    expect(revision(item) === revision(maintenanceItem('scheduled'))).toBe(same);
  });
});
