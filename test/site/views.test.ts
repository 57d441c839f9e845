import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { findAll, listFiles, readHtml, referencedUrls } from '../support/html.ts';
import type { Element } from 'hast';

const sites = inject('sites');
const text = (el: Element): string =>
	el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

interface OpenData {
	editions: {
		date: string;
		url: string;
		pages: {
			number: number;
			name: string | null;
			url: string;
			items: { headline: string; url: string; authors: string[]; section: string | null; kind: string }[];
		}[];
	}[];
}
// The open data's index names a file per month, newest first (src/pages/data/editions.json.ts).
const openData: { months: { month: string; url: string }[] } = JSON.parse(
	readFileSync(join(sites.root, 'data/editions.json'), 'utf8'),
);
const data: OpenData = JSON.parse(
	readFileSync(join(sites.root, new URL(openData.months[0].url).pathname.slice(1)), 'utf8'),
);
const origin = 'https://paper.example.org';
const fileOf = (dir: string, url: string, base: string): string | undefined => {
	const u = new URL(url, origin);
	if (u.origin !== origin || !u.pathname.startsWith(base)) return undefined;
	const path = decodeURIComponent(u.pathname.slice(base.length));
	return path === '' || path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
};

describe('the built sample site', () => {
	const edition = data.editions[0];
	const page = edition.pages[0];
	const items = edition.pages.flatMap((p) => p.items);

	test('links its script modules and stylesheets instead of copying them into every page', () => {
		// A copy in each page is a copy in each of an archive's tens of thousands of pages.
		const pages = listFiles(sites.root).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const tree = readHtml(join(sites.root, file));
			const copied = findAll(
				tree,
				(el) =>
					el.tagName === 'style' ||
					(el.tagName === 'script' && el.properties.type === 'module' && el.properties.src === undefined),
			);
			expect(
				copied.map((el) => text(el).slice(0, 80)),
				file,
			).toEqual([]);
		}
	});

	test('has the sample edition with its page and items', () => {
		expect(edition.date).toBe('2021-06-08');
		expect(page).toMatchObject({ number: 1, name: '党建' });
		expect(items.length).toBeGreaterThan(0);
	});

	test('cuts the open data by month: the index names a file per month, each holding that month’s editions only', () => {
		expect(openData.months.length).toBeGreaterThan(0);
		for (const { month, url } of openData.months) {
			const file: OpenData & { month: string } = JSON.parse(
				readFileSync(join(sites.root, new URL(url).pathname.slice(1)), 'utf8'),
			);
			expect(file.month).toBe(month);
			expect(file.editions.length).toBeGreaterThan(0);
			for (const e of file.editions) expect(e.date.slice(0, 7)).toBe(month);
		}
	});

	test('writes every view as a page of its own', () => {
		for (const url of [
			`${origin}/`,
			`${origin}/archive/`,
			`${origin}/archive/2021/`,
			edition.url,
			page.url,
			`${origin}/authors/`,
			`${origin}/sections/`,
			`${origin}/search/`,
			...items.map((i) => i.url),
		]) {
			const file = fileOf(sites.root, url, '/')!;
			expect(existsSync(file), url).toBe(true);
		}
		for (const f of ['404.html', 'feed.xml', 'sitemap-index.xml', 'favicon.svg'])
			expect(existsSync(join(sites.root, f)), f).toBe(true);
	});

	test('marks every page as Simplified Chinese with a title, description and Open Graph', () => {
		for (const file of listFiles(sites.root).filter((f) => f.endsWith('.html'))) {
			const tree = readHtml(join(sites.root, file));
			const html = findAll(tree, (e) => e.tagName === 'html')[0];
			expect(html.properties.lang, file).toBe('zh-CN');
			expect(text(findAll(tree, (e) => e.tagName === 'title')[0]).length, file).toBeGreaterThan(2);
			const metas = findAll(tree, (e) => e.tagName === 'meta');
			expect(
				metas.some((m) => m.properties.name === 'description' && String(m.properties.content).length > 0),
				file,
			).toBe(true);
			expect(
				metas.some((m) => m.properties.property === 'og:title'),
				file,
			).toBe(true);
		}
	});

	test('lists every page with its items’ headlines in 版面导航', () => {
		const tree = readHtml(fileOf(sites.root, edition.url, '/')!);
		const nav = text(findAll(tree, (e) => e.tagName === 'ol' && e.properties.ariaLabel === '版面导航')[0]);
		expect(nav).toContain('第01版：党建');
		for (const item of items) expect(nav).toContain(item.headline);
	});

	test('links every edition from the archive calendar', () => {
		const tree = readHtml(join(sites.root, 'archive/2021/index.html'));
		const hrefs = findAll(tree, (e) => e.tagName === 'a').map((a) => String(a.properties.href));
		for (const e of data.editions) expect(hrefs).toContain(new URL(e.url).pathname);
	});

	test('describes each item as a NewsArticle of the day’s issue of the periodical', () => {
		for (const item of items) {
			const tree = readHtml(fileOf(sites.root, item.url, '/')!);
			const script = findAll(tree, (e) => e.tagName === 'script' && e.properties.type === 'application/ld+json')[0];
			const ld = JSON.parse(text(script));
			expect([ld['@type']].flat()).toContain('NewsArticle');
			expect(ld).toMatchObject({
				headline: item.headline,
				datePublished: '2021-06-08',
				printEdition: '2021-06-08',
				printPage: '1',
				url: item.url,
			});
			expect(ld.printSection).toBeTruthy();
			expect(ld.author.map((a: { name: string }) => a.name)).toEqual(item.authors);
			expect(ld.isPartOf).toMatchObject({
				'@type': 'PublicationIssue',
				datePublished: '2021-06-08',
				isPartOf: { '@type': 'Periodical', name: '内蒙古日报' },
			});
		}
	});

	test('gives each item a citation line with the paper, date and page', () => {
		const item = items[0];
		const tree = readHtml(fileOf(sites.root, item.url, '/')!);
		const q = text(findAll(tree, (e) => e.tagName === 'q' && e.properties.id === 'citation')[0]);
		expect(q).toContain(`${item.headline}，《内蒙古日报》（2021年6月8日 第01版）`);
	});

	test('has an author page for every author and a section page for every section', () => {
		for (const item of items) {
			for (const name of item.authors)
				expect(existsSync(join(sites.root, 'authors', name, 'index.html')), name).toBe(true);
			if (item.section)
				expect(existsSync(join(sites.root, 'sections', item.section, 'index.html')), item.section).toBe(true);
		}
	});

	test('groups the authors and the sections under the initial letters of their pinyin, in order', () => {
		for (const [file, names] of [
			['authors/index.html', ['陈春艳', '冯雪', '郝佳丽', '及庆玲', '靳亚坤', '刘向平', '宋爽']],
			['sections/index.html', ['观潮', '视点', '阵地', '知行合一']],
		] as const) {
			const tree = readHtml(join(sites.root, file));
			const groups = findAll(
				tree,
				(el) => el.tagName === 'section' && ((el.properties?.className as string[]) ?? []).includes('index-group'),
			).map((section) => ({
				letter: text(findAll(section, (el) => el.tagName === 'h2')[0]),
				names: findAll(section, (el) => el.tagName === 'a').map(text),
			}));
			const letters = groups.map((g) => g.letter);
			expect(letters, file).toEqual([...letters].sort());
			expect(groups.flatMap((g) => g.names).sort(), file).toEqual([...names].sort());
			const initial: Record<string, string> = {
				陈: 'C',
				冯: 'F',
				郝: 'H',
				及: 'J',
				靳: 'J',
				刘: 'L',
				宋: 'S',
				观: 'G',
				视: 'S',
				阵: 'Z',
				知: 'Z',
			};
			for (const g of groups) for (const name of g.names) expect(initial[name[0]], name).toBe(g.letter);
		}
	});

	test('lists recent items in the feed with absolute links', () => {
		const feed = readFileSync(join(sites.root, 'feed.xml'), 'utf8');
		for (const item of items) expect(feed).toContain(`<link>${item.url}</link>`);
	});

	test('shows an article’s 小标题 as a heading and its photo credit under its text, and no credit where there is none', () => {
		const withCredit = readHtml(join(sites.multi, '2021-05-31/01/item-1-2/index.html'));
		expect(
			findAll(
				withCredit,
				(el) => (el.properties?.className as string[] | undefined)?.includes('photo-credit') ?? false,
			).map(text),
		).toEqual(['（图片：本报记者 摄影员 摄）']);
		// A 小标题 (### as the importer writes it) is a heading inside the text, and its words are searchable.
		expect(findAll(withCredit, (el) => el.tagName === 'h3').map(text)).toEqual(['一、牧区新貌']);
		expect(readFileSync(join(sites.multi, '2021-05-31/01/item-1-2/text.txt'), 'utf8')).toContain('一、牧区新貌');
		const without = readHtml(join(sites.multi, '2021-05-31/01/item-1-1/index.html'));
		expect(
			findAll(without, (el) => (el.properties?.className as string[] | undefined)?.includes('photo-credit') ?? false),
		).toEqual([]);
	});

	test('builds every item of editions whose items share a slug, each at its own permalink', () => {
		// Both first items of the fixture set `slug: item-1-1`; Astro's glob loader took that slug as
		// the entry's id, and one of the two was lost without a word.
		const headline = (file: string) =>
			findAll(readHtml(join(sites.multi, file)), (el) => el.tagName === 'h1').map(text);
		expect(headline('2021-05-31/01/item-1-1/index.html')).toContain('春耕备耕正当时');
		expect(headline('2021-06-01/01/item-1-1/index.html')).toContain('儿童节里的欢笑');
	});

	test('numbers the pages of an author’s list from the oldest, and lists the two newest on its landing page', () => {
		// The fixture's 14 items, four a page (LIST_PAGE_SIZE=4): pages 1 to 3 of four, page 4 of two.
		const list = (file: string) => readHtml(join(sites.multi, 'authors/测试员', file));
		const links = (file: string) =>
			Object.fromEntries(
				findAll(list(file), (el) => el.tagName === 'a' && ['← 较新', '较早 →'].includes(text(el))).map((a) => [
					text(a),
					decodeURIComponent(String(a.properties?.href)),
				]),
			);
		const headlines = (file: string) =>
			findAll(
				list(file),
				(el) =>
					el.tagName === 'ul' && ((el.properties?.className as string[] | undefined)?.includes('item-list') ?? false),
			).flatMap((ul) =>
				findAll(ul, (el) => el.tagName === 'li').map((li) => text(findAll(li, (el) => el.tagName === 'a')[0])),
			);
		const pages = ['4/index.html', '3/index.html', '2/index.html', '1/index.html'].map(headlines);
		expect(pages.map((p) => p.length)).toEqual([2, 4, 4, 4]);
		expect(new Set(pages.flat()).size).toBe(14);
		expect(headlines('index.html')).toEqual([...pages[0], ...pages[1]]);
		expect(links('index.html')).toEqual({ '较早 →': '/authors/测试员/2/' });
		expect(links('2/index.html')).toEqual({ '← 较新': '/authors/测试员/3/', '较早 →': '/authors/测试员/1/' });
		expect(links('4/index.html')).toEqual({ '← 较新': '/authors/测试员/', '较早 →': '/authors/测试员/3/' });
		expect(readFileSync(join(sites.multi, 'authors/测试员/1/index.html'), 'utf8')).toContain(
			'第 1 页（从最早的算起）：2021年5月31日至2021年6月1日的 4 篇',
		);
		// The landing page lists the pages before its own, by year, each with the dates it spans.
		const index = findAll(
			list('index.html'),
			(el) =>
				el.tagName === 'nav' && ((el.properties?.className as string[] | undefined)?.includes('page-index') ?? false),
		);
		expect(index).toHaveLength(1);
		expect(
			findAll(index[0], (el) => el.tagName === 'a').map((a) => [
				text(a),
				decodeURIComponent(String(a.properties?.href)),
				a.properties?.title,
			]),
		).toEqual([
			['第1页', '/authors/测试员/1/', '2021年5月31日至2021年6月1日'],
			['第2页', '/authors/测试员/2/', '2021年6月1日'],
		]);
		expect(
			findAll(
				list('2/index.html'),
				(el) =>
					el.tagName === 'nav' && ((el.properties?.className as string[] | undefined)?.includes('page-index') ?? false),
			),
		).toEqual([]);
		// The oldest page ends with the May edition's three items, in reading order as every list.
		expect(pages[3].slice(1)).toEqual(['春耕备耕正当时', '草原生态持续向好', '口岸货运量稳步增长']);
	});

	for (const [name, base] of [
		['root', '/'],
		['paper', '/paper/'],
	] as const) {
		test(`has no broken internal link when built for ${base}`, () => {
			const dir = sites[name];
			const broken: string[] = [];
			for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
				const pageUrl = new URL(`${base}${file.replace(/index\.html$/, '')}`, origin);
				for (const ref of referencedUrls(readHtml(join(dir, file)))) {
					const abs = new URL(ref, pageUrl);
					if (abs.origin !== origin) continue;
					if (!abs.pathname.startsWith(base)) {
						broken.push(`${file}: ${ref} is outside the base path ${base}`);
						continue;
					}
					const target = fileOf(dir, abs.href, base);
					if (target && !existsSync(target)) broken.push(`${file}: ${ref}`);
				}
			}
			expect(broken).toEqual([]);
		});
	}
});
