/**
 * The tune3 text dump: a composed page written out as an archive receives it, with habits drawn per
 * page (hard wraps at the column width, a fixed width or none; paragraphs by blank lines, indents,
 * both or nothing; blank lines at column breaks in mid-paragraph; headlines after their body; the
 * heads of two neighbours stacked; two neighbours' bodies read in turns; labels after the item; credits inline; the header at the end;
 * CRLF). Every habit it uses is named by a `text:` trait.
 */
import type { Rng } from '../bench/prng.ts';
import type { Composed, Story } from './model.ts';

/** The dump habits of one page. */
export interface Habits {
	wrap: 'column' | 'fixed' | 'none';
	width: number;
	para: 'blank' | 'indent' | 'indent-blank' | 'ascii' | 'none';
	gap: number;
	columnBreak: boolean;
	headAfter: number;
	stacked: boolean;
	labelAfter: boolean;
	titleAfter: boolean;
	headerLast: boolean;
	crlf: boolean;
	trailing: boolean;
	/** Cells of a row read right to left. */
	reverse: boolean;
	/** Two neighbours' bodies read in turns, each cut at a paragraph boundary. */
	interleave: boolean;
}

/** Marks, in a story's body lines, the paragraph boundary where an interleaved dump cuts it. */
const CUT = '\u0000';

/** Draws a page's habits and names them as traits. */
export function drawHabits(rng: Rng, traits: Set<string>, page: Composed): Habits {
	const h: Habits = {
		wrap: rng.pick(['column', 'column', 'fixed', 'none'] as const),
		width: rng.int(12, 30),
		para: rng.pick(['blank', 'blank', 'indent', 'indent-blank', 'ascii', 'none'] as const),
		gap: rng.pick([1, 1, 1, 2, 3]),
		columnBreak: rng.chance(0.45),
		headAfter: rng.pick([0, 0, 0.3, 0.6, 1]),
		stacked: rng.chance(0.25),
		labelAfter: rng.chance(0.3),
		titleAfter: rng.chance(0.5),
		headerLast: rng.chance(0.25),
		crlf: rng.chance(0.08),
		trailing: rng.chance(0.15),
		reverse: rng.chance(0.2),
		interleave: rng.chance(0.25),
	};
	if (h.para === 'none' && h.wrap === 'none') h.wrap = 'column';
	traits.add(`text:wrap-${h.wrap}`);
	traits.add(`text:para-${h.para}`);
	if (h.gap > 1) traits.add('text:double-gap');
	if (h.columnBreak && h.wrap !== 'none') traits.add('text:column-break');
	if (h.labelAfter) traits.add('text:label-after');
	if (h.titleAfter) traits.add('text:photo-title-after');
	if (h.headerLast) traits.add('text:header-last');
	if (h.crlf) traits.add('text:crlf');
	if (h.trailing) traits.add('text:trailing-space');
	if (h.reverse && page.rows.some((row) => row.length > 1)) traits.add('text:order-reversed');
	return h;
}

const CLOSING = /^[，。、；：？！”’）》」』…—]/;

/**
 * Hard-wraps `text` at `width` characters: no line starts with closing punctuation, no run of
 * ASCII letters and digits is split.
 * @example wrap('今天是2024年，天气好。', 4) // ['今天是', '2024年，', '天气好。']
 */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let at = 0;
	while (at < text.length) {
		let end = Math.min(text.length, at + width);
		while (end > at + 1 && end < text.length && /[0-9A-Za-z.%]/.test(text[end]) && /[0-9A-Za-z.%]/.test(text[end - 1]))
			end--;
		if (end === at + 1 && /[0-9A-Za-z]/.test(text[at]))
			while (end < text.length && /[0-9A-Za-z.%]/.test(text[end])) end++;
		while (end < text.length && CLOSING.test(text[end])) end++;
		while (end > at + 1 && end < text.length && /[“‘（《「『]/.test(text[end - 1])) end--;
		lines.push(text.slice(at, end));
		at = end;
	}
	return lines;
}

/** Writes the page's text dump and adds the traits of what it did. */
export function dumpPage(page: Composed, h: Habits, rng: Rng, traits: Set<string>): string {
	const blocks: string[][] = [];
	const push = (lines: string[]) => {
		const kept = lines.filter((l) => l !== CUT);
		while (kept[0] === '') kept.shift();
		while (kept.length && kept[kept.length - 1] === '') kept.pop();
		if (kept.length) blocks.push(kept);
	};
	if (!h.headerLast) push(page.header);
	if (page.gold.banner) push([page.gold.banner]);
	for (const row of page.rows) {
		const cells = (h.reverse && row.length > 1 ? [...row].reverse() : row).map((cell) => ({
			cell,
			parts: cell.stories.map((s) => dumpStory(s, h, rng, traits, page)),
		}));
		for (let i = 0; i < cells.length; i++) {
			const { cell, parts } = cells[i];
			const next = cells[i + 1];
			const plain = (c: typeof next) =>
				c && c.cell.stories.length === 1 && c.cell.stories[0].role !== 'photo' && c.parts[0].head.length > 0;
			const cut = (c: typeof next) => (c ? c.parts[0].body.indexOf(CUT) : -1);
			if (h.interleave && plain(cells[i]) && plain(next) && cut(cells[i]) > 0 && cut(next) > 0) {
				// Neighbours read in turns: A's head and first half, B's head and first half, then the rest.
				traits.add('text:order-interleaved');
				const [a, b] = [parts[0], next.parts[0]];
				const [ca, cb] = [cut(cells[i]), cut(next)];
				const first = (p: typeof a, at: number) =>
					p.headAfter ? p.body.slice(0, at) : [...p.head, '', ...p.body.slice(0, at)];
				push(first(a, ca));
				push(first(b, cb));
				push(a.headAfter ? [...a.body.slice(ca), '', ...a.head] : a.body.slice(ca));
				push(b.headAfter ? [...b.body.slice(cb), '', ...b.head] : b.body.slice(cb));
				i++;
				continue;
			}
			if (h.stacked && plain(cells[i]) && plain(next) && !parts[0].headAfter && !next.parts[0].headAfter) {
				traits.add('text:stacked-headlines');
				push(parts[0].head);
				push(next.parts[0].head);
				push(parts[0].body);
				push(next.parts[0].body);
				i++;
				continue;
			}
			const label = cell.cellLabel ? [cell.cellLabel] : [];
			if (!h.labelAfter) push(label);
			for (const p of parts) {
				if (p.headAfter) {
					push(p.body);
					push(p.head);
				} else if (h.para === 'blank' || h.para === 'indent-blank' || rng.chance(0.5)) {
					push(p.head);
					push(p.body);
				} else push([...p.head, ...p.body]);
			}
			if (h.labelAfter) push(label);
		}
	}
	push(page.footer);
	if (h.headerLast) push(page.header);
	const gap = '\n'.repeat(h.gap + 1);
	let text = blocks.map((b) => b.join('\n')).join(gap) + '\n';
	if (h.trailing) text = text.replace(/([。”])\n/g, (m, p, offset: number) => (offset % 3 === 0 ? `${p} \n` : m));
	return h.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** One story's head lines and body lines as the dump sets them. */
function dumpStory(
	s: Story,
	h: Habits,
	rng: Rng,
	traits: Set<string>,
	page: Composed,
): { head: string[]; body: string[]; headAfter: boolean } {
	const g = s.gold;
	const perCol = Math.max(6, Math.round((s.span * page.colChars) / Math.max(1, s.bodyCols)) - (s.span > 1 ? 1 : 0));
	const width = h.wrap === 'column' ? perCol : h.wrap === 'fixed' ? h.width : Infinity;
	const wrapped = (text: string) => (width === Infinity ? [text] : wrap(text, width));
	const head: string[] = [];
	const body: string[] = [];
	const after: string[] = [];
	if (s.label && !h.labelAfter) head.push(s.label);
	if (s.role === 'photo') {
		const title = g.headline ? [g.headline] : [];
		const caption = wrapped(g.paragraphs[0]);
		const credit = s.credit!;
		if (credit.at === 'inline') {
			caption[caption.length - 1] += ` ${credit.text}`;
			traits.add('text:credit-inline');
		}
		if (credit.at === 'before') body.push(credit.text);
		body.push(...caption);
		if (credit.at === 'after') body.push(credit.text);
		if (h.titleAfter) body.push(...title);
		else head.push(...title);
		if (s.label && h.labelAfter) body.push(s.label);
		return { head, body, headAfter: false };
	}
	if (g.kicker) head.push(g.kicker);
	if (!s.runIn) head.push(...s.headLines);
	if (g.subheadline) head.push(g.subheadline);
	const top = s.byline?.at === 'top' ? [s.byline.text] : [];
	const headAfter = s.role !== 'brief' && rng.next() < h.headAfter;
	if (headAfter) traits.add('text:headline-after-body');
	const inter = new Set(g.intertitles ?? []);
	const paraLines: string[][] = g.paragraphs.map((p, i) => {
		if (inter.has(i)) return [p];
		const text = i === 0 && s.runIn ? `${s.headLines[0]}\u3000${p}` : p;
		const lines = wrapped(text);
		if (h.para === 'indent' || h.para === 'indent-blank') lines[0] = `\u3000\u3000${lines[0]}`;
		if (h.para === 'ascii') lines[0] = `    ${lines[0]}`;
		return lines;
	});
	let lines: string[] = [];
	paraLines.forEach((pl, i) => {
		if (i > 0 && (h.para === 'blank' || h.para === 'indent-blank')) lines.push('');
		lines.push(...pl);
	});
	if (h.interleave && !s.runIn && g.paragraphs.length >= 3) {
		// The line where the middle paragraph starts, counted as the paragraphs were laid out above.
		let at = 0;
		const mid = Math.floor(g.paragraphs.length / 2);
		for (let i = 0; i < mid; i++) at += paraLines[i].length + (h.para === 'blank' || h.para === 'indent-blank' ? 1 : 0);
		lines.splice(at, 0, CUT);
	}
	if (h.columnBreak && width !== Infinity && s.bodyCols > 1 && lines.length > 8) {
		const k = s.bodyCols;
		const out: string[] = [];
		const per = Math.ceil(lines.length / k);
		lines.forEach((l, i) => {
			if (i > 0 && i % per === 0 && out[out.length - 1] !== '' && l !== '') out.push('');
			out.push(l);
		});
		lines = out;
	}
	if (headAfter) {
		body.push(...top, ...(top.length && h.para !== 'none' ? [''] : []), ...lines);
	} else {
		head.push(...top);
		body.push(...lines);
	}
	if (s.byline?.at === 'end') after.push(s.byline.text);
	if (s.label && h.labelAfter) after.push(s.label);
	if (after.length) body.push(...after);
	return { head, body, headAfter };
}
