import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type StaticSite } from './server.ts';

/** Chromium and the sample site served at / and under /paper/, for one test file. */
export interface Served {
	browser: Browser;
	root: StaticSite;
	paper: StaticSite;
}

/**
 * Starts Chromium and serves the sample builds (from the site project's global setup) before the
 * file's tests, and stops them after. Read the fields inside tests, once `beforeAll` has run.
 */
export function useServedSites(): Served {
	const sites = inject('sites');
	const served = {} as Served;
	beforeAll(async () => {
		served.browser = await launchBrowser();
		served.root = await serveSite(sites.root, '/');
		served.paper = await serveSite(sites.paper, '/paper/');
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.root?.close();
		await served.paper?.close();
	});
	return served;
}
