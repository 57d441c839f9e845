/**
 * The tune2 text dump: the page's items written out as a copy-paste from an e-paper would give
 * them, with habits drawn per page (wrap width, paragraph marks, stream order, where heads,
 * labels, bylines and credits fall, column breaks where the PDF's columns break).
 */
import type { Rng } from '../bench/prng.ts';
import type { ComposedPage, PrintedItem } from './model.ts';
import type { PageLayout } from './layout.ts';
import { wrapLines } from './wrap.ts';

interface Habits {
	wrap: 'column' | 'fixed' | 'narrow' | 'none';
	width: number;
	para: 'blank' | 'indent' | 'indent-blank' | 'none' | 'indent-ascii';
	order: 'reading' | 'columns' | 'swapped';
	headAfter: number;
	stacked: boolean;
	labelAfter: boolean;
	columnBreaks: boolean;
	headerLast: boolean;
	headAsPrinted: boolean;
	trailing: boolean;
	itemGap: 0 | 1 | 2;
	kickerAfter: boolean;
	creditWrap: boolean;
}

function habits(rng: Rng, chars: number): Habits {
	const wrap = rng.pick(['column', 'column', 'fixed', 'narrow', 'none'] as const);
	const para = rng.pick(['blank', 'blank', 'indent', 'indent-blank', 'none', 'indent-ascii'] as const);
	return {
		wrap,
		width: wrap === 'column' ? chars : wrap === 'narrow' ? rng.int(7, 10) : rng.int(15, 30),
		para,
		order: rng.pick(['reading', 'reading', 'columns', 'swapped'] as const),
		headAfter: rng.pick([0, 0, 0.25, 0.5]),
		stacked: rng.chance(0.3),
		labelAfter: rng.chance(0.3),
		columnBreaks: rng.chance(0.5),
		headerLast: rng.chance(0.2),
		headAsPrinted: rng.chance(0.6),
		trailing: rng.chance(0.2),
		itemGap: para === 'none' ? rng.pick([1, 2] as const) : rng.pick([1, 1, 2, 0] as const),
		kickerAfter: rng.chance(0.15),
		creditWrap: rng.chance(0.3),
	};
}

/** The text dump of a laid-out page and the `text:` traits it shows. */
export function dumpText(page: ComposedPage, layout: PageLayout, rng: Rng): { text: string; traits: string[] } {
	const h = habits(rng, page.grid.chars);
	const traits = new Set<string>([`text:wrap-${h.wrap}`, `text:para-${h.para}`]);
	if (h.itemGap === 0) traits.add('text:no-item-gap');
	if (h.itemGap === 2) traits.add('text:double-gap');
	const items = page.items;
	const indent =
		h.para === 'indent' || h.para === 'indent-blank' ? '\u3000\u3000' : h.para === 'indent-ascii' ? '    ' : '';
	const paraSep = h.para === 'blank' || h.para === 'indent-blank' ? [''] : [];

	/** A paragraph's lines, broken where a column ended when `cuts` (offsets inside it) say so. */
	const paraLines = (text: string, cuts: number[], width: number, first = true): string[] => {
		const out: string[] = [];
		let start = 0;
		const segs: string[] = [];
		for (const c of cuts) {
			segs.push(text.slice(start, c));
			start = c;
		}
		segs.push(text.slice(start));
		segs.forEach((seg, i) => {
			if (i > 0) {
				out.push('');
				traits.add('text:column-break');
			}
			const lead = i === 0 && first ? indent : '';
			if (h.wrap === 'none') out.push(lead + seg);
			else {
				const lines = wrapLines(seg, width, lead ? 2 : 0);
				lines.forEach((l, j) => out.push((j === 0 ? lead : '') + l));
			}
		});
		return out;
	};

	const bodyLines = (index: number, width: number): string[] => {
		const item = items[index];
		const breaks = h.columnBreaks ? (layout.breaks.get(index) ?? []).filter((b) => b > 0) : [];
		const out: string[] = [];
		let offset = 0;
		item.gold.paragraphs.forEach((p, i) => {
			const cuts = breaks.filter((b) => b > offset && b < offset + p.length).map((b) => b - offset);
			const atStart = breaks.includes(offset) && i > 0;
			if (i > 0) out.push(...(atStart && paraSep.length === 0 ? [''] : paraSep));
			out.push(...paraLines(p, cuts, width, !(item.gold.intertitles ?? []).includes(i)));
			offset += p.length;
		});
		return out;
	};

	const labelLines = (item: PrintedItem): string[] => {
		if (!item.label) return [];
		const { text, style } = item.label;
		if (style === 'vertical' && rng.chance(0.5)) {
			traits.add('text:label-per-char');
			return [...text];
		}
		return [style === 'square' ? `■${text}` : style === 'bracket' ? `【${text}】` : text];
	};

	const headLines = (index: number): string[] => {
		const item = items[index];
		const printed = layout.headLines.get(index) ?? [item.phrases.join('\u3000')];
		if (h.headAsPrinted && printed.length > 1) {
			traits.add('text:headline-wrapped');
			return printed;
		}
		return [item.phrases.join(rng.pick(['\u3000', ' ', '  ']))];
	};

	const width = (index: number) => {
		if (h.wrap !== 'column') return h.width;
		const role = items[index].role;
		return role === 'photo' ? page.grid.chars * 2 - 2 : page.grid.chars;
	};

	/** Head block lines of a story or commentary (label not included). */
	const storyHead = (index: number): string[] => {
		const item = items[index];
		const out: string[] = [];
		const kicker = item.gold.kicker ? [item.gold.kicker] : [];
		if (h.kickerAfter && kicker.length) traits.add('text:kicker-after-headline');
		if (!h.kickerAfter) out.push(...kicker);
		out.push(...headLines(index));
		if (h.kickerAfter) out.push(...kicker);
		if (item.gold.subheadline) out.push(item.gold.subheadline);
		return out;
	};

	const bylineLines = (index: number): string[] => {
		const b = items[index].byline;
		if (!b || b.place === 'end') return [];
		return h.wrap === 'none' ? [b.text] : wrapLines(b.text, Math.max(width(index), 8));
	};

	/** The whole item as lines. `headOnly`/`bodyOnly` serve stacked heads. */
	const itemLines = (index: number, part: 'all' | 'head' | 'body' = 'all'): string[] => {
		const item = items[index];
		const w = width(index);
		if (item.role === 'photo') {
			const credit = item.credit!;
			const cap = item.gold.paragraphs[0] + (credit.place === 'inline' ? `\u3000${credit.text}` : '');
			let creditLines = [credit.text];
			if (h.creditWrap && credit.text.length >= 6) {
				const cut = Math.ceil(credit.text.length / 2);
				creditLines = [credit.text.slice(0, cut), credit.text.slice(cut)];
				traits.add('text:credit-wrapped');
			}
			const title = item.gold.headline === null ? [] : [item.gold.headline];
			const capLines = paraLines(cap, [], w);
			if (credit.place === 'inline') traits.add('text:credit-inline');
			if (credit.place === 'before') return [...creditLines, ...title, ...capLines];
			if (credit.place === 'inline') return [...title, ...capLines];
			return rng.chance(0.3)
				? (traits.add('text:photo-title-after'), [...capLines, ...creditLines, ...title])
				: [...title, ...capLines, ...creditLines];
		}
		if (item.role === 'brief') return [...headLines(index), ...bodyLines(index, w)];
		if (item.role === 'sidebar')
			return [...labelLines(item), ...(layout.headLines.get(index) ?? [item.gold.headline!]), ...bodyLines(index, w)];
		const label = labelLines(item);
		const head = storyHead(index);
		const by = bylineLines(index);
		const end = item.byline?.place === 'end' ? [item.byline.text] : [];
		const body = [...bodyLines(index, w), ...end];
		if (part === 'head') return [...(h.labelAfter ? [] : label), ...head, ...by];
		if (part === 'body') return [...body, ...(h.labelAfter ? label : [])];
		const gapAfterHead = item.byline?.place === 'body-top' || rng.chance(0.5) ? [] : [''];
		if (item.byline?.place === 'body-top') traits.add('text:byline-on-body');
		if (rng.chance(h.headAfter)) {
			traits.add('text:headline-after-body');
			return [...by, ...body, '', ...head, ...label];
		}
		if (h.labelAfter && label.length) traits.add('text:label-after');
		return h.labelAfter
			? [...head, ...by, ...gapAfterHead, ...body, '', ...label]
			: [...label, ...head, ...by, ...gapAfterHead, ...body];
	};

	// Stream order.
	let order = page.bands.flatMap((b, bi) =>
		b.cells.flatMap((c) =>
			c.modules.flatMap((m) => m.items.map((i) => ({ i, col: c.col, band: bi, brief: m.shape === 'briefs' }))),
		),
	);
	if (h.order === 'columns') {
		order = [...order].sort((a, b) => a.col - b.col || a.band - b.band);
		traits.add('text:order-columns');
	} else if (h.order === 'swapped') {
		for (let k = 0; k + 1 < order.length; k += 2)
			if (rng.chance(0.5)) {
				[order[k], order[k + 1]] = [order[k + 1], order[k]];
				traits.add('text:order-swapped');
			}
	}

	const out: string[] = [];
	const header = page.header.join(rng.chance(0.5) ? '\n' : '\u3000');
	if (!h.headerLast) out.push(header, '');
	if (page.gold.banner) out.push(page.gold.banner, '');
	const gap = Array.from({ length: h.itemGap }, () => '');
	let briefLabelDone = new Set<string>();
	for (let k = 0; k < order.length; k++) {
		const { i } = order[k];
		const item = items[i];
		if (item.role === 'brief' && !briefLabelDone.has(item.label!.text)) {
			out.push(...labelLines(item), '');
			briefLabelDone = new Set([...briefLabelDone, item.label!.text]);
		}
		const next = order[k + 1];
		const stackable = (j: number) => ['story', 'commentary'].includes(items[j].role);
		if (h.stacked && next && stackable(i) && stackable(next.i) && rng.chance(0.5)) {
			traits.add('text:stacked-headlines');
			out.push(...itemLines(i, 'head'), '', ...itemLines(next.i, 'head'), '');
			out.push(...itemLines(i, 'body'), ...gap, ...itemLines(next.i, 'body'), ...gap);
			k++;
			continue;
		}
		out.push(...itemLines(i), ...gap);
	}
	out.push(page.footer[0]);
	if (h.headerLast) {
		out.push('', header);
		traits.add('text:header-last');
	}
	let lines = out;
	if (h.trailing) {
		traits.add('text:trailing-space');
		lines = out.map((l) => (l && rng.chance(0.15) ? l + rng.pick([' ', '\u3000', '  ']) : l));
	}
	// No more than two blank lines in a row; none at the start.
	const text = `${lines
		.join('\n')
		.replace(/\n{4,}/g, '\n\n\n')
		.replace(/^\n+/, '')}\n`;
	return { text, traits: [...traits] };
}
