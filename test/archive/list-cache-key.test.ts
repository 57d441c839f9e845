import { describe, expect, test } from 'vitest';
import { listCacheKey } from '../../src/lib/archive/list-cache-key.ts';

const item = (slug: string, digest: string) => ({ slug, digest, data: { date: '2021-06-08', page: 1 } });
const page = (data: ReturnType<typeof item>[], total = data.length) => ({ currentPage: 1, lastPage: 1, total, data });

describe('the cache key of a list page', () => {
	test('stays the same while the page shows the same items', () => {
		expect(listCacheKey('郝佳丽', page([item('a', '1'), item('b', '2')]))).toBe(listCacheKey('郝佳丽', page([item('a', '1'), item('b', '2')])));
	});

	test('changes when an item changes, comes or goes, or the count or pagination does', () => {
		const key = listCacheKey('郝佳丽', page([item('a', '1'), item('b', '2')]));
		expect(listCacheKey('郝佳丽', page([item('a', '1'), item('b', '3')]))).not.toBe(key);
		expect(listCacheKey('郝佳丽', page([item('c', '9'), item('a', '1'), item('b', '2')]))).not.toBe(key);
		expect(listCacheKey('郝佳丽', page([item('a', '1'), item('b', '2')], 51))).not.toBe(key);
		expect(listCacheKey('宋爽', page([item('a', '1'), item('b', '2')]))).not.toBe(key);
	});
});
