import { describe, expect, test } from 'vitest';
import { facsimileLinks } from '../../src/lib/archive/facsimile-links.ts';
import { facsimileSrcset, imageAtLeast } from '../../src/lib/archive/facsimile-images.ts';
import { regionBounds, regionOf, regionPath } from '../../src/lib/archive/region-bounds.ts';
import { editionSchema } from '../../src/schemas/edition.ts';

const images = [
	{ file: 'page-1600.webp', width: 1600, height: 1900 },
	{ file: 'page-480.webp', width: 480, height: 570 },
	{ file: 'page-960.webp', width: 960, height: 1140 },
];

describe('facsimileLinks', () => {
	test('links each item with regions, in print order, named by its headline', () => {
		const links = facsimileLinks(
			[
				{ order: 2, boxes: [[10, 20, 30, 40]] },
				{
					order: 1,
					boxes: [
						[0, 0, 100, 10],
						[0, 10, 50, 50],
					],
				},
			],
			[
				{ order: 2, headline: '第二篇', href: '/d/01/b/' },
				{ order: 1, headline: '第一篇', href: '/d/01/a/' },
			],
		);
		expect(links.map((l) => [l.order, l.label, l.href, l.boxes.length])).toEqual([
			[1, '第一篇', '/d/01/a/', 2],
			[2, '第二篇', '/d/01/b/', 1],
		]);
	});

	test('leaves out regions no item has and items without regions', () => {
		const links = facsimileLinks(
			[
				{ order: 1, boxes: [[0, 0, 1, 1]] },
				{ order: 9, boxes: [[0, 0, 1, 1]] },
			],
			[
				{ order: 1, headline: '有', href: '/a/' },
				{ order: 2, headline: '后加的', href: '/b/' },
			],
		);
		expect(links.map((l) => l.label)).toEqual(['有']);
	});
});

describe('page images', () => {
	test('lists every width in the srcset, narrowest first', () => {
		expect(facsimileSrcset(images, (f) => `/2021-06-08/01/${f}`)).toBe(
			'/2021-06-08/01/page-480.webp 480w, /2021-06-08/01/page-960.webp 960w, /2021-06-08/01/page-1600.webp 1600w',
		);
	});

	test('picks the narrowest image wide enough, or the widest there is', () => {
		expect(imageAtLeast(images, 500).file).toBe('page-960.webp');
		expect(imageAtLeast(images, 100).file).toBe('page-480.webp');
		expect(imageAtLeast(images, 4000).file).toBe('page-1600.webp');
	});
});

describe('regionBounds', () => {
	test('gives the rectangle around the regions and the share of the page they cover', () => {
		const b = regionBounds(
			[
				[10, 20, 40, 30],
				[60, 20, 40, 80],
			],
			{ width: 200, height: 100 },
		);
		expect(b).toEqual({ x: 0.05, y: 0.2, width: 0.45, height: 0.8, area: (1200 + 3200) / 20000 });
	});
});

describe('regionPath', () => {
	test('draws each rectangle as a closed path in whole points, grown outwards to them', () => {
		expect(
			regionPath([
				[18, 44.1, 185.2, 133.3],
				[231, 73.9, 10, 5],
			]),
		).toBe('M18 44h186v134H18zM231 73h10v6H231z');
	});
});

describe('regionOf', () => {
	test("finds an item's regions by its order, and none on a page without them", () => {
		const facsimile = { width: 100, height: 200, regions: [{ order: 2, boxes: [[0, 0, 50, 100] as const] }] };
		expect(regionOf(facsimile, 2)).toMatchObject({ width: 0.5, height: 0.5, area: 0.25 });
		expect(regionOf(facsimile, 1)).toBeUndefined();
		expect(regionOf(undefined, 1)).toBeUndefined();
	});
});

describe('the facsimile in the edition manifest', () => {
	const page = (pdf: string, file = 'page-480.webp') => ({
		date: '2021-06-08',
		pages: [{ number: 1, facsimile: { pdf, width: 800, height: 1000, images: [{ file, width: 480, height: 600 }] } }],
	});

	test('accepts file names in the page folder', () => {
		expect(editionSchema.safeParse(page('2021-06-08-01.pdf')).success).toBe(true);
	});

	test('refuses a file outside the page folder, which the site would publish', () => {
		for (const [pdf, file] of [
			['../../secret.pdf', 'page-480.webp'],
			['2021-06-08-01.pdf', '/etc/page.webp'],
			['2021-06-08-01.pdf', '..\\page.webp'],
			['.hidden.pdf', 'page-480.webp'],
			['2021-06-08-01', 'page-480.webp'],
		]) {
			const result = editionSchema.safeParse(page(pdf, file));
			expect(result.success, `${pdf} ${file}`).toBe(false);
			expect(result.error?.issues[0].message).toMatch(/本版文件夹里的文件名/);
		}
	});
});
