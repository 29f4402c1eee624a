// The custom elements manifest that `npm run build` writes (custom-elements.json, shipped in the
// package): editors and framework tooling complete <status-banner> from it, so its names must be
// the public API of docs/element.md. Run after a build (`npm test` builds first).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEED_FORMATS } from '../../../src/feed/parse.js';
import { PREVIEW_STATES } from '../../../src/present/attributes.js';

interface Typed {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  fieldName?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Typed[];
  superclass?: { name: string; module?: string };
  members?: (Typed & { kind: string; privacy?: string; attribute?: string; inheritedFrom?: { name: string; module?: string } })[];
  events?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
interface Manifest {
  schemaVersion: string;
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const MANIFEST = 'custom-elements.json';

function readManifest(): Manifest {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`npm run build\` first (npm test does).`);
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

const manifest = readManifest();
const classes = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
// FeedElement, the base class of both, is a custom element class too, but with no tag: it is never defined.
const elements = classes.filter((declaration) => declaration.tagName);
const element = elements.find((declaration) => declaration.tagName === 'status-banner');
const page = elements.find((declaration) => declaration.tagName === 'status-page');
const names = (list: Typed[] | undefined) => (list ?? []).map((entry) => entry.name);
const byName = (list: Typed[] | undefined, name: string) => (list ?? []).find((entry) => entry.name === name);
/** `'a' | 'b' | null` → ['a', 'b', 'null'] */
const unionOf = (text: string | undefined) => (text ?? '').split('|').map((part) => part.trim().replace(/^'(.*)'$/, '$1'));

describe('custom-elements.json', () => {
  it('describes two custom elements: <status-banner>, defined by dist/define.js, and <status-page>, by dist/status-page.js', () => {
    expect(elements.map((declaration) => [declaration.name, declaration.tagName])).toEqual([
      ['StatusBanner', 'status-banner'],
      ['StatusPage', 'status-page'],
    ]);
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((exported) => exported.kind === 'custom-element-definition')
        .map((exported) => [exported.name, module.path]),
    );
    expect(definitions).toEqual([
      ['status-banner', 'dist/define.js'],
      ['status-page', 'dist/status-page.js'],
    ]);
  });

  it("lists <status-page>'s attributes, and no internal state", () => {
    expect(names(page?.attributes)).toEqual(['src', 'format', 'interval', 'locale', 'recent-days']);
    expect(byName(page?.attributes, 'recent-days')?.default).toBe('7');
    expect(names(page?.members)).not.toContain('snapshot');
    expect(names(page?.members)).not.toContain('failure');
  });

  it("lists the feed attributes both elements inherit from FeedElement, each with the element's own default and description", () => {
    expect(classes.map((declaration) => declaration.name)).toEqual(['FeedElement', 'StatusBanner', 'StatusPage']);
    for (const declaration of [element, page]) {
      expect(declaration?.superclass).toEqual({ name: 'FeedElement', module: 'dist/ui/feed-element.js' });
      for (const name of ['src', 'format', 'interval', 'locale']) {
        expect(byName(declaration?.members, name), name).toMatchObject({
          attribute: name,
          inheritedFrom: { name: 'FeedElement', module: 'dist/ui/feed-element.js' },
        });
      }
    }
    expect(byName(element?.attributes, 'interval')?.default).toBe('60');
    expect(byName(page?.attributes, 'interval')?.default).toBe('30');
    // <status-page> redeclares `src`, `interval` and `locale` to say what they mean there.
    expect(byName(page?.attributes, 'src')?.description).toContain('?src=');
    expect(byName(page?.attributes, 'locale')?.description).toContain('?lang=');
    expect(byName(element?.attributes, 'src')?.description).not.toContain('?src=');
    expect(unionOf(byName(page?.attributes, 'format')?.type?.text)).toEqual([...FEED_FORMATS]);
    for (const entry of page?.attributes ?? []) expect(entry.description, entry.name).toBeTruthy();
  });

  it('points only at files the package ships', () => {
    for (const module of manifest.modules) {
      expect(module.path).toMatch(/^dist\/.*\.js$/);
      expect(existsSync(module.path), module.path).toBe(true);
      for (const exported of module.exports ?? []) {
        if (exported.declaration.module) expect(existsSync(exported.declaration.module), exported.declaration.module).toBe(true);
      }
    }
  });

  it('lists the attributes of docs/element.md with their types and defaults', () => {
    expect(names(element?.attributes).sort()).toEqual(
      [
        'src',
        'format',
        'interval',
        'locale',
        'position',
        'overlay',
        'layout',
        'theme',
        'components',
        'persistent',
        'resolved-for',
        'maintenance-notice',
        'preview',
      ].sort(),
    );
    const attribute = (name: string) => byName(element?.attributes, name);
    expect(attribute('interval')).toMatchObject({ type: { text: 'number' }, default: '60', fieldName: 'interval' });
    expect(attribute('resolved-for')).toMatchObject({ type: { text: 'number' }, default: '3600', fieldName: 'resolvedFor' });
    expect(attribute('maintenance-notice')).toMatchObject({ type: { text: 'number' }, default: '24', fieldName: 'maintenanceNotice' });
    expect(attribute('persistent')).toMatchObject({ type: { text: 'boolean' }, default: 'false' });
    expect(attribute('position')?.default).toBe("'inline'");
    expect(attribute('format')?.default).toBe("'auto'");
    // Aliases are expanded so that editors can offer the values.
    expect(unionOf(attribute('format')?.type?.text)).toEqual([...FEED_FORMATS]);
    expect(unionOf(attribute('position')?.type?.text)).toEqual(['inline', 'top', 'bottom']);
    expect(unionOf(attribute('layout')?.type?.text)).toEqual(['auto', 'bar', 'card']);
    expect(unionOf(attribute('theme')?.type?.text)).toEqual(['auto', 'light', 'dark']);
    expect(attribute('layout')?.default).toBe("'auto'");
    expect(attribute('theme')?.default).toBe("'auto'");
    expect(attribute('overlay')).toMatchObject({ type: { text: 'boolean' }, default: 'false' });
    expect(unionOf(attribute('preview')?.type?.text)).toEqual([...PREVIEW_STATES, 'null']);
    for (const entry of element?.attributes ?? []) expect(entry.description, entry.name).toBeTruthy();
  });

  it('lists public properties and the dismiss() method, no internals', () => {
    const members = element?.members ?? [];
    expect(members.filter((member) => member.kind === 'method').map((member) => member.name)).toEqual(['dismiss']);
    expect(members.filter((member) => member.privacy === 'private')).toEqual([]);
    expect(names(members)).not.toContain('snapshot');
    expect(names(members)).not.toContain('feedSnapshot');
  });

  it('lists the four events, typed', () => {
    expect(names(element?.events).sort()).toEqual(
      ['status-banner-show', 'status-banner-dismiss', 'status-banner-change', 'status-banner-error'].sort(),
    );
    expect(byName(element?.events, 'status-banner-error')?.type?.text).toBe('CustomEvent<FeedErrorDetail>');
  });

  it('lists the shadow parts of docs/element.md', () => {
    expect(names(element?.cssParts).sort()).toEqual(
      ['banner', 'icon', 'title', 'state', 'message', 'eta', 'updated', 'link', 'dismiss', 'more'].sort(),
    );
  });

  it('lists the custom properties, all prefixed --status-banner-', () => {
    const properties = names(element?.cssProperties);
    for (const name of properties) expect(name).toMatch(/^--status-banner-[a-z-]+$/);
    const fromDesign = ['background', 'color', 'accent', 'minor-accent', 'major-accent', 'critical-accent', 'maintenance-accent'];
    const layout = ['font-family', 'font-size', 'radius', 'padding', 'z-index', 'max-width', 'shadow', 'focus-ring'];
    expect(properties).toEqual(expect.arrayContaining([...fromDesign, ...layout].map((name) => `--status-banner-${name}`)));
  });
});
