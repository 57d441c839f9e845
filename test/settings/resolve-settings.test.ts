import { describe, expect, test } from 'vitest';
import { DEFAULT_BUILD_CONCURRENCY, resolveSettings } from '../../src/lib/settings/resolve-settings.ts';
import { positiveInteger } from '../../src/lib/settings/positive-integer.ts';

describe('settings from the environment', () => {
	test('fall back to the documented defaults when nothing is set', () => {
		const settings = resolveSettings({});
		expect(settings.contentDir).toBe('content');
		expect(settings.editionsDir('/project')).toBe('content/editions');
		expect(settings.site).toBe('http://localhost:4321');
		expect(settings.base).toBe('/');
		expect(settings.buildConcurrency).toBe(DEFAULT_BUILD_CONCURRENCY);
		expect(settings.listPageSize).toBe(50);
		expect(settings.searchJobs).toBeUndefined();
		expect(settings.searchIndex).toBe(true);
		expect(settings.incrementalBuild).toBe(true);
		expect(settings.scope).toEqual({ role: 'all' });
	});

	test('read SITE_URL and BASE_PATH in any common spelling', () => {
		const settings = resolveSettings({ BASE_PATH: 'paper', SITE_URL: 'https://x.org/' });
		expect([settings.site, settings.base]).toEqual(['https://x.org', '/paper/']);
		expect(resolveSettings({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
	});

	test('find the editions under CONTENT_DIR, relative or absolute, named from the project root', () => {
		expect(resolveSettings({ CONTENT_DIR: './archive/' }).editionsDir('/p')).toBe('archive/editions');
		expect(resolveSettings({ CONTENT_DIR: '/p/test/fixtures/archive' }).editionsDir('/p')).toBe(
			'test/fixtures/archive/editions',
		);
		expect(resolveSettings({ CONTENT_DIR: '../elsewhere' }).editionsDir('/p/q')).toBe('../elsewhere/editions');
	});

	test('read the switches that turn the search index and the build cache off', () => {
		const settings = resolveSettings({ SEARCH_INDEX: 'off', INCREMENTAL_BUILD: 'off' });
		expect([settings.searchIndex, settings.incrementalBuild]).toEqual([false, false]);
	});

	test('name the variable when a count is not a whole number of at least 1', () => {
		for (const bad of ['0', '-2', '2.5', 'many', '1e3'])
			expect(() => resolveSettings({ BUILD_CONCURRENCY: bad }).buildConcurrency).toThrow(
				`expects BUILD_CONCURRENCY to be a whole number of at least 1 (pages rendered at once) but found "${bad}"`,
			);
		expect(() => resolveSettings({ LIST_PAGE_SIZE: '0' }).listPageSize).toThrow(
			`expects LIST_PAGE_SIZE to be a whole number of at least 1 (items on a page of an author's or a section's list) but found "0"`,
		);
		expect(() => resolveSettings({ SEARCH_SHARD_ITEMS: 'x' }).searchShardItems).toThrow(/SEARCH_SHARD_ITEMS .* "x"/);
		expect(() => resolveSettings({ SEARCH_JOBS: '0' }).searchJobs).toThrow(/SEARCH_JOBS/);
	});

	test('read a count with spaces around it, and only the settings asked for', () => {
		const settings = resolveSettings({ LIST_PAGE_SIZE: ' 20 ', BUILD_CONCURRENCY: 'bad' });
		expect(settings.listPageSize).toBe(20);
		expect(resolveSettings({ SEARCH_JOBS: '3' }).searchJobs).toBe(3);
		expect(positiveInteger({ N: '' }, 'N', 7, 'things')).toBe(7);
	});
});
