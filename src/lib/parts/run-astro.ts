import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
/** GNU time, which reports a command's peak resident memory; the build runs without it where it is missing. */
const TIME = '/usr/bin/time';

/** What GNU time measured of a build; absent without it. */
export interface BuildCost {
	/** The peak resident memory in kB of the largest of its processes (Astro's Node or a search-index process it waited for: `%M`). */
	peakKb?: number;
	/** CPU seconds, user and system, of the build and the processes it waited for (`%U + %S`): on a shared machine, steadier than wall time. */
	cpuS?: number;
}

/**
 * Runs `astro build --outDir <outDir>` with extra environment, its output shown; throws when it
 * fails. Returns its peak memory and CPU time (BuildCost).
 */
export function astroBuild(outDir: string, env: Record<string, string>, cwd = process.cwd()): BuildCost {
	const timed = existsSync(TIME);
	const scratch = timed ? mkdtempSync(join(tmpdir(), 'astro-build-')) : undefined;
	const report = scratch && join(scratch, 'time.txt');
	const command = [process.execPath, astroBin, 'build', '--outDir', outDir];
	const result = spawnSync(
		report ? TIME : command[0],
		report ? ['-f', '%M %U %S', '-o', report, ...command] : command.slice(1),
		{
			cwd,
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				// Node's compile cache, kept with the build's cache (a CI cache per part keeps it too):
				// a third of a small build is loading and compiling Astro's, Vite's and our modules, and
				// Astro's command turns the cache off on CI (CI set) or puts it in the temporary folder.
				...(env.ASTRO_CACHE_DIR && { NODE_COMPILE_CACHE: join(env.ASTRO_CACHE_DIR, 'node-compile-cache') }),
				...env,
			},
			stdio: 'inherit',
		},
	);
	const measured =
		report && existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
	if (scratch) rmSync(scratch, { recursive: true, force: true });
	if (result.status !== 0) throw new Error(`astro build stopped with exit code ${result.status} (its output is above)`);
	const [peakKb, user, system] = measured;
	return {
		...(Number.isFinite(peakKb) ? { peakKb } : {}),
		...(Number.isFinite(user) && Number.isFinite(system) ? { cpuS: user + system } : {}),
	};
}
