import type { Corpus } from '../bench/corpus.ts';
import { composeFamilyPage } from './compose-family-page.ts';
import { composePage } from './compose-page.ts';
import type { GoldPage } from '../corpus-gold/gold.ts';
import type { PageModel } from './page-model.ts';
import { renderFamilyHtml } from './render-family-html.ts';
import { renderGridHtml } from './render-grid-html.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';

/** Everything written for one page of the development corpus, but the PDF and its text. */
export interface DevPage {
	model: PageModel;
	/** The gold, its traits those of the composition and of the text dump. */
	gold: GoldPage;
	/** text.txt */
	text: string;
	/** Furniture the text dump printed beyond the page's own (stray page numbers). */
	textFurniture: string[];
	/** The HTML that Chromium prints to page.pdf. */
	html: string;
}

/** The id of the n-th page (1-based) of the development corpus. @example devPageId(7) // 'dev-0007' */
export function devPageId(n: number): string {
	return `dev-${String(n).padStart(4, '0')}`;
}

/** The first page of the layout families (composeFamilyPage): the pages before it are composed by composePage. */
export const FIRST_FAMILY_PAGE = 241;

/**
 * Composes and renders the development page `id` from the sample corpus: up to dev-0240 a page
 * of composePage laid out by renderHtml, from dev-0241 on a page of the layout families laid out
 * by renderFamilyHtml. Pure and deterministic.
 */
export function devPage(id: string, corpus: Corpus): DevPage {
	const family = Number(id.slice(id.lastIndexOf('-') + 1)) >= FIRST_FAMILY_PAGE;
	const model = (family ? composeFamilyPage : composePage)({ id, corpus, seed: 'corpus-dev' });
	const { text, traits, furniture } = renderText(model);
	const layout = family ? renderFamilyHtml(model) : { html: renderHtml(model), traits: [] };
	const gold = { ...model.gold, traits: [...new Set([...model.gold.traits, ...traits, ...layout.traits])].sort() };
	return { model, gold, text, textFurniture: furniture, html: layout.html };
}

/** gold.json as written: tab-indented JSON with a final newline. */
export function goldJson(gold: GoldPage): string {
	return `${JSON.stringify(gold, null, '\t')}\n`;
}

/** The id of the n-th page (1-based) of the development corpus's PDF-only pages in grid layouts. @example gridPageId(7) // 'dev-pdf-0007' */
export function gridPageId(n: number): string {
	return `dev-pdf-${String(n).padStart(4, '0')}`;
}

/** Composes the PDF-only development page `id` and lays it out on a grid (renderGridHtml). Pure and deterministic. */
export function gridPage(id: string, corpus: Corpus): { gold: GoldPage; html: string } {
	const model = composePage({ id, corpus, seed: 'corpus-dev' });
	return { gold: { ...model.gold, traits: [...model.gold.traits, 'grid-layout'].sort() }, html: renderGridHtml(model) };
}
