import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { StatusBannerEventMap } from 'status-banner';
import 'status-banner'; // registers <status-banner>

@Component({
  selector: 'app-status',
  // Lets Angular's template compiler accept <status-banner>, its properties and its events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <status-banner
      src="/status.json"
      [interval]="30"
      position="top"
      components="api,billing"
      (status-banner-error)="onError($event)"
    ></status-banner>
    @if (lastError()) {
      <p role="status">Status feed unavailable ({{ lastError() }})</p>
    }
  `,
})
export class StatusComponent {
  readonly lastError = signal<string | undefined>(undefined);

  // Angular types `$event` of a custom element's event as `any`: name the type here.
  onError(event: StatusBannerEventMap['status-banner-error']): void {
    this.lastError.set(`${event.detail.kind}: ${event.detail.message}`);
  }
}
