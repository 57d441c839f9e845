import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { afterAll, describe, expect, test } from 'vitest';
import { buildScope } from '../../src/lib/parts/build-scope.ts';
import { devArgs, PREVIEW_EDITIONS } from '../../src/lib/parts/dev-args.ts';
import {
	editionDates,
	inWindow,
	outsideWindow,
	previewLine,
	previewWindow,
	windowGlob,
} from '../../src/lib/parts/preview-window.ts';

const dates = ['2019-05-01', '2019-12-31', '2020-01-01', '2020-12-30', '2020-12-31'];
const newest = (n: number) => previewWindow(buildScope({ PREVIEW_EDITIONS: String(n) }), dates)!;

describe('the preview window', () => {
	test('holds the newest editions, and every later date, so an edition added while the preview runs loads', () => {
		const window = newest(2);
		expect([...window.dates].sort()).toEqual(['2020-12-30', '2020-12-31']);
		expect(inWindow(window, '2020-12-31')).toBe(true);
		expect(inWindow(window, '2021-01-01')).toBe(true);
		expect(inWindow(window, '2020-01-01')).toBe(false);
	});

	test('holds the years asked for and no later date', () => {
		const window = previewWindow(buildScope({ PREVIEW_YEARS: '2019' }), dates)!;
		expect([...window.dates].sort()).toEqual(['2019-05-01', '2019-12-31']);
		expect(inWindow(window, '2020-01-01')).toBe(false);
	});

	test('is a glob that matches the window’s folders and no other', () => {
		const window = newest(2);
		const match = picomatch(windowGlob(window));
		for (const date of ['2020-12-30', '2020-12-31', '2021-01-01', '2021-06-15', '2060-02-01'])
			expect(match(date), date).toBe(true);
		for (const date of ['2020-12-29', '2020-01-01', '2019-12-31']) expect(match(date), date).toBe(false);
		const mid = previewWindow(buildScope({ PREVIEW_EDITIONS: '1' }), ['2020-06-08'])!;
		const later = picomatch(windowGlob(mid));
		expect(['2020-06-09', '2020-07-01', '2021-01-01'].every((d) => later(d))).toBe(true);
		expect(later('2020-06-07')).toBe(false);
		const years = picomatch(windowGlob(previewWindow(buildScope({ PREVIEW_YEARS: '2019' }), dates)!));
		expect(years('2019-12-31')).toBe(true);
		expect(years('2020-01-01')).toBe(false);
	});

	test('keeps the watcher out of the folders it does not load', () => {
		const ignored = outsideWindow(newest(2), '/site/content/editions/');
		expect(ignored('/site/content/editions/2019-05-01')).toBe(true);
		expect(ignored('/site/content/editions/2019-05-01/01/01-x.md')).toBe(true);
		expect(ignored('/site/content/editions/2020-12-31/01/01-x.md')).toBe(false);
		expect(ignored('/site/content/editions')).toBe(false);
		expect(ignored('/site/src/pages/index.astro')).toBe(false);
	});

	test('says on the page what is loaded and what is not', () => {
		expect(previewLine(newest(2), dates)).toBe(
			'预览：只载入最新的 2 期（2020-12-30 至 2020-12-31）；更早的 3 期未载入（npm run dev -- --years 2019 载入某年，--all 载入全部）。',
		);
		const years = previewWindow(buildScope({ PREVIEW_YEARS: '2019' }), dates);
		expect(previewLine(years, dates)).toMatch(
			/^预览：只载入 2019 年的 2 期（2019-05-01 至 2019-12-31）；其他年份的 3 期未载入/,
		);
		expect(previewLine(newest(10), dates)).toBe('预览：载入全部 5 期（2019-05-01 至 2020-12-31）。');
		expect(previewLine(undefined, dates)).toBe('预览：载入全部 5 期。');
	});
});

describe('npm run dev’s options', () => {
	test('load the newest editions by default and pass Astro’s own options on', () => {
		expect(devArgs(['--port', '4000'])).toEqual({
			env: { PREVIEW_EDITIONS: String(PREVIEW_EDITIONS) },
			astroArgs: ['--port', '4000'],
		});
		expect(devArgs(['--years', '2019-2020', '--host']).env).toEqual({ PREVIEW_YEARS: '2019-2020' });
		expect(devArgs(['--editions=5']).env).toEqual({ PREVIEW_EDITIONS: '5' });
		expect(devArgs(['--all']).env).toEqual({});
	});

	test('name what is missing or chosen twice', () => {
		expect(() => devArgs(['--years'])).toThrow(/--years needs a value/);
		expect(() => devArgs(['--all', '--years', '2019'])).toThrow(/choose one/);
	});
});

describe('the edition folders', () => {
	const dir = mkdtempSync(join(tmpdir(), 'preview-window-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	test('are the date-named folders, found without reading a file', () => {
		mkdirSync(join(dir, '2020-01-01/01'), { recursive: true });
		mkdirSync(join(dir, 'drafts'));
		writeFileSync(join(dir, 'README.md'), '');
		expect(editionDates(dir)).toEqual(['2020-01-01']);
		expect(editionDates(join(dir, 'missing'))).toEqual([]);
	});
});
