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

/** Each object's part of a key, once per object: the props of a year's pages share their editions. */
const parts = new WeakMap<object, string>();

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * A value's part of a key, as JSON.stringify reads the value (toJSON, no undefined or function
 * fields), with each content entry standing for itself by its collection, id and digest and the
 * fields a route added to it. An object's part is a hash of its fields' parts, kept per object,
 * so an edition that the props of each of its pages hold is read once per build, not once a page.
 */
function partOf(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	const known = parts.get(value);
	if (known !== undefined) return known;
	const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
	let part: string;
	if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
		part = partOf((value as { toJSON: () => unknown }).toJSON());
	else if (Array.isArray(value)) part = hash(`[${value.map((v) => (omitted(v) ? 'null' : partOf(v))).join(',')}]`);
	else {
		const fields = isEntry(value)
			? [
					['entry', [value.collection, value.id, value.digest]],
					...Object.entries(value).filter(([name]) => !ENTRY_FIELDS.has(name)),
				]
			: Object.entries(value);
		part = hash(
			`{${fields
				.filter(([, v]) => !omitted(v))
				.map(([name, v]) => `${JSON.stringify(name)}:${partOf(v)}`)
				.join(',')}}`,
		);
	}
	parts.set(value, part);
	return part;
}

/**
 * The incremental build's key for a page, derived from the very props its components render: a
 * hash of the props, in which each content entry stands for itself by its digest (which changes
 * whenever its file does) and the fields the route added to it. Whatever a component shows
 * comes from the props, so a change to anything shown changes the key; nothing is listed by hand.
 * The props must not change after their key is taken (each object's part is kept: partOf).
 * @example propsCacheKey({ item, page, edition, older, newer })
 */
export function propsCacheKey(props: object): string {
	return partOf(props);
}
