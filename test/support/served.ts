import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/launch-browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/static-server.ts';

/** Chromium, the sample site served at / and under /paper/, and the fixture archive at /, for one test file. */
export interface Served {
	browser: Browser;
	root: StaticSite;
	paper: StaticSite;
	/** test/fixtures/archive: two editions in two months, its index in one shard a month. */
	multi: StaticSite;
	/** The sample and an edition imported from a page PDF (scripts/lib/facsimile-content.ts). */
	facsimile: StaticSite;
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
		served.multi = await serveSite(sites.multi, '/');
		served.facsimile = await serveSite(sites.facsimile, '/');
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.root?.close();
		await served.paper?.close();
		await served.multi?.close();
		await served.facsimile?.close();
	});
	return served;
}
