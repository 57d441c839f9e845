import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where test builds go; ignored by git. */
export const tmpDir = join(root, '.tmp');

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** Options of one real build of the site. */
export interface BuildOptions {
	/** Output folder name under .tmp/. */
	name: string;
	/** BASE_PATH for the build. */
	base?: string;
	/** Project root to build (defaults to this project). */
	cwd?: string;
	/** Extra environment. */
	env?: Record<string, string>;
	/** Keep the output folder of the last build, as a rebuild on a host does (default: empty it first). */
	keep?: boolean;
}

/** Result of a build: where it went and what it printed. */
export interface BuildResult {
	outDir: string;
	status: number | null;
	output: string;
}

/**
 * Builds the site for real with the Astro CLI (same Node as the tests), into `.tmp/<name>`.
 * Throws with the build's output when it fails, unless `allowFailure`.
 */
export function buildSite(options: BuildOptions, allowFailure = false): BuildResult {
	const outDir = join(tmpDir, options.name);
	if (!options.keep) rmSync(outDir, { recursive: true, force: true });
	mkdirSync(tmpDir, { recursive: true });
	const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
		cwd: options.cwd ?? root,
		env: {
			...process.env,
			BASE_PATH: options.base ?? '/',
			SITE_URL: 'https://paper.example.org',
			ASTRO_TELEMETRY_DISABLED: '1',
			...options.env,
		},
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	if (!allowFailure && (result.status !== 0 || !existsSync(join(outDir, 'index.html')))) {
		throw new Error(`astro build failed (exit ${result.status}):\n${output}`);
	}
	return { outDir, status: result.status, output };
}
