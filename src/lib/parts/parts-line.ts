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
	/** Adding one edition to the newest year: its part, then the join. */
	rebuildS: number;
	/** Files in either site. */
	files: number;
	/** Files present in one site only or with other bytes. */
	differing: number;
	/** What the rebuild changed in the joined site, as a bucket sync uploads it: files and MB; absent when not measured. */
	upload?: { files: number; mb: number };
	/** The largest peak resident memory of one process in any of the builds, in MB, and which build it was; absent when not measured. */
	peak?: { mb: number; build: string };
}

/**
 * The one line `bench:parts` ends with; the peak memory and the rebuild's upload, when measured, after the contract's figures.
 * @example partsLine({ articles: 600, years: 3, singleS: 80, partsS: 120, maxPartS: 45, joinS: 30, rebuildS: 70, files: 900, differing: 0 })
 * // 'parts: articles=600 years=3 single_s=80.0 parts_s=120.0 max_part_s=45.0 join_s=30.0 rebuild_s=70.0 equal=yes files=900 differing=0'
 */
export function partsLine(f: PartsFigures): string {
	const s = (n: number) => n.toFixed(1);
	return `parts: articles=${f.articles} years=${f.years} single_s=${s(f.singleS)} parts_s=${s(f.partsS)} max_part_s=${s(f.maxPartS)} join_s=${s(f.joinS)} rebuild_s=${s(f.rebuildS)} equal=${f.differing === 0 ? 'yes' : 'no'} files=${f.files} differing=${f.differing}${f.peak ? ` peak_mb=${f.peak.mb.toFixed(0)} peak_build=${f.peak.build}` : ''}${f.upload ? ` upload_files=${f.upload.files} upload_mb=${f.upload.mb.toFixed(1)}` : ''}`;
}
