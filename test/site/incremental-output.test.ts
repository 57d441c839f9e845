import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, root, tmpDir, type BuildResult } from '../support/site.ts';

// A copy of the fixture archive to edit between builds, inside the project (CONTENT_DIR is
// project-relative), and a cache folder of its own.
const content = join(tmpDir, 'rebuild-content');
const env = {
	CONTENT_DIR: '.tmp/rebuild-content',
	ASTRO_CACHE_DIR: join(tmpDir, 'rebuild-cache'),
	SEARCH_SHARD_ITEMS: '11',
};
const editions = join(content, 'editions');

/** Every file under a folder, with its bytes, by relative path. */
function files(dir: string): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
		const path = join(dir, name);
		if (statSync(path).isFile()) found.set(name, readFileSync(path));
	}
	return found;
}

describe('a rebuild that keeps the output folder', () => {
	let first: Map<string, Buffer>;
	let kept: Map<string, Buffer>;
	let rebuilt: BuildResult;
	let clean: BuildResult;
	let other: BuildResult;
	let again: BuildResult;

	beforeAll(() => {
		rmSync(content, { recursive: true, force: true });
		rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
		cpSync(join(root, 'test/fixtures/archive'), content, { recursive: true });
		first = files(buildSite({ name: 'rebuild-site', env }).outDir);
		// An editor removes an item, renames another (a new slug), and corrects a third, all in
		// June: May's search shard stays the same and is reused.
		rmSync(join(editions, '2021-06-01/04/05-item-4-5.md'));
		renameSync(join(editions, '2021-06-01/04/04-item-4-4.md'), join(editions, '2021-06-01/04/04-renamed.md'));
		const corrected = join(editions, '2021-06-01/01/01-item-1-1.md');
		writeFileSync(corrected, readFileSync(corrected, 'utf8').replace('第二段。', '第二段，改过了。'));
		rebuilt = buildSite({ name: 'rebuild-site', env, keep: true });
		kept = files(rebuilt.outDir);
		// A build to another folder in between: the next build of the first cannot trust its pages.
		other = buildSite({ name: 'rebuild-other', env });
		again = buildSite({ name: 'rebuild-site', env, keep: true });
		// The same content built from nothing: no cache, no earlier output.
		clean = buildSite({
			name: 'rebuild-clean',
			env: { ...env, ASTRO_CACHE_DIR: join(tmpDir, 'rebuild-clean-cache'), INCREMENTAL_BUILD: 'off' },
		});
	});
	afterAll(() => {
		for (const dir of [
			content,
			env.ASTRO_CACHE_DIR,
			join(tmpDir, 'rebuild-clean-cache'),
			rebuilt.outDir,
			other.outDir,
			clean.outDir,
		])
			rmSync(dir, { recursive: true, force: true });
	});

	test('reuses unchanged pages where they are, without copying them back', () => {
		expect(rebuilt.output).toMatch(/\(cached\)/);
		expect(rebuilt.output).not.toMatch(/\(restored\)/);
		expect(rebuilt.output).toMatch(/shard 2021-05 unchanged, reused/);
	});

	test('after a build to another folder, empties the folder first and copies reused pages back', () => {
		expect(again.output).toMatch(/\(restored\)/);
		expect(again.output).not.toMatch(/\(cached\)/);
	});

	test('ends with the same files, byte for byte, as a build from nothing', () => {
		const right = files(clean.outDir);
		for (const left of [kept, files(again.outDir)]) {
			expect([...left.keys()]).toEqual([...right.keys()]);
			const differ = [...left.keys()].filter((name) => !left.get(name)!.equals(right.get(name)!));
			expect(differ).toEqual([]);
		}
	});

	test('removes the pages of the removed and renamed items, and says so', () => {
		const gone = [...first.keys()].filter((name) => /^2021-06-01\/04\/(item-4-5|item-4-4)\//.test(name));
		expect(gone.length).toBeGreaterThanOrEqual(4);
		for (const name of gone) expect(kept.has(name), name).toBe(false);
		expect([...kept.keys()].some((name) => name.startsWith('2021-06-01/04/renamed/'))).toBe(true);
		expect(rebuilt.output).toMatch(/removed \d+ files left from the last build/);
	});
});
