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

	test('lays out nothing for an empty page', () => {
		expect(pageLayout([])).toEqual({ rows: [] });
	});
});
