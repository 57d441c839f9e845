import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';

/** What the plugin adds to an item's `remarkPluginFrontmatter`. */
export interface RenderedText {
	/** The first paragraphs as rendered, one a line, to about EXCERPT_SOURCE_CHARS characters. */
	excerpt: string;
	/** Characters in all of the item's paragraphs: how long the item reads. */
	textLength: number;
}

/** Enough text for the longest excerpt any view shows. */
export const EXCERPT_SOURCE_CHARS = 800;

/**
 * A rehype plugin: the item's text as a reader sees it, from its top-level paragraphs once
 * rendered, so that no Markdown or MDX source (imports, components, escapes) reaches a teaser,
 * a feed or structured data. Components such as a pull quote, and headings, are not paragraphs.
 * Astro hands it on as `remarkPluginFrontmatter` (`render(entry)`).
 */
export function rehypeExcerpt() {
	return (tree: Root, file: VFile) => {
		const paragraphs: string[] = [];
		let textLength = 0;
		let kept = 0;
		for (const node of tree.children) {
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			const text = toText(node)
				.replace(/\s*\n\s*/g, '')
				.trim();
			if (!text) continue;
			textLength += text.length;
			if (kept < EXCERPT_SOURCE_CHARS) {
				paragraphs.push(text);
				kept += text.length;
			}
		}
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		Object.assign(data.astro.frontmatter, { excerpt: paragraphs.join('\n'), textLength } satisfies RenderedText);
	};
}
