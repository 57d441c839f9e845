/**
 * One page of the fresh corpus, as the script writes it: composed and dumped from its seed, laid
 * out for print (attempt by attempt), and its gold with the traits of both renderings.
 */
import type { Corpus } from '../bench/corpus.ts';
import { createRng } from '../bench/prng.ts';
import { goldPage, type GoldItem, type GoldPage } from '../corpus-gold/gold.ts';
import { composePage, type ComposedPage } from './compose-page.ts';
import { drawHabits, habitTraits } from './dump-habits.ts';
import { planLayout } from './page-layout.ts';
import { renderDump } from './render-dump.ts';
import { renderHtml } from './render-html.ts';

/** The seed `npm run corpus:fresh` uses. */
export const FRESH_SEED = 'fresh-2026';

/** A page composed and dumped. */
export interface DumpedPage {
	page: ComposedPage;
	/** text.txt as written. */
	text: string;
	/** The content and `text:` traits. */
	traits: string[];
}

/** Page `index` (1-based) composed from the sample's pool and dumped. */
export function dumpedPage(pool: Corpus, seed: string, index: number): DumpedPage {
	const page = composePage(pool, seed, index);
	const rng = createRng(`${seed}:dump:${index}`);
	const habits = drawHabits(rng);
	const dump = renderDump(page, habits, rng);
	return { page, text: dump.text, traits: [...page.traits, ...habitTraits(habits), ...dump.traits] };
}

/** The HTML of layout attempt `attempt` (0 on; `plain` is the safe stack) and its `pdf:` traits. */
export function pageHtml(
	page: ComposedPage,
	seed: string,
	attempt: number,
	plain = false,
): { html: string; traits: string[] } {
	const layout = planLayout(page, createRng(`${seed}:layout:${page.id}:${attempt}`), plain);
	return { html: renderHtml(page, layout), traits: layout.traits };
}

/** The page's gold, with the traits of its dump and of the layout that was printed. */
export function pageGold(dumped: DumpedPage, pdfTraits: string[]): GoldPage {
	const { page } = dumped;
	return goldPage(
		{ id: page.id, date: page.date, page: page.page, pageName: page.pageName, banner: page.banner },
		[...new Set([...dumped.traits, ...pdfTraits])].sort(),
		page.items.map((item) => contractOrder(item.gold)),
	);
}

/** The item with its keys in the contract's order, absent fields left out. */
function contractOrder(item: GoldItem): GoldItem {
	const { kind, headline, kicker, subheadline, byline, authors, section, credit, paragraphs, intertitles } = item;
	const optional = { kicker, subheadline, byline };
	const rest = { section, credit };
	const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
	return {
		kind,
		headline,
		...defined(optional),
		authors,
		...defined(rest),
		paragraphs,
		...(intertitles ? { intertitles } : {}),
	};
}
