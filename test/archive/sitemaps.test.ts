import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	compareSitemapNames,
	parseSitemapName,
	sitemapFiles,
	sitemapGroup,
	sitemapIndexXml,
	sitemapName,
	urlsetXml,
} from '../../src/lib/archive/sitemaps.ts';
import { partSitemaps, writesSitemap } from '../../src/integrations/sitemaps.ts';
import { buildScope } from '../../src/lib/parts/build-scope.ts';
import { tmpDir } from '../support/site.ts';

const root = new URL('https://paper.example.org/paper/');
const scratch = join(tmpDir, 'sitemaps');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the sitemaps', () => {
	test('put a dated page in its month’s group, every other page in the lists’, and no status page anywhere', () => {
		expect(sitemapGroup('2021-06-08/01/da-chu-wei-min/')).toBe('2021-06');
		expect(sitemapGroup('/2019-12-31/')).toBe('2019-12');
		expect(sitemapGroup('archive/2021/')).toBe('lists');
		expect(sitemapGroup('')).toBe('lists');
		expect(sitemapGroup('404/')).toBeUndefined();
	});

	test('write a file per month and one of the lists, each sorted as @astrojs/sitemap sorts', () => {
		const pages = ['2021-06-08/10/', '2021-06-08/2/', 'authors/宋爽/', '', '2020-01-01/', '404/', '2021-06-08/2/'];
		const files = sitemapFiles(pages, root, () => true);
		expect(Object.fromEntries(files.map((f) => [f.name, f.urls]))).toEqual({
			'sitemap-2021-06.xml': [
				'https://paper.example.org/paper/2021-06-08/2/',
				'https://paper.example.org/paper/2021-06-08/10/',
			],
			'sitemap-lists.xml': [
				'https://paper.example.org/paper/',
				`https://paper.example.org/paper/authors/${encodeURIComponent('宋爽')}/`,
			],
			'sitemap-2020-01.xml': ['https://paper.example.org/paper/2020-01-01/'],
		});
	});

	test('write only the groups the build wants, and cut a group past the limit into numbered files', () => {
		const pages = Array.from({ length: 5 }, (_, i) => `2024-01-0${i + 1}/`);
		const files = sitemapFiles([...pages, 'authors/'], root, (group) => group === '2024-01', 2);
		expect(files.map((f) => [f.name, f.urls.length])).toEqual([
			['sitemap-2024-01.xml', 2],
			['sitemap-2024-01-2.xml', 2],
			['sitemap-2024-01-3.xml', 1],
		]);
		expect(files.flatMap((f) => f.urls)).toEqual(pages.map((p) => new URL(p, root).href));
	});

	test('read their names back, and refuse other files', () => {
		for (const [group, cut] of [
			['lists', 0],
			['2021-06', 0],
			['2021-06', 2],
		] as const)
			expect(parseSitemapName(sitemapName(group, cut))).toEqual({ group, cut });
		for (const name of [
			'sitemap-index.xml',
			'sitemap-0.xml',
			'sitemap-2021.xml',
			'sitemap-2021-06-1.xml',
			'sitemap-2021-06.xml.gz',
		])
			expect(parseSitemapName(name)).toBeUndefined();
	});

	test('list the lists first, then the months from the oldest, each month’s cuts in order', () => {
		const names = [
			'sitemap-2024-12-2.xml',
			'sitemap-2021-06.xml',
			'sitemap-lists.xml',
			'sitemap-2024-12.xml',
			'sitemap-2024-02.xml',
			'sitemap-2024-12-10.xml',
		];
		expect([...names].sort(compareSitemapNames)).toEqual([
			'sitemap-lists.xml',
			'sitemap-2021-06.xml',
			'sitemap-2024-02.xml',
			'sitemap-2024-12.xml',
			'sitemap-2024-12-2.xml',
			'sitemap-2024-12-10.xml',
		]);
		expect(() => compareSitemapNames('feed.xml', 'sitemap-lists.xml')).toThrow(/feed\.xml/);
	});

	test('write XML with every URL escaped, and an index of absolute addresses without repeats', () => {
		expect(urlsetXml(['https://a.example/?q=1&r=<2>'])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/?q=1&amp;r=&lt;2&gt;</loc></url></urlset>',
		);
		const index = sitemapIndexXml(['sitemap-2021-06.xml', 'sitemap-lists.xml', 'sitemap-2021-06.xml'], root);
		expect(index.match(/<loc>[^<]*<\/loc>/g)).toEqual([
			'<loc>https://paper.example.org/paper/sitemap-lists.xml</loc>',
			'<loc>https://paper.example.org/paper/sitemap-2021-06.xml</loc>',
		]);
	});

	test('are written by each build for what it renders: a part its months, the join the lists, the single build all', () => {
		const part = buildScope({ BUILD_YEARS: '2023' });
		const join = buildScope({ BUILD_JOIN: '/parts/2022' });
		const daily = buildScope({ BUILD_YEARS: '2024-12', BUILD_JOIN: '/parts/2023:/parts/2024-01..2024-11' });
		const closed = buildScope({ BUILD_YEARS: '2024-01..2024-11' });
		const all = buildScope({});
		expect(
			[part, join, daily, closed, all].map((scope) =>
				['2023-05', '2024-11', '2024-12', 'lists'].map((g) => writesSitemap(scope, g)),
			),
		).toEqual([
			[true, false, false, false],
			[false, false, false, true],
			[false, false, true, true],
			[false, true, false, false],
			[true, true, true, true],
		]);
	});

	test('of a part are found in its site by name, its other files left out', () => {
		const part = join(scratch, 'parts', '2023');
		mkdirSync(join(part, 'site'), { recursive: true });
		for (const name of [
			'sitemap-2023-05.xml',
			'sitemap-2023-05-2.xml',
			'sitemap-index.xml',
			'sitemap-lists.xml',
			'feed.xml',
		])
			writeFileSync(join(part, 'site', name), '');
		expect(partSitemaps(part).sort()).toEqual(['sitemap-2023-05-2.xml', 'sitemap-2023-05.xml']);
		expect(partSitemaps(join(scratch, 'parts', 'none'))).toEqual([]);
	});
});
