/**
 * The tune2 corpus generator (a third open set, written without reading the splitter): composes a
 * page (compose.ts), lays it out in px (layout.ts), prints the layout as HTML (html.ts) and writes
 * the text dump (dump.ts). Everything is seeded by the page number and the attempt.
 */
import { createRng } from '../bench/prng.ts';
import type { GoldPage } from '../corpus-gold/gold.ts';
import { canonical } from '../corpus-gold/compare-text.ts';
import { composePage } from './compose.ts';
import { dumpText } from './dump.ts';
import { renderHtml } from './html.ts';
import { layOut } from './layout.ts';

export { PAGE_TYPES } from './compose.ts';

/** One generated page: gold, the text dump and the HTML to print. */
export interface Tune2Page {
	gold: GoldPage;
	text: string;
	html: string;
	width: number;
	height: number;
}

/** Generates page `n` (1-based); `attempt` redraws it with another seed. */
export function generatePage(n: number, attempt = 0): Tune2Page {
	const page = composePage(n, attempt);
	const layout = layOut(page, createRng(`tune2-layout-${n}-${attempt}`));
	const dump = dumpText(page, layout, createRng(`tune2-text-${n}-${attempt}`));
	const traits = new Set([...page.traits, ...layout.traits, ...dump.traits]);
	page.gold.traits = [...traits].sort();
	return { gold: page.gold, text: dump.text, html: renderHtml(layout), width: layout.width, height: layout.height };
}

/** The gold paragraphs (and heads) that do not read, whitespace aside, as one run in `text`. */
export function missingInText(gold: GoldPage, text: string): string[] {
	const hay = canonical(text);
	const fields = gold.items.flatMap((item) => [
		...item.paragraphs,
		...(item.headline ? [item.headline] : []),
		...(item.kicker ? [item.kicker] : []),
		...(item.subheadline ? [item.subheadline] : []),
		...(item.credit ? [item.credit] : []),
		...item.authors,
	]);
	return fields.filter((f) => !hay.includes(canonical(f)));
}

/**
 * The characters of the gold paragraphs that `text` lacks (as a multiset): in the PDF text the
 * pieces of a column may come out of order, but every character must be there.
 */
export function missingChars(gold: GoldPage, text: string): string {
	const have = new Map<string, number>();
	for (const c of text.replace(/\s+/gu, '')) have.set(c, (have.get(c) ?? 0) + 1);
	let lost = '';
	for (const c of gold.items
		.flatMap((i) => i.paragraphs)
		.join('')
		.replace(/\s+/gu, '')) {
		const n = have.get(c) ?? 0;
		if (n === 0) lost += c;
		else have.set(c, n - 1);
	}
	return lost;
}

/** PDF creation and modification dates set to a fixed one, so that a second run writes the same bytes. */
export function fixPdfDates(pdf: Uint8Array): Buffer {
	return Buffer.from(
		Buffer.from(pdf)
			.toString('latin1')
			.replace(/D:\d{14}[^)]*/g, 'D:20000101000000Z'),
		'latin1',
	);
}
