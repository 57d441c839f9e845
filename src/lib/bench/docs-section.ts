/**
 * The generated section of a docs text, from its start marker to the end of its end marker, or
 * '' when a marker is missing.
 * @example docsSection(docs, DOCS_START, DOCS_END).startsWith(DOCS_START)
 */
export function docsSection(docs: string, start: string, end: string): string {
	const from = docs.indexOf(start);
	const to = docs.indexOf(end);
	return from < 0 || to < from ? '' : docs.slice(from, to + end.length);
}

/** Replaces the generated section of a docs text (markers included) by `section`; throws when its markers are missing. */
export function replaceDocsSection(docs: string, start: string, end: string, section: string): string {
	const from = docs.indexOf(start);
	const to = docs.indexOf(end);
	if (from < 0 || to < from) throw new Error(`expects the markers ${start} and ${end} but found none`);
	return docs.slice(0, from) + section + docs.slice(to + end.length);
}
