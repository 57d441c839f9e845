import { expect, test } from 'vitest';
import {
	benchLine,
	indexSeconds,
	parseBenchLine,
	peakRssKb,
	type BenchFigures,
} from '../../src/lib/bench/bench-line.ts';
import { benchChart } from '../../src/lib/bench/chart-svg.ts';
import { main as chartMain } from '../../scripts/bench-chart.ts';

const figures: BenchFigures = {
	articles: 200,
	editions: 7,
	build_s: 4.83,
	index_s: 1.1,
	default_index_s: null,
	total_s: 5.9,
	peak_rss_mb: 639,
	dist_mb: 5,
	index_mb: 1.9,
	first_query_kb: 46.3,
};

test('prints the bench line in the order the issue gives, with NA for what was not measured', () => {
	expect(benchLine(figures)).toBe(
		'bench: articles=200 editions=7 build_s=4.8 index_s=1.1 default_index_s=NA total_s=5.9 peak_rss_mb=639 dist_mb=5 index_mb=1.9 first_query_kb=46.3',
	);
});

test('reads a bench line back, and refuses a line that is not one', () => {
	expect(parseBenchLine(benchLine(figures))).toEqual({ ...figures, build_s: 4.8 });
	expect(parseBenchLine('bench: articles=200')).toBeUndefined();
	expect(parseBenchLine('built in 3 s')).toBeUndefined();
});

test('finds the search integration’s timing in a build log, colours and all', () => {
	expect(indexSeconds('12:00:01 \x1b[34m[search-index]\x1b[39m search index: 10047 pages, 35.2 s\n')).toEqual({
		pages: 10047,
		seconds: 35.2,
	});
	expect(indexSeconds('[search-index] search index: skipped (SEARCH_INDEX=off)')).toBeUndefined();
});

test('reads the peak resident memory from /proc status text', () => {
	expect(peakRssKb('Name:\tnode\nVmPeak:\t 9000000 kB\nVmHWM:\t  812344 kB\nVmRSS:\t 700000 kB\n')).toBe(812344);
	expect(peakRssKb('Name:\tzombie\n')).toBe(0);
});

test('draws one line and one legend entry per series, skipping sizes not measured', () => {
	const svg = benchChart(
		't',
		[1000, 10000, 50000],
		[
			{ label: 'render', color: '#111', values: [10, 100, 500] },
			{ label: 'default', color: '#222', values: [5, 50, null] },
		],
	);
	expect(svg.match(/<polyline/g)).toHaveLength(2);
	expect(svg.match(/<circle/g)).toHaveLength(5);
	expect(svg).toContain('>render<');
	expect(svg).toContain('>50,000<');
});

test('the chart command says what it expected when the results file is missing', () => {
	let message = '';
	const code = chartMain(['nowhere.json'], {
		readFile: () => {
			throw new Error('ENOENT');
		},
		writeFile: () => {},
		stderr: (t) => {
			message += t;
		},
	});
	expect(code).toBe(1);
	expect(message).toMatch(/expects the JSON results of npm run bench -- --record nowhere.json/);
});
