import { describe, expect, test } from 'vitest';
import { GRID_COLUMNS, pageLayout, type LayoutItem } from '../../src/lib/archive/page-layout.ts';

const article = (textLength: number): LayoutItem => ({ kind: 'article', textLength, image: false });
const commentary = (textLength = 900): LayoutItem => ({ kind: 'commentary', textLength, image: false });
const photo = (image: boolean): LayoutItem => ({ kind: 'photo', textLength: 80, image });
const widths = (items: LayoutItem[]) => pageLayout(items).rows.map((row) => row.map((b) => b.columns));

describe('pageLayout', () => {
	test('leads with the first item across the page and fills every row to the full width', () => {
		const samples = [
			[
				article(1200),
				commentary(),
				article(900),
				article(400),
				article(1000),
				photo(false),
				photo(false),
				photo(false),
			],
			[article(300), article(2000)],
			[article(800), photo(true), article(100), article(100), article(100), article(3000)],
			[article(500), commentary(), commentary(), commentary(), commentary(), commentary()],
		];
		for (const items of samples) {
			const layout = pageLayout(items);
			expect(layout.lead?.columns).toBe(GRID_COLUMNS);
			expect(layout.rows.flat()).toHaveLength(items.length - 1);
			for (const row of layout.rows) expect(row.reduce((sum, b) => sum + b.columns, 0)).toBe(GRID_COLUMNS);
		}
	});

	test('never leaves the last item alone in its row when the row above has three', () => {
		const rows = widths([article(1000), commentary(), commentary(), commentary(), article(300)]);
		expect(rows.map((r) => r.length)).toEqual([2, 2]);
	});

	test('gives a long article and a picture more width than a short article or a commentary', () => {
		const [row] = widths([article(1000), article(3000), commentary()]);
		expect(row[0]).toBeGreaterThan(row[1]);
		const [pictures] = widths([article(1000), photo(true), photo(false)]);
		expect(pictures[0]).toBeGreaterThan(pictures[1]);
	});

	test('keeps print order', () => {
		const items = [article(1000), article(2000), commentary(100), photo(true), article(50)];
		const layout = pageLayout(items);
		expect(layout.rows.flat()).toHaveLength(4);
		// A wider block in a row shows more text, so blocks of a row end near the same height.
		for (const row of layout.rows)
			for (const b of row) expect(b.excerpt / b.columns).toBeCloseTo(row[0].excerpt / row[0].columns);
	});

	test('sets a wide block in text columns and a short lead in as few columns as its text fills', () => {
		const layout = pageLayout([article(150), article(200)]);
		expect(layout.rows[0][0]).toMatchObject({ columns: GRID_COLUMNS, textColumns: 3 });
		expect(layout.lead?.textColumns).toBe(1);
		expect(pageLayout([article(5000)]).lead?.textColumns).toBe(3);
	});

	test("names each block's item, in print order when no item has a region", () => {
		const layout = pageLayout([article(1000), commentary(), article(300), photo(true)]);
		expect([layout.lead, ...layout.rows.flat()].map((b) => b?.item)).toEqual([0, 1, 2, 3]);
	});

	test('lays out nothing for an empty page', () => {
		expect(pageLayout([])).toEqual({ rows: [] });
	});
});

describe('pageLayout on a page with regions', () => {
	const at = (item: LayoutItem, x: number, y: number, width: number, height: number): LayoutItem => ({
		...item,
		region: { x, y, width, height, area: width * height },
	});
	const order = (items: LayoutItem[]) => {
		const layout = pageLayout(items);
		return [layout.lead, ...layout.rows.flat()].map((b) => b!.item);
	};

	test('leads with the item of the largest region, wherever it stands in print order', () => {
		const items = [
			at(article(300), 0, 0, 0.3, 0.1),
			at(article(2000), 0, 0.2, 1, 0.4),
			at(article(300), 0.5, 0.7, 0.5, 0.2),
		];
		expect(order(items)[0]).toBe(1);
	});

	test('leads with the topmost of regions about as large', () => {
		const items = [at(article(300), 0, 0.6, 1, 0.3), at(article(300), 0, 0.05, 0.95, 0.3)];
		expect(order(items)[0]).toBe(1);
	});

	test('follows the page from the top down and left to right along a row', () => {
		// A page of two columns under the lead: print order reads down the left column first.
		const items = [
			at(article(2000), 0, 0, 1, 0.3),
			at(article(400), 0, 0.32, 0.5, 0.2),
			at(article(400), 0, 0.6, 0.5, 0.2),
			at(article(400), 0.5, 0.33, 0.5, 0.2),
			at(article(400), 0.5, 0.61, 0.5, 0.2),
		];
		expect(order(items)).toEqual([0, 1, 3, 2, 4]);
	});

	test('gives a block the width its region had on the printed page', () => {
		const items = [
			at(article(2000), 0, 0, 1, 0.3),
			at(article(3000), 0, 0.4, 0.33, 0.5),
			at(article(200), 0.34, 0.4, 0.66, 0.5),
		];
		expect(widths(items)).toEqual([[2, 4]]);
	});

	test('keeps an item without a region after the one before it in print order', () => {
		const items = [
			at(article(2000), 0, 0, 1, 0.3),
			at(article(400), 0.5, 0.5, 0.5, 0.2),
			article(400),
			at(article(400), 0, 0.4, 0.5, 0.2),
		];
		expect(order(items)).toEqual([0, 3, 1, 2]);
	});
});
