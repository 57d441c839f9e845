import { describe, expect, test } from 'vitest';
import { projectArchive, projectionTable, targetsTable, wholeBuildFit } from '../../src/lib/bench/project-scale.ts';
import type { BenchResults } from '../../src/lib/bench/results-tables.ts';
import { lineFigures, partsTable, referenceRun, type LineRecord } from '../../src/lib/bench/scale-results.ts';

const run = (line: string, load?: string): LineRecord => ({
	command: 'npm run bench:parts -- …',
	line,
	...(load ? { load } : {}),
	machine: '2 cores',
	measured: '2026-12-05',
});
const idle = run(
	'parts: articles=10000 years=5 single_s=100.0 parts_s=120.0 max_part_s=30.0 join_s=20.0 rebuild_s=24.0 equal=yes files=500 differing=0 peak_mb=1500 peak_build=single upload_files=10 upload_mb=2.0 parts_peak_mb=900 parts_peak_build=join load=0.2-0.5',
);
const loaded = run('parts: articles=50000 years=5 single_s=900.0 max_part_s=300.0 join_s=90.0 rebuild_s=80.0', '20-25');
const whole = (articles: number, total_s: number, peak_rss_mb: number) => ({
	articles,
	editions: 1,
	build_s: null,
	index_s: null,
	default_index_s: null,
	total_s,
	peak_rss_mb,
	dist_mb: articles / 100,
	index_mb: null,
	first_query_kb: null,
});
const results: BenchResults = {
	'1000': whole(1000, 12, 600),
	'5000': whole(5000, 30, 900),
	'11000': whole(11000, 52, 1100),
};

describe('the scale results', () => {
	test('read a benchmark line as its figures', () => {
		expect(lineFigures('parts: articles=600 years=3 equal=yes load=0.0-1.9')).toEqual({
			articles: '600',
			years: '3',
			equal: 'yes',
			load: '0.0-1.9',
		});
	});

	test('judge the targets on the largest run of an unloaded machine, never a loaded one', () => {
		expect(referenceRun([idle, loaded])).toBe(idle);
		expect(referenceRun([loaded])).toBeUndefined();
	});

	test('show a dash for what a run did not measure', () => {
		const row = partsTable([loaded]).split('\n')[2];
		expect(row).toContain('| 50,000 × 5 | 900.0 | 300.0 | 90.0 | 80.0 |');
		expect(row).toContain('| – / – / – / – | 20-25 |');
		expect(row).toContain('| 80.0 | – | ');
	});

	test('show a run with the daily build’s rebuild beside the part and join’s, and both comparisons', () => {
		const daily = {
			...loaded,
			line: `${loaded.line} daily_s=60.0 daily_cpu_s=50.0 daily_equal=yes rebuild_two_s=30.5 rebuild_two_cpu_s=25.0 rebuild_equal=no`,
		};
		const row = partsTable([daily]).split('\n')[2];
		expect(row).toContain('| 80.0 | 30.5 (25.0 CPU) | ');
		expect(row).toContain('; daily build yes; after an edition no |');
	});

	test('say which targets the reference run meets', () => {
		const table = targetsTable(idle);
		expect(table).toContain('| `max_part_s` ≤ 30% of `single_s` | 30.0 s of 100.0 s, 30.0% | yes |');
		expect(table).toContain('| `rebuild_s` ≤ 10 s | 24.0 s | no |');
		expect(table).toContain('900 MB at most (join)');
	});
});

describe('the projection', () => {
	test('fits a whole build by the line through the smallest and the largest run', () => {
		expect(wholeBuildFit(results, 'total_s')).toEqual({ at: 8, per: 0.004 });
		expect(wholeBuildFit(results, 'peak_rss_mb').per).toBeCloseTo(0.05);
	});

	test('gives back the reference run at the reference’s own size', () => {
		const p = projectArchive({ items: 10000, years: 5 }, results, idle);
		// The join beyond the floor is the reference's share of a whole build beyond it (20 s of 100 s).
		expect((p.joinS - 8) / (p.wholeS - 8)).toBeCloseTo((20 - 8) / (100 - 8));
		expect(p.rebuildS).toBeCloseTo(24);
		expect(p.joinMb).toBeCloseTo(900);
		expect(p.uploadMb).toBeCloseTo(2);
		expect(p.partS).toBeCloseTo(8 + 0.004 * 2000);
	});

	test('grows the join with a whole build and the day beyond their floors with the archive, and a part with a year', () => {
		const p = projectArchive({ items: 100000, years: 10 }, results, idle);
		expect(p.joinS).toBeCloseTo(8 + ((20 - 8) / (100 - 8)) * 0.004 * 100000);
		expect(p.rebuildS).toBeCloseTo(16 + (24 - 16) * 10);
		expect(p.partS).toBeCloseTo(8 + 0.004 * 10000);
		expect(p.uploadMb).toBeCloseTo(2 * (10000 / 2000));
		expect(p.distGb).toBeCloseTo(1000 / 1024);
	});

	test('counts one build’s floor for a day built the daily way, two for the part and the join', () => {
		const daily = { ...idle, line: `${idle.line} daily_s=60.0` };
		expect(projectArchive({ items: 100000, years: 10 }, results, daily).rebuildS).toBeCloseTo(8 + (24 - 8) * 10);
		expect(projectionTable(results, daily)).toContain('a day: the daily build (the current month with the join)');
		expect(projectionTable(results, idle)).toContain('a day: the part and the join again');
	});
});
