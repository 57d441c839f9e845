import { describe, expect, test } from 'vitest';
import { figuresTable, rebuildTable, replaceGenerated, type BenchResults } from '../../src/lib/bench/results-tables.ts';

const record = (articles: number, total: number, incremental = true) => ({
	articles,
	editions: articles / 10,
	build_s: total - 1,
	index_s: 1,
	default_index_s: null,
	total_s: total,
	peak_rss_mb: 1234,
	dist_mb: 2,
	index_mb: 0.25,
	first_query_kb: 130.04,
	first_query_gzip_kb: 95,
	first_query_ms: 780,
	measured: '2026-11-27',
	...(incremental
		? {
				incremental: {
					added_items: 5,
					rebuild_total_s: total / 4,
					rebuild_index_s: 0.5,
					pages_written: 9,
					pages_reused: 8,
				},
			}
		: {}),
});

describe('the benchmark tables', () => {
	const results: BenchResults = { '10000': record(10000, 40), '1000': record(1000, 8, false) };

	test('list every size, smallest first, with NA for what a run did not measure', () => {
		const rows = figuresTable(results).split('\n').slice(2);
		expect(rows).toEqual([
			'| 1,000 | 100 | 7.0 | 1.0 | NA | 8.0 | 1,234 | 2.0 | 0.3 | 130.0 (95.0) | 0.8 s | default | 2026-11-27 |',
			'| 10,000 | 1,000 | 39.0 | 1.0 | NA | 40.0 | 1,234 | 2.0 | 0.3 | 130.0 (95.0) | 0.8 s | default | 2026-11-27 |',
		]);
	});

	test('show a rebuild only for the sizes measured with --incremental, with its share of the full build', () => {
		const table = rebuildTable(results);
		expect(table.split('\n')[0]).toBe('| | 10,000 items |');
		expect(table).toContain('| rebuild, one more edition | 10.0 s (25%) |');
	});

	test('go between their markers, and name the markers when they are missing', () => {
		const docs = 'before\n<!-- rebuild: generated -->\nold\n<!-- /rebuild -->\nafter';
		expect(replaceGenerated(docs, 'rebuild', 'new')).toBe(
			'before\n<!-- rebuild: generated -->\nnew\n<!-- /rebuild -->\nafter',
		);
		expect(() => replaceGenerated('no markers', 'figures', 'x')).toThrow('<!-- figures: … --> and <!-- /figures -->');
	});
});
