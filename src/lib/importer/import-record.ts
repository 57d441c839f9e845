import { createHash } from 'node:crypto';
import type { PageFields } from './edition-manifest.ts';

/**
 * The record file (`.import.json` beside a page's items): what the importer last wrote there,
 * so a later import can tell an editor's change from its own output.
 */
export interface ImportRecord {
	/** The dump the page was imported from. */
	source: string;
	/** sha256 of each file the importer wrote, by file name. */
	files: Record<string, string>;
	/** Hashes of files about to be written, recorded before writing so an interrupted import is not mistaken for an edit. */
	pending?: Record<string, string>;
	/** This page's fields in edition.yaml as the importer last wrote them (or found them equal to its output). */
	manifest?: PageFields;
	/** Manifest fields about to be written, recorded before writing like `pending`. */
	pendingManifest?: PageFields;
	/** sha256 of each binary file the importer wrote beside the items (a PDF page's images and PDF), by file name. */
	assets?: Record<string, string>;
	/** Page furniture found in the dump and not imported into any item. */
	furniture?: { kind: string; line: number; text: string }[];
}

/** What to do with one file of a page. */
export type FileAction =
	| { action: 'write'; name: string; content: string; replaces: 'nothing' | 'import' | 'edit' }
	| { action: 'unchanged'; name: string }
	| { action: 'skip'; name: string; reason: string }
	| { action: 'remove'; name: string };

/**
 * The sha256 of a file's text, as stored in the record.
 * @example sha256('') // 'e3b0c442…'
 */
export function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Decides, file by file, what a (re-)import does. A file the importer wrote and nobody changed
 * is replaced; a file an editor changed, or wrote by hand, is skipped unless `force` (then the
 * caller keeps a backup); a file from the last import that this one no longer produces is
 * removed if unchanged. `existing` holds the current text of every file in the page folder.
 */
export function planFiles(
	planned: { name: string; content: string }[],
	existing: Map<string, string>,
	record: ImportRecord | undefined,
	force: boolean,
): FileAction[] {
	const ours = (name: string, text: string) => {
		const hash = sha256(text);
		return record?.files[name] === hash || record?.pending?.[name] === hash;
	};
	const actions: FileAction[] = planned.map(({ name, content }) => {
		const current = existing.get(name);
		if (current === undefined) return { action: 'write', name, content, replaces: 'nothing' };
		if (current === content) return { action: 'unchanged', name };
		if (ours(name, current)) return { action: 'write', name, content, replaces: 'import' };
		if (force) return { action: 'write', name, content, replaces: 'edit' };
		return {
			action: 'skip',
			name,
			reason: record?.files[name] ? 'changed since the last import' : 'not written by the importer',
		};
	});
	const names = new Set(planned.map((p) => p.name));
	for (const name of Object.keys(record?.files ?? {})) {
		const current = existing.get(name);
		if (names.has(name) || current === undefined) continue;
		actions.push(
			ours(name, current)
				? { action: 'remove', name }
				: { action: 'skip', name, reason: 'changed since the last import and no longer produced' },
		);
	}
	return actions;
}

/**
 * The record to store after carrying out `actions`: hashes of what is now the importer's
 * output; a skipped file keeps its old hash, so it still counts as edited next time.
 */
export function nextRecord(
	actions: FileAction[],
	previous: ImportRecord | undefined,
	source: string,
	furniture: ImportRecord['furniture'],
	contents: Map<string, string>,
): ImportRecord {
	const files: Record<string, string> = {};
	for (const a of actions) {
		if (a.action === 'write' || a.action === 'unchanged') files[a.name] = sha256(contents.get(a.name) ?? '');
		else if (a.action === 'skip' && previous?.files[a.name]) files[a.name] = previous.files[a.name];
	}
	return { source, files, furniture };
}
