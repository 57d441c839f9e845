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
	// Pages of the layout families draw further habits from a stream of their own.
	const family = model.layout ? familyHabits(createRng(`text-family:${model.gold.id}`), page, model.gold.page) : undefined;
	if (!page.blankBetweenParagraphs) traits.add('text:no-blank-lines');
	if (page.indent) traits.add(page.indent === '\u3000' ? 'text:indent-1' : 'text:indent');
	const blocks: string[][] = family?.furnitureLast ? [] : [model.furniture.top];
	const notices = [...(model.notices ?? [])];
	const groups = itemGroups(model.items);
	let bannerAt = model.gold.banner ? rng.int(0, groups.length - 1) : Infinity;
	for (let g = 0; g < groups.length; g++) {
		if (g >= bannerAt) {
			blocks.push([junk(model.gold.banner as string, page)]);
			bannerAt = Infinity;
		}
		const group = groups[g];
		const width = rng.int(group[0].role === 'lead' ? 14 : 10, 22);
		const habits = { ...page, width: family ? family.rng.int(...family.widths) : width };
		if (family && notices.length > 0 && family.rng.chance(0.3)) {
			blocks.push(notices.shift() as string[]);
			traits.add('text:notice');
		}
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
				const nextWidth = rng.int(10, 22);
				const nextHabits = { ...page, width: family ? family.rng.int(...family.widths) : nextWidth };
				blocks.push(...head(item, habits), ...head(next, nextHabits));
				blocks.push(...byline(item), ...body(item, habits), ...byline(next), ...body(next, nextHabits));
				traits.add('text:stacked-headlines');
				g++;
			} else blocks.push(...head(item, habits), ...byline(item), ...body(item, habits));
		}
	}
	blocks.push(...notices);
	blocks.push(model.furniture.bottom);
	if (family?.furnitureLast) {
		blocks.push(model.furniture.top);
		traits.add('text:header-last');
	}
	const newline = family?.crlf ? '\r\n' : '\n';
	const text = blocks
		.filter((b) => b.length > 0)
		.map((b) => b.join(newline))
		.join(page.blankBetweenBlocks === false ? newline : newline + newline);
	return { text: `${text}${newline}`, traits: [...traits].sort(), furniture: page.furniture };
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
	/** Layout-family pages: blank lines between blocks (heads, bodies) or none at all. */
	blankBetweenBlocks?: boolean;
	/** Layout-family pages: a vertical headline is dumped one character a line. */
	verticalPerChar?: boolean;
}

/** The dump habits of a layout-family page, beyond those renderText draws for every page. */
interface FamilyHabits {
	rng: Rng;
	/** The range of wrap widths in em; Infinity leaves each paragraph on one line. */
	widths: [number, number];
	crlf: boolean;
	/** The header furniture printed at the end of the dump rather than the start. */
	furnitureLast: boolean;
}

/** Draws a family page's habits and sets those that `page` carries; adds their traits. */
function familyHabits(rng: Rng, page: Habits, pageNumber: number): FamilyHabits {
	const { traits } = page;
	const wrap = rng.next();
	const widths: [number, number] = wrap < 0.2 ? [6, 10] : wrap < 0.55 ? [10, 22] : wrap < 0.8 ? [24, 40] : [Infinity, Infinity];
	traits.add(wrap < 0.2 ? 'text:wrap-narrow' : wrap < 0.55 ? 'text:wrap-medium' : wrap < 0.8 ? 'text:wrap-wide' : 'text:unwrapped');
	const indent = rng.next();
	page.indent = indent < 0.4 ? '' : indent < 0.6 ? '\u3000' : indent < 0.9 ? '\u3000\u3000' : '  ';
	if (page.indent === '  ') traits.add('text:indent-ascii');
	page.blankBetweenParagraphs = rng.chance(0.45);
	page.blankBetweenBlocks = page.blankBetweenParagraphs || rng.chance(0.5);
	if (!page.blankBetweenBlocks) traits.add('text:no-blank-lines-at-all');
	page.verticalPerChar = rng.chance(0.6);
	if (rng.chance(0.4)) page.pageNumber ??= String(pageNumber);
	const crlf = rng.chance(0.3);
	if (crlf) traits.add('text:crlf');
	return { rng, widths, crlf, furnitureLast: rng.chance(0.15) };
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
		if (item.vertical && habits.verticalPerChar) {
			lines.push([...text]);
			traits.add('text:headline-per-char');
		} else if (text.length > 8 && item.role !== 'lead' && item.role !== 'brief' && rng.chance(0.2)) {
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
	const blocks: string[][] = [item.jumpFrom ? [item.jumpFrom] : []];
	if (item.jumpFrom) blocks.push([]);
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
	if (item.jumpTo) blocks.push([item.jumpTo]);
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
