/**
 * The gold split of one corpus page: the shared contract of docs/importer.md ("Corpus and
 * scoring"), written by the corpus generators and read by the split benchmark.
 */

/** The kinds of item, as in the content schema. */
export type GoldKind = 'article' | 'commentary' | 'photo';

/** One item of a page as it should be split. */
export interface GoldItem {
	kind: GoldKind;
	/** Null only for a photo printed without a title. */
	headline: string | null;
	/** 引题, as printed (often ending in ——). */
	kicker?: string;
	/** 副题, as printed (often starting with ——). */
	subheadline?: string;
	/** As printed, without the marks □ ◎. */
	byline?: string;
	/** Person names only, in order. */
	authors: string[];
	/** The column label, without ■ 【】 marks. */
	section?: string;
	/** A photo's credit as printed. */
	credit?: string;
	/** Body paragraphs in order (a photo: its caption); an intertitle is its own entry. */
	paragraphs: string[];
	/** Indices into `paragraphs` that are 小标题. */
	intertitles?: number[];
}

/** The truth about one page. */
export interface GoldPage {
	id: string;
	date: string;
	page: number;
	pageName?: string;
	/** A page banner (通栏标题) that belongs to no item. */
	banner?: string;
	/**
	 * Phenomena the page shows. A trait written `text:…` or `pdf:…` belongs to that rendering
	 * only (a stream order of the text dump); any other trait to both.
	 */
	traits: string[];
	/** In reading order. */
	items: GoldItem[];
}

/**
 * A page's gold with its keys in the contract's order (every generator writes gold.json so), a
 * banner only when the page has one.
 */
export function goldPage(
	head: { id: string; date: string; page: number; pageName?: string; banner?: string },
	traits: string[],
	items: GoldItem[],
): GoldPage {
	const { id, date, page, pageName, banner } = head;
	return { id, date, page, pageName, ...(banner ? { banner } : {}), traits, items };
}

const kinds = new Set(['article', 'commentary', 'photo']);

/**
 * Checks that parsed JSON is a gold page and returns it; throws an Error that names the
 * offending field, for the caller to prefix with the file.
 * @example readGold(JSON.parse(text)).items.length
 */
export function readGold(value: unknown): GoldPage {
	const page = value as GoldPage;
	const fail = (where: string, expected: string): never => {
		throw new Error(`expects ${where} to be ${expected} but found ${JSON.stringify(pick(value, where))}`);
	};
	if (typeof page !== 'object' || page === null) fail('the file', 'a JSON object');
	if (typeof page.id !== 'string') fail('id', 'a string');
	if (typeof page.date !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(page.date)) fail('date', 'a date YYYY-MM-DD');
	if (!Number.isInteger(page.page)) fail('page', 'an integer');
	if (!Array.isArray(page.traits) || page.traits.some((t) => typeof t !== 'string'))
		fail('traits', 'a list of strings');
	if (!Array.isArray(page.items)) fail('items', 'a list');
	page.items.forEach((item, i) => {
		const at = `items[${i}]`;
		if (!kinds.has(item.kind)) fail(`${at}.kind`, 'article, commentary or photo');
		if (item.headline !== null && typeof item.headline !== 'string') fail(`${at}.headline`, 'a string or null');
		if (!Array.isArray(item.authors)) fail(`${at}.authors`, 'a list of names');
		if (!Array.isArray(item.paragraphs) || item.paragraphs.some((p) => typeof p !== 'string'))
			fail(`${at}.paragraphs`, 'a list of strings');
		for (const key of ['kicker', 'subheadline', 'byline', 'section', 'credit'] as const)
			if (item[key] !== undefined && typeof item[key] !== 'string') fail(`${at}.${key}`, 'a string');
	});
	return page;
}

/** The value at a dotted path like `items[2].kind`, for an error message. */
function pick(value: unknown, path: string): unknown {
	let at: unknown = value;
	for (const key of path.split(/[.[\]]+/).filter(Boolean)) {
		if (typeof at !== 'object' || at === null) return undefined;
		at = (at as Record<string, unknown>)[key];
	}
	return path === 'the file' ? value : at;
}
