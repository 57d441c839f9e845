import { describe, expect, test } from 'vitest';
import { listCacheKey } from '../../src/lib/archive/list-cache-key.ts';

const item = (slug: string, digest: string) => ({ slug, digest, data: { date: '2021-06-08', page: 1 } });
const view = (
	items: ReturnType<typeof item>[],
	more: { number?: number; older?: number; newer?: number | 'landing'; total?: number } = {
		number: 2,
		older: 1,
		newer: 3,
	},
) => ({ ...more, items });

describe('the cache key of a list page', () => {
	test('stays the same while the page shows the same items and links', () => {
		expect(listCacheKey('郝佳丽', view([item('a', '1'), item('b', '2')]))).toBe(
			listCacheKey('郝佳丽', view([item('a', '1'), item('b', '2')])),
		);
	});

	test('changes when an item changes, comes or goes, or the page’s number, links or count do', () => {
		const key = listCacheKey('郝佳丽', view([item('a', '1'), item('b', '2')]));
		expect(listCacheKey('郝佳丽', view([item('a', '1'), item('b', '3')]))).not.toBe(key);
		expect(listCacheKey('郝佳丽', view([item('c', '9'), item('a', '1'), item('b', '2')]))).not.toBe(key);
		expect(
			listCacheKey('郝佳丽', view([item('a', '1'), item('b', '2')], { number: 2, older: 1, newer: 'landing' })),
		).not.toBe(key);
		expect(listCacheKey('郝佳丽', view([item('a', '1'), item('b', '2')], { number: 3, older: 2, newer: 4 }))).not.toBe(
			key,
		);
		expect(listCacheKey('郝佳丽', view([item('a', '1'), item('b', '2')], { total: 2 }))).not.toBe(
			listCacheKey('郝佳丽', view([item('a', '1'), item('b', '2')], { total: 3 })),
		);
		expect(listCacheKey('宋爽', view([item('a', '1'), item('b', '2')]))).not.toBe(key);
	});
});
