import { pinyin } from 'pinyin-pro';
import type { Corpus } from './corpus.ts';
import type { ItemData } from '../../schemas/item.ts';
import { itemFile } from './item-file.ts';
import { createRng, type Rng } from './prng.ts';
import { pageNames, personName, placeName, samplePeople, samplePlaces, sections } from './vocabulary.ts';
import { stringify } from 'yaml';

type ItemKind = ItemData['kind'];

/** One file of the synthetic archive, relative to `content/editions/`. */
export interface GeneratedFile {
	path: string;
	text: string;
}

/** One day's synthetic paper: its manifest and item files. */
export interface GeneratedEdition {
	date: string;
	/** How many items (articles, commentaries, photos) it holds. */
	items: number;
	files: GeneratedFile[];
}

/** What an edition is generated from. */
export interface EditionOptions {
	/** The edition's date, `YYYY-MM-DD`; with `seed` it fixes the whole content. */
	date: string;
	/** The run's seed; the same seed and date give the same edition. */
	seed: number;
	corpus: Corpus;
	/** The reporters who sign items; names recur across editions, as on a real paper. */
	reporters: readonly string[];
	/** 期号 printed on the front page. */
	number?: number;
	/** Stop after this many items (the last edition of a run of N items). */
	maxItems?: number;
	/**
	 * Hold exactly this many items, on as many pages of 3 to 8 items as they need (a large daily's
	 * 8 to 24 pages); without it, an edition has 4 to 8 pages.
	 */
	items?: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The reporters of a run: a fixed pool drawn from the seed. */
export function reporterPool(seed: number, size = 240): string[] {
	const rng = createRng(seed ^ 0x5eed);
	const names = new Set<string>();
	while (names.size < size) names.add(personName(rng));
	return [...names];
}

/**
 * Generates one edition of 4 to 8 pages (or as many as `items` needs) with 3 to 8 items each: mostly articles, about one
 * commentary and one photo item in seven, text recombined from the corpus with generated
 * people, places and numbers. Pure: the same options give the same files.
 */
export function generateEdition(options: EditionOptions): GeneratedEdition {
	const { date, corpus, reporters } = options;
	const rng = createRng(`${options.seed}:${date}`);
	const year = date.slice(0, 4);
	const drawn = rng.int(4, 8);
	const pageCount = options.items === undefined ? drawn : Infinity;
	const files: GeneratedFile[] = [];
	const pages: { number: number; name: string; banner?: string }[] = [];
	let remaining = Math.min(options.maxItems ?? Infinity, options.items ?? Infinity);
	for (let number = 1; number <= pageCount && remaining > 0; number++) {
		const name = number === 1 ? '要闻' : rng.pick(pageNames);
		pages.push({ number, name, ...(rng.chance(0.3) ? { banner: headline(rng, corpus) } : {}) });
		const itemCount = Math.min(rng.int(3, 8), remaining);
		remaining -= itemCount;
		const slugs = new Set<string>();
		for (let order = 1; order <= itemCount; order++) {
			const kind: ItemKind = rng.chance(1 / 7) ? 'photo' : rng.chance(1 / 6) ? 'commentary' : 'article';
			const title = headline(rng, corpus);
			let slug = slugOf(title);
			if (slugs.has(slug)) slug = `${slug}-${order}`;
			slugs.add(slug);
			const writer = rng.pick(reporters);
			const second = rng.chance(0.25) ? rng.pick(reporters) : undefined;
			const authors = second && second !== writer ? [writer, second] : [writer];
			const common = { headline: title, kind, date, page: number, order, slug: undefined };
			let text: string;
			if (kind === 'photo') {
				text = itemFile(
					{
						...common,
						authors: [writer],
						credit: `本报记者 ${writer} 摄`,
						section: rng.chance(0.4) ? rng.pick(sections) : undefined,
					},
					body(rng, corpus, year, 1, 1, 2),
				);
			} else if (kind === 'commentary') {
				const author = rng.chance(0.5) ? personName(rng) : writer;
				text = itemFile(
					{ ...common, byline: author, authors: [author], section: rng.pick(sections) },
					body(rng, corpus, year, rng.int(3, 6), 2, 4),
				);
			} else {
				const byline =
					authors.length === 2
						? `本报记者 ${authors[0]} ${rng.chance(0.5) ? '实习生 ' : ''}${authors[1]}`
						: `本报记者 ${writer}`;
				text = itemFile(
					{
						...common,
						...(rng.chance(0.15) ? { kicker: `${headline(rng, corpus)}——` } : {}),
						...(rng.chance(0.15) ? { subheadline: `——${headline(rng, corpus)}` } : {}),
						byline,
						authors,
						section: rng.chance(0.5) ? rng.pick(sections) : undefined,
					},
					body(rng, corpus, year, rng.int(3, 9), 2, 4),
				);
			}
			files.push({ path: `${date}/${pad2(number)}/${pad2(order)}-${slug}.md`, text });
		}
	}
	const manifest = { date, ...(options.number ? { number: options.number } : {}), pages };
	files.unshift({ path: `${date}/edition.yaml`, text: stringify(manifest) });
	return { date, items: files.length - 1, files };
}

/** A headline: one or two short clauses of the corpus, sometimes led by a place. */
export function headline(rng: Rng, corpus: Corpus): string {
	const pool = corpus.clauses.length > 0 ? corpus.clauses : corpus.sentences;
	const first = rng.pick(pool);
	const text = rng.chance(0.3) ? `${placeName(rng)}：${first}` : rng.chance(0.3) ? `${first} ${rng.pick(pool)}` : first;
	return localise(text, rng, placeName(rng), personName(rng), '');
}

/** Swaps the sample's people, places and numbers for this item's own, so vocabulary keeps growing. */
export function localise(text: string, rng: Rng, place: string, person: string, year: string): string {
	let out = text;
	for (const name of samplePlaces) out = out.replaceAll(name, rng.chance(0.7) ? place : placeName(rng));
	for (const name of samplePeople) out = out.replaceAll(name, person);
	const digits = (n: string) => n.split('.')[0].length;
	return out.replace(/\d+(?:\.\d+)?/g, (n) =>
		year && /^(19|20)\d\d$/.test(n) ? year : String(rng.int(10 ** (digits(n) - 1), 10 ** digits(n) - 1)),
	);
}

/** Paragraphs of recombined sentences with this item's own people, places and numbers. */
function body(
	rng: Rng,
	corpus: Corpus,
	year: string,
	paragraphs: number,
	minSentences: number,
	maxSentences: number,
): string[] {
	const place = placeName(rng);
	const person = personName(rng);
	const out: string[] = [];
	for (let p = 0; p < paragraphs; p++) {
		let text = '';
		const count = rng.int(minSentences, maxSentences);
		for (let s = 0; s < count; s++) text += rng.pick(corpus.sentences);
		out.push(localise(text, rng, place, person, year));
	}
	return out;
}

/** A permalink slug from the headline's pinyin: at most five syllables, ASCII only. */
function slugOf(title: string): string {
	const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'removed' })
		.map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
		.filter(Boolean);
	return syllables.slice(0, 5).join('-') || 'item';
}
