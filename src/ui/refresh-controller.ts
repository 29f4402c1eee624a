import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host when the texts it shows may next read differently (relative times, time
 * windows) without a new fetch, and again when the host is re-attached after time has moved on.
 */
export class RefreshController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Asks for one re-render in `ms` (the view's `refreshIn`), replacing the previous request; undefined cancels it. */
  refreshIn(ms: number | undefined): void {
    clearTimeout(this.timer);
    this.timer = ms === undefined ? undefined : setTimeout(() => this.host.requestUpdate(), ms);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.refreshIn(undefined);
  }
}
