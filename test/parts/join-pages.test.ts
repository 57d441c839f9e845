import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildScope } from '../../src/lib/parts/build-scope.ts';
import { partPageUrls } from '../../src/lib/parts/join-pages.ts';
import type { PartSummary } from '../../src/lib/parts/summary.ts';
import { tmpDir } from '../support/site.ts';

const scratch = join(tmpDir, 'parts-join-pages');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a part's summary listing `pages`; `sameStamp` keeps the file's inode, size and time (another text of the same length). */
function writeSummary(part: string, year: number, pages: string[], sameStamp = false): void {
	mkdirSync(part, { recursive: true });
	const file = join(part, 'summary.json');
	const summary: PartSummary = { format: 1, years: [year], editions: [], items: [], pages };
	const before = sameStamp ? statSync(file) : undefined;
	if (!sameStamp) rmSync(file, { force: true });
	writeFileSync(file, JSON.stringify(summary));
	if (before) utimesSync(file, before.atimeMs / 1000, before.mtimeMs / 1000);
}

describe('the join’s list of its parts’ pages', () => {
	test('lists every part’s pages as absolute URLs, and reads again only the summaries that changed', () => {
		rmSync(scratch, { recursive: true, force: true });
		const parts: [string, string] = [join(scratch, '2023'), join(scratch, '2024')];
		const cache = join(scratch, 'cache');
		writeSummary(parts[0], 2023, ['2023-05-01/', '2023-05-01/01/']);
		writeSummary(parts[1], 2024, ['2024-01-02/']);
		const scope = buildScope({ BUILD_JOIN: parts.join(':') });
		const urls = (cacheDir?: string) => partPageUrls('https://paper.example.org', '/news/', scope, cacheDir) ?? [];
		expect(urls(cache)).toEqual([
			'https://paper.example.org/news/2023-05-01/',
			'https://paper.example.org/news/2023-05-01/01/',
			'https://paper.example.org/news/2024-01-02/',
		]);
		// Another list of the same length under the same stamp: the kept URLs, the file not read.
		writeSummary(parts[0], 2023, ['2023-05-09/', '2023-05-09/01/'], true);
		expect(urls(cache)[0]).toBe('https://paper.example.org/news/2023-05-01/');
		// Without the cache, the summary as it is now.
		expect(urls()[0]).toBe('https://paper.example.org/news/2023-05-09/');
		// A part build writes a new summary: read again.
		writeSummary(parts[1], 2024, ['2024-01-02/', '2024-01-03/']);
		expect(urls(cache).slice(2)).toEqual([
			'https://paper.example.org/news/2024-01-02/',
			'https://paper.example.org/news/2024-01-03/',
		]);
		expect(partPageUrls('https://paper.example.org', '/', buildScope({ BUILD_YEARS: '2024' }), cache)).toBeUndefined();
	});
});
