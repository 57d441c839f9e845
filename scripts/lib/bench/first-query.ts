import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../launch-browser.ts';
import { serveSite } from '../static-server.ts';

/** What a browser fetched for its first search, and what it showed. */
export interface FirstQuery {
	/** Bytes received, as a plain static server sends them. */
	bytes: number;
	/** The same, with gzip on scripts and text as a compressing host would send them. */
	gzipBytes: number;
	requests: number;
	results: number;
	/** Whether the search page searched by itself, or the query ran through pagefind.js in the page. */
	how: string;
	/** From opening the page to its status line reporting results. */
	resultsMs: number;
}

/**
 * Serves the built site, opens /search/?q=<query> in Chromium and adds up the bodies of every
 * response the search needs: everything under /pagefind/ (shard list, script, worker if any, wasm,
 * each shard's entry and metadata, filter chunks, fragments) and the text files (or the parts of
 * them) of the results shown, as a plain static server sends them (no HTTP compression).
 * Playwright's response events are used, not a page CDP session, so that a Web Worker's fetches
 * count too. When the search page does
 * not search by itself, runs the query through pagefind.js in the page and loads the first ten
 * results, as a results list would.
 */
export async function firstQuery(dist: string, query: string, log: (t: string) => void): Promise<FirstQuery> {
	const server = await serveSite(dist, '/');
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const sizes: Promise<{ raw: number; gzip: number }>[] = [];
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			if (!path.startsWith('/pagefind/') && !path.endsWith('/text.txt')) return;
			sizes.push(
				(async () => {
					// The bytes received, as the browser counts them: Playwright's response.body()
					// mangles partial (206) bodies, the text files' range requests.
					const raw = (await response.request().sizes()).responseBodySize;
					// Pagefind's own files are gzipped already; scripts and text as a compressing host
					// would send them: the same bytes of the file, gzipped.
					if (/\.(pf_\w+|pagefind)$/.test(path)) return { raw, gzip: raw };
					const file = readFileSync(join(dist, decodeURIComponent(path)));
					const range = /^bytes (\d+)-(\d+)\//.exec(response.headers()['content-range'] ?? '');
					return { raw, gzip: gzipSync(range ? file.subarray(Number(range[1]), Number(range[2]) + 1) : file).length };
				})().catch(() => ({ raw: 0, gzip: 0 })),
			);
		});
		const opened = performance.now();
		await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
		await page
			.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
				timeout: 120_000,
			})
			.catch(() => undefined);
		const resultsMs = Math.round(performance.now() - opened);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		let how = 'the search page';
		let results = await page
			.locator('[data-pagefind-results] li, [data-search-results] li, .search-results li')
			.count()
			.catch(() => 0);
		if (sizes.length === 0) {
			how = 'pagefind.js in the page: the search page loaded no index';
			log('the search page did not search by itself; querying through pagefind.js directly');
			results = await page.evaluate(async (query) => {
				const { shards } = await (await fetch('/pagefind/shards.json')).json();
				const pagefind = await import(`${location.origin}/pagefind/${shards[0].id}/pagefind.js`);
				await pagefind.init();
				for (const shard of shards.slice(1)) await pagefind.mergeIndex(`/pagefind/${shard.id}/`);
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
				return search.results.length as number;
			}, query);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
		}
		const all = await Promise.all(sizes);
		return {
			bytes: all.reduce((n, s) => n + s.raw, 0),
			gzipBytes: all.reduce((n, s) => n + s.gzip, 0),
			requests: all.length,
			results,
			how,
			resultsMs,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
