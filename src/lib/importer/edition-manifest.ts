import { isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document, type Node, YAMLMap } from 'yaml';
import { ImportError } from './errors.ts';

/** This page's entry in the edition manifest. */
export interface PageEntry {
	number: number;
	name?: string;
	banner?: string;
	source?: string;
	/** A PDF page's facsimile (src/lib/pdf-import/facsimile.ts), as JSON text so it compares like the other fields. */
	facsimile?: string;
}

/** The fields of a page entry the importer fills in. */
export const PAGE_FIELDS = ['name', 'banner', 'source', 'facsimile'] as const;

// Fields that hold a structure in YAML and JSON text in PageFields.
const STRUCTURED = new Set<string>(['facsimile']);

/** A page entry's importer-filled fields, as text. */
export type PageFields = Partial<Record<(typeof PAGE_FIELDS)[number], string>>;

/**
 * This page's importer-filled fields as the manifest holds them now, or undefined when the
 * manifest has no entry for the page. Throws when the manifest is not a YAML mapping.
 */
export function readPageFields(existing: string | undefined, number: number, where: string): PageFields | undefined {
	if (existing === undefined) return undefined;
	const page = pageOf(parse(existing, where), number);
	if (!page) return undefined;
	const fields: PageFields = {};
	for (const key of PAGE_FIELDS) {
		// The node's own text, so an alias or a number an editor wrote counts as a change, not a crash.
		const node = page.get(key, true);
		if (node != null) fields[key] = STRUCTURED.has(key) ? JSON.stringify(toJs(node)) : String(node);
	}
	return fields;
}

/**
 * Updates the edition manifest (`edition.yaml`) for one page: sets this page's fields, leaves
 * other pages and any field or comment an editor added untouched. `existing` is the current
 * text, or undefined when there is none yet. Throws when the manifest is not a YAML mapping.
 */
export function updateManifest(existing: string | undefined, date: string, entry: PageEntry, where: string): string {
	const doc = parse(existing ?? `date: ${date}\n`, where);
	if (!doc.has('date')) doc.set('date', date);
	let pages = doc.get('pages');
	if (!isSeq(pages)) {
		doc.set('pages', doc.createNode([]));
		pages = doc.get('pages');
	}
	if (!isSeq(pages)) throw new Error('unreachable: pages was just set to a sequence');
	let page = pageOf(doc, entry.number);
	if (!page) {
		page = doc.createNode({ number: entry.number }) as YAMLMap;
		const at = pages.items.findIndex((p) => isMap(p) && Number(p.get('number')) > entry.number);
		pages.items.splice(at === -1 ? pages.items.length : at, 0, page);
	}
	for (const key of PAGE_FIELDS) {
		const value = entry[key];
		if (value === undefined) continue;
		page.set(key, STRUCTURED.has(key) ? flowLeaves(doc.createNode(JSON.parse(value))) : value);
	}
	return doc.toString({ lineWidth: 0 });
}

function toJs(node: unknown): unknown {
	return isNode(node) ? node.toJSON() : node;
}

// Lists of numbers (a region's [x, y, width, height]) print on one line.
function flowLeaves<T>(node: T): T {
	visit(node as Node, {
		Seq(_, seq) {
			if (seq.items.every((item) => isScalar(item) && typeof item.value === 'number')) seq.flow = true;
		},
	});
	return node;
}

function parse(text: string, where: string): Document {
	const doc = parseDocument(text);
	if (doc.errors.length > 0 || !isMap(doc.contents)) {
		throw new ImportError(
			'manifest',
			`${where}: expects an edition manifest (a YAML mapping with date and pages) but found ${doc.errors[0]?.message.split('\n')[0] ?? 'something else'}. Fix or remove it, then import again.`,
		);
	}
	return doc;
}

function pageOf(doc: Document, number: number): YAMLMap | undefined {
	const pages = doc.get('pages');
	if (!isSeq(pages)) return undefined;
	return pages.items.find((p): p is YAMLMap => isMap(p) && Number(p.get('number')) === number);
}
