import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The default colours of the banner and the fallback page, light and dark. Every text pair meets
 * WCAG 2.2 AA (4.5:1) on its background, accents included: they colour the state label.
 */
const SCHEMES = {
  light: {
    background: '#ffffff',
    color: '#1f2328',
    accent: '#0b57d0',
    minor: '#8a4b00',
    major: '#b42318',
    critical: '#9f1239',
    maintenance: '#1d4ed8',
    resolved: '#166534',
  },
  dark: {
    background: '#1c2128',
    color: '#e6edf3',
    accent: '#8ab4f8',
    minor: '#f0b429',
    major: '#ff8f80',
    critical: '#ff8fab',
    maintenance: '#9bbcff',
    resolved: '#6fdd8b',
  },
};
const ACCENTED_IMPACTS = ['minor', 'major', 'critical', 'maintenance'] as const;

/**
 * The `--status-banner-*` colour properties over the defaults above, as private `--_bg`, `--_fg`
 * and `--_accent`: `root` gets the base colours, `showing(name, value)` is the selector of what
 * shows that impact or state (the banner's host, the page's items).
 */
export function paletteStyles(root: string, showing: (name: 'impact' | 'state', value: string) => string): CSSResult {
  const rules = (scheme: typeof SCHEMES.light) =>
    `${root}{--_bg:var(--status-banner-background,${scheme.background});--_fg:var(--status-banner-color,${scheme.color});` +
    `--_accent:var(--status-banner-accent,${scheme.accent})}` +
    ACCENTED_IMPACTS.map(
      (impact) => `${showing('impact', impact)}{--_accent:var(--status-banner-${impact}-accent,${scheme[impact]})}`,
    ).join('') +
    `${showing('state', 'resolved')}{--_accent:var(--status-banner-resolved-accent,${scheme.resolved})}`;
  return unsafeCSS(`${rules(SCHEMES.light)}@media (prefers-color-scheme:dark){${rules(SCHEMES.dark)}}`);
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
