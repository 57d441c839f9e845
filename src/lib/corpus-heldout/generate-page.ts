import { createRng } from '../bench/prng.ts';
import { composePage } from './compose-heldout-page.ts';
import { renderHtml } from './render-heldout-html.ts';
import { renderText } from './render-heldout-text.ts';
import type { GoldPage } from './types.ts';

/** One generated page of the held-out corpus: its dump, its HTML for the PDF, and its gold. */
export interface HeldoutPage {
	id: string;
	text: string;
	html: string;
	gold: GoldPage;
}

/** The id of the page at a zero-based index: ho-0001, ho-0002 … */
export function heldoutId(index: number): string {
	return `ho-${String(index + 1).padStart(4, '0')}`;
}

/**
 * Generates one page from the seed and its index. Composition, the dump and the layout each draw
 * from their own stream, so a change in one rendering leaves the others as they were.
 */
export function generateHeldoutPage(seed: number, index: number): HeldoutPage {
	const id = heldoutId(index);
	const page = composePage(createRng(`${seed}:${id}`), id);
	const dump = renderText(page, createRng(`${seed}:${id}:text`));
	const layout = renderHtml(page, createRng(`${seed}:${id}:html`));
	const traits = [...new Set([...page.gold.traits, ...dump.traits, ...layout.traits])].sort();
	return { id, text: dump.text, html: layout.html, gold: { ...page.gold, traits } };
}

/** The seed of the committed corpus (corpus/heldout). */
export const heldoutSeed = 2026;
