import { isMap, isSeq, parseDocument, YAMLMap } from 'yaml';
import { ImportError } from './errors.ts';

/** This page's entry in the edition manifest. */
export interface PageEntry {
	number: number;
	name?: string;
	banner?: string;
	source?: string;
}

/**
 * Updates the edition manifest (`edition.yaml`) for one page: sets this page's fields, leaves
 * other pages and any field or comment an editor added untouched. `existing` is the current
 * text, or undefined when there is none yet. Throws when the manifest is not a YAML mapping.
 */
export function updateManifest(existing: string | undefined, date: string, entry: PageEntry, where: string): string {
	const doc = parseDocument(existing ?? `date: ${date}\n`);
	if (doc.errors.length > 0 || !isMap(doc.contents)) {
		throw new ImportError(
			'manifest',
			`${where}: expects an edition manifest (a YAML mapping with date and pages) but found ${doc.errors[0]?.message.split('\n')[0] ?? 'something else'}. Fix or remove it, then import again.`,
		);
	}
	if (!doc.has('date')) doc.set('date', date);
	let pages = doc.get('pages');
	if (!isSeq(pages)) {
		doc.set('pages', doc.createNode([]));
		pages = doc.get('pages');
	}
	if (!isSeq(pages)) throw new Error('unreachable: pages was just set to a sequence');
	let page = pages.items.find((p): p is YAMLMap => isMap(p) && Number(p.get('number')) === entry.number);
	if (!page) {
		page = doc.createNode({ number: entry.number }) as YAMLMap;
		const at = pages.items.findIndex((p) => isMap(p) && Number(p.get('number')) > entry.number);
		pages.items.splice(at === -1 ? pages.items.length : at, 0, page);
	}
	for (const key of ['name', 'banner', 'source'] as const) if (entry[key] !== undefined) page.set(key, entry[key]);
	return doc.toString({ lineWidth: 0 });
}
