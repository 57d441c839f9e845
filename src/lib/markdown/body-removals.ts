import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { MDX_TYPES, sanitizeBody } from './sanitize-body.ts';

/** What publishing would remove from one block of a body, at the line the block starts on. */
export interface BodyRemoval {
	line: number;
	/** The tags and attributes removed, as written: `<script>`, `<img onerror="alert(1)">`. */
	removed: string[];
}

/** Each element and attribute of a tree, as `<tag>` or `<tag attr="value">`. */
function inventory(node: HastNodes, into: string[] = []): string[] {
	if (node.type === 'element') {
		into.push(`<${node.tagName}>`);
		for (const [name, value] of Object.entries((node as Element).properties ?? {})) {
			if (value === undefined || value === null || value === false) continue;
			const shown = String(Array.isArray(value) ? value.join(' ') : value);
			into.push(`<${node.tagName} ${attributeName(name)}="${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}">`);
		}
	}
	if ('children' in node) for (const child of node.children) inventory(child as HastNodes, into);
	return into;
}

/** The HTML name of a hast property: `onError` -> `onerror`, `dataX` -> `data-x`, `className` -> `class`. */
function attributeName(property: string): string {
	if (property === 'className') return 'class';
	if (property.startsWith('data') || property.startsWith('aria'))
		return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
	return property.toLowerCase();
}

/**
 * What publishing an item's body would remove, block by block: the body (mdast, Markdown or MDX)
 * is turned into HTML as the build does and sanitised with the same allowlist (sanitize-body.ts).
 * `npm run check` warns with each, so an editor learns why a tag or a link did not appear. An
 * attribute whose value is only rewritten (an `id` prefixed against clobbering) is not a removal.
 * @example bodyRemovals(fromMarkdown('<script>x</script>'))[0].removed // ['<script>']
 */
export function bodyRemovals(tree: Root): BodyRemoval[] {
	const removals: BodyRemoval[] = [];
	// Block by block, so that each removal is pinned to the line of the block it is in.
	for (const block of tree.children) {
		const hast = raw(
			toHast(
				{ type: 'root', children: [block] },
				{ allowDangerousHtml: true, passThrough: MDX_TYPES as never[] },
			) as HastRoot,
			{ passThrough: MDX_TYPES },
		) as HastRoot;
		const before = inventory(hast);
		if (before.length === 0) continue;
		const after = inventory(sanitizeBody(structuredClone(hast)));
		// Kept as it was, then kept with its value rewritten; what is left was removed.
		const unmatched = before.filter((key) => !take(after, (k) => k === key));
		const gone = unmatched.filter((key) => !take(after, (k) => stripValue(k) === stripValue(key)));
		const removed = [...new Set(gone)].filter(
			(key) => key === stripValue(key) || !gone.includes(`<${/^<([^ >]+)/.exec(key)![1]}>`),
		);
		if (removed.length) removals.push({ line: block.position?.start.line ?? 1, removed });
	}
	return removals;
}

/** Removes the first entry of `list` that passes `match`; true when there was one. */
function take(list: string[], match: (key: string) => boolean): boolean {
	const i = list.findIndex(match);
	if (i >= 0) list.splice(i, 1);
	return i >= 0;
}

/** An inventory entry without its value, so a rewritten value counts as kept. */
function stripValue(key: string): string {
	return key.replace(/="[^]*">$/, '>');
}
