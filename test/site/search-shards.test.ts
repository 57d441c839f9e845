import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { indexShard } from '../../src/integrations/index-site.ts';

const sites = inject('sites');
const scratch = mkdtempSync(join(tmpdir(), 'search-shards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fixture archive's built site, copied so that indexing it again does not touch the served one. */
function copyOfSite(name: string): string {
	const dir = join(scratch, name);
	cpSync(sites.multi, dir, { recursive: true });
	return dir;
}

const itemPages = (dir: string) =>
	readdirSync(dir, { recursive: true })
		.map(String)
		.filter((f) => /^2021-05-31\/\d+\/[^/]+\/index\.html$/.test(f))
		.map((f) => f.replace(/index\.html$/, ''));

const bundle = (dir: string) =>
	Object.fromEntries(
		readdirSync(join(dir, 'pagefind', '2021-05'), { recursive: true })
			.map(String)
			.sort()
			.map((f) => [f, f.includes('.') ? readFileSync(join(dir, 'pagefind', '2021-05', f)).length : 0]),
	);

describe('indexing a shard with a cache', () => {
	const cacheDir = join(scratch, 'cache');

	test('indexes a shard, then reuses it from the cache while its pages read the same', async () => {
		const dir = copyOfSite('a');
		const pathnames = itemPages(dir);
		expect(pathnames).toHaveLength(3);
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir })).toEqual({
			id: '2021-05',
			indexed: 3,
			reused: false,
		});
		const first = bundle(dir);
		const again = copyOfSite('b');
		expect(await indexShard({ dir: again, id: '2021-05', pathnames, cacheDir })).toEqual({
			id: '2021-05',
			indexed: 3,
			reused: true,
		});
		expect(bundle(again)).toEqual(first);
		expect(readFileSync(join(again, pathnames[0], 'text.txt'), 'utf8')).toContain('测试用的正文段落');
	});

	test('indexes it again when an item’s text changed, and caches the new index', async () => {
		const dir = copyOfSite('c');
		const pathnames = itemPages(dir);
		const page = join(dir, pathnames[0], 'index.html');
		writeFileSync(page, readFileSync(page, 'utf8').replaceAll('第二段。', '第二段，改过了。'));
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: false });
		const same = copyOfSite('d');
		writeFileSync(join(same, pathnames[0], 'index.html'), readFileSync(page, 'utf8'));
		expect(await indexShard({ dir: same, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: true });
		expect(await indexShard({ dir: copyOfSite('e'), id: '2021-05', pathnames, cacheDir })).toMatchObject({
			reused: false,
		});
	});

	test('reuses it when only markup outside the item’s text changed, and writes text files that are missing', async () => {
		const cacheDir = join(scratch, 'cache-markup');
		const dir = copyOfSite('g');
		const pathnames = itemPages(dir);
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: false });
		const same = copyOfSite('h');
		const page = join(same, pathnames[0], 'index.html');
		writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', '<meta name="x-test" content="changed"></head>'));
		rmSync(join(same, pathnames[1], 'text.txt'));
		expect(await indexShard({ dir: same, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: true });
		expect(readFileSync(join(same, pathnames[1], 'text.txt'), 'utf8')).toContain('测试用的正文段落');
		// Now the same bytes as that build: reused without reading, a missing text file written all the same.
		const third = copyOfSite('i');
		writeFileSync(join(third, pathnames[0], 'index.html'), readFileSync(page));
		rmSync(join(third, pathnames[2], 'text.txt'));
		expect(await indexShard({ dir: third, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: true });
		expect(readFileSync(join(third, pathnames[2], 'text.txt'), 'utf8')).toBe(
			readFileSync(join(dir, pathnames[2], 'text.txt'), 'utf8'),
		);
	});

	test('reuses it without reading its pages while their sizes and times are unchanged, as make does', async () => {
		const cacheDir = join(scratch, 'cache-stamps');
		const dir = copyOfSite('j');
		const pathnames = itemPages(dir);
		const page = join(dir, pathnames[0], 'index.html');
		const then = new Date(2001, 0, 1);
		utimesSync(page, then, then);
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: false });
		// Other text of the same size, with the page's time put back: by its stamp, the page is
		// the one indexed, so it is not read (reading it would index it again).
		const html = readFileSync(page, 'utf8');
		writeFileSync(page, html.replaceAll('测试用的正文段落', '测试用的正文改过'));
		expect(readFileSync(page).length).toBe(Buffer.byteLength(html));
		utimesSync(page, then, then);
		// Its text files are touched, so that they count as written by this build.
		const text = join(dir, pathnames[1], 'text.txt');
		const past = new Date(2000, 0, 1);
		utimesSync(text, past, past);
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir })).toEqual({
			id: '2021-05',
			indexed: 3,
			reused: true,
		});
		expect(statSync(text).mtimeMs).toBeGreaterThan(past.getTime());
		// A new time is a changed page: read, and indexed again.
		utimesSync(page, then, new Date());
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: false });
		// Untouched again, but a text file is missing: the pages are read and it is written.
		rmSync(text);
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir })).toMatchObject({ reused: true });
		expect(readFileSync(text, 'utf8')).toContain('测试用的正文段落');
	});

	test('with its pages kept, indexes again taking an unchanged page’s record as kept and reading only the changed ones', async () => {
		const cacheDir = join(scratch, 'cache-kept');
		const dir = copyOfSite('k');
		const pathnames = itemPages(dir);
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir, keepPages: true })).toMatchObject({
			reused: false,
		});
		const page = join(dir, pathnames[0], 'index.html');
		writeFileSync(page, readFileSync(page, 'utf8').replaceAll('第二段。', '第二段，改过了。'));
		// The same change indexed from nothing, for comparison.
		const fresh = copyOfSite('l');
		writeFileSync(join(fresh, pathnames[0], 'index.html'), readFileSync(page));
		await indexShard({ dir: fresh, id: '2021-05', pathnames, cacheDir: join(scratch, 'cache-fresh') });
		expect(await indexShard({ dir, id: '2021-05', pathnames, cacheDir, keepPages: true })).toMatchObject({
			reused: false,
		});
		expect(bundle(dir)).toEqual(bundle(fresh));
		expect(readFileSync(join(dir, pathnames[0], 'text.txt'), 'utf8')).toContain('第二段，改过了。');
		// An unchanged page is taken as kept, not read: a kept record that says otherwise shows in the index.
		const keptFile = join(cacheDir, '2021-05', '.pages.json');
		const kept = JSON.parse(readFileSync(keptFile, 'utf8'));
		kept[`/${pathnames[1]}`].record.meta.title = '记下的标题';
		writeFileSync(keptFile, JSON.stringify(kept));
		writeFileSync(page, readFileSync(page, 'utf8').replaceAll('第二段，改过了。', '第二段。'));
		await indexShard({ dir, id: '2021-05', pathnames, cacheDir, keepPages: true });
		const titles = readdirSync(join(dir, 'pagefind', '2021-05', 'fragment')).map(
			(name) =>
				JSON.parse(
					gunzipSync(readFileSync(join(dir, 'pagefind', '2021-05', 'fragment', name)))
						.toString('utf8')
						.slice('pagefind_dcd'.length),
				).meta.title,
		);
		expect(titles).toContain('记下的标题');
	});

	test('leaves no shard behind for pages with nothing to index', async () => {
		const dir = copyOfSite('f');
		expect(await indexShard({ dir, id: '2020', pathnames: ['search/', 'no/such/page/'], cacheDir })).toEqual({
			id: '2020',
			indexed: 0,
			reused: false,
		});
		expect(readdirSync(join(dir, 'pagefind'))).not.toContain('2020');
	});
});

describe('the fragments a search downloads for its results', () => {
	test('hold the result’s URL, meta and page filters, without the token filters', () => {
		const folder = join(sites.multi, 'pagefind', '2021-06', 'fragment');
		const names = readdirSync(folder);
		expect(names.length).toBe(11);
		for (const name of names) {
			// As Pagefind writes it: gzipped, after its signature.
			const data = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
			expect(data.startsWith('pagefind_dcd')).toBe(true);
			const fragment = JSON.parse(data.slice('pagefind_dcd'.length));
			expect(fragment.url).toMatch(/^\/2021-06-01\/\d{2}\/[^/]+\/$/);
			expect(fragment.meta.title).toBeTruthy();
			expect(Object.keys(fragment.filters).sort()).toEqual(
				['author', 'kind', 'month', 'page', 'section', 'year'].filter((key) => key in fragment.filters),
			);
			// The shard is the search page's mergeFilter, not a stored filter (index-record.ts).
			expect(fragment.filters.shard).toBeUndefined();
			expect(Object.keys(fragment.filters).some((key) => /^[th]\d+$/.test(key))).toBe(false);
		}
	});
});

describe('the shard list every search downloads first', () => {
	test('is JSON with a shard a line, newest first, nothing indented', () => {
		const text = readFileSync(join(sites.multi, 'pagefind', 'shards.json'), 'utf8');
		expect(JSON.parse(text).shards.map((s: { id: string }) => s.id)).toEqual(['2021-06', '2021-05']);
		const lines = text.trimEnd().split('\n');
		expect(lines).toHaveLength(4);
		expect(lines.every((line) => !/^\s/.test(line))).toBe(true);
		expect(JSON.parse(lines[1].replace(/,$/, ''))).toEqual({
			id: '2021-06',
			from: '2021-06-01',
			to: '2021-06-01',
			items: 11,
		});
	});
});
