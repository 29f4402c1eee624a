import { html, nothing, type PropertyValues } from 'lit';
import type { FeedErrorDetail } from '../feed/errors.js';
import { DEFAULT_RECENT_DAYS } from '../present/attributes.js';
import type { PollOptions } from '../poll/feed-source.js';
import { FeedElement } from '../ui/feed-element.js';
import { RefreshController } from '../ui/refresh-controller.js';
import {
  buildPageView,
  describeFailure,
  type FailureView,
  type IncidentEntry,
  type MaintenanceEntry,
  type PageView,
  type TimeText,
} from './page-view.js';
import { feedFromPageUrl, localeFromPageUrl } from './page-url.js';
import { chooseLocale, localize, PAGE } from '../i18n/catalog.js';
import { pageStyles } from './status-page.styles.js';

/**
 * The fallback status page: every current incident with its whole timeline, maintenance,
 * and incidents resolved lately, from the same feed, parser, poller and wording as
 * `<status-banner>`. Meant to be the main content of a static page (inside its `<main>`):
 * it brings its own `<h1>`.
 *
 * @summary Full status page over a status-banner feed.
 * @tag status-page
 */
export class StatusPage extends FeedElement {
  static override styles = pageStyles;

  // `src`, `format`, `interval` and `locale` are FeedElement's; the fields below that redeclare
  // some of them say what they mean on this page (and, for `interval`, its default here).
  static override properties = {
    recentDays: { type: Number, attribute: 'recent-days' },
    failure: { state: true, attribute: false },
  };

  /** Feed URL; the page's own `?src=` replaces it when it names a feed on the same origin. */
  override src: string | null = null;
  /** Poll interval in seconds (at least 10); a page left open refreshes itself at this pace. */
  override interval = 30;
  /** BCP 47 tag; defaults to the page's `?lang=`, then the nearest `lang`, then the browser's language. */
  override locale: string | null = null;
  /** Days a resolved incident stays listed. */
  recentDays = DEFAULT_RECENT_DAYS;

  private failure: FeedErrorDetail | undefined;
  private readonly refresh = new RefreshController(this);
  private view: PageView | undefined;
  private failureView: FailureView | undefined;
  private shownLocale = 'en';

  protected override feedOptions(): PollOptions | undefined {
    // A feed named by the page's own URL must stay on its origin, redirects included.
    const fromPageUrl = feedFromPageUrl(globalThis.location.href);
    const src = fromPageUrl ?? this.src;
    return src ? { src, format: this.format, interval: this.interval, sameOrigin: fromPageUrl !== undefined } : undefined;
  }

  protected override feedRead(): void {
    // A good reading ends the failure shown.
    this.failure = undefined;
  }

  protected override feedFailed(detail: FeedErrorDetail): void {
    this.failure = detail;
  }

  /** The feed this page reads: a same-origin `?src=`, else the `src` attribute. */
  get feedUrl(): string | null {
    return feedFromPageUrl(globalThis.location.href) ?? this.src;
  }

  private get resolvedLocale(): string {
    return chooseLocale(
      this.locale,
      localeFromPageUrl(globalThis.location.href),
      this.parentElement?.closest('[lang]')?.getAttribute('lang'),
      globalThis.navigator.language,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A static page that names no language takes the one this page is written in, for screen readers.
    const root = document.documentElement;
    if (!root.lang) root.lang = this.resolvedLocale;
  }

  protected override feedChanged(): void {
    this.failure = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.resolvedLocale;
    const options = { now: Date.now() + (this.snapshot?.clockOffset ?? 0), locale, recentDays: this.recentDays };
    this.view = this.snapshot ? buildPageView(this.snapshot.model, options) : undefined;
    this.failureView = this.failure ? describeFailure(this.failure, this.snapshot, options) : undefined;
    this.shownLocale = locale;
    this.refresh.refreshIn(this.view?.refreshIn);
  }

  protected override render() {
    const { view, failureView: failure, shownLocale: locale } = this;
    const strings = localize(PAGE, locale);
    return html`<div lang=${locale}>
      <h1>${view?.heading ?? strings.heading(undefined)}</h1>
      <div role="status">
        ${
          view
            ? html`<p class="summary" data-impact=${view.summaryImpact}>${view.summary}</p>`
            : failure
              ? nothing
              : html`<p class="summary">${strings.loading}</p>`
        }
        ${
          failure
            ? html`<div class="failure">
                <p><strong>${failure.message}</strong></p>
                ${failure.lastKnown ? html`<p>${failure.lastKnown.label} ${this.renderTime(failure.lastKnown.read, 'relative')}.</p>` : nothing}
                ${failure.retry ? html`<p>${failure.retry}</p>` : nothing}
                <p class="detail">${failure.detail}</p>
              </div>`
            : nothing
        }
      </div>
      ${view ? this.renderSections(view) : nothing}
    </div>`;
  }

  private renderSections(view: PageView) {
    const { strings } = view;
    const feedHref = this.feedUrl ? new URL(this.feedUrl, document.baseURI).href : undefined;
    return html`
      ${this.renderSection('current', strings.current, view.current, strings.noCurrent, (entry, id) => this.renderIncident(entry, id, view, false))}
      ${this.renderSection('maintenance', strings.maintenance, view.maintenances, strings.noMaintenance, (entry, id) => this.renderMaintenance(entry, id, view))}
      ${this.renderSection('recent', view.recentHeading, view.recent, view.noRecent, (entry, id) => this.renderIncident(entry, id, view, true))}
      <footer class="meta">
        ${view.feedUpdated ? html`<p>${strings.feedUpdated} ${this.renderTime(view.feedUpdated)}</p>` : nothing}
        ${feedHref ? html`<p><a href=${feedHref}>${strings.feedLink}</a></p>` : nothing}
      </footer>
    `;
  }

  /** A titled list of entries, or a sentence saying there are none. */
  private renderSection<Entry>(
    id: string,
    heading: string,
    entries: readonly Entry[],
    empty: string,
    renderEntry: (entry: Entry, id: string) => unknown,
  ) {
    return html`<section aria-labelledby=${id}>
      <h2 id=${id}>${heading}</h2>
      ${
        entries.length
          ? html`<ul class="items">
              ${entries.map((entry, index) => html`<li>${renderEntry(entry, `${id}-${index}`)}</li>`)}
            </ul>`
          : html`<p>${empty}</p>`
      }
    </section>`;
  }

  private renderIncident(entry: IncidentEntry, id: string, view: PageView, past: boolean) {
    const { strings } = view;
    const item = entry.view;
    const timeline = html`<ol class="timeline" aria-label=${strings.updates}>
      ${entry.updates.map(
        (update) =>
          html`<li>
            <p>${this.renderTime(update.at)}${update.stateLabel ? html` · <span>${update.stateLabel}</span>` : nothing}</p>
            ${update.message ? html`<p class="message">${update.message}</p>` : nothing}
          </li>`,
      )}
    </ol>`;
    // No data-state for a page-wide notice: its page gave no incident status.
    return html`<article class="item" data-impact=${entry.impact} data-state=${item.state ?? nothing} aria-labelledby=${id}>
      <div>
        <h3 id=${id}>${item.title}</h3>
        <span class="state">${item.stateLabel}</span><span class="impact">${entry.impactLabel}</span>
      </div>
      ${item.eta ? html`<p class="eta"><strong>${item.eta}</strong></p>` : nothing}
      <dl class="times">${this.renderTerm(strings.started, entry.started)}${this.renderTerm(strings.resolvedAt, entry.resolved)}</dl>
      ${
        entry.updates.length === 0
          ? html`<p class="message">${item.message}</p>`
          : past
            ? html`<p class="message">${item.message}</p>
                <details>
                  <summary>${strings.updates} (${entry.updates.length})</summary>
                  ${timeline}
                </details>`
            : timeline
      }
      ${item.link ? html`<p><a href=${item.link.href}>${item.link.label}</a></p>` : nothing}
    </article>`;
  }

  /** The window's both ends with their relative times: the banner's one-line "Starts in 3 hours" would repeat them. */
  private renderMaintenance(entry: MaintenanceEntry, id: string, view: PageView) {
    const { strings } = view;
    const item = entry.view;
    return html`<article class="item" data-impact="maintenance" data-state=${item.item.state} aria-labelledby=${id}>
      <div>
        <h3 id=${id}>${item.title}</h3>
        <span class="state">${item.stateLabel}</span>
      </div>
      <dl class="times">${this.renderTerm(strings.starts, entry.starts)}${this.renderTerm(strings.ends, entry.ends)}</dl>
      ${item.message ? html`<p class="message">${item.message}</p>` : nothing}
      ${item.link ? html`<p><a href=${item.link.href}>${item.link.label}</a></p>` : nothing}
    </article>`;
  }

  /** One labelled time of an item, when the feed gives it. */
  private renderTerm(term: string, time: TimeText | undefined) {
    return time
      ? html`<div>
          <dt>${term}</dt>
          <dd>${this.renderTime(time)}</dd>
        </div>`
      : nothing;
  }

  /** `<time>` with the clock time, and the relative time beside it (or the other way round). */
  private renderTime(time: TimeText, lead: 'absolute' | 'relative' = 'absolute') {
    return lead === 'absolute'
      ? html`<time datetime=${time.iso}>${time.absolute}</time> (${time.relative})`
      : html`<time datetime=${time.iso}>${time.relative}</time> (${time.absolute})`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'status-page': StatusPage;
  }
}
