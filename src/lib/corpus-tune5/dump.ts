/**
 * The tune5 generator's text dump: the page's stories read into a plain-text stream with habits
 * drawn per page (wrap width 12–40 cells or none, blank lines between paragraphs or only between
 * stories or nowhere, indents, heads after bodies, labels after their story, bylines over the
 * heads, column breaks in mid-sentence with a stray page number or junk glyphs in the gap, photos
 * read last, chart labels read as lines, vertical heads a character a line, the header last,
 * CRLF). Each habit a page shows becomes a `text:` trait.
 */
import type { Page, Story } from './pages.ts';
import type { Dice } from './random.ts';

/** Opening marks a line may not end with; closing marks a line may not start with. */
const OPENERS = '“‘（《「『〈【';
const CLOSERS = '，。、；：？！”’）》」』〉】…—·%';

/** How wide a character prints: ASCII half a cell. */
function cells(text: string): number {
	let n = 0;
	for (const ch of text) n += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
	return n;
}

/** Atoms that must stay on one line: an ASCII run, an opener with what follows, a character with the closers after it. */
function atoms(text: string): string[] {
	const raw = text.match(/[A-Za-z0-9.%/:@_+-]+|[\s\S]/gu) ?? [];
	const out: string[] = [];
	let carry = '';
	for (const piece of raw) {
		if (OPENERS.includes(piece)) {
			carry += piece;
			continue;
		}
		if (CLOSERS.includes(piece[0]) && out.length > 0 && carry === '') {
			out[out.length - 1] += piece;
			continue;
		}
		out.push(carry + piece);
		carry = '';
	}
	if (carry) out.push(carry);
	return out;
}

/**
 * Hard-wraps `text` at `width` cells (the first line opening with `indent`), never splitting an
 * ASCII run, never starting a line with a closing mark nor ending one with an opening mark.
 * @example wrap('今年增长了12.5%，达到了水平。', 5, '')
 */
export function wrap(text: string, width: number | null, indent = ''): string[] {
	if (width === null) return [indent + text];
	const lines: string[] = [];
	let line = indent;
	for (const atom of atoms(text)) {
		if (line !== '' && line !== indent && cells(line) + cells(atom) > width) {
			lines.push(line);
			line = '';
		}
		line += atom;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** A junk glyph run from the private use area, as typesetting systems leave them. */
function junk(d: Dice): string {
	return Array.from({ length: d.int(1, 3) }, () => String.fromCharCode(0xe000 + d.int(0, 0xff))).join('');
}

interface Habits {
	width: number | null;
	indent: string;
	paraBlank: boolean;
	storyBlank: boolean;
	headAfter: number;
	labelAfter: number;
	bylineOver: number;
	columnBreak: number;
	junk: number;
	photosLast: boolean;
	chartLabels: boolean;
	headerLast: boolean;
	crlf: boolean;
	perChar: boolean;
	wrapHeads: number;
	doubleBlank: boolean;
}

function drawHabits(d: Dice, t: Set<string>): Habits {
	const wrapKind = d.weighted({ narrow: 3, medium: 4, wide: 3, none: 0.6 });
	const width =
		wrapKind === 'narrow'
			? d.int(12, 15)
			: wrapKind === 'medium'
				? d.int(16, 24)
				: wrapKind === 'wide'
					? d.int(25, 40)
					: null;
	t.add(wrapKind === 'none' ? 'text:unwrapped' : `text:wrap-${wrapKind}`);
	const indent = d.pick(['', '', '\u3000\u3000', '\u3000\u3000', '\u3000', '  ', '    ']);
	if (indent)
		t.add(indent === '\u3000\u3000' ? 'text:indent' : indent === '\u3000' ? 'text:indent-1' : 'text:indent-ascii');
	const blanks = d.weighted({ every: 4, stories: 3, none: 1.5 });
	if (blanks === 'stories') t.add('text:no-blank-lines');
	if (blanks === 'none') t.add('text:no-blank-lines-at-all');
	const h: Habits = {
		width,
		indent,
		paraBlank: blanks === 'every',
		storyBlank: blanks !== 'none',
		headAfter: d.pick([0, 0, 0.3, 0.6, 1]),
		labelAfter: d.pick([0, 0, 0.5, 1]),
		bylineOver: d.pick([0, 0, 0.4]),
		columnBreak: d.pick([0, 0.08, 0.15, 0.25]),
		junk: d.pick([0, 0, 0, 0.1, 0.25]),
		photosLast: d.chance(0.2),
		chartLabels: d.chance(0.5),
		headerLast: d.chance(0.15),
		crlf: d.chance(0.06),
		perChar: d.chance(0.5),
		wrapHeads: d.pick([0, 0, 0.3, 0.7]),
		doubleBlank: d.chance(0.2),
	};
	if (h.photosLast) t.add('text:photos-last');
	if (h.headerLast) t.add('text:header-last');
	if (h.crlf) t.add('text:crlf');
	if (h.doubleBlank) t.add('text:double-blank');
	return h;
}

/** A chunk of lines; `tight` chunks join their neighbour without a blank line. */
interface Chunk {
	lines: string[];
	kind: 'head' | 'body' | 'label' | 'byline' | 'credit' | 'furniture' | 'group';
}

/** Dumps the page as its text.txt; adds the dump's traits. `vertical` names the stories set vertical in the PDF. */
export function dumpPage(page: Page, d: Dice, vertical: ReadonlySet<Story>): string {
	const t = page.traits;
	const h = drawHabits(d, t);
	const stories = h.photosLast
		? [
				...page.stories.filter((s) => s.role !== 'photo' && s.role !== 'chart'),
				...page.stories.filter((s) => s.role === 'photo' || s.role === 'chart'),
			]
		: page.stories;
	const out: string[] = [];
	const push = (lines: string[]) => out.push(...lines);
	const blank = () => {
		if (out.length > 0 && out[out.length - 1] !== '') out.push('');
		if (h.doubleBlank && d.chance(0.3)) out.push('');
	};
	const furniture = (lines: string[]) => {
		for (const line of lines) {
			out.push(h.junk > 0 && d.chance(h.junk) ? line + junk(d) : line);
			if (h.storyBlank) blank();
		}
		if (h.junk > 0) t.add('text:junk-glyphs');
	};
	if (!h.headerLast) {
		furniture(page.top);
		if (page.banner) {
			push([page.banner]);
			if (h.storyBlank) blank();
		}
	}
	for (const story of stories) {
		const chunks = storyChunks(story, page, h, d, vertical.has(story));
		for (const chunk of chunks) {
			if (chunk.kind === 'body' ? h.paraBlank : h.storyBlank && chunk.kind !== 'credit') blank();
			push(chunk.lines);
		}
		if (story.jump) push([story.jump]);
		if (h.storyBlank) blank();
		if (h.junk > 0 && d.chance(h.junk)) {
			push([junk(d)]);
			t.add('text:junk-glyphs');
		}
	}
	if (h.headerLast) {
		if (page.banner) push([page.banner]);
		furniture(page.top);
	}
	furniture(page.bottom);
	while (out.length > 0 && out[out.length - 1] === '') out.pop();
	const text = `${out.join('\n')}\n`;
	return h.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** The chunks of one story in stream order. */
function storyChunks(story: Story, page: Page, h: Habits, d: Dice, vertical: boolean): Chunk[] {
	const t = page.traits;
	const g = story.gold;
	const width = h.width === null ? null : Math.max(10, h.width + (story.role === 'lead' ? d.int(0, 8) : d.int(-2, 2)));
	// Heads.
	const heads: string[] = [];
	if (g.kicker) heads.push(g.kicker);
	if (g.headline && !story.runIn) {
		if (vertical && h.perChar) {
			heads.push(...[...g.headline.replace(/\s/g, '')]);
			t.add('text:headline-per-char');
		} else if ([...g.headline].length >= 8 && d.chance(h.wrapHeads)) {
			const chars = [...g.headline];
			const cut = d.int(3, chars.length - 3);
			const left = chars.slice(0, cut).join('');
			const right = chars.slice(cut).join('');
			if (/[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right)) heads.push(g.headline);
			else heads.push(left, right);
			t.add('text:wrapped-headline');
		} else heads.push(g.headline);
	}
	if (g.subheadline) heads.push(g.subheadline);
	// Body.
	const body: Chunk[] = [];
	const paragraphs = g.paragraphs.map((p, i) =>
		i === 0 && story.runIn && g.headline ? `${g.headline}${d.pick(['\u3000', ' ', '  '])}${p}` : p,
	);
	const intertitles = new Set(g.intertitles ?? []);
	paragraphs.forEach((p, i) => {
		if (intertitles.has(i)) {
			body.push({ kind: 'body', lines: [p] });
			return;
		}
		let lines = wrap(p, width, h.indent);
		if (g.kind === 'photo' && i === g.paragraphs.length - 1 && g.credit && story.creditInline) {
			const last = lines[lines.length - 1] + d.pick(['  ', '\u3000', ' ']) + g.credit;
			lines = [
				...lines.slice(0, -1),
				...(width !== null && cells(last) > width + 4 ? [lines[lines.length - 1], g.credit] : [last]),
			];
			t.add('text:credit-inline');
		}
		if (lines.length >= 3 && h.columnBreak > 0 && d.chance(h.columnBreak)) {
			const at = d.int(1, lines.length - 1);
			const gap = d.weighted({ blank: 5, number: 1, junk: h.junk > 0 ? 1 : 0, two: 1 });
			const mid =
				gap === 'number'
					? ['', String(page.page), '']
					: gap === 'junk'
						? ['', junk(d), '']
						: gap === 'two'
							? ['', '']
							: [''];
			if (gap === 'number') t.add('text:stray-page-number');
			if (gap === 'junk') t.add('text:junk-glyphs');
			lines = [...lines.slice(0, at), ...mid, ...lines.slice(at)];
			t.add('text:column-break');
		}
		body.push({ kind: 'body', lines });
	});
	if (story.chart && h.chartLabels) {
		const labels = [
			`单位：${story.chart.unit}`,
			...story.chart.bars.map(([k, v]) => (d.chance(0.5) ? `${k} ${v}` : `${k}\n${v}`)),
		]
			.join('\n')
			.split('\n');
		body.unshift({ kind: 'furniture', lines: labels });
		t.add('text:chart-labels');
	}
	const chunks: Chunk[] = [];
	const headChunk: Chunk = { kind: 'head', lines: heads };
	const bylineChunk: Chunk | undefined = story.bylinePrinted
		? {
				kind: 'byline',
				lines: [
					story.bylineAt === 'tail'
						? d.pick(['', '      ', '\u3000\u3000\u3000\u3000']) + story.bylinePrinted
						: story.bylinePrinted,
				],
			}
		: undefined;
	const creditChunk: Chunk | undefined =
		g.credit && !story.creditInline ? { kind: 'credit', lines: wrap(g.credit, width) } : undefined;
	const headAfter = heads.length > 0 && d.chance(h.headAfter) && story.role !== 'brief';
	if (headAfter) t.add('text:headline-after-body');
	if (story.groupHead) chunks.push({ kind: 'group', lines: [story.groupHead] });
	const label: Chunk | undefined = story.labelPrinted ? { kind: 'label', lines: [story.labelPrinted] } : undefined;
	const labelAfter = label && d.chance(h.labelAfter);
	if (labelAfter) t.add('text:label-after');
	if (label && !labelAfter) chunks.push(label);
	const topByline = bylineChunk && story.bylineAt === 'top';
	const over = topByline && d.chance(h.bylineOver);
	if (over) {
		chunks.push(bylineChunk);
		t.add('text:byline-over-head');
	}
	if (!headAfter && heads.length) chunks.push(headChunk);
	if (topByline && !over) chunks.push(bylineChunk);
	if (creditChunk && d.chance(0.25)) {
		chunks.push(creditChunk);
		t.add('text:credit-before-caption');
	}
	chunks.push(...body);
	if (creditChunk && !chunks.includes(creditChunk)) chunks.push(creditChunk);
	if (bylineChunk && story.bylineAt === 'tail') chunks.push(bylineChunk);
	if (headAfter) chunks.push(headChunk);
	if (label && labelAfter) chunks.push(label);
	return chunks;
}
