/**
 * The tune6 text dump: a page as a PDF text extraction gives it, with habits drawn per page (each
 * a `text:` trait): hard wraps (narrow, medium, wide or none), indents, blank lines, heads after
 * their bodies, heads of two stories stacked before both bodies, labels after the story, bylines
 * over the heads, ideographic spaces in bylines, mid-sentence column breaks (a stray page number, a
 * running head, junk glyphs or a whole other story in the gap), vertical heads a character a line,
 * photo credits run on in brackets or on a line of their own, chart labels, the header last, CRLF.
 */
import type { Dice } from './random.ts';
import type { Page, Story } from './pages.ts';

const CLOSING = new Set([...'，。、；：？！”’）》」』…%·—']);
const OPENING = new Set([...'“‘（《「『']);

/**
 * Hard-wraps `text` at `width` cells (a CJK character one cell, an ASCII character half), the
 * first line led by `indent`; no line starts with closing punctuation or ends with an opening
 * mark, and a run of ASCII letters or digits is never split. `null` width: one line.
 * @example wrap('今年增长了12.5%。', 4) // ['今年增长', '了12.5%。']
 */
export function wrap(text: string, width: number | null, indent = ''): string[] {
	const all = indent + text;
	if (width === null) return [all];
	const units = all.match(/[A-Za-z0-9.%:\-@]+|——|[\s\S]/gu) ?? [];
	const cells = (u: string) => [...u].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2e80 && ch !== '—' ? 0.5 : 1), 0);
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const unit of units) {
		const size = cells(unit);
		if (line !== '' && used + size > width && !CLOSING.has(unit[0])) {
			let carry = '';
			while (line.length > 1 && OPENING.has(line[line.length - 1])) {
				carry = line[line.length - 1] + carry;
				line = line.slice(0, -1);
			}
			lines.push(line);
			line = carry;
			used = cells(carry);
		}
		line += unit;
		used += size;
	}
	if (line !== '') lines.push(line);
	return lines;
}

const JUNK = ['\uE00A', '\uE1F3', '\uE5C2', '\uF08C', '\uE0B7\uE0B8', '\uF0A7'];

interface Habits {
	width: number | null;
	indent: string;
	blanks: 'para' | 'story' | 'none';
	headAfter: number;
	labelAfter: boolean;
	bylineOver: boolean;
	wideSpace: boolean;
	creditInline: boolean;
	creditBefore: boolean;
}

/** The text dump of `page`; the habits it shows are added to `traits` as `text:` traits. */
export function dumpPage(page: Page, dice: Dice, vertical: Set<Story>, traits: Set<string>): string {
	const wrapKind = dice.weighted([
		['none', 1],
		['narrow', 2],
		['medium', 4],
		['wide', 2],
	] as const);
	const width =
		wrapKind === 'none'
			? null
			: wrapKind === 'narrow'
				? dice.int(8, 12)
				: wrapKind === 'medium'
					? dice.int(13, 22)
					: dice.int(24, 36);
	traits.add(wrapKind === 'none' ? 'text:unwrapped' : `text:wrap-${wrapKind}`);
	const indent = dice.weighted([
		['\u3000\u3000', 3],
		['\u3000', 1],
		['  ', 1],
		['', 2],
	] as const);
	if (indent === '\u3000\u3000') traits.add('text:indent');
	if (indent === '\u3000') traits.add('text:indent-1');
	if (indent === '  ') traits.add('text:indent-ascii');
	const blanks = dice.weighted([
		['para', 3],
		['story', 2],
		['none', 1],
	] as const);
	if (blanks === 'story') traits.add('text:no-blank-lines');
	if (blanks === 'none') traits.add('text:no-blank-lines-at-all');
	const h: Habits = {
		width,
		indent,
		blanks,
		headAfter: dice.chance(0.35) ? 0.6 : 0,
		labelAfter: dice.chance(0.3),
		bylineOver: dice.chance(0.15),
		wideSpace: dice.chance(0.5),
		creditInline: dice.chance(0.4),
		creditBefore: dice.chance(0.25),
	};
	if (h.wideSpace) traits.add('text:wide-space-byline');
	const junk = dice.chance(0.4);
	const stories = page.stories;
	// Each story's blocks: heads, byline, label and body as lines.
	const blocks = stories.map((s) => storyLines(s, dice.fork(`story${stories.indexOf(s)}`), h, vertical.has(s), traits));
	// Column breaks: a long story's paragraph cut mid-sentence, something in the gap.
	const gaps = new Map<number, string[][]>();
	const interleaved = new Set<number>();
	if (dice.chance(0.55)) {
		const long = stories.map((_, i) => i).filter((i) => stories[i].gold.kind !== 'photo' && blocks[i].cut !== null);
		for (const i of dice.sample(long, dice.int(1, 2))) {
			if (interleaved.has(i)) continue;
			const what = dice.weighted([
				['blank', 2],
				['number', 2],
				['running', 1],
				['junk', junk ? 1 : 0],
				['story', 1.5],
			] as const);
			let gap: string[] = [];
			if (what === 'number') {
				gap = [String(page.page)];
				traits.add('text:stray-page-number');
			} else if (what === 'running') {
				gap = [`${page.paper}\u3000${page.pageName}`];
				traits.add('text:running-head');
			} else if (what === 'junk') gap = [dice.pick(JUNK)];
			else if (what === 'story') {
				const others = stories
					.map((_, k) => k)
					.filter((k) => k > i && !interleaved.has(k) && !gaps.has(k) && stories[k].weight <= 4);
				if (others.length > 0) {
					const k = dice.pick(others);
					interleaved.add(k);
					gap = ['', ...blocks[k].lines, ''];
					traits.add('text:interleaved');
				}
			}
			gaps.set(i, [gap]);
			traits.add('text:column-break');
		}
	}
	// Stacked heads: two neighbours' heads before both bodies.
	let stackAt = -1;
	if (dice.chance(0.15)) {
		const pairs = stories
			.map((_, i) => i)
			.filter(
				(i) =>
					i + 1 < stories.length &&
					blocks[i].head.length > 0 &&
					blocks[i + 1].head.length > 0 &&
					!blocks[i].headAfter &&
					!blocks[i + 1].headAfter &&
					!interleaved.has(i + 1) &&
					!interleaved.has(i) &&
					!gaps.has(i),
			);
		if (pairs.length > 0) {
			stackAt = dice.pick(pairs);
			traits.add('text:stacked-headlines');
		}
	}
	const out: string[] = [];
	const header = headerLines(page, dice);
	const headerLast = dice.chance(0.15);
	if (headerLast) traits.add('text:header-last');
	else out.push(...header, '');
	if (page.banner) out.push(page.banner, '');
	if (junk) {
		out.push(dice.pick(JUNK) + dice.pick(JUNK));
		traits.add('text:junk-glyphs');
	}
	const sep = () => {
		out.push('');
		if (dice.chance(0.15)) {
			out.push('');
			traits.add('text:double-blank');
		}
	};
	const footerAt = dice.chance(0.3) ? dice.int(0, stories.length - 1) : stories.length - 1;
	for (let i = 0; i < stories.length; i++) {
		if (interleaved.has(i)) continue;
		const b = blocks[i];
		if (i === stackAt) {
			const next = blocks[i + 1];
			out.push(...b.head, ...next.head);
			if (blanks !== 'none') out.push('');
			out.push(...b.rest);
			sep();
			out.push(...next.rest);
			sep();
			i++;
			continue;
		}
		const gap = gaps.get(i);
		if (gap && b.cut !== null) {
			out.push(...b.lines.slice(0, b.cut), '', ...gap[0], '', ...b.lines.slice(b.cut));
		} else out.push(...b.lines);
		sep();
		if (i === footerAt) {
			out.push(...page.footer);
			sep();
		}
	}
	if (junk && dice.chance(0.5)) out.push(dice.pick(JUNK));
	if (headerLast) out.push(...header);
	let text = out
		.join('\n')
		.replace(/\n{4,}/g, '\n\n\n')
		.replace(/^\n+/, '');
	if (blanks === 'none') text = text.replace(/\n\n+/g, '\n');
	text = `${text.replace(/\n+$/, '')}\n`;
	if (dice.chance(0.1)) {
		traits.add('text:crlf');
		text = text.replace(/\n/g, '\r\n');
	}
	return text;
}

/** The header lines of a page, in one of five forms. */
function headerLines(page: Page, dice: Dice): string[] {
	const [y, m, d] = page.date.split('-');
	const cn = `${y}年${Number(m)}月${Number(d)}日`;
	const pp = String(page.page).padStart(2, '0');
	switch (dice.int(0, 4)) {
		case 0:
			return [`${page.paper}\u3000${cn}\u3000${page.weekday}`, `第${pp}版\u3000${page.pageName}`];
		case 1:
			return [`${pp}\u3000${page.pageName}\u3000\u3000${page.paper}\u3000${cn}`];
		case 2:
			return [`${y}.${m}.${d}\u3000${page.weekday}\u3000${page.pageName}\u3000第${page.page}版`];
		case 3:
			return [`第${pp}版：${page.pageName}`, cn];
		default:
			return [page.paper, `${cn} ${page.weekday}`, `${page.pageName} ${pp}`];
	}
}

interface StoryLines {
	/** Every line of the story in dump order. */
	lines: string[];
	/** The lines of its heads (kicker, headline, subheadline), and the rest, for stacking. */
	head: string[];
	rest: string[];
	headAfter: boolean;
	/** Where a column break may cut `lines` (inside a paragraph), or null. */
	cut: number | null;
}

function storyLines(s: Story, dice: Dice, h: Habits, vertical: boolean, traits: Set<string>): StoryLines {
	const g = s.gold;
	const space = h.wideSpace ? '\u3000' : ' ';
	const head: string[] = [];
	const headWidth = h.width === null ? null : Math.max(h.width, 14);
	if (g.kicker) head.push(...wrap(g.kicker, headWidth));
	if (g.headline) {
		if (vertical) {
			head.push(...[...g.headline]);
			traits.add('text:headline-per-char');
		} else {
			const lines = wrap(
				g.headline,
				headWidth !== null && dice.chance(0.3) ? Math.max(8, Math.ceil([...g.headline].length / 2)) : null,
			);
			if (lines.length > 1) traits.add('text:wrapped-headline');
			head.push(...lines);
		}
	}
	if (g.subheadline) head.push(...wrap(g.subheadline, headWidth));
	const labelLine = g.section
		? s.labelMark === '■'
			? `■${dice.chance(0.5) ? ' ' : ''}${g.section}`
			: s.labelMark === '【】'
				? `【${g.section}】`
				: g.section
		: null;
	const bylineLine = g.byline ? (s.bylineMark ?? '') + g.byline.replace(/ /g, space) : null;
	const body: string[] = [];
	let cut: number | null = null;
	const para = (p: string, plain = false) => {
		const lines = plain ? [p] : wrap(p, h.width, h.indent);
		body.push(...lines);
		if (h.blanks === 'para') body.push('');
	};
	let credit = g.credit;
	if (g.kind === 'photo') {
		if (s.bars && dice.chance(0.5)) {
			for (const bar of s.bars)
				body.push(dice.chance(0.5) ? `${bar.label}\u3000${bar.value}` : `${bar.label}年 ${bar.value}`);
			traits.add('text:chart-labels');
		}
		if (credit && h.creditBefore && !s.bars) {
			body.push(credit.replace(/ /g, space));
			credit = undefined;
			traits.add('text:credit-before-caption');
		}
		g.paragraphs.forEach((p, k) => {
			const last = k === g.paragraphs.length - 1;
			if (last && credit && h.creditInline) {
				para(`${p}（${credit.replace(/ /g, space)}）`);
				credit = undefined;
				traits.add('text:credit-inline');
			} else para(p);
		});
		if (credit) body.push(credit.replace(/ /g, space));
	} else {
		g.paragraphs.forEach((p, k) => {
			const inter = g.intertitles?.includes(k);
			const plain = s.role === 'poem' || inter || s.role === 'results';
			const before = body.length;
			para(p, plain);
			const lines = body.length - before - (h.blanks === 'para' ? 1 : 0);
			if (cut === null && !plain && lines >= 3 && k >= 1 && dice.chance(0.5)) cut = before + dice.int(1, lines - 1);
			else if (cut === null && !plain && h.width === null && k >= 1 && dice.chance(0.3)) {
				// Unwrapped: cut the paragraph's one line mid-sentence.
				const line = body[before];
				const at = Math.floor(line.length / 2);
				if (!/[A-Za-z0-9]/.test(line.slice(at - 1, at + 1))) {
					body.splice(before, 1, line.slice(0, at), line.slice(at));
					cut = before + 1;
				}
			}
		});
		if (s.role === 'poem' && h.blanks === 'none') traits.add('text:poem-run-on');
	}
	while (body.length > 0 && body[body.length - 1] === '') body.pop();
	const headAfter = head.length > 0 && g.kind !== 'photo' && dice.chance(h.headAfter);
	if (headAfter) traits.add('text:headline-after-body');
	const bylineOver = bylineLine !== null && h.bylineOver && !headAfter;
	if (bylineOver) traits.add('text:byline-over-head');
	const labelAfter = labelLine !== null && h.labelAfter;
	if (labelAfter) traits.add('text:label-after');
	const top: string[] = [];
	if (labelLine && !labelAfter) top.push(labelLine);
	if (bylineOver && bylineLine) top.push(bylineLine);
	const under: string[] = [];
	if (!bylineOver && bylineLine) under.push(bylineLine);
	const gapLine = h.blanks === 'para' && dice.chance(0.5) ? [''] : [];
	let lines: string[];
	let offset: number;
	if (headAfter) {
		const first = [...top, ...under, ...gapLine];
		lines = [...first, ...body, '', ...head];
		offset = first.length;
	} else {
		const first = [...top, ...head, ...under, ...gapLine];
		lines = [...first, ...body];
		offset = first.length;
	}
	if (labelAfter && labelLine) lines.push(labelLine);
	const restStart = top.length + head.length;
	return {
		lines,
		head: headAfter ? [] : [...top, ...head],
		rest: headAfter ? lines : lines.slice(restStart),
		headAfter,
		cut: cut === null ? null : offset + cut,
	};
}
