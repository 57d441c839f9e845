import { createRng, type Rng } from '../bench/prng.ts';
import type { PageModel, PrintedItem } from './page-model.ts';
import { wrapLines } from './wrap-lines.ts';
import { itemGroups } from './item-groups.ts';

/**
 * Renders a composed page as a plain-text dump in the manner of a PDF export: hard-wrapped
 * columns of varied width, varied blank-line habits, headlines after their bodies or stacked
 * before them, labels before or after, column breaks in mid-sentence, junk glyphs. Returns the
 * dump, the `text:` traits it shows and the furniture it added (stray page numbers in column
 * breaks). Pure: the page's id seeds every choice.
 */
export function renderText(model: PageModel): { text: string; traits: string[]; furniture: string[] } {
	const rng = createRng(`text:${model.gold.id}`);
	const traits = new Set<string>();
	const page: Habits = {
		rng,
		traits,
		width: 16,
		blankBetweenParagraphs: rng.chance(0.65),
		headAfter: rng.next(),
		indent: rng.chance(0.12) ? '\u3000\u3000' : '',
		junk: rng.chance(0.3),
		pageNumber: rng.chance(0.2) ? String(model.gold.page) : undefined,
		furniture: [],
	};
	if (!page.blankBetweenParagraphs) traits.add('text:no-blank-lines');
	if (page.indent) traits.add('text:indent');
	const blocks: string[][] = [model.furniture.top];
	const groups = itemGroups(model.items);
	let bannerAt = model.gold.banner ? rng.int(0, groups.length - 1) : Infinity;
	for (let g = 0; g < groups.length; g++) {
		if (g >= bannerAt) {
			blocks.push([junk(model.gold.banner as string, page)]);
			bannerAt = Infinity;
		}
		const group = groups[g];
		const habits = { ...page, width: rng.int(group[0].role === 'lead' ? 14 : 10, 22) };
		const [item] = group;
		if (item.role === 'photo') blocks.push(...photoGroup(group, habits));
		else if (item.role === 'brief') {
			if (item.label) blocks.push([item.label]);
			for (const brief of group) blocks.push(...head(brief, habits, false), ...body(brief, habits));
		} else if (item.role !== 'lead' && rng.next() < page.headAfter) {
			blocks.push(...headAfter(item, habits));
		} else {
			const next = groups[g + 1]?.[0];
			if (next?.role === 'article' && rng.chance(0.25)) {
				// Stacked headlines: both heads first, then both bodies, each opened by its byline.
				const nextHabits = { ...page, width: rng.int(10, 22) };
				blocks.push(...head(item, habits), ...head(next, nextHabits));
				blocks.push(...byline(item), ...body(item, habits), ...byline(next), ...body(next, nextHabits));
				traits.add('text:stacked-headlines');
				g++;
			} else blocks.push(...head(item, habits), ...byline(item), ...body(item, habits));
		}
	}
	blocks.push(model.furniture.bottom);
	const text = blocks
		.filter((b) => b.length > 0)
		.map((b) => b.join('\n'))
		.join('\n\n');
	return { text: `${text}\n`, traits: [...traits].sort(), furniture: page.furniture };
}

/** The page's habits and the column width of the item being printed. */
interface Habits {
	rng: Rng;
	traits: Set<string>;
	width: number;
	blankBetweenParagraphs: boolean;
	/** The share of items printed with the headline after the body. */
	headAfter: number;
	indent: string;
	junk: boolean;
	/** The page number, printed alone in some column breaks, as page furniture. */
	pageNumber?: string;
	/** Furniture printed so far beyond the page's own (stray page numbers). */
	furniture: string[];
}


/** Sometimes appends the private-use glyphs a PDF font leaves behind. */
function junk(line: string, habits: Habits): string {
	if (!habits.junk || !habits.rng.chance(0.4)) return line;
	habits.traits.add('text:junk-glyphs');
	return line + habits.rng.pick(['\uE0A1', '\uE3C5\uE201', '\u{1000CA}\u{10004C}\u{100055}', '\uF8F5']);
}

/** The head block: label, kicker, headline (wrapped when set in a narrow column), subheadline. */
function head(item: PrintedItem, habits: Habits, withLabel = true): string[][] {
	const { rng, traits } = habits;
	const { gold } = item;
	const lines: string[][] = [];
	if (withLabel && item.label) lines.push([item.label]);
	if (gold.kicker) lines.push([gold.kicker]);
	if (gold.headline !== null) {
		const text = (item.headlineMark ?? '') + gold.headline;
		if (text.length > 8 && item.role !== 'lead' && item.role !== 'brief' && rng.chance(0.2)) {
			const parts = wrapLines(text, rng.int(5, Math.min(9, text.length - 2)));
			traits.add('text:wrapped-headline');
			// A wrapped headline sometimes loses a line to the next column: a blank line inside it.
			if (parts.length > 2 && rng.chance(0.4)) lines.push(parts.slice(0, -1), [junk(parts.at(-1) as string, habits)]);
			else lines.push(parts.map((p, i) => (i === parts.length - 1 ? junk(p, habits) : p)));
		} else lines.push([junk(text, habits)]);
	}
	if (gold.subheadline) lines.push([gold.subheadline]);
	// Heads are set tight, or with blank lines between their parts.
	return rng.chance(0.5) ? [lines.flat()] : lines;
}

/** The byline, with its mark. */
function byline(item: PrintedItem): string[][] {
	return item.gold.byline ? [[item.bylineMark + item.gold.byline]] : [];
}

/** The body's paragraphs, wrapped, with column breaks in mid-paragraph now and then. */
function body(item: PrintedItem, habits: Habits): string[][] {
	const { rng, traits, width } = habits;
	const blocks: string[][] = [[]];
	for (const paragraph of item.gold.paragraphs) {
		const lines = wrapLines(habits.indent + paragraph, width);
		if (habits.blankBetweenParagraphs && blocks.at(-1)?.length) blocks.push([]);
		if (lines.length > 3 && rng.chance(0.15)) {
			const cut = rng.int(1, lines.length - 2);
			blocks.at(-1)?.push(...lines.slice(0, cut));
			if (habits.pageNumber && rng.chance(0.5)) {
				blocks.push([habits.pageNumber]);
				habits.furniture.push(habits.pageNumber);
				traits.add('text:stray-page-number');
			}
			blocks.push(lines.slice(cut));
			traits.add('text:column-break');
		} else blocks.at(-1)?.push(...lines);
	}
	return blocks;
}

/** An item with its headline printed under its body, as PDF exports often read. */
function headAfter(item: PrintedItem, habits: Habits): string[][] {
	const { rng, traits } = habits;
	traits.add('text:headline-after-body');
	const labelAfter = item.label !== undefined && rng.chance(0.5);
	if (labelAfter) traits.add('text:label-after');
	const blocks: string[][] = [];
	if (item.label && !labelAfter) blocks.push([item.label]);
	if (item.role !== 'commentary') blocks.push(...byline(item));
	blocks.push(...body(item, habits), ...head(item, habits, false));
	// A commentary's ◎signature stands under its headline.
	if (item.role === 'commentary') blocks.push(...byline(item));
	if (labelAfter) blocks.push([item.label as string]);
	return blocks;
}

/** Photos: title above or below, each caption with its credit on its own line, after the caption, or wrapped. */
function photoGroup(group: PrintedItem[], habits: Habits): string[][] {
	const { rng, traits, width } = habits;
	const title = group[0].gold.headline;
	const titleFirst = rng.chance(0.4);
	const labelAfter = group[0].label !== undefined && rng.chance(0.5);
	const blocks: string[][] = [];
	if (group[0].label && !labelAfter) blocks.push([group[0].label]);
	if (title !== null && titleFirst) blocks.push([junk(title, habits)]);
	for (const item of group) {
		const credit = item.gold.credit as string;
		const lines = wrapLines(item.gold.paragraphs[0], width);
		const form = rng.int(0, 9);
		if (form < 3) {
			lines[lines.length - 1] += ` ${credit}`;
			traits.add('text:credit-inline');
			blocks.push(lines);
		} else if (form < 5 && credit.length >= 5) {
			const cut = rng.int(2, credit.length - 2);
			blocks.push(lines, [credit.slice(0, cut), credit.slice(cut)]);
			traits.add('text:credit-wrapped');
		} else blocks.push(lines, [credit]);
	}
	if (title !== null && !titleFirst) blocks.push([junk(title, habits)]);
	if (labelAfter) {
		blocks.push([group[0].label as string]);
		traits.add('text:label-after');
	}
	return blocks;
}
