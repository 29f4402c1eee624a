import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_DEFAULTS, isPreviewState, PREVIEW_STATES, previewState } from '../../../src/present/attributes.js';

describe('attribute defaults', () => {
  // The README documents these; the element, the loader and the CLI all read them from here.
  it('are a 60 s interval, resolved notices kept 1 h, maintenances announced 24 h ahead', () => {
    expect(ATTRIBUTE_DEFAULTS).toEqual({ interval: 60, resolvedFor: 3600, maintenanceNotice: 24 });
  });
});

describe('preview states', () => {
  it('are the four incident statuses and maintenance', () => {
    expect(PREVIEW_STATES).toEqual(['investigating', 'identified', 'monitoring', 'resolved', 'maintenance']);
  });

  it.each<[string, unknown, boolean]>([
    ['investigating', 'investigating', true],
    ['identified', 'identified', true],
    ['monitoring', 'monitoring', true],
    ['resolved', 'resolved', true],
    ['maintenance', 'maintenance', true],
    ['another case', 'Investigating', false],
    ['a padded name', ' resolved', false],
    ['an empty string', '', false],
    ['null (attribute absent)', null, false],
    ['undefined', undefined, false],
    ['a name inherited from Object', 'toString', false],
    ['the list itself', PREVIEW_STATES, false],
  ])('%s: %s', (_case, value, expected) => {
    expect(isPreviewState(value)).toBe(expected);
  });
});

describe('the preview in force', () => {
  it.each<[string, string | null, string | undefined, string | undefined]>([
    ['the attribute', 'identified', undefined, 'identified'],
    ['the attribute over the URL', 'monitoring', '?status-banner-preview=resolved', 'monitoring'],
    ['the URL when there is no attribute', null, '?status-banner-preview=resolved', 'resolved'],
    ['the URL when the attribute is not a state', 'bogus', '?status-banner-preview=maintenance', 'maintenance'],
    ['the URL among other parameters', null, '?utm_source=x&status-banner-preview=investigating&y=1', 'investigating'],
    ['a query without its question mark', null, 'status-banner-preview=identified', 'identified'],
    ['none: no attribute, no page URL', null, undefined, undefined],
    ['none: an empty attribute and no parameter', '', '?other=resolved', undefined],
    ['none: a URL value that is not a state', null, '?status-banner-preview=bogus', undefined],
    ['none: the parameter under another case', null, '?Status-Banner-Preview=resolved', undefined],
    ['none: an attribute and a URL value that are not states', 'bogus', '?status-banner-preview=bogus', undefined],
  ])('%s', (_case, attribute, search, expected) => {
    expect(previewState(attribute, search)).toBe(expected);
  });
});
