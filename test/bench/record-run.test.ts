import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { recordMarkdown, recordRun } from '../../scripts/lib/bench/record-run.ts';
import { markdownTable, partsTable, type ScaleResults } from '../../src/lib/bench/scale-results.ts';

const dir = mkdtempSync(join(tmpdir(), 'record-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('--record adds each run after the earlier ones, with its command, day and machine, for bench:docs to show', () => {
	const file = join(dir, 'scale-results.json');
	recordRun(
		file,
		'parts',
		'npm run bench:parts -- --articles 600 --years 3',
		'parts: articles=600 years=3 single_s=4.0',
	);
	recordRun(
		file,
		'parts',
		'npm run bench:parts -- --articles 900 --years 3',
		'parts: articles=900 years=3 load=0.1-0.2',
	);
	recordMarkdown(file, 'npm run bench:markdown -- --items 5', { satteri: 90, unified: 1100 }, '0.5-0.6');
	const results = JSON.parse(readFileSync(file, 'utf8')) as ScaleResults;
	expect(results.parts.map((r) => r.command)).toEqual([
		'npm run bench:parts -- --articles 600 --years 3',
		'npm run bench:parts -- --articles 900 --years 3',
	]);
	// The load goes in the record only when the line does not carry it.
	expect(results.parts[0].load).toMatch(/^\d+\.\d$/);
	expect(results.parts[1].load).toBeUndefined();
	expect(results.parts[0].measured).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(partsTable(results.parts)).toContain('| 600 × 3 | 4.0 |');
	expect(markdownTable(results.markdown)).toContain("| Astro's default (`satteri()`) | 90 |");
});
