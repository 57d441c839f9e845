import type { Rng } from '../bench/prng.ts';
import type { TextHabits, TuneItem, TunePage } from './tune-model.ts';

/**
 * The page as a plain-text dump, in the manner of the extraction tools that make real dumps:
 * hard-wrapped column lines, blank lines where a column ends (often mid-sentence), headlines
 * before or after their bodies or stacked together, labels on either side, furniture at the top
 * or bottom, junk glyphs after headlines. The gold never changes with the habits.
 */

/** Private-use glyphs a typesetting system leaves after headlines (as in the sample dump). */
const junkGlyphs = ['\u{100CA}\u{1004C}\u{10055}', '\u{10038}', '\u{1004B}\u{10046}', '\uE5E5'];

/** Writes the text dump of a page. @example dumpTuneText(page, rng).split('\n')[0] */
export function dumpTuneText(page: TunePage, rng: Rng): string {
	const h = page.habits;
	const out: string[] = [];
	let columnLine = 0;
	const blank = () => {
		if (out.length > 0 && out[out.length - 1] !== '') out.push('');
	};
	/** Body lines count toward the column; a full column leaves a blank line. */
	const bodyLine = (line: string, paragraphEnds: boolean) => {
		out.push(line);
		columnLine++;
		if (h.columnLines > 0 && columnLine >= h.columnLines) {
			columnLine = 0;
			out.push('');
			if (paragraphEnds && rng.chance(0.1)) out.push(String(page.gold.page), '');
		}
	};
	const heading = (text: string) => {
		const spaced = h.letterSpacedHeads && [...text].length <= 10 ? [...text].join(' ') : text;
		const junk = h.junk && rng.chance(0.35) ? rng.pick(junkGlyphs) : '';
		const chars = [...spaced];
		// A long headline wraps over two lines, as the head block's width forces.
		if (chars.length > 15 && h.width > 0 && rng.chance(0.35)) {
			const at = rng.int(6, chars.length - 4);
			out.push(chars.slice(0, at).join(''), chars.slice(at).join('') + junk);
		} else out.push(spaced + junk);
	};
	const paragraph = (text: string, lastOfBody: boolean) => {
		const indent = h.paragraphs.startsWith('indent') || h.paragraphs === 'blank-indent';
		const lead = indent ? (h.paragraphs === 'indent-spaces' ? '  ' : '\u3000\u3000') : '';
		const lines = wrap(spaceDigits(text, h, rng), h.width, lead);
		lines.forEach((line, i) => bodyLine(line, i === lines.length - 1));
		if (h.paragraphs === 'blank' || h.paragraphs === 'blank-indent' || lastOfBody) blank();
	};
	const heads = (item: TuneItem) => {
		blank();
		if (item.gold.kicker) out.push(item.gold.kicker);
		for (const line of item.headLines) heading(line);
		if (item.gold.subheadline) out.push(item.gold.subheadline);
		blank();
	};
	const label = (item: TuneItem) => {
		if (!item.sectionPrint) return;
		blank();
		out.push(item.sectionPrint);
		blank();
	};
	const body = (item: TuneItem) => {
		const g = item.gold;
		if (item.bylinePrint && item.bylineAt === 'top') {
			out.push(item.bylinePrint);
			blank();
		}
		if (item.jumpIn) {
			out.push(item.jumpIn);
			blank();
		}
		if (item.role === 'photo' || item.role === 'photo-group') {
			g.paragraphs.forEach((p, i) => {
				const last = i === g.paragraphs.length - 1;
				const lines = wrap(p, h.width, '');
				if (last && item.creditPrint && rng.chance(0.5)) lines[lines.length - 1] += `  ${item.creditPrint}`;
				else if (last && item.creditPrint) lines.push(item.creditPrint);
				out.push(...lines);
				if (!last && rng.chance(0.5)) blank();
			});
			blank();
		} else if (item.role === 'poem') {
			g.paragraphs.forEach((p, i) => {
				if (item.breaksBefore?.includes(i)) blank();
				out.push(p);
			});
			blank();
		} else {
			g.paragraphs.forEach((p, i) => {
				const last = i === g.paragraphs.length - 1;
				if (g.intertitles?.includes(i)) {
					blank();
					out.push(p);
					blank();
				} else if (i === 0 && item.inlineLead) paragraph(`${item.headLines.join('')}\u3000${p}`, last);
				else paragraph(p, last);
			});
		}
		if (item.jumpOut) {
			out.push(item.jumpOut);
			blank();
		}
		if (item.bylinePrint && item.bylineAt === 'bottom') {
			out.push(item.bylinePrint);
			blank();
		}
	};
	const item = (it: TuneItem, headsFirst: boolean, headsDone = false) => {
		if (h.labels === 'before' && it.role !== 'brief') label(it);
		// Briefs share one label, printed once over the run.
		if (it.role === 'brief' && it.sectionPrint && previous?.sectionPrint !== it.sectionPrint) label(it);
		if (headsFirst && !headsDone && !it.inlineLead) heads(it);
		if (h.labels === 'after-head' && it.role !== 'brief') label(it);
		body(it);
		if (!headsFirst && !headsDone && !it.inlineLead) heads(it);
		if (h.labels === 'after-body' && it.role !== 'brief') label(it);
	};
	let previous: TuneItem | undefined;
	const boxesAfter = (index: number) => {
		for (const box of page.furniture.boxes.filter((b) => b.after === index)) {
			blank();
			out.push(...box.lines);
			blank();
		}
	};
	const furnitureTop = h.furnitureAt === 'top' || h.furnitureAt === 'split';
	if (furnitureTop) {
		out.push(...page.furniture.header);
		blank();
		if (page.gold.banner) out.push(page.gold.banner, '');
	} else if (h.furnitureAt === 'bottom') {
		out.push(...page.furniture.footer);
		blank();
	}
	const items = page.items;
	if (!furnitureTop && page.gold.banner) out.push(page.gold.banner, '');
	for (let i = 0; i < items.length;) {
		// Stacked: the heads of a run of two or three items come out together, then their bodies.
		if (h.heads === 'stacked' && i + 1 < items.length && rng.chance(0.6) && !items[i].inlineLead) {
			const run = items.slice(i, i + rng.int(2, 3));
			for (const it of run.filter((r) => !r.inlineLead)) heads(it);
			run.forEach((it, k) => {
				item(it, true, !it.inlineLead);
				previous = it;
				boxesAfter(i + k);
			});
			i += run.length;
			continue;
		}
		const first = h.heads === 'before' || (h.heads === 'mixed' && rng.chance(0.5)) || h.heads === 'stacked';
		item(items[i], first);
		previous = items[i];
		boxesAfter(i);
		i++;
	}
	blank();
	if (h.furnitureAt === 'split' || h.furnitureAt === 'top') out.push(...page.furniture.footer);
	else out.push(...page.furniture.header);
	const text = `${out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trimEnd()}\n`;
	return h.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Marks that may not open a line (禁则). */
const closing = new Set([...'，。、；：？！”’）》」』…—']);

/** Hard-wraps a paragraph at a width in full-width cells (ASCII counts half); 0 keeps one line. */
export function wrap(text: string, width: number, lead: string): string[] {
	const chars = [...(lead + text)];
	if (width === 0) return [chars.join('')];
	const lines: string[] = [];
	let line = '';
	let cells = 0;
	for (const c of chars) {
		const w = c.charCodeAt(0) < 0x80 ? 0.5 : 1;
		// Typesetters never start a line with closing punctuation: it hangs on the line before.
		if (cells + w > width && line !== '' && !closing.has(c)) {
			lines.push(line);
			line = '';
			cells = 0;
		}
		line += c;
		cells += w;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** Sets a space between CJK text and a number here and there, as some extractions do. */
function spaceDigits(text: string, h: TextHabits, rng: Rng): string {
	if (!h.digitSpaces) return text;
	return text.replace(/(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])/g, () => (rng.chance(0.3) ? ' ' : ''));
}
