import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticSite } from '../../scripts/lib/static-server.ts';
import { useServedSites } from '../support/served.ts';

const sites = inject('sites');
interface OpenData {
	editions: { date: string; pages: { number: number; items: { headline: string; url: string }[] }[] }[];
}
// The open data's index names a file per month, newest first (src/pages/data/editions.json.ts).
const openData: { months: { month: string; url: string }[] } = JSON.parse(
	readFileSync(join(sites.root, 'data/editions.json'), 'utf8'),
);
const data: OpenData = JSON.parse(
	readFileSync(join(sites.root, new URL(openData.months[0].url).pathname.slice(1)), 'utf8'),
);
const items = data.editions[0].pages.flatMap((p) => p.items);
const pathOf = (url: string) => new URL(url).pathname.slice(1);

const served = useServedSites();

async function open(site: StaticSite, path = '', width = 1280): Promise<Page> {
	const page = await served.browser.newPage({ viewport: { width, height: 900 } });
	const response = await page.goto(site.url + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('a reader', () => {
	test('goes from the home page to the edition, the page, an item and the next item', async () => {
		const page = await open(served.root);
		await page
			.getByRole('link', { name: /2021年6月8日/ })
			.first()
			.click();
		await page.waitForURL(/\/2021-06-08\/$/);
		expect(await page.locator('h1').textContent()).toContain('2021年6月8日');
		await page.getByRole('link', { name: '第01版：党建' }).click();
		await page.waitForURL(/\/2021-06-08\/01\/$/);
		await page.locator('.sheet').getByRole('link', { name: items[0].headline, exact: true }).click();
		await page.waitForURL(served.root.url + pathOf(items[0].url));
		expect(await page.locator('h1').textContent()).toBe(items[0].headline);
		await page.getByRole('link', { name: `下一篇：${items[1].headline} →` }).click();
		await page.waitForURL(served.root.url + pathOf(items[1].url));
		expect(await page.locator('h1').textContent()).toBe(items[1].headline);
		await page.close();
	});

	test('moves to the next and previous item with the → and ← keys, but not while typing', async () => {
		const page = await open(served.root, pathOf(items[1].url));
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(served.root.url + pathOf(items[2].url));
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(served.root.url + pathOf(items[1].url));
		await page.locator('#site-search').focus();
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(300);
		expect(page.url()).toBe(served.root.url + pathOf(items[1].url));
		await page.close();
	});

	test('goes back from the first item of the page to the page with ←', async () => {
		const page = await open(served.root, pathOf(items[0].url));
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(`${served.root.url}2021-06-08/01/`);
		await page.close();
	});

	test('changes the font size and keeps it on the next page', async () => {
		const page = await open(served.root, pathOf(items[0].url));
		const size = () => page.locator('.prose').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		const medium = await size();
		await page.getByRole('button', { name: '字号大' }).click();
		expect(await size()).toBeGreaterThan(medium);
		await page.goto(served.root.url + pathOf(items[1].url));
		expect(await size()).toBeGreaterThan(medium);
		expect(await page.getByRole('button', { name: '字号大' }).getAttribute('aria-pressed')).toBe('true');
		await page.close();
	});

	test('jumps from the archive to a date’s edition, and finds a hint at the address of a day without a paper', async () => {
		const page = await open(served.root, 'archive/');
		await page.locator('#jump-date').fill('2021-06-08');
		await page.getByRole('button', { name: '前往' }).click();
		await page.waitForURL(`${served.root.url}2021-06-08/`);
		const missing = await page.goto(`${served.root.url}2021-06-09/`);
		expect(missing?.status()).toBe(404);
		await page.getByText('这一天没有出版报纸').waitFor({ state: 'visible' });
		expect(await page.getByRole('link', { name: '查看当年的往期报纸' }).getAttribute('href')).toBe('/archive/2021/');
		await page.close();
	});
});

describe('the site served under /paper/', () => {
	test('works from home to item with every link under the sub-path', async () => {
		const page = await open(served.paper);
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(r.url());
		});
		await page
			.getByRole('link', { name: /2021年6月8日/ })
			.first()
			.click();
		await page.getByRole('link', { name: '第01版：党建' }).click();
		await page.locator('.sheet').getByRole('link', { name: items[0].headline, exact: true }).click();
		await page.waitForURL(served.paper.url + pathOf(items[0].url));
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(served.paper.url + pathOf(items[1].url));
		const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs.filter((h) => !h.startsWith('/paper/'))).toEqual([]);
		expect(failed).toEqual([]);
		await page.close();
	});
});

const views = () => [
	'',
	'archive/',
	'2021-06-08/',
	'2021-06-08/01/',
	pathOf(items[0].url),
	pathOf(items.at(-1)!.url),
	'authors/',
	'sections/',
	'search/',
];

describe('every view', () => {
	test('fits a 375 px phone screen without sideways scrolling', async () => {
		for (const path of views()) {
			const page = await open(served.root, path, 375);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
			await page.close();
		}
	});

	test('an item page loads at most 150 kB in all', async () => {
		for (const item of items) {
			const page = await served.browser.newPage();
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Network.enable');
			let bytes = 0;
			let scriptBytes = 0;
			const scripts = new Set<string>();
			cdp.on('Network.responseReceived', (e) => {
				if (e.type === 'Script') scripts.add(e.requestId);
			});
			cdp.on('Network.loadingFinished', (e) => {
				bytes += e.encodedDataLength;
				if (scripts.has(e.requestId)) scriptBytes += e.encodedDataLength;
			});
			await page.goto(served.root.url + pathOf(item.url), { waitUntil: 'networkidle' });
			expect(bytes, item.url).toBeGreaterThan(1000);
			expect(bytes, item.url).toBeLessThanOrEqual(150 * 1024);
			// The search's conversion tables (about 40 kB) load only to mark hits (?highlight=).
			expect(scriptBytes, item.url).toBeLessThanOrEqual(10 * 1024);
			await page.close();
		}
	});
});
