/**
 * The tune4 generator's model of a page before it is printed: stories (one gold item each, with
 * how its label, byline and credit are printed) and the page around them.
 */
import type { GoldItem } from '../corpus-gold/gold.ts';
import type { Rng } from './random.ts';
import { names, printedName } from './words.ts';

/** What a story is on its page; the dump and the layout treat each role their own way. */
export type Role =
	| 'lead'
	| 'news'
	| 'brief'
	| 'commentary'
	| 'photo'
	| 'sidebar'
	| 'data'
	| 'interview'
	| 'essay'
	| 'poem'
	| 'theory'
	| 'results';

/** One item of a page with the way it is printed. */
export interface Story {
	item: GoldItem;
	role: Role;
	/** The label as printed (■视点, 【今日谈】, 「大地」, 视点), when the item has a section. */
	label?: string;
	/** The byline line(s) printed under the head (□本报记者 甲, ◎甲, 本报驻某地记者 甲). */
	headByline?: string;
	/** The byline printed after the body (（本报记者 甲）, 本报记者 甲 乙). */
	tailByline?: string;
	/** A photo's credit as printed, and whether it runs on at the caption's end. */
	creditLine?: string;
	creditInline?: boolean;
	/** Lines printed one a line, never wrapped (poems, result lists, data boxes). */
	lines?: boolean;
	/** The index of the story a sidebar (or data box) stands in, if any. */
	host?: number;
	/** A photo's group (photos of one 图片新闻 block share it). */
	group?: number;
	/** The group's label printed over the group's first photo only (图片新闻), not a gold field. */
	groupLabel?: string;
}

/** A page before it is printed. */
export interface PageModel {
	pageName: string;
	banner?: string;
	stories: Story[];
	traits: string[];
	/** Furniture lines (责任编辑：某某 …), not items. */
	furniture: string[];
}

/** A byline: the text printed, its gold form and the people it names. */
export interface Byline {
	printed: string;
	gold: string;
	authors: string[];
}

/**
 * A reporter byline of a domestic story: one or two staff reporters, with a 通讯员 or 实习生,
 * 文/图, or bare names; names of two characters often padded (王 珂).
 */
export function reporterByline(rng: Rng): Byline {
	const pad = rng.chance(0.4);
	const [a, b, c] = names(rng, 3);
	const p = (n: string) => printedName(n, pad);
	const form = rng.weighted([
		['one', 4],
		['two', 3],
		['with-stringer', 2],
		['with-intern', 1],
		['photo-text', 1],
		['stringer-only', 1],
		['bare', 1],
	] as const);
	switch (form) {
		case 'one':
			return { printed: `本报记者 ${p(a)}`, gold: `本报记者 ${p(a)}`, authors: [a] };
		case 'two':
			return { printed: `本报记者 ${p(a)} ${p(b)}`, gold: `本报记者 ${p(a)} ${p(b)}`, authors: [a, b] };
		case 'with-stringer':
			return {
				printed: `本报记者 ${p(a)}  通讯员 ${p(c)}`,
				gold: `本报记者 ${p(a)}  通讯员 ${p(c)}`,
				authors: [a, c],
			};
		case 'with-intern':
			return {
				printed: `本报记者 ${p(a)} 实习生 ${p(c)}`,
				gold: `本报记者 ${p(a)} 实习生 ${p(c)}`,
				authors: [a, c],
			};
		case 'photo-text':
			return rng.chance(0.5)
				? { printed: `文/图 本报记者 ${p(a)}`, gold: `文/图 本报记者 ${p(a)}`, authors: [a] }
				: { printed: `本报记者 ${p(a)} 文/图`, gold: `本报记者 ${p(a)} 文/图`, authors: [a] };
		case 'stringer-only':
			return { printed: `本报通讯员 ${p(a)} ${p(b)}`, gold: `本报通讯员 ${p(a)} ${p(b)}`, authors: [a, b] };
		default:
			return { printed: `${p(a)} ${p(b)}`, gold: `${p(a)} ${p(b)}`, authors: [a, b] };
	}
}

/** A gold item with only the fields given (no undefined keys, so gold.json stays tidy). */
export function goldItem(fields: {
	kind: GoldItem['kind'];
	headline: string | null;
	kicker?: string;
	subheadline?: string;
	byline?: string;
	authors?: string[];
	section?: string;
	credit?: string;
	paragraphs: string[];
	intertitles?: number[];
}): GoldItem {
	const out: GoldItem = { kind: fields.kind, headline: fields.headline, authors: fields.authors ?? [], paragraphs: [] };
	if (fields.kicker) out.kicker = fields.kicker;
	if (fields.subheadline) out.subheadline = fields.subheadline;
	if (fields.byline) out.byline = fields.byline;
	out.authors = fields.authors ?? [];
	if (fields.section) out.section = fields.section;
	if (fields.credit) out.credit = fields.credit;
	out.paragraphs = fields.paragraphs;
	if (fields.intertitles && fields.intertitles.length > 0) out.intertitles = fields.intertitles;
	return {
		kind: out.kind,
		headline: out.headline,
		...(out.kicker ? { kicker: out.kicker } : {}),
		...(out.subheadline ? { subheadline: out.subheadline } : {}),
		...(out.byline ? { byline: out.byline } : {}),
		authors: out.authors,
		...(out.section ? { section: out.section } : {}),
		...(out.credit ? { credit: out.credit } : {}),
		paragraphs: out.paragraphs,
		...(out.intertitles ? { intertitles: out.intertitles } : {}),
	};
}

/** A label as printed, in one of the paper's marks: ■视点, 【视点】, 「视点」 or bare. */
export function printLabel(rng: Rng, label: string): string {
	return rng.weighted([
		[`■${label}`, 3],
		[`【${label}】`, 2],
		[`「${label}」`, 1],
		[label, 2],
	] as const);
}
