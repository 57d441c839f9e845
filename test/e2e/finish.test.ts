import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticSite } from '../../scripts/lib/static-server.ts';
import { useServedSites } from '../support/served.ts';

// The fixture archive (test/fixtures/archive): 2021-05-31 with pages 1, 2 and 2021-06-01 with
// pages 1, 2, 4; the sample (content/): one page of eight items, three of them photos without a picture.
const served = useServedSites();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function open(site: StaticSite, path = '', width = 1280): Promise<Page> {
	const page = await served.tab(width);
	const response = await page.goto(site.url + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** Every kind of view, on the sample and on the fixture archive. */
const views = (): [StaticSite, string][] => [
	[served.multi, ''],
	[served.multi, '2021-06-01/'],
	[served.multi, '2021-05-31/02/'],
	[served.multi, '2021-06-01/01/item-1-2/'],
	[served.multi, 'archive/'],
	[served.multi, `authors/${encodeURIComponent('测试员')}/`],
	[served.root, '2021-06-08/01/'],
	[served.root, '2021-06-08/01/xue-yong-jie-he-zuo-hao-xin-shi-dai-dang-de-zu/'],
	[served.root, '2021-06-08/01/chuan-cheng-hong-se-jing-shen/'],
	[served.root, 'authors/'],
	[served.root, 'sections/'],
	[served.root, `sections/${encodeURIComponent('观潮')}/`],
	[served.root, `search/?q=${encodeURIComponent('党员')}`],
];

describe('every view', () => {
	test('keeps its content clear of the masthead and of the footer', { timeout: 400_000 }, async () => {
		for (const width of [375, 1280]) {
			for (const [site, path] of views()) {
				const page = await open(site, path, width);
				const gaps = await page.evaluate(() => {
					const main = document.querySelector('main')!;
					const masthead = document.querySelector('.masthead')!.getBoundingClientRect();
					const footer = document.querySelector('.site-footer')!.getBoundingClientRect();
					const boxes = [...main.querySelectorAll('*')]
						.filter((el) => el.checkVisibility({ visibilityProperty: true }))
						.map((el) => el.getBoundingClientRect())
						.filter((r) => r.height > 0 && r.width > 0);
					return {
						top: Math.min(...boxes.map((r) => r.top)) - masthead.bottom,
						bottom: footer.top - Math.max(...boxes.map((r) => r.bottom)),
					};
				});
				expect(gaps.top, `${path} at ${width} px`).toBeGreaterThanOrEqual(16);
				expect(gaps.bottom, `${path} at ${width} px`).toBeGreaterThanOrEqual(24);
			}
		}
	});

	test('never breaks a date, or an arrow from its word, at 375 px', { timeout: 400_000 }, async () => {
		for (const [site, path] of views()) {
			const page = await open(site, path, 375);
			const broken = await page.evaluate(() => {
				const found: string[] = [];
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				const range = document.createRange();
				const lines = (node: Text, from: number, to: number) => {
					range.setStart(node, from);
					range.setEnd(node, to);
					return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
				};
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					const text = n as Text;
					if (!text.parentElement?.checkVisibility()) continue;
					for (const m of text.data.matchAll(/\d{4}年\d{1,2}月\d{1,2}日/g))
						if (lines(text, m.index, m.index + m[0].length) > 1) found.push(m[0]);
				}
				// A link ending in an arrow: the arrow's line holds more than the arrow.
				for (const a of document.querySelectorAll('a')) {
					if (!a.checkVisibility() || !a.textContent!.trim().endsWith('→')) continue;
					if (a.textContent!.replace(/\s+/g, '').length < 2) continue;
					const boxes: DOMRect[] = [];
					const inLink = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
					for (let t = inLink.nextNode(); t; t = inLink.nextNode()) {
						range.selectNodeContents(t);
						boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0));
					}
					const last = Math.round(boxes.at(-1)!.bottom);
					const width = boxes.filter((r) => Math.round(r.bottom) === last).reduce((sum, r) => sum + r.width, 0);
					if (width < 1.9 * parseFloat(getComputedStyle(a).fontSize)) found.push(a.textContent!.trim());
				}
				return found;
			});
			expect(broken, path).toEqual([]);
		}
	});

	for (const width of [375, 1280]) {
		test(
			`has no accessibility violation of moderate impact or more (axe-core) at ${width} px`,
			{ timeout: 400_000 },
			async () => {
				const page = await served.newPage({ viewport: { width, height: 900 } });
				for (const [site, path] of views()) {
					const response = await page.goto(site.url + path);
					expect(response?.status(), path).toBe(200);
					await page.addScriptTag({ content: axeSource });
					const violations = await page.evaluate(async () => {
						// @ts-expect-error axe is injected above
						const result = await window.axe.run(document, { resultTypes: ['violations'] });
						return result.violations
							.filter((v: { impact: string }) => ['moderate', 'serious', 'critical'].includes(v.impact))
							.map(
								(v: { id: string; nodes: { target: string[] }[] }) =>
									`${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
							);
					});
					expect(violations, `${path} at ${width} px`).toEqual([]);
				}
				await page.close();
			},
		);
	}

	test('balances headlines, wraps body text prettily and underlines links visibly', async () => {
		const page = await open(served.root, '2021-06-08/01/da-chu-wei-min-ban-shi-zu-he-quan/');
		const style = await page.evaluate(() => {
			const luminance = (css: string) => {
				const [r, g, b] = css
					.match(/\d+(\.\d+)?/g)!
					.slice(0, 3)
					.map(Number);
				const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
				return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
			};
			const link = document.querySelector('.breadcrumbs a')!;
			const underline = luminance(getComputedStyle(link).textDecorationColor);
			const paper = luminance(getComputedStyle(document.body).backgroundColor);
			return {
				h1: getComputedStyle(document.querySelector('h1')!).textWrapStyle,
				p: getComputedStyle(document.querySelector('.prose p')!).textWrapStyle,
				underline: (Math.max(underline, paper) + 0.05) / (Math.min(underline, paper) + 0.05),
			};
		});
		expect(style.h1).toBe('balance');
		expect(style.p).toBe('pretty');
		expect(style.underline).toBeGreaterThanOrEqual(3);
	});
});

describe('moving between days', () => {
	test('steps to the edition before from the home page, with rel=prev and ←', async () => {
		const page = await open(served.multi);
		expect(await page.locator('link[rel=prev]').getAttribute('href')).toBe('/2021-05-31/');
		await page.getByRole('link', { name: '← 上一期 2021年5月31日' }).click();
		await page.waitForURL(`${served.multi.url}2021-05-31/`);
		await page.goto(served.multi.url);
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(`${served.multi.url}2021-05-31/`);
	});

	test('offers 上一期 and 下一期 on the edition, page and item views, to the same page of that day', async () => {
		const links = async (path: string) => {
			const page = await open(served.multi, path);
			const found = await page
				.getByRole('navigation', { name: '上一期和下一期' })
				.locator('a')
				.evaluateAll((as) => as.map((a) => [a.textContent!.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]));
			return found;
		};
		expect(await links('2021-05-31/')).toEqual([['下一期 2021年6月1日 →', '/2021-06-01/']]);
		expect(await links('2021-06-01/')).toEqual([['← 上一期 2021年5月31日', '/2021-05-31/']]);
		expect(await links('2021-05-31/02/')).toEqual([['下一期 2021年6月1日 →', '/2021-06-01/02/']]);
		expect(await links('2021-06-01/04/')).toEqual([['← 上一期 2021年5月31日', '/2021-05-31/']]);
		expect(await links('2021-06-01/01/item-1-2/')).toEqual([['← 上一期 2021年5月31日', '/2021-05-31/01/']]);
	});
});

describe('the day’s pages beside a page and an item', () => {
	test('stand open beside the page on a desktop, with the current page’s headlines', async () => {
		const page = await open(served.multi, '2021-06-01/02/item-2-2/');
		const list = page.getByRole('navigation', { name: '本期版面' });
		expect(await list.locator('details').getAttribute('open')).not.toBeNull();
		expect(await list.locator('ol > li > a').allTextContents()).toEqual([
			'第01版：要闻',
			'第02版：文化',
			'第04版：体育',
		]);
		expect(await list.locator('ul a').count()).toBe(3);
		expect(await list.locator('ul a[aria-current=page]').count()).toBe(1);
		const [aside, article] = await Promise.all([list.boundingBox(), page.locator('article.article').boundingBox()]);
		expect(aside!.x).toBeGreaterThan(article!.x + article!.width);
	});

	test('are folded above the page on a phone', async () => {
		const page = await open(served.multi, '2021-06-01/02/', 375);
		const list = page.getByRole('navigation', { name: '本期版面' });
		expect(await list.locator('details').getAttribute('open')).toBeNull();
		expect(await list.locator('ol').isVisible()).toBe(false);
		await list.locator('summary').click();
		expect(await list.locator('ol').isVisible()).toBe(true);
	});
});

describe('the page view', () => {
	test('fills every row of its grid, with the lead story across the page', async () => {
		const page = await open(served.root, '2021-06-08/01/');
		const rows = await page.evaluate(() => {
			const grid = document.querySelector('.layout')!.getBoundingClientRect();
			const stories = [...document.querySelectorAll('.layout > .story')].map((s) => s.getBoundingClientRect());
			const byTop = new Map<number, DOMRect[]>();
			for (const r of stories) byTop.set(Math.round(r.top), [...(byTop.get(Math.round(r.top)) ?? []), r]);
			return [...byTop.values()].map((row) => ({
				count: row.length,
				left: Math.min(...row.map((r) => r.left)) - grid.left,
				right: grid.right - Math.max(...row.map((r) => r.right)),
			}));
		});
		expect(rows[0].count).toBe(1);
		expect(rows.length).toBeGreaterThan(2);
		for (const row of rows) {
			expect(Math.abs(row.left)).toBeLessThan(2);
			expect(Math.abs(row.right)).toBeLessThan(2);
		}
	});

	test('shows a photo without its picture as a caption with a small mark', async () => {
		const page = await open(served.root, '2021-06-08/01/');
		const figure = page.locator('.story figure.photo').first();
		const mark = figure.locator('.photo-mark');
		expect(await mark.textContent()).toBe('图片');
		expect((await mark.boundingBox())!.height).toBeLessThan(24);
		expect(await page.getByText('暂无图像）').count()).toBe(0);
	});
});

describe('the search page on a phone', () => {
	test('has one search box, with its 搜索 button on the same line', async () => {
		const page = await open(served.root, 'search/', 375);
		const boxes = page.locator('input[type=search]');
		expect(await boxes.count()).toBe(1);
		const [input, button] = await Promise.all([
			boxes.boundingBox(),
			page.locator('.search-box button[type=submit]').boundingBox(),
		]);
		expect(Math.abs(button!.y - input!.y)).toBeLessThan(8);
		expect(button!.x).toBeGreaterThan(input!.x);
	});
});

describe('the archive calendar', () => {
	test('greys out days without a paper, keeps neighbouring editions apart, and makes months equally tall', async () => {
		const page = await open(served.multi, 'archive/2021/');
		const look = await page.evaluate(() => {
			const cellWith = document.querySelector('#m6 td a')!;
			const cellWithout = [...document.querySelectorAll('#m6 td')].find((td) => td.textContent === '2')!;
			const tables = [...document.querySelectorAll('table.month')].map((t) => t.getBoundingClientRect().height);
			return {
				withPaper: getComputedStyle(cellWith).backgroundColor,
				withoutPaper: getComputedStyle(cellWithout).backgroundColor,
				// Each tile keeps clear of its cell's edges, so editions on consecutive days never touch.
				inset: cellWith.getBoundingClientRect().left - cellWith.parentElement!.getBoundingClientRect().left,
				heights: tables,
			};
		});
		expect(look.withPaper).not.toBe(look.withoutPaper);
		expect(look.inset).toBeGreaterThanOrEqual(1);
		expect(new Set(look.heights).size).toBe(1);
	});

	test('goes from a date without a paper to the nearest edition, and says so', async () => {
		const page = await open(served.multi, 'archive/');
		await page.locator('#jump-date').fill('2021-06-05');
		await page.getByRole('button', { name: '前往' }).click();
		await page.waitForURL(`${served.multi.url}2021-06-01/?asked=2021-06-05`);
		await page.getByText('2021年6月5日没有出版报纸，这是离它最近的一期。').waitFor({ state: 'visible' });
		await page.goto(`${served.multi.url}archive/`);
		await page.locator('#jump-date').fill('2021-05-31');
		await page.getByRole('button', { name: '前往' }).click();
		await page.waitForURL(`${served.multi.url}2021-05-31/`);
		expect(await page.locator('[data-day-notice]').isVisible()).toBe(false);
	});
});

describe('an item page', () => {
	test('names its authors once, in the byline or the credit as printed, with links', async () => {
		const article = await open(served.root, '2021-06-08/01/da-chu-wei-min-ban-shi-zu-he-quan/');
		expect(await article.getByText('作者：').count()).toBe(0);
		expect(await article.locator('header .byline a').allTextContents()).toEqual(['宋爽']);
		expect(await article.getByRole('link', { name: /返回第01版/ }).count()).toBe(1);
		const photo = await open(served.root, '2021-06-08/01/chuan-cheng-hong-se-jing-shen/');
		expect(await photo.getByText('作者：').count()).toBe(0);
		expect(await photo.locator('figcaption .credit a').allTextContents()).toEqual(['陈春艳']);
	});

	test('signs a commentary with ◎ on its page and on the page view alike', async () => {
		const item = await open(served.root, '2021-06-08/01/xue-yong-jie-he-zuo-hao-xin-shi-dai-dang-de-zu/');
		expect((await item.locator('header .byline').textContent())!.trim()).toBe('◎郝佳丽');
		const page = await open(served.root, '2021-06-08/01/');
		const teaser = page.locator('article.story', {
			has: page.getByRole('link', { name: '学用结合，做好新时代党的组织工作' }),
		});
		expect((await teaser.locator('.byline').textContent())!.trim()).toBe('◎郝佳丽');
	});

	test('mentions the ← and → keys on a desktop', async () => {
		const page = await open(served.root, '2021-06-08/01/da-chu-wei-min-ban-shi-zu-he-quan/');
		expect(await page.locator('.key-hint').textContent()).toMatch(/←.*→/s);
		expect(await page.locator('.key-hint').isVisible()).toBe(true);
	});

	test('marks a search hit in the same colour as the search results do', async () => {
		const item = await open(
			served.root,
			`2021-06-08/01/da-chu-wei-min-ban-shi-zu-he-quan/?highlight=${encodeURIComponent('杭锦旗')}`,
		);
		await item.waitForSelector('mark.search-hit');
		const onItem = await item
			.locator('mark.search-hit')
			.first()
			.evaluate((m) => getComputedStyle(m).backgroundColor);
		const search = await open(served.root, `search/?q=${encodeURIComponent('杭锦旗')}`);
		await search.waitForSelector('.search-results mark');
		const inResults = await search
			.locator('.search-results mark')
			.first()
			.evaluate((m) => getComputedStyle(m).backgroundColor);
		expect(inResults).toBe(onItem);
	});
});
