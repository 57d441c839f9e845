import { render } from 'astro:content';
import type { RenderedText } from '../lib/archive/rehype-excerpt.ts';
import type { Item } from './archive.ts';

/** An item's rendered text (its excerpt source and length), as the rehype-excerpt plugin found it. */
export async function renderedText(item: Item): Promise<RenderedText> {
	const { remarkPluginFrontmatter: found } = await render(item);
	return { excerpt: String(found?.excerpt ?? ''), textLength: Number(found?.textLength ?? 0) };
}
