import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContentDir } from '../../src/integrations/content-check.ts';
import { buildScope, checkedDates } from '../../src/lib/parts/build-scope.ts';

describe('the content check of a part', () => {
	const root = mkdtempSync(join(tmpdir(), 'check-scope-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const put = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	// A manifest whose date is not its folder's: a problem wherever it is checked.
	put('content/editions/2022-03-01/edition.yaml', 'date: 2022-03-02\npages: []\n');
	put('content/editions/2023-03-01/edition.yaml', 'date: 2023-03-01\npages: []\n');

	test('checks the part’s own years and lists no other folder', () => {
		const dates = checkedDates(buildScope({ BUILD_YEARS: '2023' }), ['2022-03-01', '2023-03-01']);
		expect(checkContentDir(root, undefined, undefined, (date) => dates.has(date))).toEqual([]);
	});

	test('finds the other year’s problem when that year is checked', () => {
		const dates = checkedDates(buildScope({ BUILD_YEARS: '2022' }), ['2022-03-01', '2023-03-01']);
		expect(checkContentDir(root, undefined, undefined, (date) => dates.has(date))).toHaveLength(1);
		expect(checkContentDir(root)).toHaveLength(1);
	});
});
