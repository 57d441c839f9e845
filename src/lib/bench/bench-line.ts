/** The figures of one benchmark run, in the order the bench line prints them. */
export interface BenchFigures {
	articles: number;
	editions: number;
	build_s: number | null;
	index_s: number | null;
	default_index_s: number | null;
	total_s: number | null;
	peak_rss_mb: number | null;
	dist_mb: number | null;
	index_mb: number | null;
	first_query_kb: number | null;
}

const KEYS: (keyof BenchFigures)[] = [
	'articles',
	'editions',
	'build_s',
	'index_s',
	'default_index_s',
	'total_s',
	'peak_rss_mb',
	'dist_mb',
	'index_mb',
	'first_query_kb',
];

/**
 * The one line a benchmark run ends with; a figure that was not measured prints as `NA`.
 * @example benchLine({ articles: 200, editions: 7, build_s: 3.2, … }) // 'bench: articles=200 editions=7 build_s=3.2 …'
 */
export function benchLine(figures: BenchFigures): string {
	const show = (v: number | null) =>
		v === null || !Number.isFinite(v) ? 'NA' : Number.isInteger(v) ? String(v) : v.toFixed(1);
	return `bench: ${KEYS.map((k) => `${k}=${show(figures[k])}`).join(' ')}`;
}

/** Reads a bench line back into figures (for the chart and the results file); undefined if it is not one. */
export function parseBenchLine(line: string): BenchFigures | undefined {
	if (!line.startsWith('bench: ')) return undefined;
	const pairs = new Map(
		line
			.slice(7)
			.trim()
			.split(/\s+/)
			.map((p) => p.split('=') as [string, string]),
	);
	if (!KEYS.every((k) => pairs.has(k))) return undefined;
	const value = (k: keyof BenchFigures) => (pairs.get(k) === 'NA' ? null : Number(pairs.get(k)));
	return Object.fromEntries(KEYS.map((k) => [k, value(k)])) as unknown as BenchFigures;
}

/**
 * Seconds the search integration reports in the build log (`search index: 1234 pages, 5.6 s`),
 * or undefined when the log has no such line (indexing off or not installed).
 */
export function indexSeconds(log: string): { pages: number; seconds: number } | undefined {
	const m = /search index: (\d+) pages, ([\d.]+) s/.exec(log);
	return m ? { pages: Number(m[1]), seconds: Number(m[2]) } : undefined;
}

/** Peak resident memory in kB from the text of `/proc/<pid>/status` (its VmHWM line), or 0. */
export function peakRssKb(status: string): number {
	const m = /^VmHWM:\s+(\d+) kB/m.exec(status);
	return m ? Number(m[1]) : 0;
}
