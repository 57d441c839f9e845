import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { settings } from '../../src/settings.ts';

/** Debian's Chromium (CHROMIUM_PATH); nothing here downloads a browser. */
export const chromiumPath = settings.chromiumPath;

/** Launches headless Chromium with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath))
		throw new Error(`expects Chromium at ${chromiumPath}; install it with: apt-get install -y chromium`);
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
