import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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

	test('says so when the items are too few for the years', () => {
		expect(() => spreadArchive({ articles: 20, years: 5, seed: 1, corpus, newest: '2024-12-30' })).toThrow(
			/20 items over 5 years/,
		);
	});
});
