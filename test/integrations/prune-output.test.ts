import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { pruneStale } from '../../src/integrations/prune-output.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Writes files under a fresh folder: those named in `old` first, then, once the clock has moved
 * on, the others. Returns the folder and the moment between the two (what a build's start is),
 * read as the build reads it: the status-change time of a file written then, on the file
 * system's own clock, which may run a tick behind `Date.now()`.
 */
function tree(files: string[], old: string[]): { at: string; since: number } {
	dir = mkdtempSync(join(tmpdir(), 'prune-'));
	const write = (file: string) => {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), file);
	};
	files.filter((file) => old.includes(file)).forEach(write);
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
	write('start');
	const since = statSync(join(dir, 'start')).ctimeMs;
	rmSync(join(dir, 'start'));
	files.filter((file) => !old.includes(file)).forEach(write);
	return { at: dir, since };
}

describe('pruneStale', () => {
	test('removes old files that are not kept, and the folders that leaves empty', () => {
		const files = [
			'index.html',
			'2021-06-08/01/gone/index.html',
			'2021-06-08/01/gone/text.txt',
			'2021-06-08/01/kept/index.html',
			'2021-06-08/01/new/index.html',
			'_astro/old.js',
			'_astro/new.js',
		];
		const old = [
			'2021-06-08/01/gone/index.html',
			'2021-06-08/01/gone/text.txt',
			'2021-06-08/01/kept/index.html',
			'_astro/old.js',
		];
		const { at, since } = tree(files, old);
		const result = pruneStale(at, since, new Set([join(at, '2021-06-08/01/kept/index.html')]));
		expect(result).toEqual({
			removed: ['2021-06-08/01/gone/index.html', '2021-06-08/01/gone/text.txt', '_astro/old.js'],
			folders: 1,
			// What is left, and of it what was written since the start (a kept page was reused in place).
			kept: ['2021-06-08/01/kept/index.html', '2021-06-08/01/new/index.html', '_astro/new.js', 'index.html'],
			written: ['2021-06-08/01/new/index.html', '_astro/new.js', 'index.html'],
		});
		expect(existsSync(join(at, '2021-06-08/01/gone'))).toBe(false);
		for (const file of ['index.html', '2021-06-08/01/kept/index.html', '2021-06-08/01/new/index.html', '_astro/new.js'])
			expect(existsSync(join(at, file)), file).toBe(true);
	});

	test('keeps the folder itself and .git, even when everything else goes', () => {
		const { at, since } = tree(['a/b.html', '.git/HEAD'], ['a/b.html', '.git/HEAD']);
		expect(pruneStale(at, since, new Set())).toMatchObject({ removed: ['a/b.html'], folders: 1, kept: [] });
		expect(existsSync(at)).toBe(true);
		expect(existsSync(join(at, '.git/HEAD'))).toBe(true);
	});

	test('removes nothing from a folder written after the start', () => {
		const { at, since } = tree(['index.html', 'x/y/z.txt'], []);
		expect(pruneStale(at, since, new Set())).toMatchObject({
			removed: [],
			folders: 0,
			written: ['index.html', 'x/y/z.txt'],
		});
	});

	test("keeps an old file given its source's old mtime by a copy during the build (Astro copies public files and cached images so)", () => {
		const { at, since } = tree(['favicon.svg'], ['favicon.svg']);
		const past = (since - 3_600_000) / 1000;
		utimesSync(join(at, 'favicon.svg'), past, past);
		expect(pruneStale(at, since, new Set())).toMatchObject({
			removed: [],
			folders: 0,
			written: ['favicon.svg'],
		});
	});
});
