/**
 * The tune6 corpus generator (`npm run corpus:tune6`): composes a page of one of eight types
 * (pages.ts: 要闻, 理论, 经济, 体育, 副刊, 地方, 调查, 专访), dumps it as text (dump.ts) and lays it
 * out as HTML for Chromium to print (layout.ts); the gold split is the stories' items. Written
 * blind to the importer and to the other generators' composing code; it shares only the gold
 * contract of src/lib/corpus-gold/ and the seeded numbers and names of src/lib/bench/. Held out:
 * scored whole, never tuned on.
 */
import { canonical } from '../corpus-gold/compare-text.ts';
import { goldPage, type GoldPage } from '../corpus-gold/gold.ts';
import { dumpPage } from './dump.ts';
import { layoutPage } from './layout.ts';
import { composePage, PAGE_TYPES, type Story } from './pages.ts';
import { Dice } from './random.ts';

export { PAGE_TYPES } from './pages.ts';

/** The corpus seed when none is given. */
export const DEFAULT_SEED = 6006;

/** One generated page: its gold, text dump, HTML and the width to print it at. */
export interface GeneratedPage {
	gold: GoldPage;
	text: string;
	html: string;
	width: number;
}

/** The page id of page `n`: t6-0001 … */
export function pageId(n: number): string {
	return `t6-${String(n).padStart(4, '0')}`;
}

/**
 * Generates page `n` (its type turns with n through the eight) for `seed`, drawing `attempt` (a
 * page whose checks fail is drawn again with the next). Deterministic.
 * @example generatePage(1).gold.id // 't6-0001'
 */
export function generatePage(n: number, seed = DEFAULT_SEED, attempt = 0): GeneratedPage {
	const id = pageId(n);
	const root = new Dice(`tune6:${seed}:${n}:${attempt}`);
	const type = PAGE_TYPES[(n - 1) % PAGE_TYPES.length];
	const page = composePage(root.fork('compose'), type);
	const traits = page.traits;
	// Short heads set vertically in the PDF, and then dumped a character a line.
	const pick = root.fork('vertical');
	const vertical = new Set<Story>();
	if (pick.chance(0.25)) {
		const fit = page.stories.filter(
			(s) => s.gold.kind !== 'photo' && s.gold.headline && [...s.gold.headline].length <= 10,
		);
		for (const s of pick.sample(fit, 1)) vertical.add(s);
		if (vertical.size > 0) traits.add('vertical-headline');
	}
	const text = dumpPage(page, root.fork('dump'), vertical, traits);
	const { html, width } = layoutPage(page, root.fork('layout'), vertical, traits);
	const gold = goldPage(
		{ id, date: page.date, page: page.page, pageName: page.pageName, banner: page.banner },
		[...traits].sort(),
		page.stories.map((s) => s.gold),
	);
	return { gold, text, html, width };
}

/** The characters of `want` (a multiset, whitespace aside) that `have` lacks, in order; '' when none. */
function lacking(want: string, have: string): string {
	const count = new Map<string, number>();
	for (const ch of have.replace(/\s/g, '')) count.set(ch, (count.get(ch) ?? 0) + 1);
	let out = '';
	for (const ch of want.replace(/\s/g, '')) {
		const left = count.get(ch) ?? 0;
		if (left > 0) count.set(ch, left - 1);
		else out += ch;
	}
	return out;
}

/**
 * The gold fields a text dump lacks: each head, byline, label and credit must read in it (as a
 * run, whitespace aside), each author's name too, and every character of every field. Empty when
 * all is there.
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
			if (!flat.includes(canonical(a))) out.push(`items[${i}].authors[${k}]`);
		});
		all += item.paragraphs.join('');
	});
	const lost = lacking(all, text);
	if (lost !== '') out.push(`characters ${lost.slice(0, 20)}`);
	return out;
}

/** The characters of the gold bodies (a multiset, whitespace aside) the PDF's text lacks; '' when none. */
export function missingChars(gold: GoldPage, pdfText: string): string {
	return lacking(gold.items.map((item) => item.paragraphs.join('')).join(''), pdfText);
}

/** A Chromium PDF with its dates and document ID zeroed, same length, so a second run writes the same bytes. */
export function fixPdfDates(pdf: Uint8Array): Uint8Array {
	const text = Buffer.from(pdf).toString('latin1');
	const fixed = text
		.replace(/\/(CreationDate|ModDate) ?\(D:[^)]*\)/g, (m) => m.replace(/\d/g, '0'))
		.replace(/\/ID ?\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\]/g, (m) =>
			m.replace(/<[0-9A-Fa-f]+>/g, (h) => `<${'0'.repeat(h.length - 2)}>`),
		);
	return Buffer.from(fixed, 'latin1');
}
