import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** Runs `astro build --outDir <outDir>` with extra environment, its output shown; throws when it fails. */
export function astroBuild(outDir: string, env: Record<string, string>, cwd = process.cwd()): void {
	const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: 'inherit',
	});
	if (result.status !== 0) throw new Error(`astro build stopped with exit code ${result.status} (its output is above)`);
}
