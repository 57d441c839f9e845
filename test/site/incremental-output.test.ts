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

/** Copies an edition to another date, every date in its files changed with it. */
function copyEdition(from: string, to: string): void {
	cpSync(join(editions, from), join(editions, to), { recursive: true });
	for (const name of readdirSync(join(editions, to), { recursive: true }).map(String)) {
		const path = join(editions, to, name);
		if (statSync(path).isFile()) writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
	}
}

/** Rewrites a content file with `change` applied to its text, failing when it changes nothing. */
function edit(path: string, change: (text: string) => string): void {
	const before = readFileSync(join(editions, path), 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the edit of ${path} changed nothing`);
	writeFileSync(join(editions, path), after);
}

/** The files of two output folders whose bytes differ, or that only one of them has. */
function differences(left: Map<string, Buffer>, right: Map<string, Buffer>): string[] {
	const names = new Set([...left.keys(), ...right.keys()]);
	return [...names].filter((name) => !left.get(name) || !right.get(name) || !left.get(name)!.equals(right.get(name)!));
}

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
	let keptAgain: Map<string, Buffer>;
	let fromNothing: Map<string, Buffer>;
	let rebuilt: BuildResult;
	let clean: BuildResult;
	let other: BuildResult;
	let again: BuildResult;
	let edited: BuildResult;
	let editedClean: BuildResult;

	beforeAll(() => {
		rmSync(content, { recursive: true, force: true });
		rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
		cpSync(join(root, 'test/fixtures/archive'), content, { recursive: true });
		// Two more editions a week apart, so that one can be added between them, away from the
		// edited edition's neighbours (a new neighbour alone would render the edited pages again).
		copyEdition('2021-05-31', '2021-06-08');
		copyEdition('2021-05-31', '2021-06-15');
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
		keptAgain = files(again.outDir);
		fromNothing = files(clean.outDir);
		// Then an editor changes what other pages show of an item (headline, kicker, section,
		// authors, kind) in one edition, renames a page and gives another a banner in a second,
		// and an edition arrives for a day between two others, apart from the first two, so
		// that each change alone decides which pages render again; the rebuild is compared with
		// a build from nothing again.
		edit('2021-06-01/02/01-item-2-1.md', (t) => t.replace('headline: 草原上的那达慕', 'headline: 草原盛会那达慕'));
		edit('2021-06-01/02/02-item-2-2.md', (t) => t.replace(/^headline: /m, 'kicker: 新增引题\nheadline: '));
		edit('2021-06-01/01/02-item-1-2.md', (t) => t.replace(/^kind: article$/m, 'section: 新栏目\nkind: article'));
		edit('2021-06-01/04/01-item-4-1.md', (t) => t.replace(/^authors: \[.*\]$/m, 'authors: [另一位作者]'));
		edit('2021-06-01/04/02-item-4-2.md', (t) => t.replace(/^kind: article$/m, 'kind: commentary'));
		edit('2021-06-08/edition.yaml', (t) =>
			t.replace('name: 经济', 'name: 财经').replace('name: 要闻', 'name: 要闻\n    banner: 新加的通栏'),
		);
		copyEdition('2021-05-31', '2021-06-11');
		edited = buildSite({ name: 'rebuild-site', env, keep: true });
		editedClean = buildSite({
			name: 'rebuild-clean-edited',
			env: { ...env, ASTRO_CACHE_DIR: join(tmpDir, 'rebuild-clean-edited-cache'), INCREMENTAL_BUILD: 'off' },
		});
	});
	afterAll(() => {
		for (const dir of [
			content,
			env.ASTRO_CACHE_DIR,
			join(tmpDir, 'rebuild-clean-cache'),
			join(tmpDir, 'rebuild-clean-edited-cache'),
			editedClean.outDir,
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
		const right = fromNothing;
		for (const left of [kept, keptAgain]) {
			expect([...left.keys()]).toEqual([...right.keys()]);
			expect(differences(left, right)).toEqual([]);
		}
	});

	test('after edits of headline, kicker, section, authors, kind, page names and banners and an edition in between, still matches a build from nothing', () => {
		expect(edited.output).toMatch(/\(cached\)/);
		const left = files(edited.outDir);
		expect(left.has('2021-06-11/index.html')).toBe(true);
		expect(differences(left, files(editedClean.outDir))).toEqual([]);
	});

	test('removes the pages of the removed and renamed items, and says so', () => {
		const gone = [...first.keys()].filter((name) => /^2021-06-01\/04\/(item-4-5|item-4-4)\//.test(name));
		expect(gone.length).toBeGreaterThanOrEqual(4);
		for (const name of gone) expect(kept.has(name), name).toBe(false);
		expect([...kept.keys()].some((name) => name.startsWith('2021-06-01/04/renamed/'))).toBe(true);
		expect(rebuilt.output).toMatch(/removed \d+ files left from the last build/);
	});
});
