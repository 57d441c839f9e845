import { join } from 'node:path';
import { folderBytes } from './folder-bytes.ts';
import { measuredRun } from './measured-run.ts';

/**
 * The index stage's baseline: Pagefind's default CLI over the built pages in `dist`, into
 * `<out>/pagefind-default`, as a site that adds Pagefind without our index would run it.
 * Throws naming the log when the CLI fails.
 */
export async function defaultIndex(
	root: string,
	dist: string,
	out: string,
	options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ seconds: number; peakMb: number; indexMb: number }> {
	const output = join(out, 'pagefind-default');
	const logFile = join(out, 'pagefind-default.log');
	const cli = await measuredRun(
		join(root, 'node_modules/.bin/pagefind'),
		['--site', dist, '--output-path', output],
		options,
		logFile,
		() => undefined,
	);
	if (cli.code !== 0) throw new Error(`Pagefind's CLI exited with ${cli.code}; see ${logFile}`);
	return { seconds: cli.seconds, peakMb: Math.round(cli.peakKb / 1024), indexMb: folderBytes(output) / 1048576 };
}
