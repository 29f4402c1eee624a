import { describe, expect, it } from 'vitest';
import type { IncidentStatus, LocalizedText, StatusModel } from '../../../src/feed/model.js';
import { inEveryLocale, pickText, SAMPLES, type SampleStrings } from '../../../src/i18n/catalog.js';
import { PREVIEW_STATES } from '../../../src/present/attributes.js';
import { previewModel } from '../../../src/present/samples.js';
import { HOUR, MINUTE, NOW } from './fixtures.js';

/** A sample text in every locale of the catalog, as the sample model carries it. */
const words = (pick: (samples: SampleStrings) => string) => inEveryLocale(SAMPLES, pick);

/** The sample incident at each stage, times relative to now: started 35 min ago, updated 5 min ago. */
function sampleIncident(status: IncidentStatus, times: object): StatusModel {
  return {
    incidents: [
      {
        id: `preview-${status}`,
        title: words((samples) => samples.incidentTitle),
        impact: 'major',
        status,
        startedAt: NOW - 35 * MINUTE,
        updatedAt: NOW - 5 * MINUTE,
        resolvedAt: undefined,
        expectedResolutionAt: undefined,
        nextUpdateAt: undefined,
        ...times,
        components: [],
        updates: [{ at: NOW - 5 * MINUTE, status, message: words((samples) => samples.messages[status]) }],
      },
    ],
    maintenances: [],
  };
}

const ongoing = { expectedResolutionAt: NOW + 40 * MINUTE, nextUpdateAt: NOW + 25 * MINUTE };

describe('previewModel: the built-in sample of each preview state', () => {
  it.each<[string, (typeof PREVIEW_STATES)[number], StatusModel]>([
    [
      'investigating: an incident with its fix expected in 40 min, next update in 25',
      'investigating',
      sampleIncident('investigating', ongoing),
    ],
    ['identified: the same times', 'identified', sampleIncident('identified', ongoing)],
    ['monitoring: the same times', 'monitoring', sampleIncident('monitoring', ongoing)],
    ['resolved: resolved 5 min ago, nothing expected', 'resolved', sampleIncident('resolved', { resolvedAt: NOW - 5 * MINUTE })],
    [
      'maintenance: a 20-minute window starting in 3 hours, no incident',
      'maintenance',
      {
        incidents: [],
        maintenances: [
          {
            id: 'preview-maintenance',
            title: words((samples) => samples.maintenanceTitle),
            message: words((samples) => samples.maintenanceMessage),
            startsAt: NOW + 3 * HOUR,
            endsAt: NOW + 3 * HOUR + 20 * MINUTE,
            components: [],
          },
        ],
      },
    ],
  ])('%s', (_name, state, model) => {
    expect(previewModel(state, NOW)).toStrictEqual(model);
  });

  it('covers every preview state', () => {
    const idOf = ({ incidents, maintenances }: StatusModel) => incidents[0]?.id ?? maintenances[0]?.id;
    expect(PREVIEW_STATES.map((state) => idOf(previewModel(state, NOW)))).toEqual([
      'preview-investigating',
      'preview-identified',
      'preview-monitoring',
      'preview-resolved',
      'preview-maintenance',
    ]);
  });

  it.each<[string, (model: StatusModel) => LocalizedText | undefined, string]>([
    ['the incident title', (model) => model.incidents[0]?.title, 'Preview: errors on the service'],
    ['the update message', (model) => model.incidents[0]?.updates[0]?.message, 'We are investigating reports of errors.'],
  ])('speaks every locale: %s, in English too', (_name, text, english) => {
    const said = text(previewModel('investigating', NOW));
    expect(pickText(said, 'en')).toBe(english);
    expect(Object.keys(said ?? {}).sort()).toEqual(Object.keys(SAMPLES).sort());
  });
});
