import type { BenchResults } from './results-tables.ts';
import { count, decimal, figure, type LineRecord } from './scale-results.ts';

/** An archive to project: its items and the calendar years they span (a part each). */
export interface ProjectedArchive {
	items: number;
	years: number;
}

/** The archives docs/scale.md projects: the targets' size, and a million and three million items. */
export const PROJECTED: ProjectedArchive[] = [
	{ items: 100_000, years: 5 },
	{ items: 1_000_000, years: 30 },
	{ items: 3_000_000, years: 60 },
];

/** Runners of a shared CI pool, for the full build's rounds of parts. */
export const RUNNERS = 10;

/** A straight line `at + per · items`. */
export interface Line {
	at: number;
	per: number;
}

/**
 * The line through the smallest and the largest whole build of the archive benchmark, of one
 * figure (`total_s`, `peak_rss_mb`): a whole build's floor and its cost per item.
 * @example wholeBuildFit(results, 'total_s') // { at: 7.37, per: 0.00303 }
 */
export function wholeBuildFit(results: BenchResults, key: 'total_s' | 'peak_rss_mb'): Line {
	const runs = Object.values(results)
		.filter((r) => typeof r[key] === 'number')
		.sort((a, b) => a.articles - b.articles);
	if (runs.length < 2) throw new Error(`expects two whole builds with ${key} in the results but found ${runs.length}`);
	const [small, large] = [runs[0], runs.at(-1)!];
	const per = (large[key]! - small[key]!) / (large.articles - small.articles);
	return { at: small[key]! - per * small.articles, per };
}

/** What the projection says of one archive (seconds, MB). */
export interface Projection {
	archive: ProjectedArchive;
	perYear: number;
	partS: number;
	partMb: number;
	wholeS: number;
	wholeMb: number;
	joinS: number;
	joinMb: number;
	rebuildS: number;
	uploadMb: number;
	distGb: number;
}

/**
 * Projects the cost of building `archive` in parts, a part a year. A part is a whole build of a
 * year's items (the whole-build fit); the join and the daily rebuild pay a build's floor (the
 * fit's `at`; a reference run without the daily build rebuilt as the part and the join, two) and
 * grow beyond it with the archive: the join as the same share of a whole build beyond its floor
 * as in the reference parts run (its `join_s` against its `single_s`), the rebuild in proportion
 * to the reference run; the join's memory likewise from the largest
 * process of the reference's parts, join and rebuild (so an upper bound); the upload with a
 * year's items (the year's open data file, the edition's share of them).
 */
export function projectArchive(archive: ProjectedArchive, results: BenchResults, reference: LineRecord): Projection {
	const time = wholeBuildFit(results, 'total_s');
	const memory = wholeBuildFit(results, 'peak_rss_mb');
	const need = (key: string) => {
		const n = figure(reference, key);
		if (n === undefined)
			throw new Error(`expects ${key}= in the reference parts run but found none: ${reference.line}`);
		return n;
	};
	// The daily build (a run with `daily_s`) rebuilds in one build; before it, the part and the join were two.
	const floors = figure(reference, 'daily_s') === undefined ? 2 : 1;
	const refItems = need('articles');
	const grow = archive.items / refItems;
	const perYear = archive.items / archive.years;
	const largest = Object.values(results).sort((a, b) => b.articles - a.articles)[0];
	return {
		archive,
		perYear,
		partS: time.at + time.per * perYear,
		partMb: memory.at + memory.per * perYear,
		wholeS: time.at + time.per * archive.items,
		wholeMb: memory.at + memory.per * archive.items,
		// The join beyond the floor, as a share of a whole build beyond the floor: the reference run's,
		// which measured both in the same minutes, so that the share does not take one run's pace
		// for the other's (the whole-build line comes from other runs, on other days).
		joinS: time.at + ((need('join_s') - time.at) / (need('single_s') - time.at)) * time.per * archive.items,
		joinMb: memory.at + (need('parts_peak_mb') - memory.at) * grow,
		rebuildS: floors * time.at + (need('rebuild_s') - floors * time.at) * grow,
		uploadMb: (need('upload_mb') * perYear) / (refItems / need('years')),
		distGb: ((largest.dist_mb ?? 0) / largest.articles) * (archive.items / 1024),
	};
}

const minutes = (s: number) => (s < 120 ? `${Math.round(s)} s` : `${decimal(s / 60)} min`);
const gb = (mb: number) => (mb < 1024 ? `${count(mb)} MB` : `${decimal(mb / 1024)} GB`);
const share = (part: number, whole: number) => `${decimal((100 * part) / whole)}%`;

/** docs/scale.md's projection table: a column per archive of PROJECTED, from the benchmark's whole builds and the reference parts run. */
export function projectionTable(results: BenchResults, reference: LineRecord): string {
	const all = PROJECTED.map((archive) => projectArchive(archive, results, reference));
	const row = (label: string, value: (p: Projection) => string) => `| ${label} | ${all.map(value).join(' | ')} |`;
	return [
		`| | ${all.map((p) => `${count(p.archive.items)} items`).join(' | ')} |`,
		`| --- |${' ---: |'.repeat(all.length)}`,
		row('years, a part each', (p) => String(p.archive.years)),
		row('items a year', (p) => count(p.perYear)),
		row('one whole build: time, peak memory', (p) => `${minutes(p.wholeS)}, ${gb(p.wholeMb)}`),
		row('a part: time, peak memory', (p) => `${minutes(p.partS)}, ${gb(p.partMb)}`),
		row('`max_part_s` against the whole build (target ≤ 30%)', (p) => share(p.partS, p.wholeS)),
		row('the join: time, peak memory at most', (p) => `${minutes(p.joinS)}, ${gb(p.joinMb)}`),
		row('`join_s` against the whole build (target ≤ 10%)', (p) => share(p.joinS, p.wholeS)),
		row('full build, a runner per part: parts, then the join', (p) => minutes(p.partS + p.joinS)),
		row(
			`full build, ${RUNNERS} runners`,
			(p) =>
				`${minutes(Math.ceil(p.archive.years / RUNNERS) * p.partS + p.joinS)} (${Math.ceil(p.archive.years / RUNNERS)} round${p.archive.years > RUNNERS ? 's' : ''})`,
		),
		row('the joined site', (p) => `${decimal(p.distGb)} GB`),
		row(
			`a day: ${figure(reference, 'daily_s') === undefined ? 'the part and the join again' : 'the daily build (the current month with the join)'}, at most (target ≤ 10 s)`,
			(p) => minutes(p.rebuildS),
		),
		row('a day: uploaded', (p) => `${decimal(p.uploadMb)} MB`),
	].join('\n');
}

/** The targets (set for 100,000 items over 5 years) against the reference parts run. */
export function targetsTable(reference: LineRecord): string {
	const f = (key: string) => figure(reference, key);
	const yes = (ok: boolean) => (ok ? 'yes' : 'no');
	const single = f('single_s')!;
	const assembled = f('join_assemble_s');
	const rows = [
		[
			'`max_part_s` ≤ 30% of `single_s`',
			`${decimal(f('max_part_s')!)} s of ${decimal(single)} s, ${share(f('max_part_s')!, single)}`,
			yes(f('max_part_s')! <= 0.3 * single),
		],
		[
			'`join_s` ≤ 10% of `single_s`',
			`${decimal(f('join_s')!)} s, ${share(f('join_s')!, single)}${assembled === undefined ? '' : ` (${decimal(assembled)} s of it assembling ${count(f('files')!)} files)`}`,
			yes(f('join_s')! <= 0.1 * single),
		],
		['`rebuild_s` ≤ 10 s', `${decimal(f('rebuild_s')!)} s`, yes(f('rebuild_s')! <= 10)],
		[
			'every process of the parts, the join and the rebuild ≤ 2 GB',
			f('parts_peak_mb') === undefined
				? 'not measured'
				: `${count(f('parts_peak_mb')!)} MB at most (${/parts_peak_build=(\S+)/.exec(reference.line)?.[1]}); the single build's own peak ${count(f('peak_mb') ?? NaN)} MB`,
			f('parts_peak_mb') === undefined ? '–' : yes(f('parts_peak_mb')! <= 2048),
		],
	];
	return [
		`| target | \`${reference.command}\` (${reference.measured}, ${reference.machine}) | met |`,
		'| --- | --- | --- |',
		...rows.map((r) => `| ${r.join(' | ')} |`),
	].join('\n');
}
