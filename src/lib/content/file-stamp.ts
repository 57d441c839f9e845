import { statSync } from 'node:fs';

/**
 * How recent a modification is too recent to trust a stamp: file systems keep times in steps
 * (two seconds on FAT, a second on some network shares and older ones).
 */
export const RACY_MS = 2000;

/**
 * A file's stamp, its size and modification time, by which a build tells a file unchanged since
 * the last build without reading it, as make and git do. None for a file modified less than
 * RACY_MS before `now`: written again within the same step of the file system's clock, with the
 * same size (a typo fixed, 己 for 已), it would look unchanged. Such a file is read again next
 * time, as git treats a "racily clean" file.
 * @example fileStamp('content/editions/2021-06-08/edition.yaml') // '412:1764237123456.789'
 */
export function fileStamp(file: string, now = Date.now()): string | undefined {
	const { size, mtimeMs } = statSync(file);
	return mtimeMs > now - RACY_MS ? undefined : stampOf(size, mtimeMs);
}

/**
 * A file's stamp whenever it was modified: for files this build wrote itself (its pages), which
 * no one writes again within the same step of the clock. Throws if the file is not there.
 */
export function statStamp(file: string): string {
	const { size, mtimeMs } = statSync(file);
	return stampOf(size, mtimeMs);
}

const stampOf = (size: number, mtimeMs: number) => `${size}:${mtimeMs}`;
