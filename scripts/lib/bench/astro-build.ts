import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { measuredRun, type MeasuredRun } from './measured-run.ts';

/** Astro's line for one written page, `├─ /path/index.html (+12ms)`, or `(cached)` when reused. */
const pageLine = /[├└]─.*\((?:\+[\d.]+m?s|cached|restored)\)\s*$/;

/** A measured `astro build`, and how many pages it wrote and reused from the last build. */
export interface AstroBuildRun extends MeasuredRun {
	pages: number;
	reused: number;
}

/**
 * The build stage: `astro build` in the scratch project `site` with the Astro of the project at
 * `root`, logging progress every 2,000 rendered pages. Throws with the log's tail when it fails.
 */
export async function astroBuild(
	root: string,
	site: string,
	env: NodeJS.ProcessEnv,
	logFile: string,
	log: (text: string) => void,
): Promise<AstroBuildRun> {
	let pages = 0;
	let reused = 0;
	let phase = '';
	const run = await measuredRun(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{ cwd: site, env },
		logFile,
		(raw) => {
			// In colour when Astro thinks it runs in CI.
			const line = stripVTControlCharacters(raw);
			if (pageLine.test(line)) {
				if (/\((cached|restored)\)\s*$/.test(line)) reused++;
				if (++pages % 2000 === 0) log(`astro: ${pages} pages written (${reused} reused from the last build)`);
				// Page lines are many: the kept output is for the figures and for errors.
				return false;
			}
			const m = /\[(content|build|vite|search-index|@astrojs\/sitemap|types|check)\]\s+(.*)/.exec(line);
			if (m && m[1] + m[2].slice(0, 20) !== phase) {
				phase = m[1] + m[2].slice(0, 20);
				log(`astro: ${m[1]} ${m[2].slice(0, 100)}`);
			}
		},
	);
	if (run.code !== 0)
		throw new Error(
			`astro build exited with ${run.code} after ${run.seconds.toFixed(0)} s; see ${logFile}:\n${run.output.split('\n').slice(-15).join('\n')}`,
		);
	log(`astro: ${pages} pages written, ${reused} of them reused from the last build`);
	return { ...run, pages, reused };
}
