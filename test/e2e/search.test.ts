import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSites } from '../support/served.ts';
import { TEXT_HEAD_BYTES } from '../../src/lib/search/result-text.ts';
import { queryFilters } from '../../src/lib/search/token-filters.ts';

const served = useServedSites();

interface Shown {
	status: string;
	results: { href: string; headline: string; meta: string; date: string; excerpt: string; marks: string[] }[];
}

/** Opens the search page at `query` and waits for the outcome the reader sees. */
async function search(query: string, site = served.root): Promise<Shown & { page: Page }> {
	const page = await served.tab();
	await page.goto(`${site.url}search/?${query}`);
	await page.waitForFunction(
		() =>
			/找到|没有找到|请输入|没有可搜索|单字只在标题中查找/.test(
				document.querySelector('[data-search-status]')?.textContent ?? '',
			),
		null,
		{ timeout: 20_000 },
	);
	const shown = await page.evaluate(() => ({
		status: document.querySelector('[data-search-status]')!.textContent!,
		results: [...document.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')].map((a) => {
			const li = a.closest('li')!;
			return {
				href: a.href,
				headline: a.textContent!.trim(),
				meta: li.querySelector('.meta')?.textContent ?? '',
				date: li.querySelector('time')?.getAttribute('datetime') ?? '',
				excerpt: li.querySelector('.excerpt')?.textContent ?? '',
				marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
			};
		}),
	}));
	return { ...shown, page };
}

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

describe('searching the sample edition', () => {
	test.each([
		['a herder’s name', '巴音吉嘎啦', '打出为民办事“组合拳”'],
		['a place name', '额济纳旗', '干部沉下去 带来新变化'],
		['a piece inside a place name', '济纳', '干部沉下去 带来新变化'],
		['the place name in Traditional characters', '額濟納旗', '干部沉下去 带来新变化'],
		['a number', '2327', '打出为民办事“组合拳”'],
		['a photographer', '靳亚坤', '点亮希望'],
	])('finds the item by %s (%s)', async (_, query, headline) => {
		const { results } = await search(q(query));
		expect(results.map((r) => r.headline)).toContain(headline);
		const hit = results.find((r) => r.headline === headline)!;
		expect(hit.meta).toContain('2021年6月8日');
		expect(hit.meta).toContain('第01版');
	});

	test('finds both items by the author 郝佳丽 and marks her name in the excerpt', async () => {
		const { results } = await search(q('郝佳丽'));
		expect(results.map((r) => r.headline).sort()).toEqual(
			['“党员志愿者就像我们的亲人”', '学用结合，做好新时代党的组织工作'].sort(),
		);
		expect(results.flatMap((r) => r.marks)).toContain('郝佳丽');
	});

	test('marks a Traditional query on the Simplified text it found', async () => {
		const { results } = await search(q('額濟納旗'));
		expect(results[0].marks).toContain('额济纳旗');
		expect(results[0].excerpt).toContain('额济纳旗');
	});

	test('ranks the item whose headline holds the query above items that only mention it', async () => {
		for (const [query, headline] of [
			['党史', '学党史践行动 听民意办实事'],
			['历史', '重温历史'],
			['精神', '传承红色精神'],
		]) {
			const { results } = await search(q(query));
			expect(results.length, query).toBeGreaterThan(1);
			expect(results[0].headline, query).toBe(headline);
		}
	});

	test('says so and lists nothing when nothing is found', async () => {
		const { results, status } = await search(q('火星基地'));
		expect(results).toHaveLength(0);
		expect(status).toContain('没有找到与“火星基地”相关的结果');
	});

	test('finds the words of a query apart (杭锦旗登记中心), ranked below the query as one run', async () => {
		// Item 1 says 杭锦旗不动产登记中心: the query's words, not its run.
		const apart = await search(q('杭锦旗登记中心'));
		expect(apart.results.map((r) => r.headline)).toContain('打出为民办事“组合拳”');
		const run = await search(q('杭锦旗不动产登记中心'));
		expect(run.results[0].headline).toBe('打出为民办事“组合拳”');
	});

	test('finds the words of a query in another order than the item’s', async () => {
		for (const [query, headline] of [
			['辅警呼和浩特', '传承红色精神'],
			['呼和浩特辅警', '传承红色精神'],
			['登记中心杭锦旗', '打出为民办事“组合拳”'],
		]) {
			const { results, status } = await search(q(query));
			expect(
				results.map((r) => r.headline),
				query,
			).toContain(headline);
			expect(status, query).not.toContain('部分词语');
		}
	});

	test('shows the items holding most of the words, under a line that says so, when none holds them all', async () => {
		const { results, status, page } = await search(q('杭锦旗火星'));
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((r) => r.marks.some((m) => m.includes('杭锦旗')))).toBe(true);
		expect(await page.locator('[data-search-notice]').isVisible()).toBe(true);
		expect(await page.locator('[data-search-notice]').textContent()).toBe(
			'没有同时包含全部词语的结果，以下结果包含部分词语',
		);
		expect(status).toContain('部分词语');
		// A full match shows no such line.
		const full = await search(q('杭锦旗登记中心'));
		expect(await full.page.locator('[data-search-notice]').isVisible()).toBe(false);
	});

	test('takes a quoted query as the exact run only (巴音组合 stands in no item as one run)', async () => {
		for (const query of ['"巴音组合"', '“巴音组合”', '“杭锦旗登记中心”']) {
			const { results, status } = await search(q(query));
			expect(results, query).toHaveLength(0);
			expect(status, query).toContain('没有找到');
		}
		const exact = await search(q('“杭锦旗不动产登记中心”'));
		expect(exact.results.map((r) => r.headline)).toEqual(['打出为民办事“组合拳”']);
	});

	test('marks each word of the query in the excerpt, in the headline and in the item it opens', async () => {
		const { results, page } = await search(q('杭锦旗登记中心'));
		const hit = results.find((r) => r.headline === '打出为民办事“组合拳”')!;
		const marks = hit.marks.join(' ');
		for (const word of ['杭锦旗', '登记', '中心']) expect(marks, word).toContain(word);
		await page.click(`a[data-search-result][href="${new URL(hit.href).pathname}${new URL(hit.href).search}"]`);
		await page.waitForSelector('mark.search-hit');
		const inItem = (await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent))).join(' ');
		for (const word of ['杭锦旗', '登记', '中心']) expect(inItem, word).toContain(word);
	});

	test('finds a single character in headlines, and says that is where it looked', async () => {
		const { results, status } = await search(q('拳'));
		expect(results.map((r) => r.headline)).toEqual(['打出为民办事“组合拳”']);
		expect(status).toContain('找到 1 条标题含“拳”的结果');
		// 旗 stands in many bodies but in no headline.
		const none = await search(q('旗'));
		expect(none.results).toHaveLength(0);
		expect(none.status).toBe('单字只在标题中查找，没有标题含“旗”。输入两个或更多相连的字可以搜索全文。');
	});

	test.each([
		['a year with its 年', '2021年', '2021年', true],
		['a decimal number with its unit', '1.2万', '1.2万', true],
		['a phrase the dump sets with a space before the number', '调度1次', '调度 1次', true],
		// Another item holds 旗, 民生 and 实事 apart: it comes after the one holding 民生实事.
		['two words apart, one of them a single character', '旗 民生实事', '旗', false],
	])('finds %s (%s) in the text and marks it', async (_, query, marked, only) => {
		const { results } = await search(q(query));
		expect(results[0].headline).toBe('打出为民办事“组合拳”');
		if (only) expect(results).toHaveLength(1);
		expect(results[0].marks).toContain(marked);
	});

	test('fetches a result’s text by its opening, and the rest of it only for a hit further on', async () => {
		/** The text-file requests of a search, with the range each asked for. */
		const textRequests = async (query: string) => {
			const page = await served.newPage();
			const asked: (string | null)[] = [];
			page.on('request', (request) => {
				if (request.url().endsWith('/da-chu-wei-min-ban-shi-zu-he-quan/text.txt'))
					asked.push(request.headers().range ?? null);
			});
			await page.goto(`${served.root.url}search/?${q(query)}`);
			await page.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
			await page.close();
			return asked;
		};
		// The herder's name opens the item; 1.2万 stands near its end (byte 2,467 of 2,485).
		expect(await textRequests('巴音吉嘎啦')).toEqual([`bytes=0-${TEXT_HEAD_BYTES - 1}`]);
		expect(await textRequests('1.2万')).toEqual([`bytes=0-${TEXT_HEAD_BYTES - 1}`, `bytes=${TEXT_HEAD_BYTES}-`]);
	});

	test('finds a headline or byline typed without the spaces the dump sets in it', async () => {
		for (const [query, headline] of [
			['干部沉下去带来新变化', '干部沉下去 带来新变化'],
			['者宋爽', '打出为民办事“组合拳”'],
		]) {
			const { results } = await search(q(query));
			expect(
				results.map((r) => r.headline),
				query,
			).toContain(headline);
		}
	});

	test('finds the same items for a Traditional query whose characters convert in two steps (這麼快)', async () => {
		const simplified = await search(q('这么快'));
		const traditional = await search(q('這麼快'));
		expect(simplified.results.length).toBeGreaterThan(0);
		expect(traditional.results.map((r) => r.href)).toEqual(simplified.results.map((r) => r.href));
	});

	test('finds the same items for Traditional words OpenCC converts only as phrases (幹部沈下去, 反覆, 瞭解), and marks them', async () => {
		for (const [traditional, simplified] of [
			['幹部沈下去', '干部沉下去'],
			['反覆', '反复'],
			['瞭解', '了解'],
		]) {
			const want = await search(q(simplified));
			const got = await search(q(traditional));
			expect(want.results.length, simplified).toBeGreaterThan(0);
			expect(
				got.results.map((r) => r.href),
				traditional,
			).toEqual(want.results.map((r) => r.href));
			// The hit is marked in the Simplified text it found.
			expect(
				got.results.flatMap((r) => r.marks).some((mark) => mark.replace(/\s+/g, '').includes(simplified)),
				traditional,
			).toBe(true);
		}
	});

	test('does not find the page’s own words around an item (作者, 暂无图像)', async () => {
		for (const query of ['作者', '暂无图像']) {
			const { results } = await search(q(query));
			expect(results, query).toEqual([]);
		}
	});

	test('does not join a headline to the line after it (“精神阵地”)', async () => {
		const { status, results } = await search(q('“精神阵地”'));
		expect(results).toEqual([]);
		expect(status).toContain('没有找到');
	});

	test('narrows results by section, kind, author and page, and keeps the filters in the form', async () => {
		const all = await search(q('党员'));
		expect(all.results.length).toBeGreaterThan(2);
		const bySection = await search(q('党员', '&section=观潮'));
		expect(bySection.results.map((r) => r.headline)).toEqual(['“党员志愿者就像我们的亲人”']);
		expect(await bySection.page.inputValue('select[name=section]')).toBe('观潮');
		const byKind = await search(q('党员', '&kind=photo'));
		expect(byKind.results.length).toBeGreaterThan(0);
		expect(byKind.results.every((r) => r.meta.includes('图片'))).toBe(true);
		const byAuthor = await search(q('党员', `&author=${encodeURIComponent('郝佳丽')}`));
		expect(byAuthor.results.length).toBeGreaterThan(0);
		expect(
			byAuthor.results.every((r) =>
				['“党员志愿者就像我们的亲人”', '学用结合，做好新时代党的组织工作'].includes(r.headline),
			),
		).toBe(true);
		const byPage = await search(q('党员', '&page=2'));
		expect(byPage.results).toHaveLength(0);
	});

	test('narrows results by a date range of days', async () => {
		const onTheDay = await search(q('2327', '&from=2021-06-08&to=2021-06-08'));
		expect(onTheDay.results).toHaveLength(1);
		expect(await onTheDay.page.inputValue('input[name=from]')).toBe('2021-06-08');
		for (const range of ['&from=2021-06-09', '&to=2021-06-07']) {
			const outside = await search(q('2327', range));
			expect(outside.results, range).toHaveLength(0);
		}
	});

	test('narrows results by a date range of years or months', async () => {
		const inRange = await search(q('2327', '&from=2021-06&to=2021'));
		expect(inRange.results).toHaveLength(1);
		const before = await search(q('2327', '&to=2021-05'));
		expect(before.results).toHaveLength(0);
	});

	test('sorts by date when asked, newest first, and says so', async () => {
		const { results, status, page } = await search(q('党员', '&sort=date'));
		expect(status).toContain('按日期');
		const dates = results.map((r) => r.date);
		expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(await page.inputValue('select[name=sort]')).toBe('date');
	});

	test('puts a search typed into the form into the URL, so the link can be shared', async () => {
		const page = await served.newPage();
		await page.goto(`${served.root.url}search/`);
		await page.fill('#search-q', '额济纳旗');
		await page.selectOption('select[name=kind]', 'article');
		await page.press('#search-q', 'Enter');
		await page.waitForSelector('a[data-search-result]');
		const url = new URL(page.url());
		expect(url.searchParams.get('q')).toBe('额济纳旗');
		expect(url.searchParams.get('kind')).toBe('article');
		const shared = await search(url.search.slice(1));
		expect(shared.results.map((r) => r.headline)).toEqual(['干部沉下去 带来新变化']);
		await page.close();
	});

	test('on a phone, folds the filters so the results come first, and says how many are set', async () => {
		const phone = { viewport: { width: 390, height: 844 } };
		const page = await served.newPage(phone);
		await page.goto(`${served.root.url}search/?${q('额济纳旗')}`);
		await page.waitForSelector('a[data-search-result]');
		expect(await page.locator('[data-search-filters]').getAttribute('open')).toBeNull();
		expect(await page.isVisible('select[name=section]')).toBe(false);
		const top = await page.locator('a[data-search-result]').first().boundingBox();
		expect(top!.y + top!.height).toBeLessThan(844);
		await page.click('[data-search-filters] summary');
		await page.selectOption('select[name=kind]', 'article');
		await page.click('.search-filter-fields button[type=submit]');
		await page.waitForURL(/kind=article/);
		expect(await page.locator('[data-search-filters] summary').textContent()).toBe('筛选与排序（已选 1 项）');
		await page.close();
		// A shared link that sets filters opens with them shown; a wide screen always shows them.
		const filtered = await served.newPage(phone);
		await filtered.goto(`${served.root.url}search/?${q('党员', '&sort=date&section=观潮')}`);
		await filtered.waitForSelector('a[data-search-result]');
		expect(await filtered.locator('[data-search-filters]').getAttribute('open')).toBe('');
		expect(await filtered.locator('[data-search-filters] summary').textContent()).toBe('筛选与排序（已选 2 项）');
		await filtered.close();
		const wide = await search(q('额济纳旗'));
		expect(await wide.page.isVisible('select[name=section]')).toBe(true);
	});

	test('searches from the header box of any page', async () => {
		const page = await served.newPage();
		await page.goto(served.root.url);
		await page.fill('#site-search', '巴音吉嘎啦');
		await page.press('#site-search', 'Enter');
		await page.waitForSelector('a[data-search-result]');
		expect(new URL(page.url()).pathname).toBe('/search/');
		await page.close();
	});

	test('opens a result with the hits marked in the item', async () => {
		const { results, page } = await search(q('額濟納旗'));
		await page.click('a[data-search-result]');
		await page.waitForSelector('mark.search-hit');
		const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
		expect(marks).toContain('额济纳旗');
		expect(page.url()).toContain(new URL(results[0].href).pathname);
	});

	test('works under the sub-path /paper/, with links that stay under it', async () => {
		const { results, page } = await search(q('巴音吉嘎啦'), served.paper);
		expect(results).toHaveLength(1);
		expect(new URL(results[0].href).pathname).toMatch(/^\/paper\/2021-06-08\/01\//);
		await page.goto(results[0].href);
		await page.waitForSelector('mark.search-hit');
	});
});

describe('searching an archive whose index is in shards', () => {
	/** Opens a search on the fixture archive and waits for its results; the paths it requests, as they come. */
	const recorded = async (query: string) => {
		const page = await served.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${served.multi.url}search/?${query}`);
		await page.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
		return { page, fetched };
	};

	// test/fixtures/archive: editions of 2021-05-31 and 2021-06-01, one shard a month.
	test('lists its shards newest first', async () => {
		const manifest = await (await fetch(`${served.multi.url}pagefind/shards.json`)).json();
		expect(manifest.shards.map((s: { id: string; items: number }) => [s.id, s.items])).toEqual([
			['2021-06', 11],
			['2021-05', 3],
		]);
	});

	test('finds items in every shard, headline hits first, newest first', async () => {
		const { results } = await search(q('草原'), served.multi);
		expect(results.map((r) => [r.headline, r.date])).toEqual([
			['草原上的那达慕', '2021-06-01'],
			['草原生态持续向好', '2021-05-31'],
		]);
	});

	test('keeps date order across shards, and across pages of results', async () => {
		const { status, page } = await search(q('测试用的正文', '&sort=date'), served.multi);
		// The first page fills from the newest shard: the count is of the editions searched so far,
		// and an estimate until every candidate is checked (a query of unknown characters may stand
		// in pieces).
		expect(status).toContain('在2021年6月1日以来的版面中找到约 11 条');
		expect(status).toContain('约数按索引估计');
		expect(status).toContain('点“显示更多结果”查找更早的版面');
		expect(await page.locator('a[data-search-result]').count()).toBe(10);
		await page.click('[data-search-more]');
		await page.waitForFunction(() => document.querySelectorAll('a[data-search-result]').length === 14);
		await page.waitForFunction(() => /^找到 14 条/.test(document.querySelector('[data-search-status]')!.textContent!));
		expect(await page.locator('[data-search-more]').isHidden()).toBe(true);
		const rows = await page.$$eval('a[data-search-result]', (links) =>
			links.map((a) => [a.getAttribute('href'), a.closest('li')!.querySelector('time')!.getAttribute('datetime')!]),
		);
		const dates = rows.map(([, date]) => date);
		expect(new Set(rows.map(([href]) => href)).size).toBe(14);
		expect(dates).toEqual([...Array(11).fill('2021-06-01'), ...Array(3).fill('2021-05-31')]);
	});

	test('downloads an older shard only when the results reach it', async () => {
		const { page, fetched } = await recorded(q('测试用的正文', '&sort=date'));
		expect(fetched.filter((p) => p.startsWith('/pagefind/2021-05/'))).toEqual([]);
		await page.click('[data-search-more]');
		await page.waitForFunction(() => /^找到 14 条/.test(document.querySelector('[data-search-status]')!.textContent!));
		expect(fetched.some((p) => p.startsWith('/pagefind/2021-05/'))).toBe(true);
		await page.close();
	});

	test('downloads the filter files of the query’s tokens and no other: the shard is not a stored filter', async () => {
		const { page, fetched } = await recorded(q('测试用的正文', '&sort=date'));
		const filterFiles = new Set(fetched.filter((p) => p.startsWith('/pagefind/2021-06/filter/')));
		// Sorted by date, the search asks the `t` filters only, one file per bucket of its words'
		// tokens (those of the query's run, or fewer for a word that may stand in pieces).
		expect(filterFiles.size).toBeGreaterThan(0);
		expect(filterFiles.size).toBeLessThanOrEqual(Object.keys(queryFilters('测试用的正文', 't')).length);
		await page.close();
	});

	test('does not download the shards outside a date range', async () => {
		/** The paths a search requested once its results are in. */
		const requested = async (query: string) => {
			const { page, fetched } = await recorded(query);
			await page.close();
			return fetched;
		};
		// The newest shard starts Pagefind whatever the range; 2021-05 is searched.
		expect((await requested(q('测试用的正文', '&to=2021-05'))).some((p) => p.startsWith('/pagefind/2021-05/'))).toBe(
			true,
		);
		const later = await requested(q('测试用的正文', '&from=2021-06'));
		expect(later.some((p) => p.startsWith('/pagefind/2021-06/'))).toBe(true);
		expect(later.filter((p) => p.startsWith('/pagefind/2021-05/'))).toEqual([]);
	});

	test('narrows by day inside a month the index holds', async () => {
		// The 2021-06 shard holds items of 2021-06-01 only: a range from the 2nd finds none of them.
		const { results, status } = await search(q('测试用的正文', '&from=2021-06-02'), served.multi);
		expect(results).toEqual([]);
		expect(status).toContain('没有找到');
		const lastDay = await search(q('测试用的正文', '&from=2021-05-31&to=2021-05-31'), served.multi);
		expect(lastDay.results.map((r) => r.date)).toEqual(['2021-05-31', '2021-05-31', '2021-05-31']);
	});

	test('narrows to one shard by a date range', async () => {
		const { results } = await search(q('测试用的正文', '&to=2021-05'), served.multi);
		expect(results.map((r) => r.date)).toEqual(['2021-05-31', '2021-05-31', '2021-05-31']);
	});
});
