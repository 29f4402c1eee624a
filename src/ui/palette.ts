import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The default colours of the banner and the fallback page, light and dark. Every text pair meets
 * WCAG 2.2 AA (4.5:1) on its background, accents included: they colour the state label, and the
 * critical one fills it (background text on the accent, the same ratio). Impacts read apart by
 * hue (minor amber, major orange, critical red, maintenance a neutral slate) and never by hue
 * alone: the banner gives each its own icon and label style.
 */
export const SCHEMES = {
  light: {
    background: '#ffffff',
    color: '#1f2328',
    accent: '#0b57d0',
    minor: '#8a4b00',
    major: '#c2410c',
    critical: '#b91c1c',
    maintenance: '#4b5563',
    resolved: '#166534',
  },
  dark: {
    background: '#1c2128',
    color: '#e6edf3',
    accent: '#8ab4f8',
    minor: '#f0b429',
    major: '#ffa657',
    critical: '#ff7b72',
    maintenance: '#a8b3c4',
    resolved: '#6fdd8b',
  },
};
export type SchemeColours = typeof SCHEMES.light;
const ACCENTED = ['minor', 'major', 'critical', 'maintenance', 'resolved'] as const;

/**
 * The `--status-banner-*` colour properties over the defaults above, as private `--_bg`, `--_fg`
 * and `--_accent`. `showing(name, value)` is the selector of what shows that impact or state (the
 * banner's host, the page's items); `dark(declarations)` is the rule that applies the dark
 * defaults where the dark scheme is in force (the banner decides it per host, the page per reader).
 */
export function paletteStyles(
  showing: (name: 'impact' | 'state', value: string) => string,
  dark: (declarations: string) => string,
): CSSResult {
  // Each scheme only sets private defaults; the accent rules below pick among them whatever the scheme.
  const defaults = (scheme: SchemeColours) => ACCENTED.map((name) => `--_${name}:${scheme[name]};`).join('');
  const base = (scheme: SchemeColours) =>
    `--_bg:var(--status-banner-background,${scheme.background});--_fg:var(--status-banner-color,${scheme.color});` +
    `--_accent:var(--status-banner-accent,${scheme.accent});${defaults(scheme)}`;
  const accents = ACCENTED.map(
    (name) => `${showing(name === 'resolved' ? 'state' : 'impact', name)}{--_accent:var(--status-banner-${name}-accent,var(--_${name}))}`,
  ).join('');
  return unsafeCSS(`:host{${base(SCHEMES.light)}}${dark(base(SCHEMES.dark))}${accents}`);
}

/** The state label ("Identified"): a pill in the accent colour. */
export const stateLabel = css`
  display: inline-block;
  margin-inline-start: 0.5em;
  padding: 0 0.45em;
  border: 1px solid currentColor;
  border-radius: 999px;
  color: var(--_accent);
  font-size: 0.85em;
  font-weight: 600;
`;
