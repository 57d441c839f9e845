import type { Byline } from './detect-byline.ts';
import { detectCredit, splitTrailingCredit, type Credit } from './detect-credit.ts';
import { detectDateline, type Dateline } from './detect-dateline.ts';
import { isBoxTitle } from './detect-head-box.ts';
import { detectLabel } from './detect-label.ts';
import { isNumberedIntertitle } from './detect-intertitle.ts';
import type { Block } from './blocks.ts';
import { isFull, isWide } from './column-width.ts';
import { displayWidth } from './display-width.ts';
import type { Line } from './lines.ts';
import { joinLines, splitParagraphs, standsAlone } from './paragraphs.ts';
import { continuesHeading, endsSentence, endsWithDash, startsWithDash, tidySpaces } from './punctuation.ts';

/** One classified piece of a page, with the lines it came from. */
export type Unit =
	| { kind: 'paragraph'; lines: Line[]; text: string; dateline?: Dateline; intertitle?: boolean }
	| { kind: 'heading'; lines: Line[]; text: string; wide?: boolean; role?: HeadingRole; guessed?: boolean }
	| { kind: 'label'; lines: Line[]; text: string; bare: boolean }
	| { kind: 'byline'; lines: Line[]; text: string; byline: Byline }
	| { kind: 'credit'; lines: Line[]; text: string; credit: Credit };

/** A part of a head block printed without the —— that would say what it is. */
export type HeadingRole = 'kicker' | 'subheadline';

// A headline is short: a few lines and at most this many em in all.
const HEADING_MAX_LINES = 4;
const HEADING_MAX_WIDTH = 48;

/**
 * Classifies blocks into units: headings (short blocks that do not read as sentences), bare
 * section labels, paragraphs (with a photo credit at a caption's end split off), bylines,
 * credits and marked labels as recognised line by line.
 */
export function classify(blocks: Block[], width: (line: Line) => number): Unit[] {
	const units: Unit[] = [];
	blocks.forEach((block, b) => {
		if (block.kind === 'byline')
			units.push({ kind: 'byline', lines: block.lines, text: block.byline.text, byline: block.byline });
		else if (block.kind === 'credit')
			units.push({ kind: 'credit', lines: block.lines, text: block.credit.text, credit: block.credit });
		else if (block.kind === 'label') units.push({ kind: 'label', lines: block.lines, text: block.label, bare: false });
		else if (
			// A vertical line of print standing alone is a head (a headline set vertically), never text.
			(block.lines.length === 1 && block.lines[0].vertical) ||
			headsByline(block.lines, blocks[b + 1]) ||
			headsArticle(block.lines, blocks[b + 1]) ||
			headsSubheadline(block.lines, blocks[b + 1]) ||
			standsAloneAsHead(block.lines)
		)
			units.push({ kind: 'heading', lines: block.lines, text: block.lines[0].text.replace(BRIEF_MARK, '') });
		else if (headsUnderKicker(block.lines, units.at(-1), width))
			units.push(
				tightHeading(block.lines[0]),
				...classifyText(block.lines.slice(1), width, blocks[b + 1]?.kind === 'credit'),
			);
		else units.push(...classifyText(block.lines, width, blocks[b + 1]?.kind === 'credit'));
	});
	return markIntertitles(markBodyLines(units));
}

/**
 * A line of five characters or more standing alone right above a byline, with no sentence in it
 * and ending none: a headline over its byline, however full its line. A body line that ends no sentence runs on into the text
 * after it, and a byline is no text.
 */
function headsByline(lines: Line[], next: Block | undefined): boolean {
	if (lines.length !== 1 || next?.kind !== 'byline') return false;
	const [{ text }] = lines;
	return (
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		// Two to four characters above a byline are a column label (声音, 乡村振兴).
		[...text].length >= 5 &&
		!endsSentence(text) &&
		!/[。；;，,]|[：:]$/.test(text) &&
		!/^[（(].*[）)]$/u.test(text) &&
		detectDateline(text) === undefined
	);
}

/**
 * A line standing alone, however full its column, that reads as a headline by its place: under a
 * brief's list mark (`●…`), or right above a block that opens an article with its dateline. It
 * holds no full stop and ends no sentence nor on a pause (a body line that ends so runs on into
 * the text after it, and a column break before a dateline ends its sentence).
 */
function headsArticle(lines: Line[], next: Block | undefined): boolean {
	if (lines.length !== 1) return false;
	const [{ text }] = lines;
	const marked = LIST_MARK.test(text);
	const opens = next?.kind === 'text' && detectDateline(next.lines[0].text) !== undefined;
	return (
		(marked || opens) &&
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		[...text.replace(BRIEF_MARK, '')].length >= 4 &&
		!endsSentence(text) &&
		!/[。；;]|[，,、：:]$/.test(text) &&
		!/^[（(].*[）)]$/u.test(text) &&
		!isNumberedIntertitle(text) &&
		detectDateline(text) === undefined
	);
}

/**
 * A line standing alone between blank lines, however full its column, with no stop or pause in
 * it: a heading. A body line that ends no sentence runs on, and was joined to the text after it
 * as a column break; one that stays alone was set apart.
 */
function standsAloneAsHead(lines: Line[]): boolean {
	if (lines.length !== 1) return false;
	const [{ text }] = lines;
	return (
		[...text].length >= 4 &&
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		!endsSentence(text) &&
		!/[。；;，,、“”"（(]|[：:—―─]$/.test(text) &&
		detectDateline(text) === undefined &&
		detectLabel(text, true) === undefined &&
		!isNumberedIntertitle(text)
	);
}

/**
 * A line standing alone, however full its column, right above a subheadline standing alone
 * (`——…`): the headline of that head block. It holds no clause and ends no sentence; a body's
 * last line over a sign-off (`——编 者`) ends one.
 */
function headsSubheadline(lines: Line[], next: Block | undefined): boolean {
	if (lines.length !== 1 || next?.kind !== 'text' || next.lines.length !== 1) return false;
	const [{ text }] = lines;
	return (
		startsWithDash(next.lines[0].text) &&
		!/[。！？；;，,、]/.test(next.lines[0].text) &&
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		[...text].length >= 4 &&
		!endsSentence(text) &&
		!/[。；;，,、]|[：:]$/.test(text) &&
		detectDateline(text) === undefined
	);
}

// A photo's caption opens with its figure mark and a colon (`图①：…`, `图2：…`, `上图：…`): never a
// headline, however short.
const FIGURE_CAPTION = /^(?:图\s*(?:[①-⑩]|\d{1,2}|[一二三四五六七八九十])|[上下左右中]图)\s*[：:]/u;

// A list mark before a brief's headline (●某市启动…); ■ marks a column label instead.
const LIST_MARK = /^[●◆▲★☆○◇]/u;

/**
 * The first line of a text block right under a kicker standing alone (ending in ——), short of its
 * column or wider than it and ending no sentence: the kicker's headline, which the extraction set
 * tight above the first line of its body (`河翁区：搭起政府与群众——` / `系列志愿服务活动` / `有了…`).
 * A kicker is never followed by body text. A block that is all heading is left whole.
 */
function headsUnderKicker(lines: Line[], previous: Unit | undefined, width: (line: Line) => number): boolean {
	if (previous?.kind !== 'heading' || !endsWithDash(previous.text) || lines.length < 2) return false;
	// A block that reads as a heading throughout is the headline wrapped, with no body under it.
	if (isHeading(lines, joinLines(lines), width)) return false;
	const [first] = lines;
	return (
		(isTightHeadline(first, width) || (isWide(first, width(first)) && !/[。；;，,、：:]/.test(first.text))) &&
		!endsSentence(first.text) &&
		detectDateline(first.text) === undefined &&
		displayWidth(first.text) <= HEADING_MAX_WIDTH
	);
}

/**
 * A numbered heading (`一、…`, `（二）…`) standing alone right before a paragraph that opens no
 * new article (no dateline) is a 小标题 inside that article, not the headline of another: it
 * becomes a paragraph marked `intertitle`, so the article is not split there.
 */
function markIntertitles(units: Unit[]): Unit[] {
	return units.map((unit, i) => {
		const next = units[i + 1];
		if (
			unit.kind !== 'heading' ||
			next?.kind !== 'paragraph' ||
			next.dateline ||
			next.intertitle ||
			!isNumberedIntertitle(unit.text)
		)
			return unit;
		return { kind: 'paragraph', lines: unit.lines, text: unit.text, intertitle: true };
	});
}

/**
 * Headings that read as lines of a body: a box title right before its text (`核心阅读`, a
 * 小标题 of the article); a line wholly in brackets (`（本报记者 X采访整理）`, a
 * note, never a headline), and a line starting with —— right after a paragraph (a sign-off such
 * as `——编 者`; a subheadline follows its headline, not body text).
 */
function markBodyLines(units: Unit[]): Unit[] {
	return units.map((unit, i) => {
		if (unit.kind !== 'heading' || unit.lines.length > 2) return unit;
		const note = /^[（(][^（(）)]+[）)]$/u.test(unit.text);
		if (isBoxTitle(unit.text) && units[i + 1]?.kind === 'paragraph')
			return { kind: 'paragraph', lines: unit.lines, text: unit.text, intertitle: true };
		const signOff = startsWithDash(unit.text) && units[i - 1]?.kind === 'paragraph';
		return note || signOff ? { kind: 'paragraph', lines: unit.lines, text: unit.text } : unit;
	});
}

// Marks set before a brief's headline in a list of briefs (简讯): ● 呼和浩特市启动….
const BRIEF_MARK = /^[●◆▲■★☆○◇□]\s*/u;

function classifyText(lines: Line[], width: (line: Line) => number, creditNext = false): Unit[] {
	// A head block marked by its subheadline (a line starting with ——), set tight above its body.
	const head = markedHeadEnd(lines);
	if (head > 0)
		return [
			...classifyText(lines.slice(0, head + 1), width),
			...classifyText(lines.slice(head + 1), width, creditNext),
		];
	// A dateline always opens an article; a short line set tight above one, ending no sentence, is
	// that article's headline (a list of briefs: `●某市启动…` / `本报讯 6月8日，…`); so is the
	// block's first line however full (a brief's headline over its one-line text in a pdftotext dump,
	// whose column is read from the lines around it): no body line ends on a dateline's line.
	const cut = lines.findIndex(
		(line, i) =>
			i > 0 &&
			detectDateline(line.text) !== undefined &&
			isTightHeadline(lines[i - 1], width, 4, i === 1 && !wrapsDateline(lines[0], line)),
	);
	if (cut > 0)
		return [
			...(cut > 1 ? classifyText(lines.slice(0, cut - 1), width) : []),
			tightHeading(lines[cut - 1]),
			...classifyText(lines.slice(cut), width),
		];
	// A brief's headline under its list mark (`●某市启动…`), set tight in a dump with no blank
	// lines: short of its column, no stop in it, with text under it.
	const marked = lines.findIndex(
		(line, i) => i < lines.length - 1 && LIST_MARK.test(line.text) && isTightHeadline(line, width),
	);
	if (marked >= 0)
		return [
			...(marked > 0 ? classifyText(lines.slice(0, marked), width) : []),
			tightHeading(lines[marked]),
			...classifyText(lines.slice(marked + 1), width, creditNext),
		];
	// A kicker (ending in ——) set tight under the end of the body before, in a dump with no blank
	// lines: a line short of its column or wider than it, holding no sentence, after a line that
	// ends one, with its headline under it. A body line ending in a dash fills its column.
	const kicker = lines.findIndex(
		(line, i) =>
			i > 0 &&
			i < lines.length - 1 &&
			endsWithDash(line.text) &&
			!/[。！？；;!?]/.test(line.text) &&
			(!isFull(line, width(line)) || isWide(line, width(line))) &&
			endsSentence(lines[i - 1].text),
	);
	if (kicker > 0) {
		const head = tightHeading(lines[kicker]);
		const rest = lines.slice(kicker + 1);
		return [
			...classifyText(lines.slice(0, kicker), width),
			head,
			...(headsUnderKicker(rest, head, width)
				? [tightHeading(rest[0]), ...classifyText(rest.slice(1), width, creditNext)]
				: classifyText(rest, width, creditNext)),
		];
	}
	// Likewise a photo's title set tight above its caption, which ends in the credit
	// (`金秋稻田` / `兴安盟扎赉特旗的稻田迎来丰收。 本报记者 孙丽 摄`).
	// The credit may stand on the next line, a block of its own; a photo title may be as short as 2.
	if (
		lines.length >= 2 &&
		isTightHeadline(lines[0], width, creditNext ? 2 : 4) &&
		(creditNext ? endsSentence(joinLines(lines.slice(1))) : endsInCredit(lines.slice(1)))
	) {
		return [tightHeading(lines[0]), ...classifyText(lines.slice(1), width, creditNext)];
	}
	const text = joinLines(lines);
	const bare = lines.length === 1 ? detectLabel(text, true) : undefined;
	if (bare) return [{ kind: 'label', lines, text: bare, bare: true }];
	if (isHeading(lines, text, width))
		return headParts(lines).map((part): Unit => {
			if (part.label) return { kind: 'label', lines: part.lines, text: part.lines[0].text, bare: true };
			const wide = part.lines.length === 1 && isWide(part.lines[0], width(part.lines[0]));
			const text = joinLines(part.lines).replace(BRIEF_MARK, '');
			return {
				kind: 'heading',
				lines: part.lines,
				text,
				wide,
				...(part.role && { role: part.role }),
				...(part.guessed && { guessed: true }),
			};
		});
	// A headline set tight under the end of its body, with no blank line: the block's last line
	// reads as a headline on its own, and the line before it ends a sentence.
	const last = lines.at(-1)!;
	const trailing =
		lines.length >= 2 &&
		endsSentence(lines.at(-2)!.text) &&
		isHeading([last], last.text, width) &&
		(standsAlone(last, width(last)) || isWide(last, width(last))) &&
		!startsWithDash(last.text) &&
		[...last.text].length >= 4;
	const paragraphs = splitParagraphs(trailing ? lines.slice(0, -1) : lines, width);
	const units = paragraphs.flatMap((whole): Unit[] => {
		// A numbered 小标题 set tight above its part, with no blank line: its own short line.
		const [first, ...rest] = whole;
		if (
			rest.length > 0 &&
			isNumberedIntertitle(first.text) &&
			!isFull(first, width(first), true) &&
			!endsSentence(first.text)
		) {
			return [{ kind: 'paragraph', lines: [first], text: first.text, intertitle: true }, ...paragraphUnits(rest)];
		}
		return paragraphUnits(whole);
	});
	if (trailing) units.push({ kind: 'heading', lines: [last], text: last.text, wide: isWide(last, width(last)) });
	return units;
}

/**
 * Where a head block set tight above its body ends: at a subheadline (a line starting with ——)
 * under one to three lines of headline (and kicker) that hold no sentence, with text under it
 * (`…的基础上` / `——某镇：…` / `本报讯…`). Returns the subheadline's index, or -1. Body text does
 * not open with lines free of every stop and then a line starting with ——.
 */
function markedHeadEnd(lines: Line[]): number {
	const k = lines.findIndex((line, i) => i > 0 && startsWithDash(line.text));
	if (k < 1 || k > 3 || k === lines.length - 1) return -1;
	const head = lines.slice(0, k + 1);
	if (head.some((line) => /[。；;！？!?]|[：:]$/.test(line.text) || displayWidth(line.text) > HEADING_MAX_WIDTH))
		return -1;
	return k;
}

/** One paragraph's units: the paragraph, and a photo credit at its end split off. */
function paragraphUnits(paragraph: Line[]): Unit[] {
	const joined = joinLines(paragraph);
	const split = splitTrailingCredit(joined);
	const last = paragraph.at(-1) as Line;
	if (split) {
		return [
			{ kind: 'paragraph', lines: paragraph, ...tidy(split.caption) },
			{ kind: 'credit', lines: [last], text: split.credit.text, credit: split.credit },
		];
	}
	// A credit wrapped onto a line of its own inside the caption's block.
	const credit = paragraph.length > 1 ? detectCredit(last.text) : undefined;
	if (credit) {
		const caption = paragraph.slice(0, -1);
		const captionText = joinLines(caption);
		return [
			{ kind: 'paragraph', lines: caption, ...tidy(captionText) },
			{ kind: 'credit', lines: [last], text: credit.text, credit },
		];
	}
	return [{ kind: 'paragraph', lines: paragraph, ...tidy(joined) }];
}

/** A paragraph's text with extraction spaces removed (a dateline's own space kept), and its dateline. */
function tidy(text: string): { text: string; dateline?: Dateline } {
	const dateline = detectDateline(text);
	return { text: tidySpaces(text, Math.max(4, dateline?.text.length ?? 0)), dateline };
}

/** Whether lines read as a caption closed by its photo credit: on a line of its own, or at the end. */
function endsInCredit(lines: Line[]): boolean {
	const last = lines.at(-1)!;
	return (
		(lines.length > 1 && detectCredit(last.text) !== undefined) || splitTrailingCredit(joinLines(lines)) !== undefined
	);
}

/** The heading a tight headline line makes, its list mark dropped. */
function tightHeading(line: Line): Unit {
	return { kind: 'heading', lines: [line], text: line.text.replace(BRIEF_MARK, '') };
}

/** A line that reads as a headline on its own: short of its column, no full stop, not a sentence's end. */
function isTightHeadline(line: Line, width: (line: Line) => number, min = 4, first = false): boolean {
	const text = line.text.replace(BRIEF_MARK, '');
	return (
		[...text].length >= min &&
		(first || !isFull(line, width(line))) &&
		!/[。；;，,、：:]/.test(text) &&
		!endsSentence(text)
	);
}

/** Whether a line is the start of the dateline wrapped onto the next (`新华社呼和浩特` / `6月4日电（记者…`). */
function wrapsDateline(line: Line, next: Line): boolean {
	const joined = detectDateline(line.text + next.text);
	return (
		joined !== undefined && joined.text.length > (detectDateline(next.text)?.text.length ?? 0) + line.text.length - 1
	);
}

/**
 * A headline: a few short lines, none filling its column, with no full stop anywhere. A
 * headline may end in ！ or ？ but not in 。, …, ；, or ：.
 */
function isHeading(lines: Line[], text: string, width: (line: Line) => number): boolean {
	if (lines.length > HEADING_MAX_LINES || /[。；;]|[…：:]$/.test(text) || FIGURE_CAPTION.test(text)) return false;
	// A head block set tight: a kicker ending in —— above, or a subheadline starting with —— below;
	// its lines run as wide as the heads are, whatever the column under them, and each part is
	// held to a headline's width, not the whole block.
	if (lines.length >= 2) {
		const parts = splitHeadingParts(lines);
		if (parts.length >= 2 && parts.every((part) => displayWidth(joinLines(part)) <= HEADING_MAX_WIDTH)) return true;
	}
	if (displayWidth(text) > HEADING_MAX_WIDTH) return false;
	// One line wider than its column: a headline set across a narrow column.
	if (lines.length === 1 && isWide(lines[0], width(lines[0])) && !endsSentence(text)) return true;
	// One line standing alone that ends in —— with no sentence in it: a kicker set apart from its
	// headline (a body line ending so continues, and would not stand alone).
	// So is a kicker wrapped over lines with its dash alone on the last.
	if (
		(lines.length === 1 || isDashAlone((lines.at(-1) as Line).text)) &&
		endsWithDash(text) &&
		!/[。！？!?]/.test(text)
	)
		return true;
	// Lines short of their column, or in a block of several lines with no clause in it, wider than
	// it: no body line runs wider than its column, but a headline under its kicker may
	// (`从人居环境入手` / a longer line).
	const wideHead = lines.length >= 2 && !/[，,、“”]/.test(text) && !endsSentence(text);
	if (lines.every((line) => !isFull(line, width(line)) || (wideHead && isWide(line, width(line))))) return true;
	// A block of a few lines with no stop or pause anywhere, ending short of its column: a body
	// ends its paragraphs on a stop, and a column break ends on a full line.
	const last = lines.at(-1) as Line;
	return lines.length >= 2 && !/[。，,、；;：:！？!?“”]/.test(text) && !isFull(last, width(last));
}

/**
 * The parts of a head block, a bare column label on its first line set apart (`时评` above a
 * kicker ending in ——): a label is two to four Han characters, and a head block with a kicker
 * or subheadline never opens with so short a line of its own.
 */
function headParts(lines: Line[]): HeadPart[] {
	const parts = splitHeadingParts(lines);
	const [first, ...rest] = lines;
	// So is such a line above a longer one: a headline wrapped over lines is widest on its first.
	if (
		rest.length > 0 &&
		/^\p{Script=Han}{2,4}$/u.test(first.text) &&
		(splitHeadingParts(rest).length >= 2 || rest[0].width > first.width + 1)
	)
		return [{ lines: [first], label: true }, ...splitHeadingParts(rest).map((part) => ({ lines: part }))];
	return plainParts(parts);
}

/** A part of a head block: its lines, what it is when no —— says so, and whether that is a guess. */
interface HeadPart {
	lines: Line[];
	label?: boolean;
	role?: HeadingRole;
	guessed?: boolean;
}

/**
 * A kicker or subheadline printed without its ——, set tight against its headline: a headline
 * wrapped over two lines is widest on its first (the wrap fills the line), so two lines of which
 * the first is the narrower are two parts. Above a marked subheadline the first is the kicker;
 * under a marked kicker the second is the subheadline. With neither part marked, the two lines
 * stay one headline (a headline set centred may wrap short first), and the item is marked for
 * review: one of them may be a kicker or a subheadline. A first line that cannot end a headline
 * (`学用结合，`, `守护好群众的`) is wrapped, and not marked.
 */
function plainParts(parts: Line[][]): HeadPart[] {
	const narrowerFirst = (part: Line[]) => part.length === 2 && part[0].width + 1 <= part[1].width;
	const out: HeadPart[] = [];
	parts.forEach((part, i) => {
		const sub = startsWithDash(parts[i + 1]?.[0].text ?? '') && i === 0;
		const kicker = i === 1 && endsWithDash(parts[0].at(-1)!.text) && parts.length === 2;
		const last = part.at(-1)!;
		if ((parts.length === 1 || kicker) && part.length >= 2 && namesReport(part.at(-2)!, last)) {
			const head = part.slice(0, -1);
			const pair = !kicker && clearlyNarrowerFirst(head) && !continuesHeading(head[0].text, head[1].text);
			out.push(...(pair ? unmarkedPair(head) : [{ lines: head }]), { lines: [last], role: 'subheadline' });
		} else if (sub && narrowerFirst(part)) out.push({ lines: [part[0]], role: 'kicker' }, { lines: [part[1]] });
		else if (kicker && (narrowerFirst(part) || clauseUnder(part)))
			out.push({ lines: [part[0]] }, { lines: [part[1]], role: 'subheadline' });
		else if (parts.length === 1 && clauseUnder(part))
			out.push({ lines: [part[0]] }, { lines: [part[1]], role: 'subheadline' });
		else if (parts.length === 1 && clearlyNarrowerFirst(part) && !continuesHeading(part[0].text, part[1].text))
			out.push(...unmarkedPair(part));
		else if (parts.length === 1 && narrowerFirst(part) && !continuesHeading(part[0].text, part[1].text))
			out.push({ lines: part, guessed: true });
		else out.push({ lines: part });
	});
	return out;
}

// How much narrower (em) the first of two unmarked head lines must be to read as a part of its own.
const PART_NARROWER = 3;

/**
 * Two lines of which the first is clearly the narrower, and of four characters or more: a headline
 * centred over two lines wraps near even, and a kicker is no shorter than four (`久久为` / `功方能…`
 * is a wrap).
 */
function clearlyNarrowerFirst(part: Line[]): boolean {
	return (
		part.length === 2 && part[0].width + PART_NARROWER <= part[1].width && part[0].text.replace(/\s/g, '').length >= 4
	);
}

/**
 * Two head lines of which only the second holds a pause (`老区焕发新颜` / `绿色成为底色，群众得到实惠`):
 * a headline and its subheadline, a clause. A headline wrapped over lines pauses, if at all, at
 * the wrap (`学用结合，` / …), and a heading's parts never read as a sentence's continuation.
 */
function clauseUnder(part: Line[]): boolean {
	return part.length === 2 && PAUSE.test(part[1].text) && !PAUSE.test(part[0].text);
}

const PAUSE = /[，,]/;

/**
 * Two unmarked head lines, the first clearly the narrower and no clause under it: the first a
 * kicker over its headline (`奋进新征程` / `某旗全力打造…`), marked for review.
 */
function unmarkedPair([first, second]: Line[]): HeadPart[] {
	return [{ lines: [first], role: 'kicker', guessed: true }, { lines: [second] }];
}

// What a report's subheadline names it, first or last: `记某村党支部书记`, `…调查`, `…见闻`.
const REPORT_SUBHEADLINE =
	/^记\p{Script=Han}|(?:调查|见闻|纪实|侧记|综述|速写|手记|札记|记事|探访|巡礼|扫描|一瞥|报道|故事)$/u;

/**
 * The last line of a head block set tight, with no dash, that names the report it heads (a
 * profile, `记某村党支部书记张某`, or a genre, `某区基层治理调查`, `某镇见闻`, `来自某村的报道`):
 * the subheadline printed without its ——, under the headline (and a kicker). A wrap ends a
 * headline only where it filled the line before, so the line must be no narrower than the one
 * before it, or run six characters or more (a wrapped headline's tail is short), and follow a
 * line that ends no word running on (`…的`, `，`).
 */
function namesReport(before: Line, line: Line): boolean {
	return (
		REPORT_SUBHEADLINE.test(line.text) &&
		(line.width >= before.width || [...line.text.replace(/\s/g, '')].length >= 6) &&
		!continuesHeading(before.text, line.text) &&
		!/[！？!?]$/u.test(line.text)
	);
}

/**
 * A kicker (ending in ——) and a subheadline (starting with ——) set tight against the headline
 * share its block; they are separate parts, grouped again by group-headings. A dash alone on its
 * line ends the line above it (a kicker wrapped right before its dash).
 */
function splitHeadingParts(lines: Line[]): Line[][] {
	const parts: Line[][] = [];
	lines.forEach((line, i) => {
		const previous = lines[i - 1];
		const part = parts.at(-1);
		const ended = part !== undefined && endsWithDash(part.map((l) => l.text).join(''));
		const apart = previous !== undefined && !isDashAlone(line.text) && (ended || startsWithDash(line.text));
		if (parts.length === 0 || apart) parts.push([line]);
		else parts[parts.length - 1].push(line);
	});
	return parts;
}

/** A line holding only a dash (——), which the wrap cut off the line above. */
function isDashAlone(text: string): boolean {
	return /^(?:[—―─]{2}|－－)$/u.test(text.trim());
}
