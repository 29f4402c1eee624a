// `prepare`: builds dist/ when it is missing or older than its sources, otherwise does nothing.
//
// Why `prepare`: it is the lifecycle npm runs for git dependencies (docs.npmjs.com/cli/v11/using-npm/
// scripts: "If a package being installed through git contains a prepare script, its dependencies and
// devDependencies will be installed, and the prepare script will be run, before the package is
// packaged and installed"). For `npm install github:OWNER/status-banner` (or a `git+file:` URL),
// npm's fetcher (pacote, lib/git.js) clones the repository and runs `npm install` in the clone with
// devDependencies; its directory packer (lib/dir.js) then runs `prepare`, and only `prepare`, before
// packing. A `prepack` script is not run there: tried with npm 11.19, the installed package had no
// build output.
//
// Why only when stale: npm also runs `prepare` on a plain `npm install` / `npm ci` in this
// repository, and twice for one git install (once by the `npm install` inside the clone, once before
// packing it). A build costs about 10 s; building only when dist/ is missing or older than an input
// makes the second run, and most local installs, free. CI passes `--ignore-scripts` to `npm ci`
// (its `npm run verify` builds anyway); `npm pack` and `npm publish` run this too, so a tarball never
// ships a dist/ older than the sources. `npm run build` always builds.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildStaleness } from './package-files.js';

const root = path.resolve(import.meta.dirname, '..');

const reason = buildStaleness(root);
// Everything goes to stderr: `npm pack --json` and `npm publish --json` print their JSON on stdout
// after running this script, and tools parse it (attw --pack, scripts/check-release.js).
if (!reason) {
  console.error('prepare: dist/ is up to date, not rebuilding (`npm run build` forces a build)');
} else if (!existsSync(path.join(root, 'node_modules', 'vite'))) {
  console.error(`prepare: ${reason}, and the build tools are not installed: run \`npm install\` (with devDependencies) first.`);
  process.exit(1);
} else {
  console.error(`prepare: ${reason}: running \`npm run build\``);
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
}
