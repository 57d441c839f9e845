import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Writes paragraphs (and the 小标题 among them, as `###` headings) as Markdown that shows them literally: whatever a paragraph holds
 * (`<script>`, `*`, `#` at a line start, `[x](javascript:…)`, `{…}`) comes out escaped, so the
 * site renders it as text. mdast-util-to-markdown knows Markdown's escaping rules; braces are
 * added because an editor may rename the file to .mdx, where `{` starts an expression, and
 * tildes because the site renders GFM, where `~~x~~` strikes through.
 * @example renderBody(['# 不是标题']) // '\\# 不是标题\n'
 */
export function renderBody(paragraphs: string[], intertitles: number[] = []): string {
	const headings = new Set(intertitles);
	return toMarkdown(
		{
			type: 'root',
			// A 小标题 is written `### 小标题`, as the editing guide (docs/editing.zh-CN.md) tells editors to.
			children: paragraphs.map((value, i) =>
				headings.has(i)
					? { type: 'heading', depth: 3, children: [{ type: 'text', value }] }
					: { type: 'paragraph', children: [{ type: 'text', value }] },
			),
		},
		{ unsafe: [{ character: '{' }, { character: '}' }, { character: '~' }] },
	);
}
