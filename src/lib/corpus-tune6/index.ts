/**
 * The tune6 corpus generator (`npm run corpus:tune6`): composes a page of one of eight types
 * (pages.ts: 要闻, 理论, 经济, 体育, 副刊, 地方, 调查, 专访), dumps it as text (dump.ts) and lays it
 * out as HTML for Chromium to print (layout.ts); the gold split is the stories' items. Written
 * blind to the importer and to the other generators' composing code; it shares only the gold
 * contract of src/lib/corpus-gold/ and the seeded numbers and names of src/lib/bench/. Held out:
 * scored whole, never tuned on.
 */
import { goldPage, type GoldPage } from '../corpus-gold/gold.ts';
import { dumpPage } from './dump.ts';
import { layoutPage } from './layout.ts';
import { composePage, PAGE_TYPES, type Story } from './pages.ts';
import { Dice } from './random.ts';

export { fixPdfDates, missingChars, missingInText } from '../corpus-gold/gold-checks.ts';
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
