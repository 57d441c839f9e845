import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

// patches/@astrojs+sitemap+<version>.patch sorts the sitemap's URLs with one collator instead of a
// localeCompare call per comparison (docs/patches.md). These tests fail when it did not apply, when
// the installed version is not the one it was written for, or when the order would differ.
const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@astrojs/sitemap/package.json'));
const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const generator = join(root, 'dist', 'generate-sitemap.js');

describe('the sitemap patch', () => {
	test('is written for the installed @astrojs/sitemap, which package.json pins exactly', () => {
		const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
		expect(pkg.dependencies['@astrojs/sitemap']).toBe(version);
		const patch = readFileSync(join(import.meta.dirname, '../../patches', `@astrojs+sitemap+${version}.patch`), 'utf8');
		expect(patch).toContain('generate-sitemap.js');
	});

	test('sorts with one collator, not a localeCompare call per comparison', () => {
		const source = readFileSync(generator, 'utf8');
		expect(source).toContain('new Intl.Collator("en", { numeric: true })');
		expect(source).not.toContain('localeCompare');
	});

	test('orders the URLs as localeCompare with the same locale and options does', async () => {
		const { generateSitemap } = await import(pathToFileURL(generator).href);
		const site = 'https://paper.example.org/';
		const paths = [
			'2024-12-31/10/',
			'2024-12-31/2/',
			'authors/%E5%BC%A0/10/',
			'authors/%E5%BC%A0/9/',
			'Archive/',
			'archive/',
		];
		const urls = [...paths, '2020-01-01/', 'sections/a-b/', 'sections/a/', ''].map((path) => site + path);
		const expected = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		expect(generateSitemap([...urls].reverse(), site).map((entry: { url: string }) => entry.url)).toEqual(expected);
		expect(expected.indexOf(`${site}2024-12-31/2/`)).toBeLessThan(expected.indexOf(`${site}2024-12-31/10/`));
	});
});
