import { decodeEntities } from './decode-entities.ts';

/** One block of text of an item, with the tag it was printed in (h1 for the headline). */
export interface TextBlock {
	tag: string;
	text: string;
	/** `data-pagefind-weight` of the block or its nearest ancestor, when set. */
	weight?: string;
}

/** What the search index needs from one built page. */
export interface SearchDocument {
	/** Text of the first h1 inside the body: the headline. */
	headline: string;
	/** Blocks of text inside `data-pagefind-body`, outside `data-pagefind-ignore`, in order. */
	blocks: TextBlock[];
	/** `data-pagefind-filter`, `-meta` and `-sort` pairs found anywhere on the page. */
	filters: [string, string][];
	meta: [string, string][];
	sort: [string, string][];
}

// Elements that start a new block of text; text inside inline elements (a, em, span) joins its
// neighbours, so a name split by a link is still one run of characters.
const BLOCK = new Set(
	'address article aside blockquote body dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul br'.split(
		' ',
	),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const RAW = new Set(['script', 'style', 'template', 'textarea', 'noscript', 'svg']);
const TOKEN = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTR = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

function attributes(source: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const m of source.matchAll(ATTR)) found.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	return found;
}

/** `key:value, key:value` as pairs; the only form of the Pagefind attributes this reader takes. */
function pairs(value: string, attr: string, where: string): [string, string][] {
	return value.split(',').map((part) => {
		const at = part.indexOf(':');
		if (at < 1)
			throw new Error(
				`expects ${attr}="key:value, key:value" but found "${value}" in ${where}; give every value in the attribute, as key:value`,
			);
		return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
	});
}

interface Open {
	name: string;
	body: boolean;
	ignore: boolean;
	block: boolean;
	weight?: string;
}

/**
 * Reads the searchable parts of a built HTML page, the way Pagefind would: only text inside
 * `data-pagefind-body` and outside `data-pagefind-ignore`, as blocks, plus the filter, meta and
 * sort attributes (in `key:value` form). Returns null for a page without `data-pagefind-body`.
 * `where` names the file in error messages.
 */
export function readSearchDocument(html: string, where: string): SearchDocument | null {
	if (!html.includes('data-pagefind-body')) return null;
	const doc: SearchDocument = { headline: '', blocks: [], filters: [], meta: [], sort: [] };
	const stack: Open[] = [{ name: '#root', body: false, ignore: false, block: true }];
	let buffer = '';
	let seenH1 = false;
	const top = () => stack[stack.length - 1];
	const flush = () => {
		const text = buffer.replace(/\s+/g, ' ').trim();
		buffer = '';
		if (!text) return;
		const block = [...stack].reverse().find((o) => o.block)!;
		const weight = [...stack].reverse().find((o) => o.weight)?.weight;
		doc.blocks.push(weight ? { tag: block.name, text, weight } : { tag: block.name, text });
		if (block.name === 'h1' && !seenH1) {
			doc.headline = text;
			seenH1 = true;
		}
	};
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
		const name = m[2]?.toLowerCase();
		if (name === undefined) {
			if (m[0][0] !== '<' && top().body && !top().ignore) buffer += decodeEntities(m[0]);
			continue;
		}
		const closing = m[1] === '/';
		if (BLOCK.has(name)) flush();
		if (closing) {
			const at = stack.findLastIndex((o) => o.name === name);
			if (at > 0) stack.length = at;
			continue;
		}
		// Only the Pagefind attributes matter, and most tags have none: skip parsing theirs.
		const attrs = m[3].includes('data-pagefind') ? attributes(m[3]) : NO_ATTRIBUTES;
		for (const [attr, list] of [
			['data-pagefind-filter', doc.filters],
			['data-pagefind-meta', doc.meta],
			['data-pagefind-sort', doc.sort],
		] as const) {
			const value = attrs.get(attr);
			if (value) list.push(...pairs(value, attr, where));
		}
		if (RAW.has(name)) {
			// Skip the element's raw content whole: it is never text a reader sees in the item.
			const close = new RegExp(`</${name}`, 'gi');
			close.lastIndex = TOKEN.lastIndex;
			TOKEN.lastIndex = close.exec(html)?.index ?? html.length;
			continue;
		}
		if (VOID.has(name) || m[3].trimEnd().endsWith('/')) continue;
		const parent = top();
		stack.push({
			name,
			body: parent.body || attrs.has('data-pagefind-body'),
			ignore: parent.ignore || attrs.has('data-pagefind-ignore'),
			block: BLOCK.has(name),
			weight: attrs.get('data-pagefind-weight'),
		});
	}
	flush();
	return doc;
}
