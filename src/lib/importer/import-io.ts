/**
 * Everything the command line needs from the outside world. The bin (`scripts/import.ts`)
 * binds it to node:fs and process; tests bind it to a temporary folder, or make it fail.
 */
export interface ImportIo {
	/** The folder relative paths are read against and shown from. */
	cwd: string;
	stdout(text: string): void;
	stderr(text: string): void;
	/** Where a progress bar may draw (a terminal), or undefined for none. */
	progress?: NodeJS.WritableStream;
	/** A file's bytes, or undefined when there is no file there. */
	readFile(path: string): Promise<Uint8Array | undefined>;
	/** What is at a path: a file, a folder, or nothing. */
	kind(path: string): Promise<'file' | 'dir' | undefined>;
	/** The names in a folder, or [] when there is no folder. */
	list(dir: string): Promise<string[]>;
	/** Writes a file whole or not at all (temporary file, then rename), creating folders. */
	writeAtomic(path: string, content: string | Uint8Array): Promise<void>;
	remove(path: string): Promise<void>;
	/** The current time, for backup file names. */
	now(): Date;
}

/**
 * The temporary file an atomic write of `name` goes through: hidden, in the same folder, so the
 * rename is atomic and no content loader picks it up; `.gitignore` ignores the pattern.
 * @example tempName('01-a.md', 'a1b2c3d4e5f6') // '.01-a.md.a1b2c3d4e5f6.tmp'
 */
export function tempName(name: string, hex: string): string {
	return `.${name}.${hex}.tmp`;
}

/** A temporary file left by an atomic write that was cut short (see tempName). */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;
