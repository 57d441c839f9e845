import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { pruneStale } from '../../src/integrations/prune-output.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes files under a fresh folder; those named in `old` get a time an hour before `since`. */
function tree(files: string[], old: string[], since: number): string {
	dir = mkdtempSync(join(tmpdir(), 'prune-'));
	for (const file of files) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), file);
		if (old.includes(file)) utimesSync(join(dir, file), (since - 3_600_000) / 1000, (since - 3_600_000) / 1000);
	}
	return dir;
}

describe('pruneStale', () => {
	const since = Date.now() - 60_000;

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
		const at = tree(files, old, since);
		const result = pruneStale(at, since, new Set([join(at, '2021-06-08/01/kept/index.html')]));
		expect(result).toEqual({
			removed: ['2021-06-08/01/gone/index.html', '2021-06-08/01/gone/text.txt', '_astro/old.js'],
			folders: 1,
		});
		expect(existsSync(join(at, '2021-06-08/01/gone'))).toBe(false);
		for (const file of ['index.html', '2021-06-08/01/kept/index.html', '2021-06-08/01/new/index.html', '_astro/new.js'])
			expect(existsSync(join(at, file)), file).toBe(true);
	});

	test('keeps the folder itself and .git, even when everything else goes', () => {
		const at = tree(['a/b.html', '.git/HEAD'], ['a/b.html', '.git/HEAD'], since);
		expect(pruneStale(at, since, new Set())).toEqual({ removed: ['a/b.html'], folders: 1 });
		expect(existsSync(at)).toBe(true);
		expect(existsSync(join(at, '.git/HEAD'))).toBe(true);
	});

	test('removes nothing from a folder written after the start', () => {
		const at = tree(['index.html', 'x/y/z.txt'], [], since);
		expect(pruneStale(at, since, new Set())).toEqual({ removed: [], folders: 0 });
	});
});
