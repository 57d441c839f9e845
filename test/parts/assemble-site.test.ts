import {
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	joinShards,
	readRecord,
	syncSite,
	trimPart,
	writeInto,
	writeRecord,
} from '../../src/lib/parts/assemble-site.ts';
import { buildScope } from '../../src/lib/parts/build-scope.ts';
import { compareTrees, treeDigests, uploadDelta } from '../../src/lib/parts/compare-trees.ts';
import { partsLine } from '../../src/lib/parts/parts-line.ts';
import { tmpDir } from '../support/site.ts';

const scratch = join(tmpDir, 'parts-assemble');
const put = (file: string, text: string) => {
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, text);
};

describe('joining parts', () => {
	test('trims a part’s site to its own: its editions, assets, its months’ sitemaps and open data, not the join’s pages', () => {
		const part = join(scratch, 'trim');
		rmSync(part, { recursive: true, force: true });
		for (const file of [
			'part-summary.json',
			'index.html',
			'authors/index.html',
			'_astro/a.css',
			'2023-05-01/index.html',
			'sitemap-2023-05.xml',
			'sitemap-2023-05-2.xml',
			'sitemap-2022-12.xml',
			'sitemap-lists.xml',
			'sitemap-index.xml',
			'data/editions.json',
			'data/editions/2023-05.json',
			'data/editions/2022-12.json',
		])
			put(join(part, 'site', file), '');
		trimPart(part, buildScope({ BUILD_YEARS: '2023' }) as never);
		expect(readdirSync(join(part, 'site')).sort()).toEqual([
			'2023-05-01',
			'_astro',
			'data',
			'sitemap-2023-05-2.xml',
			'sitemap-2023-05.xml',
		]);
		expect(readdirSync(join(part, 'site/data/editions'))).toEqual(['2023-05.json']);
	});

	test('trims a part of the current month to that month’s files', () => {
		const part = join(scratch, 'trim-month');
		rmSync(part, { recursive: true, force: true });
		for (const file of [
			'part-summary.json',
			'2024-11-30/index.html',
			'2024-12-01/index.html',
			'sitemap-2024-11.xml',
			'sitemap-2024-12.xml',
			'data/editions/2024-11.json',
			'data/editions/2024-12.json',
		])
			put(join(part, 'site', file), '');
		trimPart(part, buildScope({ BUILD_YEARS: '2024-12' }) as never);
		expect(readdirSync(join(part, 'site')).sort()).toEqual(['2024-12-01', 'data', 'sitemap-2024-12.xml']);
		expect(readdirSync(join(part, 'site/data/editions'))).toEqual(['2024-12.json']);
	});

	test('lists the parts’ search shards as one, newest first, whatever the order of the parts', () => {
		const older = { file: 'a', manifest: { shards: [{ id: '2019', from: '2019-01-01', to: '2019-12-31', items: 5 }] } };
		const newer = {
			file: 'b',
			manifest: {
				shards: [
					{ id: '2020-07', from: '2020-07-01', to: '2020-12-31', items: 4 },
					{ id: '2020-01', from: '2020-01-01', to: '2020-06-30', items: 3 },
				],
			},
		};
		const ids = JSON.parse(joinShards([older, newer])).shards.map((s: { id: string }) => s.id);
		expect(ids).toEqual(['2020-07', '2020-01', '2019']);
	});

	test('refuses two parts with the same shard, naming both', () => {
		const one = {
			file: 'parts/a/shards.json',
			manifest: { shards: [{ id: '2019', from: '2019-01-01', to: '2019-02-01', items: 1 }] },
		};
		expect(() => joinShards([one, { ...one, file: 'parts/b/shards.json' }])).toThrow(/parts\/b.*parts\/a/);
	});

	test('links files into the site, keeps a file two parts share, and refuses two different ones', () => {
		rmSync(scratch, { recursive: true, force: true });
		put(join(scratch, 'a/_astro/x.css'), 'x');
		put(join(scratch, 'a/2019-01-01/index.html'), 'a');
		put(join(scratch, 'b/_astro/x.css'), 'x');
		const out = join(scratch, 'out');
		expect(syncSite([join(scratch, 'a'), join(scratch, 'b')], out)).toMatchObject({ files: 2, placed: 2, removed: 0 });
		expect(statSync(join(out, '2019-01-01/index.html')).ino).toBe(
			statSync(join(scratch, 'a/2019-01-01/index.html')).ino,
		);
		put(join(scratch, 'c/_astro/x.css'), 'y');
		expect(() => syncSite([join(scratch, 'a'), join(scratch, 'c')], out)).toThrow(/c\/_astro\/x.css: differs/);
	});

	test('joins again by touching only what changed: a replaced file, a new one, and one no part has any more', () => {
		rmSync(scratch, { recursive: true, force: true });
		put(join(scratch, 'a/2019-01-01/index.html'), 'a');
		put(join(scratch, 'a/2019-01-02/index.html'), 'b');
		put(join(scratch, 'j/index.html'), 'home');
		const out = join(scratch, 'out');
		const sources = [join(scratch, 'j'), join(scratch, 'a')];
		syncSite(sources, out);
		const kept = statSync(join(out, '2019-01-01/index.html')).ino;
		expect(syncSite(sources, out)).toMatchObject({ files: 3, placed: 0, removed: 0 });
		rmSync(join(scratch, 'a/2019-01-02'), { recursive: true });
		rmSync(join(scratch, 'j/index.html'));
		put(join(scratch, 'j/index.html'), 'home, newer');
		put(join(scratch, 'a/2019-01-03/index.html'), 'c');
		expect(syncSite(sources, out)).toMatchObject({ files: 3, placed: 2, removed: 1 });
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home, newer');
		expect(statSync(join(out, '2019-01-01/index.html')).ino).toBe(kept);
		expect(existsSync(join(out, '2019-01-02'))).toBe(false);
		expect(compareTrees(join(scratch, 'a'), join(out)).differing).toEqual(['index.html']);
	});

	test('takes an unchanged source’s files as placed, without walking it, and walks a source whose stamp changed', () => {
		rmSync(scratch, { recursive: true, force: true });
		put(join(scratch, 'a/2019-01-01/index.html'), 'a');
		put(join(scratch, 'a/_astro/x.css'), 'x');
		put(join(scratch, 'b/2020-01-01/index.html'), 'b');
		put(join(scratch, 'b/_astro/x.css'), 'x');
		const out = join(scratch, 'out');
		const [a, b] = [join(scratch, 'a'), join(scratch, 'b')];
		const first = syncSite([a, b], out, { stamps: { [a]: 'a1', [b]: 'b1' } });
		expect(first).toMatchObject({ files: 3, placed: 3 });
		// A file added to a source whose stamp stayed is not seen: the source was not walked.
		put(join(scratch, 'a/2019-01-02/index.html'), 'unseen');
		put(join(scratch, 'b/2020-01-02/index.html'), 'b2');
		rmSync(join(scratch, 'b/2020-01-01'), { recursive: true });
		const again = syncSite([a, b], out, { stamps: { [a]: 'a1', [b]: 'b2' }, last: first.record });
		expect(again).toMatchObject({ files: 3, placed: 1, removed: 1 });
		expect(existsSync(join(out, '2019-01-02/index.html'))).toBe(false);
		expect(existsSync(join(out, '2020-01-01'))).toBe(false);
		expect(readFileSync(join(out, '2020-01-02/index.html'), 'utf8')).toBe('b2');
		expect(readFileSync(join(out, '2019-01-01/index.html'), 'utf8')).toBe('a');
		// A shared file still must be the same bytes in both.
		put(join(scratch, 'b/_astro/x.css'), 'y');
		expect(() => syncSite([a, b], out, { stamps: { [a]: 'a1', [b]: 'b3' }, last: again.record })).toThrow(
			/b\/_astro\/x.css: differs/,
		);
		// A new stamp walks the source again.
		expect(syncSite([a], out, { stamps: { [a]: 'a2' }, last: again.record })).toMatchObject({ files: 3, placed: 1 });
		expect(readFileSync(join(out, '2019-01-02/index.html'), 'utf8')).toBe('unseen');
	});

	test('takes an unchanged source whole, but looks again at a path a source before it gained or gave up', () => {
		rmSync(scratch, { recursive: true, force: true });
		put(join(scratch, 'j/_astro/x.css'), 'x');
		put(join(scratch, 'j/index.html'), 'home');
		put(join(scratch, 'a/_astro/x.css'), 'x');
		// The two copies of the shared file differ in time, as files written by two builds do: a
		// file of the same size and time counts as a copy already in place (not re-linked below).
		utimesSync(join(scratch, 'a/_astro/x.css'), new Date(2020, 0, 1), new Date(2020, 0, 1));
		put(join(scratch, 'a/2019-01-01/index.html'), 'a');
		const out = join(scratch, 'out');
		const [j, a] = [join(scratch, 'j'), join(scratch, 'a')];
		const first = syncSite([j, a], out, { stamps: { [j]: 'j1', [a]: 'a1' } });
		expect(first).toMatchObject({ files: 3, placed: 3 });
		expect(first.record.sources[a].shared).toEqual(['_astro/x.css']);
		// Nothing changed: the part is taken as it was recorded.
		const same = syncSite([j, a], out, { stamps: { [j]: 'j2', [a]: 'a1' }, last: first.record });
		expect(same).toMatchObject({ files: 3, placed: 0, removed: 0 });
		expect(same.record.sources[a]).toBe(first.record.sources[a]);
		// The join gives up the shared file: the part owns it now, and it stays in the site.
		rmSync(join(scratch, 'j/_astro'), { recursive: true });
		const gaveUp = syncSite([j, a], out, { stamps: { [j]: 'j3', [a]: 'a1' }, last: same.record });
		expect(gaveUp).toMatchObject({ files: 3, removed: 0 });
		expect(gaveUp.record.sources[a].shared).toEqual([]);
		expect(statSync(join(out, '_astro/x.css')).ino).toBe(statSync(join(scratch, 'a/_astro/x.css')).ino);
		// The join has it again, different: an error that names both.
		put(join(scratch, 'j/_astro/x.css'), 'y');
		expect(() => syncSite([j, a], out, { stamps: { [j]: 'j4', [a]: 'a1' }, last: gaveUp.record })).toThrow(
			/a\/_astro\/x.css: differs/,
		);
	});

	test('keeps its record with each source’s files apart, read back only for the sources it looks at', () => {
		rmSync(scratch, { recursive: true, force: true });
		put(join(scratch, 'j/index.html'), 'home');
		put(join(scratch, 'a/2019-01-01/index.html'), 'a');
		const out = join(scratch, 'out');
		const file = join(scratch, 'cache/assembled.json');
		const [j, a] = [join(scratch, 'j'), join(scratch, 'a')];
		writeRecord(file, syncSite([j, a], out, { stamps: { [j]: 'j1', [a]: 'a1' } }).record);
		const before = readdirSync(join(scratch, 'cache/assembled'));
		expect(before).toHaveLength(2);
		rmSync(join(scratch, 'j/index.html'));
		put(join(scratch, 'j/index.html'), 'home again');
		const last = readRecord(file)!;
		const again = syncSite([j, a], out, { stamps: { [j]: 'j2', [a]: 'a1' }, last });
		expect(again).toMatchObject({ files: 2, placed: 1, removed: 0 });
		writeRecord(file, again.record);
		// The part's list was neither read nor written again; the join's is new, the old one gone.
		const lists = readdirSync(join(scratch, 'cache/assembled'));
		expect(lists).toHaveLength(2);
		expect(lists.filter((name) => before.includes(name))).toHaveLength(1);
		const back = readRecord(file)!;
		expect(back.sources[a].files).toEqual(['2019-01-01/index.html']);
		expect(back.sources[j].files).toEqual(['index.html']);
		// A record of another shape is none.
		writeFileSync(file, JSON.stringify({ to: out, sources: { [a]: { stamp: 'a1', files: [], shared: [] } } }));
		expect(readRecord(file)).toBeUndefined();
	});

	test('moves what it removes into the trash folder it is given, replaced files and emptied folders too', () => {
		rmSync(scratch, { recursive: true, force: true });
		put(join(scratch, 'a/2019-01-01/index.html'), 'a');
		put(join(scratch, 'a/2019-01-02/index.html'), 'b');
		const out = join(scratch, 'out');
		const trash = join(scratch, 'trash');
		const a = join(scratch, 'a');
		const first = syncSite([a], out, { stamps: { [a]: 'a1' }, trash });
		rmSync(join(scratch, 'a/2019-01-02'), { recursive: true });
		rmSync(join(scratch, 'a/2019-01-01/index.html'));
		put(join(scratch, 'a/2019-01-01/index.html'), 'a again');
		const again = syncSite([a], out, { stamps: { [a]: 'a2' }, last: first.record, trash });
		expect(again).toMatchObject({ files: 1, placed: 1, removed: 1 });
		expect(compareTrees(a, out).differing).toEqual([]);
		expect(existsSync(join(out, '2019-01-02'))).toBe(false);
		// The replaced file, the removed one and its folder.
		expect(readdirSync(trash)).toHaveLength(3);
	});

	test('places from a listed source only what it wrote, without walking it, and removes what it no longer lists', () => {
		rmSync(scratch, { recursive: true, force: true });
		put(join(scratch, 'own/index.html'), 'home');
		put(join(scratch, 'own/2024-01-01/index.html'), 'day');
		put(join(scratch, 'own/2024-01-02/index.html'), 'gone next');
		const out = join(scratch, 'out');
		const own = join(scratch, 'own');
		const all = ['2024-01-01/index.html', '2024-01-02/index.html', 'index.html'];
		const first = syncSite([own], out, { listed: { [own]: { files: all, written: all } } });
		expect(first).toMatchObject({ files: 3, placed: 3 });
		// The build rewrote the home page (a new file) and removed a day; a file it left is taken as in place.
		rmSync(join(own, 'index.html'));
		put(join(own, 'index.html'), 'home again');
		rmSync(join(own, '2024-01-02'), { recursive: true });
		put(join(own, '2024-01-03/index.html'), 'new day');
		rmSync(join(out, '2024-01-01/index.html'));
		put(join(out, '2024-01-01/index.html'), 'not looked at');
		const files = ['2024-01-01/index.html', '2024-01-03/index.html', 'index.html'];
		const again = syncSite([own], out, {
			listed: { [own]: { files, written: ['2024-01-03/index.html', 'index.html'] } },
			last: first.record,
		});
		expect(again).toMatchObject({ files: 3, placed: 2, removed: 1 });
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home again');
		expect(readFileSync(join(out, '2024-01-03/index.html'), 'utf8')).toBe('new day');
		expect(readFileSync(join(out, '2024-01-01/index.html'), 'utf8')).toBe('not looked at');
		expect(existsSync(join(out, '2024-01-02'))).toBe(false);
		// Without the last record, every listed file is looked at.
		expect(syncSite([own], out, { listed: { [own]: { files, written: [] } } })).toMatchObject({ placed: 1 });
		expect(readFileSync(join(out, '2024-01-01/index.html'), 'utf8')).toBe('day');
	});

	test('writes the join’s own file anew only when its text changed, and never through a link into a part', () => {
		rmSync(scratch, { recursive: true, force: true });
		const file = join(scratch, 'site/pagefind/shards.json');
		writeInto(file, 'one');
		utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
		const first = statSync(file);
		writeInto(file, 'one');
		expect(statSync(file).mtimeMs).toBe(first.mtimeMs);
		expect(statSync(file).ino).toBe(first.ino);
		writeInto(file, 'two');
		expect(readFileSync(file, 'utf8')).toBe('two');
		// A link into a part is replaced by a file of the join's own, even with the same text.
		const part = join(scratch, 'part/shards.json');
		put(part, 'two');
		rmSync(file);
		linkSync(part, file);
		writeInto(file, 'two');
		expect(statSync(file).ino).not.toBe(statSync(part).ino);
		writeInto(file, 'three');
		expect(readFileSync(part, 'utf8')).toBe('two');
	});

	test('compares two sites by their files’ bytes', () => {
		put(join(scratch, 'p/a.txt'), '1');
		put(join(scratch, 'p/b.txt'), '2');
		put(join(scratch, 'q/a.txt'), '1');
		put(join(scratch, 'q/b.txt'), '3');
		put(join(scratch, 'q/c.txt'), '4');
		expect(compareTrees(join(scratch, 'p'), join(scratch, 'q'))).toEqual({ files: 3, differing: ['b.txt', 'c.txt'] });
		expect(readFileSync(join(scratch, 'p/a.txt'), 'utf8')).toBe('1');
	});

	test('ends the benchmark with one line of figures, equal only when nothing differs', () => {
		const figures = {
			articles: 600,
			years: 3,
			singleS: 80,
			partsS: 120.04,
			maxPartS: 45,
			joinS: 30,
			rebuildS: 70,
			files: 900,
		};
		expect(partsLine({ ...figures, differing: 0 })).toBe(
			'parts: articles=600 years=3 single_s=80.0 parts_s=120.0 max_part_s=45.0 join_s=30.0 rebuild_s=70.0 equal=yes files=900 differing=0',
		);
		expect(partsLine({ ...figures, differing: 2 })).toMatch(/ equal=no files=900 differing=2$/);
		expect(partsLine({ ...figures, differing: 0, peak: { mb: 1234.4, build: 'single' } })).toMatch(
			/ differing=0 peak_mb=1234 peak_build=single$/,
		);
		expect(partsLine({ ...figures, differing: 0, upload: { files: 12, mb: 0.44 } })).toMatch(
			/ differing=0 upload_files=12 upload_mb=0\.4$/,
		);
		const daily = { daily: { s: 40, cpu: 50.04, differing: 0 }, rebuildTwo: { s: 30, cpu: 31, differing: 3 } };
		expect(partsLine({ ...figures, differing: 0, ...daily })).toMatch(
			/ differing=0 daily_s=40\.0 daily_cpu_s=50\.0 daily_equal=yes rebuild_two_s=30\.0 rebuild_two_cpu_s=31\.0 rebuild_equal=no$/,
		);
	});

	test('counts what a rebuild gives a bucket sync to upload: new and changed files and their bytes, and what it removes', () => {
		const dir = join(scratch, 'upload');
		rmSync(dir, { recursive: true, force: true });
		put(join(dir, 'a.html'), 'same');
		put(join(dir, 'b.html'), 'old');
		put(join(dir, 'gone.html'), 'x');
		const before = treeDigests(dir);
		put(join(dir, 'b.html'), 'newer');
		put(join(dir, 'c/d.html'), 'added');
		rmSync(join(dir, 'gone.html'));
		expect(uploadDelta(before, treeDigests(dir))).toEqual({ files: 2, bytes: 10, removed: 1 });
	});
});
