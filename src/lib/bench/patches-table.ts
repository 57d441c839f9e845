import { count, decimal } from './scale-results.ts';

/** One build and rebuild of a variant of Astro (a version, the patch, the patch less one fix). */
export interface PatchRun {
	variant: string;
	/** Runs of one round ran at the same time, so they compare with each other. */
	round: string;
	load: string;
	build_cpu_s: number;
	rebuild_cpu_s: number;
	build_s: number;
	rebuild_s: number;
	build_peak_mb: number;
	rebuild_peak_mb: number;
}

/** A set of runs taken with one command: `name` is its marker in docs/patches.md. */
export interface PatchSet {
	name: string;
	items: number;
	command: string;
	/** When the load column was read: `at start`, `during the rebuild`. */
	load: string;
	machine: string;
	measured: string;
	runs: PatchRun[];
}

/** One measured cost of a patch too small for a build benchmark: the same work without and with it. */
export interface PatchMeasure {
	patch: string;
	what: string;
	unit: string;
	unpatched: number;
	patched: number;
	/** How it was measured: the command, or the steps where no script runs it. */
	how: string;
	load: string;
	machine: string;
	measured: string;
}

/** docs/patches-results.json. */
export interface PatchResults {
	sets: PatchSet[];
	/** Shown in the `measures` section of docs/patches.md. */
	measures?: PatchMeasure[];
}

/** The variant every other is compared with: the installed Astro with the whole patch. */
export const PATCHED = /^(\d+\.\d+\.\d+) \+ patch$/;

/** A set's runs as docs/patches.md shows them, with the command, N and load under the table. */
export function runsTable(set: PatchSet): string {
	const rows = set.runs.map((r) =>
		[
			r.variant,
			r.round,
			r.load,
			decimal(r.build_cpu_s),
			decimal(r.rebuild_cpu_s),
			decimal(r.build_s),
			decimal(r.rebuild_s),
			count(r.build_peak_mb),
			count(r.rebuild_peak_mb),
		].join(' | '),
	);
	return [
		`| Astro | round | load ${set.load} | build CPU s | rebuild CPU s | build wall s | rebuild wall s | peak MB, build | peak MB, rebuild |`,
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((row) => `| ${row} |`),
		'',
		`\`${set.command}\`: N = ${count(set.items)} items, one run a variant a round, ${set.measured}, ${set.machine}.`,
	].join('\n');
}

/** What a variant costs more than the whole patch of the same version, averaged over the rounds both ran in. */
export interface VariantCost {
	variant: string;
	rounds: number;
	rebuildCpu: number;
	rebuildCpuShare: number;
	buildCpu: number;
	peakMb: number;
}

/** Each variant of a set against the patched variant of its version in the same rounds; rounds without it are left out. */
export function variantCosts(set: PatchSet): VariantCost[] {
	const base = (variant: string, round: string) => {
		const version = /^(\d+\.\d+\.\d+)/.exec(variant)?.[1];
		return set.runs.find((r) => r.round === round && r.variant === `${version} + patch`);
	};
	const variants = [...new Set(set.runs.map((r) => r.variant))].filter((v) => !PATCHED.test(v));
	return variants.map((variant) => {
		const pairs = set.runs
			.filter((r) => r.variant === variant)
			.flatMap((r) => {
				const b = base(variant, r.round);
				return b ? [[r, b] as const] : [];
			});
		const mean = (f: (r: PatchRun, b: PatchRun) => number) =>
			pairs.reduce((sum, [r, b]) => sum + f(r, b), 0) / pairs.length;
		return {
			variant,
			rounds: pairs.length,
			rebuildCpu: mean((r, b) => r.rebuild_cpu_s - b.rebuild_cpu_s),
			rebuildCpuShare: mean((r, b) => r.rebuild_cpu_s / b.rebuild_cpu_s - 1),
			buildCpu: mean((r, b) => r.build_cpu_s - b.build_cpu_s),
			peakMb: mean(
				(r, b) => Math.max(r.build_peak_mb, r.rebuild_peak_mb) - Math.max(b.build_peak_mb, b.rebuild_peak_mb),
			),
		};
	});
}

const signed = (n: number) => `${n >= 0 ? '+' : '−'}${decimal(Math.abs(n))}`;

/** What each variant costs against the whole patch, per set, as docs/patches.md's summary table. */
export function costsTable(results: PatchResults): string {
	const rows = results.sets.flatMap((set) =>
		variantCosts(set).map((c) =>
			c.rounds === 0
				? `| ${c.variant} | ${count(set.items)} | 0 | – | – | – |`
				: `| ${c.variant} | ${count(set.items)} | ${c.rounds} | ${signed(c.rebuildCpu)} (${signed(100 * c.rebuildCpuShare)}%) | ${signed(c.buildCpu)} | ${signed(c.peakMb).replace(/\.\d$/, '')} |`,
		),
	);
	return [
		'| against the whole patch | items | rounds compared | rebuild CPU s | build CPU s | peak MB |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		...rows,
	].join('\n');
}

/** The small patches' measurements as docs/patches.md shows them, each with its command, load and machine. */
export function measuresTable(measures: PatchMeasure[]): string {
	return [
		'| patch | work | without the patch | with it | measured by |',
		'| --- | --- | ---: | ---: | --- |',
		...measures.map(
			(m) =>
				`| ${m.patch} | ${m.what} | ${m.unpatched} ${m.unit} | ${m.patched} ${m.unit} | ${m.how}, ${m.measured}, ${m.machine}, load ${m.load} |`,
		),
	].join('\n');
}

/** docs/patches.md's generated sections, as [marker name, table]: each set's runs, the costs of leaving each fix out, the small patches' measures. */
export function patchesSections(results: PatchResults): [string, string][] {
	return [
		...results.sets.map((set): [string, string] => [set.name, runsTable(set)]),
		['fix-costs', costsTable(results)],
		...(results.measures ? [['measures', measuresTable(results.measures)] as [string, string]] : []),
	];
}
