import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/**
 * The first paragraphs of a Markdown body as plain text, cut near `max` characters on a
 * sentence end where one is close. Markdown escapes and markup are removed, not shown.
 * @example excerpt('第一句。第二句。', 5) // '第一句。'
 */
export function excerpt(markdown: string, max = 120): string {
	const tree = fromMarkdown(markdown.replace(/^\s*(import|export)\s.*$/gm, ''));
	let text = '';
	for (const node of tree.children) {
		if (node.type !== 'paragraph') continue;
		const para = toString(node)
			.replace(/\s*\n\s*/g, '')
			.trim();
		if (!para) continue;
		text = text ? `${text}\n${para}` : para;
		if (text.length >= max) break;
	}
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const end = Math.max(...['。', '！', '？', '”'].map((p) => cut.lastIndexOf(p)));
	return end >= max * 0.6 ? cut.slice(0, end + 1) : `${cut}……`;
}
