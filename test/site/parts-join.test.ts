import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { corpusFromText } from '../../src/lib/bench/corpus.ts';
import { nextEdition } from '../../src/lib/bench/plan-archive.ts';
import { spreadArchive } from '../../src/lib/bench/spread-archive.ts';
import { buildJoin, buildPart } from '../../src/lib/parts/build.ts';
import { compareTrees } from '../../src/lib/parts/compare-trees.ts';
import { readSummary } from '../../src/lib/parts/summary.ts';
import { buildSite, root, tmpDir } from '../support/site.ts';
import { listFiles } from '../support/html.ts';
import { launchBrowser } from '../../scripts/lib/launch-browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/static-server.ts';

// A 3-year archive of a few editions a year, from the benchmark's generator, inside the project
// (CONTENT_DIR is project-relative). Small shards and list pages, so that years are cut into
// month shards and the author and section lists run over several pages.
const scratch = join(tmpDir, 'parts-join');
const content = '.tmp/parts-join/content';
const env = {
	CONTENT_DIR: content,
	SEARCH_SHARD_ITEMS: '40',
	LIST_PAGE_SIZE: '4',
	SITE_URL: 'https://paper.example.org',
	BASE_PATH: '/',
};
const years = ['2022', '2023', '2024'];
const parts = years.map((y) => join(scratch, 'parts', y));
const joined = join(scratch, 'dist');

/** The single build's output folder, once the first suite has built it. */
let single: string;
const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));

describe('an archive built as three parts and joined', () => {
	beforeAll(() => {
		rmSync(scratch, { recursive: true, force: true });
		for (const edition of spreadArchive({ articles: 240, years: 3, seed: 7, corpus, newest: '2024-12-30' }))
			for (const file of edition.files) {
				const path = join(root, content, 'editions', file.path);
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, file.text);
			}
		single = buildSite({
			name: 'parts-join/single',
			env: { ...env, ASTRO_CACHE_DIR: join(scratch, 'cache/single') },
		}).outDir;
		for (const [i, y] of years.entries())
			buildPart({ years: y, out: parts[i], cache: join(scratch, 'cache', y), env, cwd: root });
		buildJoin({ parts, out: joined, cache: join(scratch, 'cache/join'), env, cwd: root });
	});

	test('gives the same files with the same bytes as the single build', () => {
		const { files, differing } = compareTrees(single, joined);
		expect(files).toBeGreaterThan(300);
		expect(differing).toEqual([]);
	});

	test('holds in a part only its own years: editions, search shards and the summary', () => {
		const summary = readSummary(parts[1]);
		expect(summary.periods).toEqual(['2023']);
		expect(summary.items.length).toBeGreaterThan(0);
		expect(summary.items.every((item) => item.path.startsWith('2023-'))).toBe(true);
		// Each entry keeps its content file's digest, which the daily build's list keys take (summary-entries.ts).
		expect(summary.items.every((item) => typeof item.digest === 'string')).toBe(true);
		expect(summary.editions.every((edition) => typeof edition.digest === 'string')).toBe(true);
		expect(existsSync(join(parts[1], 'site/index.html'))).toBe(false);
		expect(existsSync(join(parts[1], 'site/authors'))).toBe(false);
		// Its months' open data is the part's; the index of the months is the join's.
		const months = [...new Set(summary.items.map((item) => item.path.slice(0, 7)))].sort();
		expect(readdirSync(join(parts[1], 'site/data/editions')).sort()).toEqual(months.map((m) => `${m}.json`));
		expect(existsSync(join(parts[1], 'site/data/editions.json'))).toBe(false);
		// Its months' sitemaps too; the lists' sitemap and the index are the join's.
		expect(readdirSync(join(parts[1], 'site')).filter((name) => name.startsWith('sitemap'))).toEqual(
			months.map((m) => `sitemap-${m}.xml`),
		);
		const shards = JSON.parse(readFileSync(join(parts[1], 'shards.json'), 'utf8')).shards;
		expect(shards.length).toBeGreaterThan(0);
		for (const shard of shards) expect(existsSync(join(parts[1], 'site/pagefind', shard.id))).toBe(true);
	});

	test('keeps item bodies out of the summaries but for the newest, which the feed shows', () => {
		const summary = readSummary(parts[2]);
		const withBody = summary.items.filter((item) => item.body !== undefined);
		expect(withBody.length).toBeGreaterThan(0);
		expect(withBody.length).toBeLessThan(summary.items.length);
		expect(summary.items.slice(0, withBody.length)).toEqual(withBody);
	});

	test('writes a sitemap per month of that month’s pages, one of the lists, and an index of them, as the single build does', () => {
		const locs = (file: string) =>
			[...readFileSync(join(joined, file), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) =>
				decodeURIComponent(new URL(m[1]).pathname),
			);
		const pages = listFiles(single)
			.filter((file) => file.endsWith('index.html') && !file.startsWith('404'))
			.map((file) => `/${file.slice(0, -'index.html'.length)}`);
		const months = [...new Set(pages.filter((p) => /^\/\d{4}-/.test(p)).map((p) => p.slice(1, 8)))].sort();
		expect(months.length).toBeGreaterThan(years.length);
		expect(locs('sitemap-index.xml')).toEqual(['/sitemap-lists.xml', ...months.map((m) => `/sitemap-${m}.xml`)]);
		for (const m of months)
			expect(locs(`sitemap-${m}.xml`).sort()).toEqual(pages.filter((p) => p.startsWith(`/${m}-`)).sort());
		expect(locs('sitemap-lists.xml').sort()).toEqual(pages.filter((p) => !/^\/\d{4}-/.test(p)).sort());
		const of2023 = months.find((m) => m.startsWith('2023'))!;
		expect(statSync(join(joined, `sitemap-${of2023}.xml`)).ino).toBe(
			statSync(join(parts[1], `site/sitemap-${of2023}.xml`)).ino,
		);
	});

	test('links the parts’ pages into the joined site rather than copying them', () => {
		const item = join(summaryPath(parts[0]), 'index.html');
		expect(statSync(join(joined, item)).ino).toBe(statSync(join(parts[0], 'site', item)).ino);
	});

	test('joins again keeping every part’s file linked, placing only what the join’s build wrote anew, and gives the same site', () => {
		const inode = (file: string) => statSync(join(joined, file)).ino;
		const before = new Map(listFiles(joined).map((file) => [file, inode(file)]));
		const again = buildJoin({ parts, out: joined, cache: join(scratch, 'cache/join'), env, cwd: root });
		// Only files the join's own build wrote anew are placed again; every part's file stays linked.
		const placed = [...before].filter(([file, ino]) => inode(file) !== ino).map(([file]) => file);
		expect(placed.length).toBe(again.placed);
		for (const file of placed) expect(existsSync(join(scratch, 'cache/join/site', file)), file).toBe(true);
		expect(again.removed).toBe(0);
		expect(compareTrees(single, joined).differing).toEqual([]);
	});
});

describe('searching the joined site in Chromium', () => {
	let browser: Browser;
	let sites: { single: StaticSite; joined: StaticSite };
	beforeAll(async () => {
		browser = await launchBrowser();
		sites = { single: await serveSite(single, '/'), joined: await serveSite(joined, '/') };
	});
	afterAll(async () => {
		await browser?.close();
		await sites?.single.close();
		await sites?.joined.close();
	});

	/** Searches by date, newest first, paging on until a result of `year` shows; the results and the paths requested. */
	async function searchUntil(site: StaticSite, year: string) {
		const page: Page = await browser.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${site.url}search/?q=${encodeURIComponent('党员')}&sort=date`);
		await page.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
		const firstPage = fetched.filter((p) => p.startsWith('/pagefind/') && /^\/pagefind\/\d{4}/.test(p));
		const dates = () =>
			page.$$eval('a[data-search-result]', (links) =>
				links.map((a) => a.closest('li')!.querySelector('time')!.getAttribute('datetime')!),
			);
		for (let more = 0; more < 40 && !(await dates()).some((d) => d.startsWith(year)); more++) {
			const count = (await dates()).length;
			await page.click('[data-search-more]');
			await page.waitForFunction((n) => document.querySelectorAll('a[data-search-result]').length > n, count);
		}
		const results = await page.$$eval('a[data-search-result]', (links) => links.map((a) => a.getAttribute('href')));
		await page.close();
		return { firstPage, fetched, results };
	}

	test('starts with the newest part’s shards, merges the oldest part’s when the results reach it, and finds what the single build finds', async () => {
		const joinedRun = await searchUntil(sites.joined, years[0]);
		// The first page reads the newest part's shards only.
		expect(joinedRun.firstPage.length).toBeGreaterThan(0);
		expect(joinedRun.firstPage.every((p) => p.startsWith(`/pagefind/${years[2]}`))).toBe(true);
		// Paging on reaches the oldest part: its shards are then merged.
		expect(joinedRun.fetched.some((p) => p.startsWith(`/pagefind/${years[0]}`))).toBe(true);
		const singleRun = await searchUntil(sites.single, years[0]);
		expect(joinedRun.results).toEqual(singleRun.results);
		expect(joinedRun.results.length).toBeGreaterThan(10);
	});
});

// Runs last: it adds an edition to the archive that the suites above compare with the single build.
describe('the daily build: the newest month built with the join, beside a part of its year’s closed months', () => {
	const daily = join(scratch, 'daily');
	const month = '2024-12';
	const closedMonths = '2024-01..2024-11';
	const closed = join(scratch, 'parts', closedMonths);
	const build = () =>
		buildJoin({
			parts: [...parts.slice(0, -1), closed],
			years: month,
			out: daily,
			cache: join(scratch, 'cache/daily'),
			env,
			cwd: root,
		});

	test('gives the single build’s site, byte for byte', () => {
		buildPart({ years: closedMonths, out: closed, cache: join(scratch, 'cache/closed'), env, cwd: root });
		const summary = readSummary(closed);
		expect(summary.items.length).toBeGreaterThan(0);
		expect(summary.items.every((item) => item.path.startsWith('2024-') && item.path < month)).toBe(true);
		// A part of the current month's neighbours only: the closed months' pages are not the daily build's.
		build();
		const dated = (dir: string) =>
			readdirSync(dir)
				.filter((name) => /^\d{4}-/.test(name))
				.sort();
		expect(dated(join(scratch, 'cache/daily/site'))).toEqual(
			dated(join(root, content, 'editions')).filter((name) => name.startsWith(month)),
		);
		const { files, differing } = compareTrees(single, daily);
		expect(files).toBeGreaterThan(300);
		expect(differing).toEqual([]);
	}, 600_000); // a build from nothing

	test('after a new edition, gives what the year’s part and the join give, and writes only what changed', () => {
		const edition = nextEdition({ seed: 7, corpus, newest: '2024-12-30' });
		for (const file of edition.files) {
			const path = join(root, content, 'editions', file.path);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, file.text);
		}
		const inode = (file: string) => statSync(join(daily, file)).ino;
		const before = new Map(listFiles(daily).map((file) => [file, inode(file)]));
		const again = build();
		buildPart({ years: years[2], out: parts[2], cache: join(scratch, 'cache', years[2]), env, cwd: root });
		buildJoin({ parts, out: joined, cache: join(scratch, 'cache/join'), env, cwd: root });
		const { files, differing } = compareTrees(joined, daily);
		expect(differing).toEqual([]);
		expect(files).toBeGreaterThan(before.size);
		expect(existsSync(join(daily, edition.date, 'index.html'))).toBe(true);
		// The older parts' files stay linked; what was placed anew is the daily build's own.
		const placed = [...before].filter(([file, ino]) => existsSync(join(daily, file)) && inode(file) !== ino);
		expect(placed.length).toBeLessThan(before.size / 4);
		for (const [file] of placed)
			expect(/^(sitemap-|data\/editions\/)?\d{4}-/.test(file) && !file.includes(month), file).toBe(false);
		// The new edition is in its month's sitemap; the older months' sitemaps are their parts' files.
		expect(readFileSync(join(daily, `sitemap-${month}.xml`), 'utf8')).toContain(`/${edition.date}/</loc>`);
		const older = readdirSync(join(closed, 'site')).find((name) => name.startsWith('sitemap-2024-'))!;
		expect(inode(older)).toBe(statSync(join(closed, 'site', older)).ino);
		expect(again.placed).toBeGreaterThan(0);
	}, 600_000); // three builds in a row: the daily build, the year's part and the join
});

/** The first item's site path in a part. */
function summaryPath(part: string): string {
	return readSummary(part).items[0].path;
}
