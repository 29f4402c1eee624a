// `npm run screenshots`: the README's gallery, docs/screenshots/*.png, copied from the visual test
// baselines (test/browser/__screenshots__/baseline/, made by test/browser/visual.test.ts), so the
// README shows exactly the pictures CI compares against. Refresh the baselines first when the look
// changes: `npm run screenshots:update` does both.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const baselines = path.join(root, 'test', 'browser', '__screenshots__', 'baseline');
const outDir = path.join(root, 'docs', 'screenshots');

/** Gallery file → baseline it shows. */
const GALLERY = {
  // Cards, 720 px wide, English.
  'investigating.png': '720/card-light-en-investigating.png',
  'identified.png': '720/card-light-en-identified-eta.png',
  'overdue.png': '720/card-light-en-eta-overdue.png',
  'monitoring.png': '720/card-light-en-monitoring.png',
  'resolved.png': '720/card-light-en-resolved-postmortem.png',
  'maintenance.png': '720/card-light-en-maintenance-upcoming.png',
  'maintenance-in-progress.png': '720/card-light-en-maintenance-in-progress.png',
  'several.png': '720/card-light-en-three-incidents.png',
  'dark.png': '720/card-dark-en-identified-eta.png',
  'theming-before.png': '720/card-light-en-identified-eta.png',
  'theming-after.png': '720/card-themed.png',
  // The bar at the top of a 1280 px page, and at 320 px.
  'bar.png': '1280/bar-light-en-identified-eta.png',
  'bar-open.png': '1280/bar-light-en-identified-eta-open.png',
  'bar-several.png': '1280/bar-light-en-three-incidents.png',
  'bar-dark.png': '1280/bar-dark-en-identified-eta.png',
  'bar-french.png': '1280/bar-light-fr-maintenance-in-progress.png',
  'bar-forced-colors.png': 'forced-colors/bar-en-three-incidents.png',
  'bar-320.png': '320/bar-light-en-three-incidents.png',
  'bar-320-open.png': '320/bar-light-en-identified-eta-open.png',
};

const missing = Object.values(GALLERY).filter((file) => !existsSync(path.join(baselines, file)));
if (missing.length) {
  console.error(`screenshots: no baseline for ${missing.join(', ')}; run npm run screenshots:update`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
// Pictures no longer in the gallery go, so docs/ never shows a stale look.
for (const file of readdirSync(outDir)) if (file.endsWith('.png') && !(file in GALLERY)) rmSync(path.join(outDir, file));
for (const [file, baseline] of Object.entries(GALLERY)) {
  copyFileSync(path.join(baselines, baseline), path.join(outDir, file));
  console.log(`docs/screenshots/${file} ← ${baseline}`);
}
