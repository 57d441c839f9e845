import { describe, expect, test } from 'vitest';
import { readSearchDocument } from '../../src/lib/search/read-search-document.ts';
import { indexRecord, itemText, itemTokens, textUrl } from '../../src/lib/search/index-record.ts';
import { monthOf, monthsBetween, searchedSince } from '../../src/lib/search/date-range.ts';
import { searchParams, searchState } from '../../src/lib/search/search-state.ts';
import { itemSearchAttributes } from '../../src/lib/search/item-fields.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>x</title><script>var a = "<p>不要</p>";</script></head>
<body><header data-pagefind-ignore><nav>今日报纸 往期回顾</nav></header>
<article data-pagefind-body data-pagefind-filter="section:视点, author:宋爽, author:郝佳丽" data-pagefind-meta="date:2021-06-08" data-pagefind-sort="date:2021-06-08">
<h1>打出为民办事&ldquo;组合拳&rdquo;</h1><p class="meta" data-pagefind-ignore>2021年6月8日</p>
<p>杭锦旗牧民<a href="#">巴音</a>吉嘎啦笑得合不拢嘴&amp;。<br>第二行</p><div class="cite" data-pagefind-ignore>引用本文</div>
<script>不要索引</script><img src="a.jpg" alt="图"></article><footer>页脚</footer></body></html>`;

describe('reading a built item page', () => {
	const doc = readSearchDocument(page, 'item.html')!;

	test('takes the headline and body blocks inside data-pagefind-body only', () => {
		expect(doc.headline).toBe('打出为民办事“组合拳”');
		expect(doc.blocks.map((b) => b.tag)).toEqual(['h1', 'p', 'p']);
		expect(doc.blocks.map((b) => b.text).join('|')).not.toMatch(/今日报纸|2021年6月8日|引用本文|不要|页脚/);
	});

	test('joins text split by inline elements, so a linked name stays one run', () => {
		expect(doc.blocks[1].text).toBe('杭锦旗牧民巴音吉嘎啦笑得合不拢嘴&。');
	});

	test('reads filters (several per key), meta and sort', () => {
		expect(doc.filters).toEqual([
			['section', '视点'],
			['author', '宋爽'],
			['author', '郝佳丽'],
		]);
		expect(doc.meta).toEqual([['date', '2021-06-08']]);
		expect(doc.sort).toEqual([['date', '2021-06-08']]);
	});

	test('skips pages without data-pagefind-body', () => {
		expect(readSearchDocument('<html><body><p>首页</p></body></html>', 'index.html')).toBeNull();
	});

	test('says where and what is wrong with a filter not in key:value form', () => {
		expect(() =>
			readSearchDocument('<main data-pagefind-body data-pagefind-filter="视点"></main>', 'dist/a/index.html'),
		).toThrow(/expects data-pagefind-filter="key:value, key:value" but found "视点" in dist\/a\/index.html/);
	});

	test('gives Pagefind the item without its tokens, which are filed apart: the whole item’s, and the headline’s again', () => {
		const record = indexRecord(doc, '/2021-06-08/01/x/', 'und');
		expect(record.content).toBe('打出为民办事“组合拳”');
		expect(record.meta.title).toBe('打出为民办事“组合拳”');
		expect(record.meta.text).toBeUndefined();
		expect(itemText(doc)).toBe('打出为民办事“组合拳”\n杭锦旗牧民巴音吉嘎啦笑得合不拢嘴&。\n第二行');
		expect(textUrl('/paper/2021-06-08/01/x/?highlight=1')).toBe('/paper/2021-06-08/01/x/text.txt');
		expect(record.filters).toEqual({ author: ['宋爽', '郝佳丽'], section: ['视点'] });
		expect(record.sort).toEqual({ date: '2021-06-08' });
		const tokens = itemTokens(doc);
		for (const token of ['组合', '拳']) expect(tokens.h.has(token)).toBe(true);
		expect(tokens.h.has('巴音')).toBe(false);
		for (const token of ['巴音', '吉嘎', '组合', '第二']) expect(tokens.t.has(token)).toBe(true);
		expect(tokens.t.has('拳')).toBe(false);
	});
});

describe('search state and dates', () => {
	test('round-trips a search through the URL, leaving out defaults', () => {
		const state = searchState(new URLSearchParams('q=额济纳旗&section=视点&page=01&sort=date&from=2021&to=2021-06'));
		expect(state).toMatchObject({
			q: '额济纳旗',
			section: '视点',
			page: '1',
			sort: 'date',
			from: '2021',
			to: '2021-06',
		});
		expect(searchState(searchParams(state))).toEqual(state);
		expect(searchParams(searchState(new URLSearchParams('q=2327&sort=relevance'))).toString()).toBe('q=2327');
	});

	test('reads a year as its first or last month and a date as its month', () => {
		expect(monthOf('2021', 'from')).toBe('2021-01');
		expect(monthOf('2021', 'to')).toBe('2021-12');
		expect(monthOf('2021-6', 'to')).toBe('2021-06');
		expect(monthOf('2021-06-08', 'from')).toBe('2021-06');
		expect(monthOf('六月', 'from')).toBeUndefined();
	});

	test('lists the months of a range across a year end, and none for a backward range', () => {
		expect(monthsBetween('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
		expect(monthsBetween('2021-02', '2020-11')).toEqual([]);
	});

	test('says from which date a search has looked: the oldest shard searched, or the range when later', () => {
		expect(searchedSince('2021-01-01', '2021-06')).toBe('2021-06-01');
		expect(searchedSince('2021-06-01', '2021-01')).toBe('2021-06-01');
		expect(searchedSince('2021-06-01', undefined)).toBe('2021-06-01');
	});

	test('gives an item page its filters, with commas in values made harmless', () => {
		const attrs = itemSearchAttributes({
			date: '2021-06-08',
			page: 1,
			kind: 'article',
			section: 'A,B',
			authors: ['宋爽', '郝佳丽'],
			pageLabel: '第01版 党建',
		});
		expect(attrs['data-pagefind-filter']).toBe(
			'section:A，B, author:宋爽, author:郝佳丽, kind:article, page:1, year:2021, month:2021-06',
		);
		expect(attrs['data-pagefind-sort']).toBe('date:2021-06-08');
	});
});
