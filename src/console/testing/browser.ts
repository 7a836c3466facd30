import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's Chromium lives (installed by `.ci/run`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches headless Chromium; throws (never skips) when it is missing, so CI cannot pass without the browser test. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium; .ci/run does)`,
    );
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}
