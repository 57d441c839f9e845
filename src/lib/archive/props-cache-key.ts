import { createHash } from 'node:crypto';

/** The fields Astro gives every content entry; any other field on an entry (`slug`) is the route's own. */
const ENTRY_FIELDS = new Set([
	'id',
	'collection',
	'data',
	'body',
	'filePath',
	'digest',
	'rendered',
	'deferredRender',
	'assetImports',
]);

/** A content collection entry: it carries the digest its loader took of the whole file. */
function isEntry(value: object): value is { collection: string; id: string; digest: string | number } {
	return 'collection' in value && 'id' in value && 'digest' in value && value.digest !== undefined;
}

/**
 * The incremental build's key for a page, derived from the very props its components render: a
 * hash of the props, in which each content entry stands for itself by its digest (which changes
 * whenever its file does) and the fields the route added to it. Whatever a component shows
 * comes from the props, so a change to anything shown changes the key; nothing is listed by hand.
 * @example propsCacheKey({ item, page, edition, older, newer })
 */
export function propsCacheKey(props: object): string {
	const json = JSON.stringify(props, (_key, value: unknown) => {
		if (value === null || typeof value !== 'object' || Array.isArray(value) || !isEntry(value)) return value;
		const own = Object.entries(value).filter(([name]) => !ENTRY_FIELDS.has(name));
		return { entry: [value.collection, value.id, value.digest], ...Object.fromEntries(own) };
	});
	return createHash('sha256').update(json).digest('base64url');
}
