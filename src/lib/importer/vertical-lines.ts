import { detectByline } from './detect-byline.ts';
import { creditsAllPictures, detectCredit, splitTrailingCredit, unscrambleCredit } from './detect-credit.ts';
import { detectDateline } from './detect-dateline.ts';
import { endsSentence } from './punctuation.ts';
import type { Line } from './lines.ts';

/** The fewest lines of one character each that read as one vertical line of print. */
const MIN_RUN = 3;

/**
 * Joins runs of lines holding one character each (at least three in a row) into one line: a
 * headline or byline set vertically comes out of the dump one character a line (`但` / `是` /
 * `‘` / `人` …). The joined line keeps the first line's number, its width is the characters'
 * printed width side by side, it counts as set in only when the first was, and it is marked
 * `vertical`: a head (headline, byline, credit), which no column break joins to running text. Two runs with one
 * blank line between them, neither a byline, are a headline set in two columns: the blank line
 * is dropped, so they read as one headline wrapped over two lines.
 * @example joinVertical(toLines('但\n是\n人\n老')).map((l) => l.text) // ['但是人老']
 */
export function joinVertical(lines: Line[]): Line[] {
	const out: Line[] = [];
	let lastRunEnd = -1;
	for (let i = 0; i < lines.length;) {
		let end = i;
		while (end < lines.length && single(lines[end])) end++;
		if (end - i >= MIN_RUN) {
			const run = lines.slice(i, end);
			const text = run.map((l) => l.text).join('');
			const credit = unscrambleCredit(text);
			const joined: Line = {
				...run[0],
				text: credit ?? text,
				width: run.reduce((sum, l) => sum + l.width, 0),
				vertical: true,
			};
			if (credit !== undefined && credit.replace(/\s/gu, '') !== text) joined.piled = true;
			const previous = out.at(-2);
			if (
				lastRunEnd === i - 1 &&
				out.at(-1)?.text === '' &&
				previous !== undefined &&
				!detectByline(previous.text) &&
				!detectByline(joined.text)
			)
				out.pop();
			out.push(joined);
			lastRunEnd = end;
			i = end;
		} else {
			out.push(...lines.slice(i, Math.max(end, i + 1)));
			i = Math.max(end, i + 1);
		}
	}
	return out;
}

/**
 * Marks, in a text dump, each vertical line of two to six Han characters set right above a line
 * set across (no blank line between) as `sideLabel`: a column's name printed upright beside the
 * head (`评` / `论` / `员` / `观` / `察` over `某某标题`). A kicker runs the way its headline runs,
 * and a headline set upright stands over its byline or a blank line, not over a line set across
 * that heads the text. Not in pdftotext's output, whose upright runs are as often a head's
 * characters out of order.
 */
export function markSideLabels(given: Line[]): Line[] {
	const lines = joinColumnNames(given);
	return lines.map((line, i) => {
		// Speed: most lines are set across, and are passed over before anything is read or made.
		if (!line.vertical || !/^\p{Script=Han}{2,6}$/u.test(line.text)) return line;
		const [previous, next] = [lines[i - 1], lines[i + 1]];
		const above = next !== undefined && next.text !== '' && !next.vertical && !detectByline(next.text);
		// So is one set right under a line set across and closing its block (`守护烟火气` / `人` / `民` /
		// `时` / `评`, then a blank line): a head printed after its body, its column's name beside it.
		const under =
			previous !== undefined &&
			previous.text !== '' &&
			!previous.vertical &&
			!detectByline(previous.text) &&
			(next === undefined || next.text === '');
		return above || under ? { ...line, sideLabel: true } : line;
	});
}

/**
 * Joins, in a text dump, each run of two lines of one Han character each set tight against a line
 * of print on one side and apart (a blank line, the dump's edge) on the other (`让规则成为习惯` /
 * `观` / `点` / a blank line; a blank line / `观` / `点` / `让创新活力竞相迸发`) into one vertical
 * line, as `joinVertical` joins longer runs: a column's two-character name printed upright beside
 * its head. Text wraps no two lines running of one character each, and a headline set upright
 * runs longer.
 */
function joinColumnNames(lines: Line[]): Line[] {
	const out: Line[] = [];
	const han = (line: Line | undefined) => line !== undefined && /^\p{Script=Han}$/u.test(line.text);
	const across = (line: Line | undefined) => line !== undefined && line.text !== '' && !single(line);
	const apart = (line: Line | undefined) => line === undefined || line.text === '';
	for (let i = 0; i < lines.length; i++) {
		const [before, a, b, after] = [lines[i - 1], lines[i], lines[i + 1], lines[i + 2]];
		if (han(a) && han(b) && ((across(before) && apart(after)) || (apart(before) && across(after)))) {
			out.push({ ...a, text: a.text + b.text, width: a.width + b.width, vertical: true });
			i++;
		} else out.push(a);
	}
	return out;
}

function single(line: Line): boolean {
	const { text } = line;
	// One character (one or two UTF-16 units); speed: asked of every line, so not by `[...text]`.
	const one = text.length === 1 || (text.length === 2 && (text.codePointAt(0) as number) > 0xffff);
	return one && !/[0-9A-Za-z]/.test(text);
}

/** The most lines a caption block holds, its title among them. */
const CAPTION_LINES = 4;

/**
 * In a pdftotext extraction, moves each credit set vertically whose glyphs came out of order
 * (`piled`, see `unscrambleCredit`) to right under the first caption after it that no credit
 * closes: a browser prints an upright credit at the top of its picture's edge, every glyph on one
 * spot, so pdftotext reads it before the picture's caption, often a column or more before it, while
 * a caption's credit set across stands tight under it. A caption is a block of at most four lines
 * (a title's among them) set between blank lines whose last line ends a sentence, with no credit
 * in it, run on at its end or first under it: the first such block that reads as a caption
 * (`captionShaped`, or opening `这是…`) where one follows, else the first of any shape (a column's
 * line ending its sentence, set apart, is no caption where a caption follows; a block opening on
 * a dateline is none ever: a story opens there). A credit with no such block after it (before the
 * next such credit) stays where it is. A vertical credit read in order (its glyphs set one under
 * another) stays where it is too.
 * @example placeVerticalCredits(joinVertical(toLines('图\n供\n者\n受\n访\n\n标题\n近日，游客在参观。'))) // the credit last
 */
export function placeVerticalCredits(lines: Line[]): Line[] {
	return moveCredits(lines, (out, i) =>
		out[i].piled ? (captionAfter(out, i + 1, Infinity, true) ?? captionAfter(out, i + 1)) : undefined,
	);
}

/**
 * Moves each line that `placeOf` places (the index right after the caption it goes under) to
 * there, once: the pass both credit placements share.
 */
function moveCredits(lines: Line[], placeOf: (out: Line[], i: number) => number | undefined): Line[] {
	const out = [...lines];
	const moved = new Set<Line>();
	for (let i = 0; i < out.length; i++) {
		const credit = out[i];
		if (moved.has(credit)) continue;
		const end = placeOf(out, i);
		if (end === undefined) continue;
		out.splice(i, 1);
		out.splice(end - 1, 0, credit);
		moved.add(credit);
		i--;
	}
	return out;
}

/**
 * The index right after the last line of the first caption block after `from`, if any. With a
 * `reach` (a credit set across), only within that many blocks, stopping at a credit standing alone,
 * and only a caption-shaped block (`captionShaped`) ending on a sentence's full stop. With `shaped`
 * (a piled upright credit's first search), only a block that reads as a caption: `captionShaped`, or
 * opening `这是…` (`这是11月15日拍摄的…`).
 */
function captionAfter(lines: Line[], from: number, reach = Infinity, shaped = false): number | undefined {
	let j = from;
	for (let seen = 0; j < lines.length && seen < reach; seen++) {
		while (j < lines.length && lines[j].text === '') j++;
		const start = j;
		while (j < lines.length && lines[j].text !== '') j++;
		if (start === j) return undefined;
		const whole = lines.slice(start, j);
		const upright = (line: Line) => line.vertical === true && detectCredit(line.text, true) !== undefined;
		// Another upright credit whose glyphs came out of order (`piled`) set tight under a caption's
		// last line is the next picture's, printed at the top of its edge: it moves on in its turn,
		// and closes no caption. Any other upright credit in the block stops the search.
		let end = whole.length;
		if (reach === Infinity) while (end > 1 && whole[end - 1].piled && upright(whole[end - 1])) end--;
		const block = whole.slice(0, end);
		if (block.some(upright)) return undefined;
		if (reach !== Infinity && block.length === 1 && detectCredit(block[0].text)) return undefined;
		const last = block.at(-1)!.text;
		if (block.length > CAPTION_LINES || !endsSentence(last) || splitTrailingCredit(last)) continue;
		if (reach !== Infinity && !(/[。！？][”’」』）)]*$/u.test(last) && captionShaped(block))) continue;
		if (shaped && !captionShaped(block) && !/^这是/u.test(block[0].text)) continue;
		if (detectDateline(block[0].text)) continue;
		if (end < whole.length) return start + end;
		let next = j;
		while (next < lines.length && lines[next].text === '') next++;
		if (
			next < lines.length &&
			detectCredit(lines[next].text, true) &&
			!(reach === Infinity && lines[next].piled && upright(lines[next]))
		)
			continue;
		return j;
	}
	return undefined;
}

// The head of a role word that a credit's wrap cut before its last character (`本报记` / `者 王芳 摄`).
const ROLE_HEAD = /^(?:本报|新华社|中新社|本报特约|特约)?记$/u;
// The most lines past a credit's tail its role's head may stand, blank lines among them.
const ROLE_HEAD_REACH = 3;

/**
 * In a pdftotext extraction, joins a credit whose role word the wrap cut (`本报记` / `者 蒋安然 摄`)
 * and that pdftotext read tail first: a line opening on `者` and a space that reads as a credit
 * once the role's head is set before it, the head (`本报记`, `新华社记`, a line of its own) within
 * three lines under it, blank lines between. The head moves to the tail's place, both one line
 * (`本报记者 蒋安然 摄`), which stays where the tail stood, tight under its caption.
 * @example joinCutRoles(toLines('…作业。\n者 蒋安然 摄\n\n本报记')).map((l) => l.text) // ['…作业。', '本报记者 蒋安然 摄', '']
 */
export function joinCutRoles(lines: Line[]): Line[] {
	const out = [...lines];
	for (let i = 0; i < out.length; i++) {
		const tail = out[i];
		if (!/^者\s/u.test(tail.text)) continue;
		for (let k = i + 1; k < out.length && k <= i + ROLE_HEAD_REACH; k++) {
			const head = out[k];
			if (head.text === '') continue;
			if (!ROLE_HEAD.test(head.text)) break;
			const text = head.text + tail.text;
			if (!detectCredit(text)) break;
			out[i] = { ...tail, text, width: tail.width + head.width };
			out.splice(k, 1);
			break;
		}
	}
	return out;
}

/** The most blocks past a credit set across its caption may stand. */
const ACROSS_REACH = 3;

/**
 * In a pdftotext extraction, moves a credit set across (`新华社记者 覃丽 摄`, `资料图片`) that
 * stands apart from the text before it to right under the first caption after it that no credit
 * closes: pdftotext reads a picture's credit where the picture's edge starts, often a block or a
 * column before the caption under the picture. The credit stands apart when it stands alone between
 * blank lines and the block before is neither a caption left without a credit nor closed by a credit
 * (a run of credits closes the captions before it), or when it stands tight under running text
 * (its block opens no caption's sentence) with a blank line under it. The caption it goes to must be
 * caption-shaped: at most four lines ending a sentence, opening on a picture's number or the day
 * (`图①：`, `近日，`, `6月12日，`), under a short title or none, within three blocks after the
 * credit, with no credit standing alone before it. A credit with no such caption stays where it is,
 * and so does one for all the page's pictures.
 * @example placeAcrossCredits(toLines('（五行正文）\n\n王芳 摄\n\n标题\n近日，游客在参观。')) // the credit last
 */
export function placeAcrossCredits(lines: Line[]): Line[] {
	return moveCredits(lines, (out, i) => {
		const credit = out[i];
		if (i < 1 || i + 1 >= out.length || credit.vertical || credit.text === '') return undefined;
		if (out[i + 1].text !== '') return undefined;
		const found = detectCredit(credit.text);
		if (!found || creditsAllPictures(found)) return undefined;
		if (out[i - 1].text === '' ? captionBefore(out, i) : !tightUnderText(out, i)) return undefined;
		return captionAfter(out, i + 1, ACROSS_REACH);
	});
}

// How a caption's sentence opens: a picture's number or place, or the day it was taken.
const CAPTION_OPENING = /^(?:图为|[上下左右]图|图\s*[①-⑳\d]|近日|日前|(?:\d{4}年)?\d{1,2}月\d{1,2}日)/u;

/** Whether a block reads as a caption: its sentence opens as one, under a short title or none. */
function captionShaped(block: Line[]): boolean {
	if (CAPTION_OPENING.test(block[0].text)) return true;
	return (
		block.length > 1 &&
		block[0].text.length <= 8 &&
		!/[，。、：；！？]/u.test(block[0].text) &&
		CAPTION_OPENING.test(block[1].text)
	);
}

/** Whether the lines tight above a credit at `at` read as running text, no caption: they open no caption's sentence. */
function tightUnderText(lines: Line[], at: number): boolean {
	let j = at - 1;
	while (j >= 0 && lines[j].text !== '') j--;
	const block = lines.slice(j + 1, at);
	return !captionShaped(block) && !block.some((line) => detectCredit(line.text, true));
}

/** Whether the block right before line `at` (blank lines between) ends on a credit, or reads as a caption no credit closes. */
function captionBefore(lines: Line[], at: number): boolean {
	let j = at - 1;
	while (j >= 0 && lines[j].text === '') j--;
	const end = j + 1;
	while (j >= 0 && lines[j].text !== '') j--;
	const block = lines.slice(j + 1, end);
	if (block.length > 0 && detectCredit(block.at(-1)!.text, true)) return true;
	if (block.length === 0 || block.length > CAPTION_LINES) return false;
	const last = block.at(-1)!.text;
	return endsSentence(last) && !splitTrailingCredit(last) && !block.some((line) => detectCredit(line.text, true));
}
