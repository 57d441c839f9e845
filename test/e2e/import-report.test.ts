import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importPage } from '../../src/lib/importer/index.ts';
import { buildReport, type ReportPage } from '../../src/lib/importer/report-html.ts';
import { launchBrowser } from '../../scripts/lib/launch-browser.ts';

const fixtures = join(import.meta.dirname, '../importer/fixtures');

function reportPage(name: string, page: number): ReportPage {
	const source = `dumps/2021-06-08/${String(page).padStart(2, '0')}.txt`;
	const imported = importPage(readFileSync(join(fixtures, name, 'input.txt')), { date: '2021-06-08', page, source });
	return {
		date: '2021-06-08',
		page,
		pageName: imported.entry.name,
		source,
		encoding: imported.encoding,
		text: imported.text,
		parsed: imported.parsed,
		reviews: imported.reviews,
		files: imported.files.map((f) => ({ name: f.name, href: f.name })),
	};
}

const pages = [
	reportPage('imports-the-sample-party-building-page', 1),
	reportPage('reads-a-top-down-page-with-briefs-under-datelines', 3),
];
let browser: Browser;
let dir: string;
let url: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'import-report-'));
	const file = join(dir, 'report.html');
	writeFileSync(file, buildReport(pages));
	url = pathToFileURL(file).href;
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
});

test('an editor opens the import report: dump beside items, lines in their item colour, nothing fetched', async () => {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => void requests.push(request.url()));
	page.on('pageerror', (error) => void errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.goto(url);
	expect(await page.title()).toContain('导入核对报告');
	expect(requests).toEqual([url]);
	expect(errors).toEqual([]);
	expect(await page.locator('.card').count()).toBe(pages[0].parsed.items.length + pages[1].parsed.items.length);

	// The dump and the items stand side by side.
	const dump = (await page.locator('#p1 .dump').boundingBox())!;
	const items = (await page.locator('#p1 .items').boundingBox())!;
	expect(items.x).toBeGreaterThanOrEqual(dump.x + dump.width);

	// A line of the third item is painted in that item's colour, and other kinds of line differ.
	const background = (selector: string) => page.locator(selector).evaluate((e) => getComputedStyle(e).backgroundColor);
	const cardColour = await page.locator('#p1-i3').evaluate((e) => getComputedStyle(e).getPropertyValue('--bg').trim());
	const third = pages[0].parsed.items[2].firstLine;
	expect(await background(`#p1-l${third}`)).toBe(
		await page.evaluate((c) => {
			const probe = document.createElement('div');
			probe.style.backgroundColor = c;
			document.body.append(probe);
			const rgb = getComputedStyle(probe).backgroundColor;
			probe.remove();
			return rgb;
		}, cardColour),
	);
	expect(await background('#p1-l115')).not.toBe(await background(`#p1-l${third}`));
	expect(await background('#p2-l1')).not.toBe(await background('#p1-l115'));

	// The to-do list leads to the item to check, whose reason shows on the card and in the dump.
	await page.getByRole('link', { name: /第03版 要闻 第 2 篇/ }).click();
	await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p2-i2');
	await expect.poll(() => page.locator('#p2-i2').isVisible()).toBe(true);
	expect(await page.locator('#p2-i2 .review').textContent()).toContain('没有找到标题');
	expect(await page.locator('#p2 .note').first().textContent()).toContain('没有找到标题');
	await page.close();
});
