import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
	/**
	 * The file's one reusable page, at `width` × 900 px when a width is given: opening a page
	 * in its own browser context starts a renderer process each time, which costs more than the
	 * page's own load. Tests run one at a time within a file, so a test that navigates it owns
	 * it until it ends; a test that listens to its requests or needs two pages at once opens its
	 * own with `newPage()`.
	 */
	tab(width?: number): Promise<Page>;
	/** A page of its own in the file's browser context, for a test that listens to its requests or needs two pages at once; close it. */
	newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
}

/**
 * Starts Chromium and serves the sample builds (from the site project's global setup) before the
 * file's tests, and stops them after. Read the fields inside tests, once `beforeAll` has run.
 */
export function useServedSites(): Served {
	const sites = inject('sites');
	let context: BrowserContext | undefined;
	let page: Page | undefined;
	const served = {
		async tab(width?: number) {
			if (!page || page.isClosed()) page = await served.newPage();
			if (width && page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 900 });
			return page;
		},
		async newPage(options?: { viewport?: { width: number; height: number } }) {
			context ??= await served.browser.newContext();
			const fresh = await context.newPage();
			if (options?.viewport) await fresh.setViewportSize(options.viewport);
			return fresh;
		},
	} as Served;
	beforeAll(async () => {
		served.browser = await launchBrowser();
		served.root = await serveSite(sites.root, '/');
		served.paper = await serveSite(sites.paper, '/paper/');
		served.multi = await serveSite(sites.multi, '/');
		served.facsimile = await serveSite(sites.facsimile, '/');
	});
	afterAll(async () => {
		await context?.close();
		await served.browser?.close();
		await served.root?.close();
		await served.paper?.close();
		await served.multi?.close();
		await served.facsimile?.close();
	});
	return served;
}
