/**
 * Errors the importer can act on. Every message reads "expects X but found Y" plus a hint, so
 * the command line can print it on one line after the place (`file:line`) it concerns.
 */

/** What went wrong, as a stable code the command line maps to an exit code. */
export type ImportErrorCode =
	'usage' | 'missing' | 'empty' | 'blank' | 'binary' | 'undecodable' | 'layout' | 'duplicate' | 'manifest' | 'write';

/** An error caused by bad input or bad arguments, never by a bug: shown without a stack trace. */
export class ImportError extends Error {
	code: ImportErrorCode;
	/** For a write that failed part-way: every change made before it stopped, one line each. */
	done?: string[];
	constructor(code: ImportErrorCode, message: string, done?: string[]) {
		super(message);
		this.name = 'ImportError';
		this.code = code;
		if (done) this.done = done;
	}
}

/** True when `error` is an ImportError (also across module copies, as in tests). */
export function isImportError(error: unknown): error is ImportError {
	return error instanceof Error && error.name === 'ImportError' && 'code' in error;
}

/** True when `error` comes from the file system (it has an errno code and a syscall). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
	return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}
