import { StatusBanner } from './banner/status-banner.js';

// Guarded so that two copies on one page (script tag + bundle) do not throw.
if (!customElements.get('status-banner')) customElements.define('status-banner', StatusBanner);
