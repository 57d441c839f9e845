import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile, type ItemCheckCache } from '../../src/lib/content/check-content.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

const manifest: ContentFile = { path: 'content/editions/2021-06-08/edition.yaml', text: 'date: 2021-06-08\npages:\n  - number: 1\n' };
const item = (name: string, fields: string, body = '正文。\n'): ContentFile => ({
	path: `content/editions/2021-06-08/01/${name}`,
	text: `---\nheadline: 学党史\n${fields}---\n\n${body}`,
});
const check = (...files: ContentFile[]) => checkContent([manifest, ...files], () => false).map(formatProblem);

describe('content checks', () => {
	test('count lines the same in a file saved with a BOM and Windows line endings', () => {
		const text = '\uFEFF---\r\nheadline: 学党史\r\ndate: 2021-06-09\r\npage: 1\r\norder: 1\r\n---\r\n\r\n正文。\r\n';
		expect(check({ path: 'content/editions/2021-06-08/01/01-x.md', text })).toEqual([
			'content/editions/2021-06-08/01/01-x.md:3: “date”是 2021-06-09，但文件在 2021-06-08 文件夹中。提示：把 date 改成 2021-06-08，或把文件移到 2021-06-09 文件夹。',
		]);
	});

	test('accept a date quoted or not, as the build does', () => {
		expect(check(item('01-a.md', 'date: 2021-06-08\npage: 1\norder: 1\n'), item('02-b.md', "date: '2021-06-08'\npage: 1\norder: 2\n"))).toEqual([]);
	});

	test('report a wrong field inside a manifest page entry at that entry’s line', () => {
		const broken = { path: manifest.path, text: 'date: 2021-06-08\npages:\n  - number: 1\n  - number: 二\n    name: 要闻\n' };
		expect(checkContent([broken], () => false).map(formatProblem)).toEqual([
			'content/editions/2021-06-08/edition.yaml:4: pages 的第 2 项中的“number”（版次）应是数字（不加引号），现在是“二”。提示：写成这样：- number: 1',
		]);
	});

	test('report every later item that repeats an order, each naming the first', () => {
		const fields = 'date: 2021-06-08\npage: 1\norder: 2\n';
		const problems = check(item('01-a.md', fields), item('02-b.md', fields), item('03-c.md', fields));
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^content\/editions\/2021-06-08\/01\/02-b\.md:5: “order”是 2，和同一版的 01-a\.md 重复。/);
		expect(problems[1]).toMatch(/^content\/editions\/2021-06-08\/01\/03-c\.md:5: “order”是 2，和同一版的 01-a\.md 重复。/);
	});

	test('accept a photo without caption when it has its picture, but not an article without text', () => {
		const exists = (path: string) => path === 'content/editions/2021-06-08/01/p.jpg';
		const photo = item('01-p.md', 'kind: photo\nimage: ./p.jpg\ndate: 2021-06-08\npage: 1\norder: 1\n', '');
		const article = item('02-a.md', 'date: 2021-06-08\npage: 1\norder: 2\n', '');
		expect(checkContent([manifest, photo, article], exists).map(formatProblem)).toEqual([
			'content/editions/2021-06-08/01/02-a.md:6: 正文是空的。提示：在第二个 --- 下面空一行，写上正文。',
		]);
	});

	test('report a picture given as a web address or in a format the site cannot process', () => {
		const web = item('01-p.md', 'kind: photo\nimage: https://example.org/p.jpg\ndate: 2021-06-08\npage: 1\norder: 1\n');
		const pdf = item('02-q.md', 'kind: photo\nimage: ./q.pdf\ndate: 2021-06-08\npage: 1\norder: 2\n');
		const [first, second] = check(web, pdf);
		expect(first).toMatch(/01-p\.md:4: “image”（图片文件）是“https:\/\/example\.org\/p\.jpg”，不是稿件旁边的图片文件.*提示：把图片（JPG、PNG 等）放进这篇稿件所在的文件夹，写成 image: \.\/p\.jpg/);
		expect(second).toMatch(/02-q\.md:4: “image”（图片文件）是“\.\/q\.pdf”，不是网站能处理的图片格式/);
	});

	test('report a facsimile file the manifest names but the page folder lacks, at its line', () => {
		const text = [
			'date: 2021-06-08',
			'pages:',
			'  - number: 1',
			'    facsimile:',
			'      pdf: 2021-06-08-01.pdf',
			'      width: 800',
			'      height: 1000',
			'      images:',
			'        - file: page-480.webp',
			'          width: 480',
			'          height: 600',
			'',
		].join('\n');
		const exists = (path: string) => path === 'content/editions/2021-06-08/01/2021-06-08-01.pdf';
		expect(checkContent([{ path: manifest.path, text }], exists).map(formatProblem)).toEqual([
			'content/editions/2021-06-08/edition.yaml:9: 第 1 版的原版文件 page-480.webp 不在 content/editions/2021-06-08/01/ 里。提示：重新导入这一版的 PDF（npm run import），或删掉这一版的 facsimile 一项。',
		]);
	});

	test('reuse a kept item check only while its text and the paths it asked about are unchanged', () => {
		const picture = 'content/editions/2021-06-08/01/p.jpg';
		const photo = item('01-p.md', 'kind: photo\nimage: ./p.jpg\ndate: 2021-06-08\npage: 1\norder: 1\n');
		const cache: ItemCheckCache = { version: 'test', items: {} };
		const first = checkContent([manifest, photo], () => false, undefined, cache).map(formatProblem);
		expect(first).toHaveLength(1);
		expect(first[0]).toContain('01-p.md:4:');
		expect(cache.items[photo.path].asked).toEqual([[picture, false]]);
		// A kept result is used as it is: mark it, and the mark comes back while nothing changed.
		cache.items[photo.path].result.problems[0].message = 'KEPT';
		expect(checkContent([manifest, photo], () => false, undefined, cache).map(formatProblem)[0]).toContain('KEPT');
		// The picture appears: the item is checked again, and is fine.
		expect(checkContent([manifest, photo], (path) => path === picture, undefined, cache)).toEqual([]);
		// Its text changes: checked again.
		cache.items[photo.path].result.problems.push({ file: photo.path, line: 1, message: 'KEPT' });
		const edited = { ...photo, text: `${photo.text}新的一段。\n` };
		expect(checkContent([manifest, edited], (path) => path === picture, undefined, cache)).toEqual([]);
		// Files gone from the archive leave the cache.
		checkContent([manifest], () => false, undefined, cache);
		expect(cache.items).toEqual({});
	});

	test('reuse a kept item check by its file’s stamp without reading it, and read it when the stamp changes', () => {
		const broken = item('01-x.md', 'date: 2021-06-09\npage: 1\norder: 1\n');
		const cache: ItemCheckCache = { version: 'test', items: {} };
		let reads = 0;
		const lazy = (stamp: string, text: string): ContentFile => ({ path: broken.path, stamp, read: () => (reads++, text) });
		expect(checkContent([manifest, lazy('10:1', broken.text!)], () => false, undefined, cache).map(formatProblem)[0]).toContain('01-x.md:3:');
		expect(reads).toBe(1);
		expect(cache.items[broken.path].stamp).toBe('10:1');
		// Same stamp: the kept result, and the file is not read.
		const fixed = item('01-x.md', 'date: 2021-06-08\npage: 1\norder: 1\n').text!;
		expect(checkContent([manifest, lazy('10:1', fixed)], () => false, undefined, cache)).toHaveLength(1);
		expect(reads).toBe(1);
		// Another stamp with the same text: read, reused by its text, and the new stamp kept.
		expect(checkContent([manifest, lazy('10:2', broken.text!)], () => false, undefined, cache)).toHaveLength(1);
		expect(reads).toBe(2);
		expect(cache.items[broken.path].stamp).toBe('10:2');
		// Another stamp and another text: checked again.
		expect(checkContent([manifest, lazy('11:3', fixed)], () => false, undefined, cache)).toEqual([]);
		expect(reads).toBe(3);
	});

	test('reuse a kept manifest check by its file’s stamp without reading it, and check it again when it changes', () => {
		const page2 = item('01-x.md', 'date: 2021-06-08\npage: 2\norder: 1\n', '正文。\n');
		const moved = { ...page2, path: page2.path.replace('/01/', '/02/') };
		const cache: ItemCheckCache = { version: 'test', items: {} };
		let reads = 0;
		const lazy = (stamp: string, text: string): ContentFile => ({ path: manifest.path, stamp, read: () => (reads++, text) });
		const one = manifest.text!;
		const two = `${one}  - number: 2\n`;
		// Page 2 is not in the manifest: a problem at its pages line.
		expect(checkContent([lazy('5:1', one), moved], () => false, undefined, cache)).toHaveLength(1);
		expect(reads).toBe(1);
		// Same stamp: the kept check (its page numbers too), and the manifest is not read.
		expect(checkContent([lazy('5:1', two), moved], () => false, undefined, cache)).toHaveLength(1);
		expect(reads).toBe(1);
		// Another stamp: read; another text: checked again, and page 2 is listed now.
		expect(checkContent([lazy('6:2', two), moved], () => false, undefined, cache)).toEqual([]);
		expect(reads).toBe(2);
		expect(cache.editions?.[manifest.path].stamp).toBe('6:2');
		// Manifests gone from the archive leave the cache.
		checkContent([], () => false, undefined, cache);
		expect(cache.editions).toEqual({});
	});
});
