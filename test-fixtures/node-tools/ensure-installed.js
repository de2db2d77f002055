'use strict';
// Runs `npm ci` in this folder when node_modules is missing or was installed from another
// package-lock.json, so `mvn verify` installs the Node tools itself without reinstalling them on
// every build. The stamp holds the sha256 of the lock file that node_modules was installed from.

const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MINIMUM_NODE_MAJOR = 20;
const major = Number(process.versions.node.split('.')[0]);
if (major < MINIMUM_NODE_MAJOR) {
  process.stderr.write(
    `kiro-worker needs Node.js ${MINIMUM_NODE_MAJOR} or newer for its test tools; this is ` +
      `${process.version}. Install Node.js ${MINIMUM_NODE_MAJOR}+ and put it first on PATH.\n`);
  process.exit(1);
}

const here = __dirname;
const lockFile = path.join(here, 'package-lock.json');
const stampFile = path.join(here, 'node_modules', '.kiro-installed-lock-sha256');
const wanted = createHash('sha256').update(fs.readFileSync(lockFile)).digest('hex');
const installed = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';

if (installed === wanted) {
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: here,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  process.stderr.write(`npm ci failed in ${here} (exit ${result.status}); see the npm output above.\n`);
  process.exit(1);
}
fs.writeFileSync(stampFile, wanted + '\n');
