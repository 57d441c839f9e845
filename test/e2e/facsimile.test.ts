import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { editionSchema } from '../../src/schemas/edition.ts';
import { FACSIMILE_DATE } from '../../scripts/lib/facsimile-content.ts';
import { root } from '../support/site.ts';
import type { StaticSite } from '../../scripts/lib/static-server.ts';
import { useServedSites } from '../support/served.ts';

// The facsimile fixture (scripts/lib/facsimile-content.ts): the sample edition, whose page is a
// text dump's, and FACSIMILE_DATE's page 1 imported from a page PDF of the development corpus.
const sites = inject('sites');
const served = useServedSites();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pageFolder = join(root, sites.facsimileContent, `editions/${FACSIMILE_DATE}/01`);
const manifest = editionSchema.parse(
	parse(readFileSync(join(root, sites.facsimileContent, `editions/${FACSIMILE_DATE}/edition.yaml`), 'utf8')),
);
const facsimile = manifest.pages[0].facsimile!;
/** The imported items: slug (file name without its order) and order. */
const items = readdirSync(pageFolder)
	.filter((f) => f.endsWith('.md'))
	.map((f) => ({
		slug: f.replace(/^\d+-|\.md$/g, ''),
		order: Number(/^order: (\d+)$/m.exec(readFileSync(join(pageFolder, f), 'utf8'))![1]),
	}));
const pageView = `${FACSIMILE_DATE}/01/`;

async function open(site: StaticSite, path: string, width = 1280): Promise<Page> {
	const page = await served.browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
	const response = await page.goto(site.url + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** The region links of the page view's facsimile: name, link as written (relative to the page view) and the path it leads to, in document order. */
async function regionLinks(page: Page): Promise<{ name: string; href: string; path: string }[]> {
	return page.locator('.facsimile-page svg a').evaluateAll((links) =>
		links.map((a) => ({
			name: a.querySelector('title')!.textContent!,
			href: a.getAttribute('href')!,
			path: new URL(a.getAttribute('href')!, location.href).pathname,
		})),
	);
}

/** The centre of an item's first rectangle, from the corner of the box around all of them, in the desktop map's pixels (it is 20rem wide): where a reader points. */
function boxCentre(href: string): { x: number; y: number } {
	const slug = href.split('/').at(-2);
	const item = items.find((i) => i.slug === slug)!;
	const boxes = facsimile.regions.find((r) => r.order === item.order)!.boxes;
	const [x, y, width, height] = boxes[0];
	const scale = 320 / facsimile.width;
	return {
		x: (x + width / 2 - Math.min(...boxes.map((b) => b[0]))) * scale,
		y: (y + height / 2 - Math.min(...boxes.map((b) => b[1]))) * scale,
	};
}

describe('the page view of a page imported from its PDF, on a desktop', () => {
	test('links every item that has regions from the facsimile, named by its headline', async () => {
		const page = await open(served.facsimile, pageView);
		const links = await regionLinks(page);
		// As many links as the manifest has regions of items; each named as the sheet's headline of the same item.
		expect(links.length).toBeGreaterThanOrEqual(3);
		expect(links).toHaveLength(facsimile.regions.length);
		for (const link of links) {
			const headline = page.locator(`.sheet h2 a[href="${link.path}"]`);
			expect(await headline.textContent(), link.path).toBe(link.name);
		}
		// They list the page's items, so the side's list of the day's pages does not list them again.
		expect(await page.locator('.day-pages ul').count()).toBe(0);
		await expect
			.poll(() => page.locator('.facsimile-page img').evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		await page.close();
	});

	test('follows a region link on click', async () => {
		const page = await open(served.facsimile, pageView);
		const [, second] = await regionLinks(page);
		await page.locator(`.facsimile-page svg a[href="${second.href}"] path`).click({ position: boxCentre(second.path) });
		await page.waitForURL(served.facsimile.url + second.path.slice(1));
		expect(await page.locator('h1').textContent()).toBe(second.name);
		await page.close();
	});

	test('reaches every region link with Tab, and follows one with Enter', async () => {
		const page = await open(served.facsimile, pageView);
		const links = await regionLinks(page);
		const reached: string[] = [];
		for (let i = 0; i < 80 && reached.length < links.length; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const el = document.activeElement;
				return el?.closest('.facsimile-page') ? el.getAttribute('href') : null;
			});
			if (focused) reached.push(focused);
		}
		expect(reached).toEqual(links.map((l) => l.href));
		// Focus is on the last region link: Enter follows it.
		await page.keyboard.press('Enter');
		await page.waitForURL(served.facsimile.url + links.at(-1)!.path.slice(1));
		await page.close();
	});

	test('highlights a region on hover and on keyboard focus', async () => {
		const page = await open(served.facsimile, pageView);
		const link = page.locator('.facsimile-page svg a').nth(1);
		const stroke = () => link.locator('path').evaluate((r) => getComputedStyle(r).stroke);
		const plain = await stroke();
		await link.locator('path').hover({ position: boxCentre(`/${pageView}${await link.getAttribute('href')}`) });
		const hovered = await stroke();
		expect(hovered).not.toBe(plain);
		await page.mouse.move(0, 0);
		expect(await stroke()).toBe(plain);
		await page.locator('.facsimile-page svg a').nth(1).focus();
		// Focus from script is not keyboard focus; Tab back and forth makes it so.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await stroke()).toBe(hovered);
		await page.close();
	});

	test('serves the page PDF at 下载本版PDF', async () => {
		const page = await open(served.facsimile, pageView);
		const link = page.getByRole('link', { name: '下载本版PDF' });
		const href = await link.getAttribute('href');
		// Written relative to the page view, which stands in the folder of its files.
		expect(href).toBe(facsimile.pdf);
		const response = await page.request.get(served.facsimile.url + pageView + href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/application\/pdf/);
		expect(Buffer.from(await response.body()).equals(readFileSync(join(pageFolder, facsimile.pdf)))).toBe(true);
		await page.close();
	});

	test('loads the page image in the width it is shown at, with its size known before it loads', async () => {
		const page = await open(served.facsimile, pageView);
		const img = page.locator('.facsimile-page img');
		expect(await img.getAttribute('srcset')).toBe([...facsimile.images].map((i) => `${i.file} ${i.width}w`).join(', '));
		expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
		expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
		await expect
			.poll(() => img.evaluate((i: HTMLImageElement) => i.currentSrc), { timeout: 15_000 })
			.toMatch(/page-480\.webp$/);
		await page.close();
	});
});

describe('the page view of a page imported from its PDF, on a phone', () => {
	test('shows a thumbnail that opens the page zoomable, at its largest width', async () => {
		const page = await open(served.facsimile, pageView, 375);
		expect(await page.locator('meta[name=viewport]').getAttribute('content')).not.toMatch(
			/user-scalable|maximum-scale/,
		);
		expect(await page.locator('.facsimile-page').isVisible()).toBe(false);
		const thumb = page.locator('.facsimile-thumb');
		expect(await thumb.isVisible()).toBe(true);
		expect((await thumb.locator('img').boundingBox())!.width).toBeLessThanOrEqual(100);
		await thumb.click();
		const dialog = page.locator('dialog.facsimile-view');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(page.url()).toBe(served.facsimile.url + pageView);
		const largest = facsimile.images.at(-1)!;
		const img = dialog.locator('img');
		await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(largest.width);
		// Fitted to the screen first, then at its full width to pan.
		const scroller = dialog.locator('.facsimile-scroll');
		const wider = () => scroller.evaluate((s) => s.scrollWidth > s.clientWidth);
		expect(await wider()).toBe(false);
		await dialog.getByRole('button', { name: '放大' }).click();
		expect(await wider()).toBe(true);
		// Its region links lead to the items there too.
		expect(await dialog.locator('svg a').count()).toBe(facsimile.regions.length);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await page.close();
	});
});

describe('accessibility of the page view with a facsimile', () => {
	for (const width of [375, 1280])
		test(`has no accessibility violation of moderate impact or more (axe-core) at ${width} px`, async () => {
			const page = await open(served.facsimile, pageView, width);
			const run = async () => {
				await page.addScriptTag({ content: axeSource });
				return page.evaluate(async () => {
					// @ts-expect-error axe is injected above
					const result = await window.axe.run(document, { resultTypes: ['violations'] });
					return result.violations
						.filter((v: { impact: string }) => ['moderate', 'serious', 'critical'].includes(v.impact))
						.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
							id: v.id,
							impact: v.impact,
							targets: v.nodes.map((n) => n.target.join(' ')),
						}));
				});
			};
			expect(await run()).toEqual([]);
			// The zoomable view, open.
			await page.locator('.facsimile-thumb').click();
			await expect.poll(() => page.locator('dialog.facsimile-view').isVisible()).toBe(true);
			expect(await run()).toEqual([]);
			await page.close();
		});
});

describe('an item of a page imported from its PDF', () => {
	test('shows where it stood on the page, outlined on a thumbnail that links to the page view', async () => {
		const page = await open(served.facsimile, pageView);
		const links = await regionLinks(page);
		for (const [i, link] of links.entries()) {
			await page.goto(served.facsimile.url + link.path.slice(1));
			const locator = page.locator('.page-locator');
			expect(await locator.getAttribute('href')).toBe(`/${pageView}`);
			expect((await locator.locator('path.outline').getAttribute('d'))!.match(/M/g)).toHaveLength(
				facsimile.regions[i].boxes.length,
			);
			expect((await locator.locator('img').boundingBox())!.width).toBeLessThanOrEqual(100);
		}
		await page.locator('.page-locator').click();
		await page.waitForURL(served.facsimile.url + pageView);
		await page.close();
	});

	test('loads at most 150 kB in all, thumbnail included', async () => {
		const page = await served.browser.newPage();
		const first = await open(served.facsimile, pageView);
		const [link] = await regionLinks(first);
		await first.close();
		const tally = await weigh(page, served.facsimile.url + link.path.slice(1));
		// A lazy image may start after the network first went quiet on a loaded machine: wait for it.
		await expect.poll(() => tally.images, { timeout: 20_000 }).toBeGreaterThan(0);
		expect(tally.bytes).toBeLessThanOrEqual(150 * 1024);
		await page.close();
	});
});

/** What a page loads: bytes and requests, all of them and its images'; the tally keeps counting after it returns. */
async function weigh(page: Page, url: string): Promise<{ bytes: number; images: number; files: string[] }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const responses = new Map<string, { type: string; url: string }>();
	const tally = { bytes: 0, images: 0, files: [] as string[] };
	cdp.on('Network.responseReceived', (e) => void responses.set(e.requestId, { type: e.type, url: e.response.url }));
	cdp.on('Network.loadingFinished', (e) => {
		const response = responses.get(e.requestId);
		// The browser's own requests (the tab's icon: type Other) come when it pleases, not from the page.
		if (!response || response.type === 'Other') return;
		tally.bytes += e.encodedDataLength;
		if (response.type === 'Image') tally.images += e.encodedDataLength;
		else tally.files.push(`${response.type} ${new URL(response.url).pathname}`);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	return tally;
}

describe('pages imported from text dumps', () => {
	test('look as they do without facsimiles in the archive: the same sheet, no facsimile, no locator', async () => {
		const sample = '2021-06-08/01/';
		const page = await open(served.facsimile, sample);
		const other = await open(served.root, sample);
		const sheet = (p: Page) => p.locator('.sheet').evaluate((s) => s.outerHTML);
		expect(await sheet(page)).toBe(await sheet(other));
		expect(await page.locator('.facsimile, .page-side').count()).toBe(0);
		const item = await page.locator('.sheet h2 a').first().getAttribute('href');
		await page.goto(served.facsimile.url + item!.slice(1));
		expect(await page.locator('.page-locator').count()).toBe(0);
		await page.close();
		await other.close();
	});

	test('the page view without its page image weighs about what a text page view does', async () => {
		const [one, two] = [await served.browser.newPage(), await served.browser.newPage()];
		const withFacsimile = await weigh(one, served.facsimile.url + pageView);
		const textOnly = await weigh(two, served.root.url + '2021-06-08/01/');
		await one.close();
		await two.close();
		// The sample's page of eight items against the imported page of seven: the facsimile adds its
		// region links, thumbnail and a small click handler, all linked relative to the page view, and
		// its page lists its headlines once (as region links, not again in the day's pages); the
		// zoomable view is a module loaded on the first click, so no script or style file of its own at load.
		const kinds = (files: string[]) => files.map((file) => file.split(' ')[0]).sort();
		expect(kinds(withFacsimile.files), withFacsimile.files.join('\n')).toEqual(kinds(textOnly.files));
		expect(withFacsimile.bytes - withFacsimile.images).toBeLessThanOrEqual(textOnly.bytes - textOnly.images);
	});
});
