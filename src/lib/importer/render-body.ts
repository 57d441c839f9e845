import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Writes paragraphs as Markdown that shows them literally: whatever a paragraph holds
 * (`<script>`, `*`, `#` at a line start, `[x](javascript:…)`, `{…}`) comes out escaped, so the
 * site renders it as text. mdast-util-to-markdown knows Markdown's escaping rules; braces are
 * added because an editor may rename the file to .mdx, where `{` starts an expression, and
 * tildes because the site renders GFM, where `~~x~~` strikes through.
 * @example renderBody(['# 不是标题']) // '\\# 不是标题\n'
 */
export function renderBody(paragraphs: string[]): string {
	return toMarkdown(
		{ type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) },
		{ unsafe: [{ character: '{' }, { character: '}' }, { character: '~' }] },
	);
}
