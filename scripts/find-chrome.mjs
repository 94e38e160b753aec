// @ts-check
import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives on Linux and macOS, after `CHROME_PATH`. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser the tests drive; exits with a clear message when there is none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  fail('No Chromium or Chrome found.');
}

/** @param {string} reason @returns {never} */
function fail(reason) {
  console.error(
    `\n${reason}\nThe browser tests need Chromium or Chrome. Install it (Debian/Ubuntu: ` +
      `sudo apt-get install chromium) or point CHROME_PATH at the executable.\n`,
  );
  process.exit(1);
}
