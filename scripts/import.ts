/**
 * The `npm run import` bin: binds the importer's command line to node:fs and process.
 * Exit codes are documented in src/lib/importer/cli.ts (0 ok, 1 bug, 2 bad arguments,
 * 3 bad input, 4 could not write).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, basename, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { enableCompileCache } from 'node:module';
import { tempName, type ImportIo } from '../src/lib/importer/import-io.ts';

/** The real file system, with atomic writes: a temporary file beside the target, then rename. */
export function nodeIo(cwd = process.cwd()): ImportIo {
	const at = (path: string) => resolve(cwd, path);
	return {
		cwd,
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
		progress: process.stderr.isTTY ? process.stderr : undefined,
		async readFile(path) {
			try {
				return await readFile(at(path));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR')
					return undefined;
				throw error;
			}
		},
		async kind(path) {
			const found = await stat(at(path)).catch(() => undefined);
			return found?.isDirectory() ? 'dir' : found?.isFile() ? 'file' : undefined;
		},
		list: (dir) => readdir(at(dir)).catch(() => []),
		async writeAtomic(path, content) {
			const target = at(path);
			await mkdir(dirname(target), { recursive: true });
			const temp = join(dirname(target), tempName(basename(target), randomBytes(6).toString('hex')));
			try {
				await writeFile(temp, content);
				await rename(temp, target);
			} catch (error) {
				await rm(temp, { force: true });
				throw error;
			}
		},
		remove: (path) => rm(at(path), { force: true }),
		now: () => new Date(),
	};
}

/** Runs the importer on this process's arguments (the entry, import.mjs, turns the compile cache on first). */
export async function run(): Promise<void> {
	const { main } = await import('../src/lib/importer/cli.ts');
	process.exitCode = await main(process.argv.slice(2), nodeIo());
}

if (import.meta.main) {
	// Compiling the importer and pdfjs-dist (and stripping the types of our modules) costs more
	// CPU than reading a page: Node keeps the compiled code between runs (in the system's temp
	// folder), so the importer is loaded only once this is on.
	enableCompileCache();
	await run();
}
