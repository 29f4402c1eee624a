/**
 * `dist/status-banner.full.js`: the whole banner in one eager file, for hosts that cannot keep old
 * chunks or want no second request. Same auto-mount as the loader.
 */
import './define.js';
import { autoMount } from './loader/auto-mount.js';

autoMount(document.currentScript);
