/**
 * The tune4 generator's text dump: how a page's stories come out of a PDF-to-text tool of some
 * paper's archive. Per page it draws habits (wrap width, paragraph marks, column breaks, where
 * heads and labels fall, stacked heads, a sidebar dumped inside its story, two stories read in
 * turns, a page header, junk glyphs) and prints every story's text in some order; the gold
 * text is always all there.
 */
import type { Rng } from './random.ts';
import type { PageModel, Story } from './story.ts';

const CLOSING = new Set([...'，。、；：？！”’）》」』】…—·%']);
const OPENING = new Set([...'“‘（《「『【']);

/** Display width of a character: ASCII counts half. */
function cw(ch: string): number {
	return ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
}

/**
 * Wraps `text` at `width` em: no line starts with closing punctuation or ends with opening
 * punctuation, and a run of ASCII letters, digits and . % is never split. Width 0: one line.
 * @example wrap('今年增长了12.5%。', 4)
 */
export function wrap(text: string, width: number): string[] {
	if (width <= 0) return [text];
	const tokens = text.match(/[A-Za-z0-9.%]+|./gsu) ?? [];
	const lines: string[] = [];
	let line = '';
	let w = 0;
	for (const tok of tokens) {
		const tw = [...tok].reduce((s, ch) => s + cw(ch), 0);
		if (w + tw > width && line !== '' && !CLOSING.has(tok[0]) && !OPENING.has([...line].at(-1) ?? '')) {
			lines.push(line);
			line = '';
			w = 0;
		}
		line += tok;
		w += tw;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** A page's dump habits. */
interface Habits {
	width: number;
	leadWidth: number;
	paraMark: 'blank' | 'none' | 'indent2' | 'indent1' | 'ascii';
	columnBreak: number;
	headAfter: number;
	labelAfter: boolean;
	stack: boolean;
	interleave: boolean;
	sidebarInside: boolean;
	header: 'top' | 'bottom' | 'none';
	junk: boolean;
	blankBetween: boolean;
	crlf: boolean;
	bylineOwnLine: boolean;
	photosLast: boolean;
}

/** Draws the habits of one page's dump and adds the traits that say so. */
function drawHabits(rng: Rng, traits: Set<string>): Habits {
	const width = rng.weighted([
		[0, 1],
		[rng.int(9, 13), 3],
		[rng.int(14, 20), 4],
		[rng.int(22, 34), 2],
	] as const);
	traits.add(
		width === 0
			? 'text:unwrapped'
			: width <= 13
				? 'text:wrap-narrow'
				: width <= 20
					? 'text:wrap-medium'
					: 'text:wrap-wide',
	);
	const h: Habits = {
		width,
		leadWidth: width === 0 ? 0 : width + rng.pick([0, 0, 2, 4, 6]),
		paraMark: rng.weighted([
			['blank', 4],
			['none', 2],
			['indent2', 2],
			['indent1', 1],
			['ascii', 1],
		] as const),
		columnBreak: rng.pick([0, 0.1, 0.25, 0.4]),
		headAfter: rng.pick([0, 0.2, 0.6, 0.9]),
		labelAfter: rng.chance(0.3),
		stack: rng.chance(0.3),
		interleave: rng.chance(0.25),
		sidebarInside: rng.chance(0.5),
		header: rng.weighted([
			['top', 3],
			['bottom', 1],
			['none', 2],
		] as const),
		junk: rng.chance(0.15),
		blankBetween: rng.chance(0.85),
		crlf: rng.chance(0.08),
		bylineOwnLine: rng.chance(0.8),
		photosLast: rng.chance(0.25),
	};
	if (h.photosLast) traits.add('text:photos-last');
	if (h.paraMark === 'none') traits.add('text:no-blank-lines');
	if (h.paraMark === 'indent2') traits.add('text:indent');
	if (h.paraMark === 'indent1') traits.add('text:indent-1');
	if (h.paraMark === 'ascii') traits.add('text:indent-ascii');
	if (h.columnBreak > 0) traits.add('text:column-break');
	if (h.headAfter >= 0.5) traits.add('text:headline-after-body');
	if (h.labelAfter) traits.add('text:label-after');
	if (h.junk) traits.add('text:junk-glyphs');
	if (h.crlf) traits.add('text:crlf');
	if (!h.blankBetween) traits.add('text:no-blank-lines-at-all');
	if (h.header === 'bottom') traits.add('text:header-last');
	return h;
}

/** A story's text as blocks of lines: head, body and tail, kept apart so they can be moved. */
interface Dumped {
	head: string[][];
	body: string[][];
	tail: string[][];
	label?: string[];
}

const JUNK = ['\u{1000ca}\u{10004c}\u{100055}', '\u{100032}\u{1000fb}', '\u{10015a}'];

/** The lines of a headline: one line, or two at a space or in the middle (a wrapped head). */
function headLines(rng: Rng, headline: string, traits: Set<string>): string[] {
	const chars = [...headline];
	if (chars.length >= 10 && rng.chance(0.3)) {
		traits.add('text:wrapped-headline');
		const space = headline.indexOf(' ');
		if (space > 0) return [headline.slice(0, space), headline.slice(space + 1)];
		const cut = Math.floor(chars.length / 2) + rng.int(-1, 1);
		const a = chars.slice(0, cut).join('');
		const b = chars.slice(cut).join('');
		if (CLOSING.has(b[0] ?? '') || OPENING.has([...a].at(-1) ?? '')) return [headline];
		return [a, b];
	}
	return [headline];
}

/** Prints one story as blocks. */
function dumpStory(rng: Rng, s: Story, h: Habits, traits: Set<string>, lead: boolean): Dumped {
	const g = s.item;
	const width = lead
		? h.leadWidth
		: s.role === 'brief' || s.role === 'photo'
			? Math.max(0, h.width - rng.int(0, 3))
			: h.width;
	const head: string[][] = [];
	if (g.kicker) head.push(wrap(g.kicker, rng.chance(0.8) ? 0 : width));
	if (g.headline !== null) {
		const lines = headLines(rng, g.headline, traits);
		if (h.junk && rng.chance(0.3)) lines[lines.length - 1] += rng.pick(JUNK);
		head.push(lines);
	}
	if (g.subheadline) head.push(wrap(g.subheadline, rng.chance(0.8) ? 0 : width));
	if (!rng.chance(0.3) && head.length > 1) {
		// Kicker, headline and subheadline often come as one block, without blank lines.
		head.splice(0, head.length, head.flat());
	}
	const body: string[][] = [];
	if (s.headByline) body.push(s.headByline.split('\n'));
	if (s.role === 'photo') {
		const lines = g.paragraphs.flatMap((cap) => wrap(cap, width));
		if (s.creditInline && s.creditLine) {
			lines[lines.length - 1] += `${rng.pick([' ', '  ', '\u3000'])}${s.creditLine}`;
			body.push(lines);
		} else body.push([...lines, ...(s.creditLine ? [s.creditLine] : [])]);
	} else {
		const paras: string[][] = g.paragraphs.map((p, i) => {
			if (s.lines || (g.intertitles ?? []).includes(i)) return [p];
			const lines = wrap(p, width);
			if (h.paraMark === 'indent2') lines[0] = `\u3000\u3000${lines[0]}`;
			if (h.paraMark === 'indent1') lines[0] = `\u3000${lines[0]}`;
			if (h.paraMark === 'ascii') lines[0] = `  ${lines[0]}`;
			return lines;
		});
		// Column breaks: a blank line anywhere in a paragraph, as where a column ends.
		for (const lines of paras) {
			const out: string[][] = [];
			let cur: string[] = [];
			for (const line of lines) {
				if (cur.length > 0 && rng.chance(h.columnBreak / 3)) {
					out.push(cur);
					cur = [];
				}
				cur.push(line);
			}
			out.push(cur);
			body.push(...out);
		}
		if (h.paraMark !== 'blank' && !s.lines) {
			// Without blank lines between paragraphs, paragraphs of a column run on.
			const merged: string[][] = [];
			for (const block of body) {
				if (merged.length > 0 && !rng.chance(h.columnBreak / 2) && block !== body[0])
					merged[merged.length - 1].push(...block);
				else merged.push([...block]);
			}
			body.splice(0, body.length, ...merged);
		}
	}
	const tail: string[][] = [];
	if (s.tailByline) {
		if (h.bylineOwnLine || body.length === 0) tail.push([s.tailByline]);
		else body[body.length - 1].push(s.tailByline);
	}
	const label = s.label ? [s.label] : s.groupLabel ? [s.groupLabel] : undefined;
	return { head, body, tail, label };
}

/** The lines of one dumped story in the order the page's habits give. */
function storyLines(d: Dumped, h: Habits, headAfter: boolean, traits: Set<string>): string[][] {
	const out: string[][] = [];
	const labelFirst = d.label && !(h.labelAfter && headAfter);
	if (labelFirst && d.label) out.push(d.label);
	if (headAfter) {
		out.push(...d.body, ...d.tail, ...d.head);
		if (d.head.length > 0) traits.add('text:headline-after-body');
	} else out.push(...d.head, ...d.body, ...d.tail);
	if (!labelFirst && d.label) out.push(d.label);
	return out;
}

/** The whole text dump of a page. Adds the text traits it shows to `traits`. */
export function dumpPage(rng: Rng, page: PageModel, date: string, pageNo: number, traits: Set<string>): string {
	const h = drawHabits(rng, traits);
	const stories = page.stories;
	const dumped = stories.map((s, i) => dumpStory(rng, s, h, traits, s.role === 'lead' || i === 0));
	const headAfter = stories.map((s) =>
		s.role === 'photo' ? rng.chance(Math.max(h.headAfter, 0.5)) : rng.chance(h.headAfter),
	);
	const used = new Set<number>();
	const blocks: string[][] = [];
	const header = `第${String(pageNo).padStart(2, '0')}版：${page.pageName}`;
	const dateLine = `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
	if (h.header === 'top') blocks.push(rng.chance(0.5) ? [header] : [header, dateLine]);
	if (page.banner) blocks.push([page.banner]);
	// Sidebars printed inside their host: at a paragraph (or line) break of the host's body.
	const inside = new Map<number, number[]>();
	if (h.sidebarInside)
		stories.forEach((s, i) => {
			if (s.host !== undefined && s.host >= 0 && s.host !== i) {
				inside.set(s.host, [...(inside.get(s.host) ?? []), i]);
				used.add(i);
				traits.add('text:sidebar-inside');
			}
		});
	// The photos all at the end of the dump sometimes, as where a tool reads the picture layer last.
	const all = stories.map((_, i) => i);
	const order = h.photosLast
		? [...all.filter((i) => stories[i].role !== 'photo'), ...all.filter((i) => stories[i].role === 'photo')]
		: all;
	for (let pos = 0; pos < order.length; pos++) {
		const i = order[pos];
		if (used.has(i)) continue;
		used.add(i);
		const mine = storyLines(withInside(rng, dumped[i], inside.get(i), dumped, h, traits), h, headAfter[i], traits);
		const j = order[pos + 1] ?? stories.length;
		const pairable = (k: number) =>
			k < stories.length &&
			!used.has(k) &&
			stories[k].role !== 'photo' &&
			stories[i].role !== 'photo' &&
			!inside.has(k) &&
			!inside.has(i);
		if (
			h.stack &&
			pairable(j) &&
			headAfter[i] &&
			headAfter[j] &&
			dumped[i].head.length > 0 &&
			dumped[j].head.length > 0
		) {
			// Stacked heads: two bodies, then both heads together.
			used.add(j);
			traits.add('text:stacked-headlines');
			const a = dumped[i];
			const b = dumped[j];
			blocks.push(
				...(a.label ? [a.label] : []),
				...a.body,
				...a.tail,
				...(b.label ? [b.label] : []),
				...b.body,
				...b.tail,
				...a.head,
				...b.head,
			);
			continue;
		}
		if (h.interleave && pairable(j) && !headAfter[i] && !headAfter[j] && rng.chance(0.6)) {
			// Two neighbouring stories read in turns, a column of each.
			used.add(j);
			traits.add('text:columns-in-turns');
			const theirs = storyLines(dumped[j], h, false, traits);
			const cut = (lines: string[][]) => {
				const flat = lines.length;
				const at = Math.max(1, Math.min(flat - 1, Math.floor(flat / 2)));
				return [lines.slice(0, at), lines.slice(at)];
			};
			const [a1, a2] = cut(mine);
			const [b1, b2] = cut(theirs);
			blocks.push(...a1, ...b1, ...a2, ...b2);
			continue;
		}
		blocks.push(...mine);
	}
	if (page.furniture.length > 0) {
		if (rng.chance(0.7)) blocks.push(page.furniture);
		else blocks.splice(h.header === 'top' ? 1 : 0, 0, page.furniture);
	}
	if (h.header === 'bottom') blocks.push([header]);
	const nonEmpty = blocks.filter((b) => b.length > 0);
	let text: string;
	if (h.blankBetween) text = `\n${nonEmpty.map((b) => b.join('\n')).join('\n\n')}\n`;
	else text = `${nonEmpty.map((b) => b.join('\n')).join('\n')}\n`;
	return h.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** A story's dump with the sidebars that stand in it dumped inside its body. */
function withInside(
	rng: Rng,
	d: Dumped,
	sidebars: number[] | undefined,
	all: Dumped[],
	h: Habits,
	traits: Set<string>,
): Dumped {
	if (!sidebars) return d;
	const body = [...d.body];
	for (const k of sidebars) {
		const side = all[k];
		const lines = [...(side.label ? [side.label] : []), ...side.head, ...side.body, ...side.tail];
		const at = body.length <= 1 ? body.length : rng.int(1, body.length - 1);
		body.splice(at, 0, ...lines);
	}
	void h;
	void traits;
	return { ...d, body };
}
