import { StatusPage } from './status-page.js';

// Guarded like the banner's define.ts: a page may load the script twice.
if (!customElements.get('status-page')) customElements.define('status-page', StatusPage);
