/**
 * The tune4 corpus generator (`npm run corpus:tune4`): composes a page of one of eight types
 * (pages.ts), dumps it as text (dump.ts) and lays it out as HTML for Chromium to print
 * (layout.ts); the gold split is the stories' items. Written blind to the importer and to the
 * other generators; it shares only the gold contract of src/lib/corpus-gold/.
 */
import { canonical } from '../corpus-gold/compare-text.ts';
import { goldPage, type GoldPage } from '../corpus-gold/gold.ts';
import { dumpPage } from './dump.ts';
import { layoutPage } from './layout.ts';
import { composePage, PAGE_TYPES } from './pages.ts';
import { pageSeed, Rng } from './random.ts';

export { PAGE_TYPES } from './pages.ts';

/** The corpus seed when none is given. */
export const DEFAULT_SEED = 4004;

/** One generated page: its gold, text dump, HTML and the width to print it at. */
export interface GeneratedPage {
	gold: GoldPage;
	text: string;
	html: string;
	width: number;
}

/** The page id of page `n`: t4-0001 … */
export function pageId(n: number): string {
	return `t4-${String(n).padStart(4, '0')}`;
}

/** The first page number of each page type's range. */
const PAGE_NUMBERS: Record<(typeof PAGE_TYPES)[number], [number, number]> = {
	yaowen: [1, 4],
	local: [5, 12],
	world: [13, 17],
	economy: [6, 10],
	theory: [9, 11],
	fukan: [18, 20],
	special: [12, 16],
	sports: [14, 19],
};

/**
 * Generates page `n` (its type turns with n) for `seed`, drawing `attempt` (a page whose checks
 * fail is drawn again with the next). Deterministic.
 * @example generatePage(1).gold.id // 't4-0001'
 */
export function generatePage(n: number, seed = DEFAULT_SEED, attempt = 0): GeneratedPage {
	const rng = new Rng(pageSeed(n, seed, attempt));
	const type = PAGE_TYPES[(n - 1) % PAGE_TYPES.length];
	const year = rng.int(2019, 2024);
	const date = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
	const [lo, hi] = PAGE_NUMBERS[type];
	const pageNo = rng.int(lo, hi);
	const model = composePage(rng, type);
	const traits = new Set(model.traits);
	const text = dumpPage(new Rng(pageSeed(n, seed, attempt) ^ 0x5bd1e995), model, date, pageNo, traits);
	const layout = layoutPage(new Rng(pageSeed(n, seed, attempt) ^ 0x1b873593), model, date, pageNo, traits);
	const gold = goldPage(
		{ id: pageId(n), date, page: pageNo, pageName: model.pageName, banner: model.banner },
		[...traits].sort(),
		model.stories.map((s) => s.item),
	);
	return { gold, text, html: layout.html, width: layout.width };
}

/** Counts of each character of `text`, whitespace aside. */
function charCounts(text: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const ch of text.replace(/\s+/gu, '')) out.set(ch, (out.get(ch) ?? 0) + 1);
	return out;
}

/** The characters of `want` (as a multiset) that `have` lacks, in order of first want. */
function lacking(want: string, have: string): string {
	const h = charCounts(have);
	let out = '';
	for (const ch of want.replace(/\s+/gu, '')) {
		const n = h.get(ch) ?? 0;
		if (n > 0) h.set(ch, n - 1);
		else out += ch;
	}
	return out;
}

/**
 * The gold fields of a page that its text dump does not hold: each head, byline, label, credit
 * and author must read in the dump (whitespace aside), and the dump must hold every character
 * of every field, paragraphs included (a paragraph may be cut by a column break, a sidebar or
 * a neighbour read in turns). Empty when all is there.
 * @example missingInText(page.gold, page.text) // []
 */
export function missingInText(gold: GoldPage, text: string): string[] {
	const flat = canonical(text);
	const out: string[] = [];
	let all = '';
	gold.items.forEach((item, i) => {
		for (const key of ['headline', 'kicker', 'subheadline', 'byline', 'section', 'credit'] as const) {
			const v = item[key];
			if (typeof v !== 'string') continue;
			all += v;
			if (!flat.includes(canonical(v))) out.push(`items[${i}].${key}`);
		}
		item.authors.forEach((a, k) => {
			if (!flat.includes(canonical(a)) && !flat.includes(canonical([...a].join(' '))))
				out.push(`items[${i}].authors[${k}]`);
		});
		all += item.paragraphs.join('');
	});
	const lost = lacking(all, text);
	if (lost !== '') out.push(`characters ${lost.slice(0, 20)}`);
	return out;
}

/**
 * The characters of the gold bodies (as a multiset, whitespace aside) that the PDF's text
 * lacks; '' when none.
 */
export function missingChars(gold: GoldPage, pdfText: string): string {
	return lacking(gold.items.map((i) => i.paragraphs.join('')).join(''), pdfText);
}

/**
 * A Chromium PDF with its dates (and document ID) fixed, so a second run writes the same bytes.
 */
export function fixPdfDates(pdf: Uint8Array): Uint8Array {
	const text = Buffer.from(pdf).toString('latin1');
	const fixed = text
		.replace(/\/(CreationDate|ModDate) ?\(D:[^)]*\)/g, (m) => m.replace(/\d/g, '0'))
		.replace(/\/ID ?\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\]/g, (m) => m.replace(/[0-9A-Fa-f](?=[0-9A-Fa-f]*>)/g, '0'));
	return Buffer.from(fixed, 'latin1');
}
