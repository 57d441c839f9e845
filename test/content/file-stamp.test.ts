import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fileStamp, RACY_MS } from '../../src/lib/content/file-stamp.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-stamp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('stamps a file by its size and time, but not one modified less than two seconds ago', () => {
	const file = join(dir, 'a.md');
	writeFileSync(file, '一二三');
	const then = new Date(2001, 0, 1);
	utimesSync(file, then, then);
	expect(fileStamp(file)).toBe(`9:${then.getTime()}`);
	const now = Date.now();
	utimesSync(file, new Date(now - RACY_MS / 2), new Date(now - RACY_MS / 2));
	expect(fileStamp(file, now)).toBeUndefined();
	expect(fileStamp(file, now + RACY_MS)).toMatch(/^9:/);
});
