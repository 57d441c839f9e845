/**
 * The tune3 corpus generator: composes a page (compose.ts), writes its text dump (dump.ts) and its
 * HTML for print (html.ts), all from one seeded stream, so the same seed, page number and attempt
 * give the same bytes. scripts/corpus-tune3.ts prints the HTML with Chromium and extracts pdf.txt.
 */
import { createRng } from '../bench/prng.ts';
import type { GoldPage } from '../corpus-gold/gold.ts';
import { composePage } from './compose.ts';
import { drawHabits, dumpPage } from './dump.ts';
import { pageHtml } from './html.ts';

export { PAGE_TYPES } from './compose.ts';

/** One generated page: its gold, its text dump and the HTML to print, with the page width in px. */
export interface GeneratedPage {
	gold: GoldPage;
	text: string;
	html: string;
	width: number;
}

/** The seed the corpus is written with unless `--seed` says otherwise. */
export const DEFAULT_SEED = 3303;

/** Generates page `n` (1-based) of the corpus seeded `seed`; `attempt` redraws it. */
export function generatePage(n: number, seed = DEFAULT_SEED, attempt = 0): GeneratedPage {
	const rng = createRng(`tune3:${seed}:${n}:${attempt}`);
	const traits = new Set<string>();
	const composed = composePage(n, rng, traits);
	const habits = drawHabits(rng, traits, composed);
	const text = dumpPage(composed, habits, rng, traits);
	const { html, width } = pageHtml(composed, rng, traits);
	const gold = { ...composed.gold, traits: [...traits].sort() };
	return { gold, text, html, width };
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** The gold fields (heads, paragraphs, credits) that do not read, whitespace aside, in `text`. */
export function missingInText(gold: GoldPage, text: string): string[] {
	const flat = squash(text);
	const fields = gold.items.flatMap((item) =>
		[item.kicker, item.headline, item.subheadline, item.credit, ...item.paragraphs].filter(
			(f): f is string => typeof f === 'string',
		),
	);
	return [...(gold.banner ? [gold.banner] : []), ...fields].filter((f) => !flat.includes(squash(f)));
}

/** Characters of the gold paragraphs that pdftotext's `text` lacks (counted as multisets), as one string. */
export function missingChars(gold: GoldPage, text: string): string {
	const have = new Map<string, number>();
	for (const ch of squash(text)) have.set(ch, (have.get(ch) ?? 0) + 1);
	let lost = '';
	for (const ch of squash(gold.items.flatMap((i) => i.paragraphs).join(''))) {
		const left = have.get(ch) ?? 0;
		if (left > 0) have.set(ch, left - 1);
		else lost += ch;
	}
	return lost;
}

/** A PDF with its creation and modification dates fixed, so a second run writes the same bytes. */
export function fixPdfDates(pdf: Buffer): Buffer {
	return Buffer.from(
		pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, (m, key: string) => {
			const fixed = `/${key} (D:20240101000000+00'00')`;
			return fixed.length <= m.length ? fixed.padEnd(m.length, ' ') : m;
		}),
		'latin1',
	);
}
