// Runs `npm ci` only when node_modules was not installed from the current package-lock.json: a full `npm ci`
// takes about 7 s even from npm's cache, too much to pay on every `mvn verify`. The stamp records the SHA-256 of
// the package-lock.json that node_modules was installed from.
'use strict';
const { createHash } = require('crypto');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const lockHash = createHash('sha256').update(fs.readFileSync('package-lock.json')).digest('hex');
const stamp = path.join('node_modules', '.renkei-package-lock.sha256');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lockHash) {
  console.log('[renkei] node_modules matches package-lock.json; npm ci skipped');
  process.exit(0);
}
const started = Date.now();
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
  stdio: 'inherit',
  shell: process.platform === 'win32' // npm is npm.cmd there
});
if (npm.status !== 0) {
  console.error(`[renkei] npm ci failed (${npm.error ? npm.error.message : 'exit code ' + npm.status})`);
  process.exit(npm.status || 1);
}
fs.writeFileSync(stamp, lockHash);
console.log(`[renkei] npm ci done in ${Date.now() - started} ms`);
