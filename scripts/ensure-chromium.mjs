#!/usr/bin/env node
// Finds a Chromium for the browser tests, installing Debian's package when it is missing and we
// can (root with apt-get). Prints the path on stdout; explains what to install otherwise.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter(Boolean);

function found() {
  return candidates.find((path) => existsSync(path));
}

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

let path = found();
if (!path && canInstall()) {
  console.error('crm-kit: Chromium not found; installing Debian\'s "chromium" package (apt-get)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  path = found();
}
if (!path) {
  console.error(
    'crm-kit: the tests need Chromium and none was found.\n' +
      '  Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}
process.stdout.write(path);
