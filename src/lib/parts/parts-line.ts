/** The figures `npm run bench:parts` measures (docs/scale.md, "Beyond one machine"). */
export interface PartsFigures {
	articles: number;
	years: number;
	/** One build of the whole archive. */
	singleS: number;
	/** The parts' builds, summed. */
	partsS: number;
	/** The slowest part: the wall time on a matrix. */
	maxPartS: number;
	joinS: number;
	/** Adding one edition to the newest year: the daily build (the newest year built with the join), or its part then the join. */
	rebuildS: number;
	/** Files in either site. */
	files: number;
	/** Files present in one site only or with other bytes. */
	differing: number;
	/** What the rebuild changed in the joined site, as a bucket sync uploads it: files and MB; absent when not measured. */
	upload?: { files: number; mb: number };
	/** The largest peak resident memory of one process in any of the builds, in MB, and which build it was; absent when not measured. */
	peak?: { mb: number; build: string };
	/** The same of the parts, the join and the rebuild only (what a matrix runs), when measured. */
	partsPeak?: { mb: number; build: string };
	/** CPU seconds (user and system) of the single build, the slowest part, the join and the rebuild, when measured. */
	cpu?: { single: number; maxPart: number; join: number; rebuild: number };
	/** Seconds of the join and of the rebuild's join spent assembling the site from the parts (syncSite). */
	assembleS?: { join: number; rebuild: number };
	/** The one-minute load average at the start and at the end. */
	load?: { start: number; end: number };
	/** The daily build's first run (the newest year with the join, no cache): seconds, CPU seconds, files differing from the single build. */
	daily?: { s: number; cpu: number; differing: number };
	/** The rebuild the other way, the newest part then the join: seconds, CPU seconds, files differing from the daily build's site. */
	rebuildTwo?: { s: number; cpu: number; differing: number };
}

/**
 * The one line `bench:parts` ends with; the peak memory and the rebuild's upload, when measured, after the contract's figures;
 * last, with the daily build, its first run and the rebuild the other way (part, then join), each with its comparison.
 * @example partsLine({ articles: 600, years: 3, singleS: 80, partsS: 120, maxPartS: 45, joinS: 30, rebuildS: 70, files: 900, differing: 0 })
 * // 'parts: articles=600 years=3 single_s=80.0 parts_s=120.0 max_part_s=45.0 join_s=30.0 rebuild_s=70.0 equal=yes files=900 differing=0'
 */
export function partsLine(f: PartsFigures): string {
	const s = (n: number) => n.toFixed(1);
	return `parts: articles=${f.articles} years=${f.years} single_s=${s(f.singleS)} parts_s=${s(f.partsS)} max_part_s=${s(f.maxPartS)} join_s=${s(f.joinS)} rebuild_s=${s(f.rebuildS)} equal=${f.differing === 0 ? 'yes' : 'no'} files=${f.files} differing=${f.differing}${f.peak ? ` peak_mb=${f.peak.mb.toFixed(0)} peak_build=${f.peak.build}` : ''}${f.upload ? ` upload_files=${f.upload.files} upload_mb=${f.upload.mb.toFixed(1)}` : ''}${f.partsPeak ? ` parts_peak_mb=${f.partsPeak.mb.toFixed(0)} parts_peak_build=${f.partsPeak.build}` : ''}${f.cpu ? ` single_cpu_s=${s(f.cpu.single)} max_part_cpu_s=${s(f.cpu.maxPart)} join_cpu_s=${s(f.cpu.join)} rebuild_cpu_s=${s(f.cpu.rebuild)}` : ''}${f.assembleS ? ` join_assemble_s=${s(f.assembleS.join)} rebuild_assemble_s=${s(f.assembleS.rebuild)}` : ''}${f.load ? ` load=${f.load.start.toFixed(1)}-${f.load.end.toFixed(1)}` : ''}${f.daily ? ` daily_s=${s(f.daily.s)} daily_cpu_s=${s(f.daily.cpu)} daily_equal=${f.daily.differing === 0 ? 'yes' : 'no'}` : ''}${f.rebuildTwo ? ` rebuild_two_s=${s(f.rebuildTwo.s)} rebuild_two_cpu_s=${s(f.rebuildTwo.cpu)} rebuild_equal=${f.rebuildTwo.differing === 0 ? 'yes' : 'no'}` : ''}`;
}
