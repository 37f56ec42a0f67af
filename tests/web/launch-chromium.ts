import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (apt-get install chromium), never a downloaded browser. The flags stop
 * Chromium's own background traffic, which this machine's closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
