import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { BODY_SCHEMA } from './sanitize-schema.ts';

/** The MDX node types remark-rehype passes through to hast (the MDX policy decides which may exist). */
export const MDX_TYPES = [
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
];

/** The element an MDX node stands in as while the tree is sanitised; held nodes are found by their index. */
const HELD = 'mdx-held';
const HELD_INDEX = 'dataMdxHeld';

type Parent = Root | Element;
type AnyNode = Nodes | { type: string; children?: AnyNode[] };

/**
 * Sanitises an item body's HTML tree with the body allowlist (sanitize-schema.ts): raw HTML is
 * parsed first (so `<b>` stays bold and `<script>` goes), then everything outside the allowlist
 * is removed. MDX components stay, with their content sanitised too: hast-util-sanitize knows only
 * HTML, so each MDX node stands in as a placeholder element while it runs.
 * @example sanitizeBody(tree) // the tree without <script>, on* attributes or javascript: links
 */
export function sanitizeBody(tree: Root): Root {
	const parsed = hasType(tree, 'raw') ? (raw(tree, { passThrough: MDX_TYPES }) as Root) : tree;
	const held: AnyNode[] = [];
	const hold = (node: AnyNode): AnyNode => {
		if (node.type === 'root' || node.type === 'element') {
			(node as Parent).children = (node as Parent).children.map((c) => hold(c) as RootContent) as ElementContent[];
			return node;
		}
		if (!MDX_TYPES.includes(node.type)) return node;
		const index = held.push(node) - 1;
		const children = ('children' in node && node.children ? node.children : []).map(hold) as ElementContent[];
		return { type: 'element', tagName: HELD, properties: { [HELD_INDEX]: String(index) }, children };
	};
	const schema = {
		...BODY_SCHEMA,
		tagNames: [...(BODY_SCHEMA.tagNames ?? []), HELD],
		attributes: { ...BODY_SCHEMA.attributes, [HELD]: [HELD_INDEX] },
	};
	const clean = sanitize(hold(parsed) as Root, schema) as Root;
	const used = new Set<number>();
	const release = (node: AnyNode): AnyNode[] => {
		if (node.type !== 'root' && node.type !== 'element') return [node];
		const children = (node as Parent).children.flatMap((c) => release(c));
		if (node.type === 'element' && (node as Element).tagName === HELD) {
			const index = Number((node as Element).properties?.[HELD_INDEX]);
			// A placeholder written into the text by hand, not made above: keep only its content.
			if (!Number.isInteger(index) || index >= held.length || used.has(index)) return children;
			used.add(index);
			const original = held[index];
			return [{ ...original, ...('children' in original ? { children } : {}) } as AnyNode];
		}
		(node as Parent).children = children as ElementContent[];
		return [node];
	};
	return release(clean)[0] as Root;
}

function hasType(node: AnyNode, type: string): boolean {
	return (
		node.type === type ||
		('children' in node && Array.isArray(node.children) && node.children.some((c) => hasType(c, type)))
	);
}
