/**
 * `dist/status-banner.js`, the loader for `<script src>`: a classic script (so that
 * `document.currentScript` and the `data-*` auto-mount work), a few KB, that loads the element chunk
 * from beside itself only when a feed has something to show. The chunk's name and SHA-384 are
 * pinned at build time.
 */
import { CHUNK_FILE, CHUNK_INTEGRITY } from 'virtual:status-banner-chunk';
import { autoMount } from './loader/auto-mount.js';
import { loadModule } from './loader/load-module.js';
import { startLoader } from './loader/loader.js';

const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;

autoMount(script);
startLoader(() => loadModule(new URL(CHUNK_FILE, base).href, CHUNK_INTEGRITY, script?.nonce ?? ''));
