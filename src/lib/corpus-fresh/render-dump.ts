/**
 * A composed page as a plain-text dump, written with the page's dump habits: heads before or
 * after their bodies, stacked heads, labels before or after, wrapped lines, column breaks, junk.
 */
import type { Rng } from '../bench/prng.ts';
import type { ComposedPage } from './compose-page.ts';
import type { DumpHabits } from './dump-habits.ts';
import { printedByline, printedLabel, type FreshItem } from './fresh-item.ts';

/** A dump and the stream-order traits it ended up showing. */
export interface RenderedDump {
	text: string;
	traits: string[];
}

/** A run of lines that stays together; `gap` says whether blank lines may part its lines. */
interface Block {
	lines: string[];
	/** Lines of one paragraph: never parted by a blank line except at a column break. */
	paragraph: boolean;
}

const CLOSING = '，。、；：！？）”』」》…';
const JUNK = ['\uF0C1\uE03A\uE0B5', '\uE5CA\uE04C', '\uF8F0', '\uE1D2\uE1D3\uE1D4\uE1D5'];

/** Renders `page` as a dump with `habits`; `rng` decides the per-item choices. */
export function renderDump(page: ComposedPage, habits: DumpHabits, rng: Rng): RenderedDump {
	const traits = new Set<string>();
	const wrap = (text: string, indent = '') => wrapLine(indent + text, habits.width);
	const headBlocks = (item: FreshItem): Block[] => {
		const label = printedLabel(item);
		const lines: string[] = [];
		const { kicker, headline, subheadline } = item.gold;
		if (label && !habits.labelAfter) lines.push(label);
		if (kicker) lines.push(kicker);
		if (headline) {
			if (headline.length >= 8 && rng.chance(habits.wrappedHeadline)) {
				traits.add('text:wrapped-headline');
				const cut = Math.ceil(headline.length / 2);
				lines.push(headline.slice(0, cut), headline.slice(cut).trimStart());
			} else lines.push(headline + (habits.junk && rng.chance(0.4) ? rng.pick(JUNK) : ''));
		}
		if (subheadline) lines.push(subheadline);
		if (label && habits.labelAfter) lines.push(label);
		const byline = printedByline(item);
		if (byline && item.print.bylineAt !== 'tail') lines.push(byline);
		return lines.map((line) => ({ lines: [line], paragraph: false }));
	};
	const bodyBlocks = (item: FreshItem): Block[] => {
		const blocks = item.gold.paragraphs.map((p, i): Block => {
			const intertitle = item.gold.intertitles?.includes(i);
			let text = p;
			const inline = item.print.creditAt === 'inline' && item.gold.credit;
			if (inline) {
				traits.add('text:credit-inline');
				text = `${p}${rng.pick([' ', '　'])}${item.gold.credit}`;
			}
			const lines = intertitle ? [p] : wrap(text, habits.indent);
			if (inline && !lines.some((line) => line.includes(inline))) traits.add('text:credit-wrapped');
			return { lines, paragraph: true };
		});
		const byline = printedByline(item);
		if (byline && item.print.bylineAt === 'tail') blocks.push({ lines: [byline], paragraph: false });
		if (item.gold.credit && item.print.creditAt === 'line')
			blocks.push({ lines: [item.gold.credit], paragraph: false });
		return blocks;
	};

	const out: string[] = [];
	const gapBetweenParas = habits.blank === 'para' || habits.blank === 'double';
	const gapBetweenItems = habits.blank === 'none' ? 0 : habits.blank === 'double' ? 2 : 1;
	const emit = (blocks: Block[]) => {
		blocks.forEach((block, b) => {
			if (b > 0 && gapBetweenParas) out.push('');
			let lines = block.lines;
			if (block.paragraph && lines.length >= 4 && rng.chance(habits.columnBreak)) {
				traits.add('text:column-break');
				const at = rng.int(1, lines.length - 1);
				lines = [...lines.slice(0, at), '', ...(rng.chance(0.3) ? [''] : []), ...lines.slice(at)];
			}
			out.push(...lines);
		});
	};
	const itemGap = () => {
		for (let i = 0; i < gapBetweenItems; i++) out.push('');
	};
	const head = headFurniture(page, habits);
	if (head.length) {
		emit(head);
		itemGap();
	}
	if (page.banner) {
		emit([{ lines: [page.banner], paragraph: false }]);
		itemGap();
	}
	for (let i = 0; i < page.items.length; i++) {
		const item = page.items[i];
		const next = page.items[i + 1];
		if (next && item.gold.headline && next.gold.headline && rng.chance(habits.stack)) {
			traits.add('text:stacked-headlines');
			emit([...headBlocks(item), ...headBlocks(next)]);
			itemGap();
			emit(bodyBlocks(item));
			itemGap();
			emit(bodyBlocks(next));
			itemGap();
			i++;
			continue;
		}
		if (item.gold.headline && rng.chance(habits.headAfter)) {
			traits.add('text:headline-after-body');
			emit([...bodyBlocks(item), ...headBlocks(item)]);
		} else emit([...headBlocks(item), ...bodyBlocks(item)]);
		itemGap();
	}
	const tail = tailFurniture(page, habits);
	emit(tail);
	if (habits.junk) out.push(rng.pick(JUNK) + rng.pick(JUNK));
	const text = `${out.join('\n').replace(/\n+$/, '')}\n`;
	return { text: habits.crlf ? text.replace(/\n/g, '\r\n') : text, traits: [...traits].sort() };
}

/** The header and date line, where the habits put them at the top. */
function headFurniture(page: ComposedPage, habits: DumpHabits): Block[] {
	const { header, dateLine, paper } = page.furniture;
	if (habits.furnitureAt === 'bottom') return [];
	return [
		{ lines: [header], paragraph: false },
		...(habits.furnitureAt === 'top' ? [{ lines: [`${paper} ${dateLine}`], paragraph: false }] : []),
	];
}

/** What furniture goes at the end of the dump. */
function tailFurniture(page: ComposedPage, habits: DumpHabits): Block[] {
	const { header, dateLine, paper, editors } = page.furniture;
	const lines = [editors];
	if (habits.furnitureAt === 'bottom') lines.push(header, `${paper} ${dateLine}`);
	if (habits.furnitureAt === 'split') lines.push(dateLine);
	return lines.map((line) => ({ lines: [line], paragraph: false }));
}

/** Hard-wraps one paragraph at `width` columns (ASCII counts half); null keeps it whole. */
export function wrapLine(text: string, width: number | null): string[] {
	if (width === null) return [text];
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const char of text) {
		const w = char.charCodeAt(0) < 0x80 ? 0.5 : 1;
		// As typesetters do, a closing mark never starts a line: it stays on the line before.
		if (used + w > width && line && !CLOSING.includes(char)) {
			lines.push(line);
			line = '';
			used = 0;
		}
		line += char;
		used += w;
	}
	if (line) lines.push(line);
	return lines;
}
