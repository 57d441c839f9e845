/** One recorded run of a benchmark that ends with a `name: key=value …` line (bench:parts, bench:preview). */
export interface LineRecord {
	/** The command as it was run. */
	command: string;
	/** The line it ended with, as printed. */
	line: string;
	/** The one-minute load average at the start and the end, when the line does not carry it. */
	load?: string;
	machine: string;
	/** The day of the run, YYYY-MM-DD. */
	measured: string;
}

/** One recorded run of `npm run bench:markdown`: CPU µs per item body of each processor, least and most over `runs`. */
export interface MarkdownRecord {
	command: string;
	runs: number;
	cpu_us_per_item: Record<string, [number, number]>;
	load: string;
	machine: string;
	measured: string;
}

/** docs/scale-results.json: the recorded runs of bench:parts, bench:preview and bench:markdown, oldest first. */
export interface ScaleResults {
	parts: LineRecord[];
	preview: LineRecord[];
	markdown: MarkdownRecord[];
}

/**
 * The `key=value` figures of a benchmark line.
 * @example lineFigures('parts: articles=600 years=3') // { articles: '600', years: '3' }
 */
export function lineFigures(line: string): Record<string, string> {
	return Object.fromEntries([...line.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
}

/** A figure of a line as a number, or undefined when the line lacks it. */
export function figure(record: LineRecord, key: string): number | undefined {
	const value = lineFigures(record.line)[key];
	return value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value);
}

/** The load of a run: the line's `load=`, else the record's. */
export function loadOf(record: LineRecord): string {
	return lineFigures(record.line).load ?? record.load ?? 'NA';
}

/**
 * The run the targets are judged on: of the runs taken on an unloaded machine (load under 1 at
 * the start), the one of most items; undefined when there is none.
 */
export function referenceRun(runs: LineRecord[]): LineRecord | undefined {
	const idle = runs.filter((r) => Number.parseFloat(loadOf(r)) < 1);
	return idle.sort((a, b) => figure(b, 'articles')! - figure(a, 'articles')!)[0];
}

export const count = (n: number) => Math.round(n).toLocaleString('en-US');
export const decimal = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const cell = (record: LineRecord, key: string, unit = '') => {
	const n = figure(record, key);
	return n === undefined ? '–' : `${key.endsWith('_s') ? decimal(n) : count(n)}${unit}`;
};

/**
 * The recorded bench:parts runs, a row each: seconds (with the daily build, the rebuild the other
 * way too: the part and the join), whether the sites are equal, memory, the daily upload, CPU seconds.
 */
export function partsTable(runs: LineRecord[]): string {
	const rows = runs.map((r) => {
		const f = lineFigures(r.line);
		const peak = f.peak_mb ? `${count(Number(f.peak_mb))} (${f.peak_build})` : '–';
		const partsPeak = f.parts_peak_mb ? `${count(Number(f.parts_peak_mb))} (${f.parts_peak_build})` : '–';
		const upload = f.upload_files ? `${count(Number(f.upload_files))}, ${f.upload_mb} MB` : '–';
		const cpu = ['single_cpu_s', 'max_part_cpu_s', 'join_cpu_s', 'rebuild_cpu_s'].map((k) => cell(r, k)).join(' / ');
		return [
			`${count(Number(f.articles))} × ${f.years}`,
			cell(r, 'single_s'),
			cell(r, 'max_part_s'),
			cell(r, 'join_s'),
			cell(r, 'rebuild_s'),
			f.rebuild_two_s ? `${cell(r, 'rebuild_two_s')} (${cell(r, 'rebuild_two_cpu_s')} CPU)` : '–',
			`${f.equal}, ${count(Number(f.files))} files${f.daily_equal ? `; daily build ${f.daily_equal}; after an edition ${f.rebuild_equal}` : ''}`,
			peak,
			partsPeak,
			upload,
			cpu,
			loadOf(r),
			`${r.measured}, ${r.machine}`,
		].join(' | ');
	});
	return [
		'| items × years | single_s | max_part_s | join_s | rebuild_s | rebuild as part + join | equal | peak_mb (build) | parts_peak_mb (build) | upload | CPU s: single / max part / join / rebuild | load | measured |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

/** The recorded bench:preview runs, a row each. */
export function previewTable(runs: LineRecord[]): string {
	const keys = [
		'first_page_s',
		'first_page_cpu_s',
		'edit_s',
		'warm_first_page_s',
		'peak_tree_mb',
		'peak_process_mb',
	] as const;
	const rows = runs.map((r) => {
		const f = lineFigures(r.line);
		const archive = `${count(Number(f.articles))}${f.editions ? ` (${count(Number(f.editions))} editions)` : ''}`;
		const loaded = f.loaded ? count(Number(f.loaded)) : '–';
		return [
			archive,
			loaded,
			...keys.map((k) => (k.endsWith('_mb') ? cell(r, k) : cell(r, k, ' s'))),
			loadOf(r),
			`${r.measured}, ${r.machine}`,
		].join(' | ');
	});
	return [
		`| items | editions loaded | ${keys.join(' | ')} | load | measured |`,
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

const PROCESSORS: Record<string, string> = {
	satteri: "Astro's default (`satteri()`)",
	unified: '`unified()`, no plugins',
	'unified+ours': "`unified()` with ours (the project's)",
};

/** The newest bench:markdown record as a table: CPU µs per item body of each processor, least to most over its runs. */
export function markdownTable(records: MarkdownRecord[]): string {
	const last = records.at(-1);
	if (!last) return '';
	const rows = Object.entries(last.cpu_us_per_item).map(
		([name, [least, most]]) =>
			`| ${PROCESSORS[name] ?? name} | ${least === most ? count(least) : `${count(least)} to ${count(most)}`} |`,
	);
	return [
		'| processor | CPU µs per item |',
		'| --- | ---: |',
		...rows,
		'',
		`\`${last.command}\`, ${last.measured}, ${last.machine}, load ${last.load}, N = ${last.runs} run${last.runs === 1 ? '' : 's'}.`,
	].join('\n');
}
