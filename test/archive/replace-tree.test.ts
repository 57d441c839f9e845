import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { replaceTree } from '../../src/lib/archive/replace-tree.ts';
import { tmpDir } from '../support/site.ts';

const scratch = join(tmpDir, 'replace-tree');
const put = (file: string, text: string) => {
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, text);
};

test('replacing a folder keeps the files whose bytes are the same, with their links, and moves in the rest', () => {
	rmSync(scratch, { recursive: true, force: true });
	const from = join(scratch, 'new');
	const to = join(scratch, 'out');
	const site = join(scratch, 'site');
	put(join(to, 'fragment/a.pf'), 'same');
	put(join(to, 'index/b.pf'), 'old bytes');
	put(join(to, 'gone/c.pf'), 'no longer written');
	mkdirSync(site, { recursive: true });
	linkSync(join(to, 'fragment/a.pf'), join(site, 'a.pf'));
	linkSync(join(to, 'index/b.pf'), join(site, 'b.pf'));
	put(join(from, 'fragment/a.pf'), 'same');
	put(join(from, 'index/b.pf'), 'new bytes');
	put(join(from, 'filter/d.pf'), 'added');
	const before = statSync(join(to, 'fragment/a.pf'));

	expect(replaceTree(from, to)).toEqual({ kept: 1, moved: 2, removed: 1 });

	const after = statSync(join(to, 'fragment/a.pf'));
	// The same bytes: the same inode, still the one the site links, and touched as written now.
	expect(after.ino).toBe(statSync(join(site, 'a.pf')).ino);
	expect(after.ctimeMs).toBeGreaterThanOrEqual(before.ctimeMs);
	// Other bytes: a new file, never written through the site's link.
	expect(readFileSync(join(to, 'index/b.pf'), 'utf8')).toBe('new bytes');
	expect(readFileSync(join(site, 'b.pf'), 'utf8')).toBe('old bytes');
	expect(readFileSync(join(to, 'filter/d.pf'), 'utf8')).toBe('added');
	expect(existsSync(join(to, 'gone'))).toBe(false);
	expect(existsSync(from)).toBe(false);
});

test('replacing a folder that is not there yet moves every file in', () => {
	rmSync(scratch, { recursive: true, force: true });
	const from = join(scratch, 'new');
	put(join(from, 'pagefind-entry.json'), '{}');
	expect(replaceTree(from, join(scratch, 'absent'))).toEqual({ kept: 0, moved: 1, removed: 0 });
	expect(readFileSync(join(scratch, 'absent/pagefind-entry.json'), 'utf8')).toBe('{}');
});
