import { createHash } from 'node:crypto';

/** What a (re-)import does with one binary file beside the items (a page image, the page PDF). */
export type AssetAction =
	| { action: 'write'; name: string; content: Uint8Array; replaces: 'nothing' | 'import' | 'edit' }
	| { action: 'unchanged'; name: string }
	| { action: 'skip'; name: string; reason: string };

/** The sha256 of a file's bytes, as stored in the record's `assets`. */
export function sha256Bytes(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Decides, file by file, what a (re-)import does with the binary files it produces, as planFiles
 * does for item files: a new file or one the importer wrote (per `recorded` hashes) is written;
 * one an editor replaced is kept unless `force`. `existing` holds the hashes of the files there now.
 */
export function planAssets(
	planned: { name: string; content: Uint8Array }[],
	existing: Map<string, string>,
	recorded: Record<string, string> | undefined,
	force: boolean,
): AssetAction[] {
	return planned.map(({ name, content }) => {
		const now = existing.get(name);
		if (now === undefined) return { action: 'write', name, content, replaces: 'nothing' };
		if (now === sha256Bytes(content)) return { action: 'unchanged', name };
		if (recorded?.[name] === now) return { action: 'write', name, content, replaces: 'import' };
		if (force) return { action: 'write', name, content, replaces: 'edit' };
		return {
			action: 'skip',
			name,
			reason: recorded?.[name] ? 'changed since the last import' : 'not written by the importer',
		};
	});
}
