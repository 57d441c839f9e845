import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { corpusFromText } from '../../src/lib/bench/corpus.ts';
import { spreadArchive } from '../../src/lib/bench/spread-archive.ts';
import { root } from '../support/site.ts';

const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));

describe('a benchmark archive spread over calendar years', () => {
	test('holds exactly the items asked for, with editions in every year and none before', () => {
		const editions = spreadArchive({ articles: 600, years: 3, seed: 1, corpus, newest: '2024-12-30' });
		expect(editions.reduce((n, e) => n + e.items, 0)).toBe(600);
		expect([...new Set(editions.map((e) => e.date.slice(0, 4)))].sort()).toEqual(['2022', '2023', '2024']);
		expect(editions[0].date).toBe('2024-12-30');
	});

	test(
		'makes daily editions as large as the items need when editions of 4 to 8 pages cannot hold them',
		{ timeout: 600_000 },
		() => {
			const editions = spreadArchive({ articles: 100_000, years: 5, seed: 1, corpus, newest: '2024-12-30' });
			expect(editions.reduce((n, e) => n + e.items, 0)).toBe(100_000);
			// One a day from the first day of the first year to the newest.
			expect(editions.length).toBe(1826);
			expect(editions[0].date).toBe('2024-12-30');
			expect(editions.at(-1)!.date).toBe('2020-01-01');
			expect(new Set(editions.map((e) => e.date)).size).toBe(editions.length);
			const pages = editions.map((e) => new Set(e.files.slice(1).map((f) => f.path.split('/')[1])).size);
			expect(Math.min(...pages)).toBeGreaterThanOrEqual(8);
			expect(Math.max(...pages)).toBeLessThanOrEqual(24);
			for (const edition of editions.slice(0, 3)) {
				const manifest = parse(edition.files[0].text) as { pages: unknown[] };
				expect(manifest.pages.length).toBe(pages[editions.indexOf(edition)]);
			}
		},
	);

	test('says so when the items are too many for daily editions', () => {
		expect(() => spreadArchive({ articles: 200_000, years: 1, seed: 1, corpus, newest: '2024-12-30' })).toThrow(
			/200000 items over 1 years need 548 items a day/,
		);
	});

	test('says so when the items are too few for the years', () => {
		expect(() => spreadArchive({ articles: 20, years: 5, seed: 1, corpus, newest: '2024-12-30' })).toThrow(
			/20 items over 5 years/,
		);
	});
});
