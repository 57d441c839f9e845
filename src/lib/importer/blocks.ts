import { detectByline, type Byline } from './detect-byline.ts';
import { detectChartCredit, detectCredit, splitTrailingCredit, type Credit } from './detect-credit.ts';
import { detectDateline } from './detect-dateline.ts';
import { detectFurniture, type Furniture } from './detect-furniture.ts';
import { detectLabel } from './detect-label.ts';
import type { Line } from './lines.ts';
import { displayWidth } from './display-width.ts';
import { endsSentence, joinWrapped } from './punctuation.ts';
import { isReportWord, isSurname, readNames, readsAsSignature, ROLE, signatureNames } from './detect-names.ts';

// 报道 opening a line, with the text run on after it: the end of a byline wrapped before it.
const REPORTED_AFTER = /^报道(?:[\s\u3000]*[：:]|[\s\u3000])/u;

/**
 * A run of lines the parser treats as one piece: a run of text lines between blank lines, or a
 * single byline, credit or label line (those are recognised line by line, so a byline set
 * right under a headline with no blank line still stands apart).
 */
export type Block =
	| { kind: 'text'; lines: Line[] }
	| { kind: 'byline'; lines: Line[]; byline: Byline }
	| { kind: 'credit'; lines: Line[]; credit: Credit }
	| { kind: 'label'; lines: Line[]; label: string };

/** A line of page furniture (header, date, editor credit, page number), kept for the report. */
export interface FurnitureLine extends Furniture {
	line: Line;
}

/**
 * Groups lines into blocks. Blank lines and page furniture end a text block; furniture is set
 * aside (it belongs to no item) and does not count as text, so a column break around a stray
 * page number still joins. `extracted`: the lines are pdftotext's (see `cornerLines`).
 */
export function toBlocks(lines: Line[], extracted = false): { blocks: Block[]; furniture: FurnitureLine[] } {
	const blocks: Block[] = [];
	const furniture: FurnitureLine[] = [];
	let text: Line[] = [];
	const flush = () => {
		if (text.length > 0) blocks.push({ kind: 'text', lines: text });
		text = [];
	};
	let skip = -1;
	// Each line is asked about as furniture on its own and beside its neighbours: asked once.
	const loose: (Furniture | undefined)[] = [];
	const asked: boolean[] = [];
	const looseAt = (j: number): Furniture | undefined => {
		if (!asked[j]) [loose[j], asked[j]] = [detectFurniture(lines[j].text, false), true];
		return loose[j];
	};
	const firstText = lines.findIndex((l) => l.text !== '');
	lines.forEach((line, i) => {
		if (i <= skip) return;
		if (line.text === '') return flush();
		// A chart's unit line and the figures printed under it, a label and a number each, on one
		// line or two (`单位：万件` / `2019年 984.2` / `大理` / `594`): the chart's, no item's text.
		const chart = chartFigures(lines, i);
		if (chart > i) {
			flush();
			// The line over them that ends no sentence is the chart's title: a head, which no column
			// break runs on into the caption under the figures.
			const title = blocks.at(-1)?.kind === 'text' ? blocks.at(-1)?.lines.at(-1) : undefined;
			if (title && title.text.length <= 24 && !/[。！？，,；;：:]/u.test(title.text)) title.head = true;
			for (let j = i; j < chart; j++) furniture.push({ kind: 'chart', line: lines[j] });
			skip = chart - 1;
			return;
		}
		const alone = (lines[i - 1]?.text ?? '') === '' && (lines[i + 1]?.text ?? '') === '';
		// A paper's name set tight against a page header or date is furniture too, and so is one
		// opening the page (its masthead), whatever is set under it.
		const beside = (j: number) => lines[j] !== undefined && lines[j].text !== '' && looseAt(j) !== undefined;
		const first = i === firstText;
		// So is a running header or page number set right under a line of furniture (the masthead's
		// lines, `北疆日报` / `影像 10`).
		const underFurniture = furniture.at(-1)?.line === lines[i - 1];
		const page =
			alone || first || underFurniture || beside(i - 1) || beside(i + 1)
				? detectFurniture(line.text, true)
				: looseAt(i);
		// A chart's credit with a colon (`制图：王海`), as an editor's reads, set tight under its caption's
		// last sentence, is the chart's credit, not the page's furniture.
		const charted =
			page?.kind === 'editor' && line.text.startsWith('制图') ? chartCreditUnder(line, lines[i - 1]) : undefined;
		if (charted) {
			flush();
			blocks.push({ kind: 'credit', lines: [line], credit: charted });
			return;
		}
		if (page) {
			flush();
			furniture.push({ ...page, line });
			return;
		}
		// The page's name opening the page over its number (`思想·理论` / `` / `第11版`): furniture,
		// not a head nor a series' kicker.
		const named = first ? pageNameOverNumber(lines, i) : pageNameInHeader(lines, i, furniture);
		if (named) {
			flush();
			furniture.push({ ...named, line });
			return;
		}
		// A page's corner set over two lines, its number over its name (`15` / `文化`), standing apart
		// over the date: a page header or footer, no head. Not in pdftotext's order, which sets stray
		// numbers (a chart's, a photo's) beside any line.
		const corner = extracted ? undefined : cornerLines(lines, i);
		if (corner) {
			flush();
			furniture.push({ ...corner, line }, { ...corner, line: lines[i + 1] });
			skip = i + 1;
			return;
		}
		// A jump line wrapped in a narrow column (`（下转第3` / `版）`).
		const below = lines[i + 1];
		if (
			below !== undefined &&
			line.text.length <= 8 &&
			line.text.includes('转') &&
			below.text.length <= 4 &&
			detectFurniture(line.text, false) === undefined &&
			detectFurniture(line.text + below.text, false)?.kind === 'jump'
		) {
			flush();
			furniture.push({ kind: 'jump', line }, { kind: 'jump', line: below });
			skip = i + 1;
			return;
		}
		// A byline or credit set over more than one line: the wrap cut it, or the extraction set a
		// part of it apart.
		const spanning = bylineOverLines(lines, i);
		if (spanning) {
			flush();
			blocks.push(spanning.block);
			skip = spanning.end;
			return;
		}
		// A byline run on into the first line of its text, where the dump lost the line break
		// (`本报记者　王芳　今年以来，…`): the byline stands apart, the text opens a paragraph.
		const runOn = extracted || (lines[i - 1]?.text ?? '') !== '' ? undefined : bylineRunOn(line);
		if (runOn) {
			flush();
			blocks.push({ kind: 'byline', lines: [runOn.line], byline: runOn.byline });
			text.push(runOn.rest);
			return;
		}
		// A byline wrapped over narrow lines after a name, or inside a name or a role
		// (`本报记者　王芳` / `　李强`, `本报记者　孙建　陆` / `超`).
		const byline = detectByline(line.text);
		const continued = continuedByline(lines, i, byline);
		if (continued) {
			flush();
			blocks.push({ kind: 'byline', lines: lines.slice(i, i + continued.count), byline: continued.byline });
			skip = i + continued.count - 1;
			return;
		}
		// A photo report's byline set tight under a caption's last sentence, with nothing set
		// under it, closes the captions as their credit (`图④：…游人。` / `本报记者 王芳 摄影报道`).
		if (byline && closesCaptions(line, text.at(-1), lines[i + 1])) {
			flush();
			blocks.push({ kind: 'credit', lines: [line], credit: { text: byline.text, authors: byline.authors } });
			return;
		}
		// A byline whose 报道 wrapped onto the next line (`本报记者　王芳` / `报道：近日…`) opens the
		// text as a dateline does: it stays in the paragraph.
		if (
			byline &&
			!(lines[i + 1] && REPORTED_AFTER.test(lines[i + 1].text) && /^\p{Script=Han}/u.test(line.text)) &&
			!runsOnAsPosted(line, byline, lines[i + 1], lines[i + 2])
		) {
			flush();
			blocks.push({ kind: 'byline', lines: [line], byline });
			return;
		}
		// `X摄` with no space before 摄, short and tight under a caption's last sentence, is its credit.
		// So is a name of a common surname glued to 摄 (`readsAsSignature`) first in its block (a blank line above it:
		// `黄磊军摄` over its caption or alone), as no sentence opens; or under a caption closed by its own
		// credit (`…。 本报记者 王芳摄` / `李强摄`); or under a photo's title (`titleAbove`).
		const glued = line.text.endsWith('摄') && line.text.length <= 8;
		const credit =
			detectCredit(line.text) ??
			(glued &&
			(/[。！？]$/u.test(text.at(-1)?.text ?? '') ||
				// Speed: the name is read only where no credit was read without it (most lines ending in 摄 are one).
				(readsAsSignature(line.text.slice(0, -1)) &&
					((text.length > 0 && splitTrailingCredit(text.at(-1)!.text) !== undefined) ||
						(text.length === 0 && lines[i - 1]?.text === '') ||
						titleAbove(text))))
				? detectCredit(line.text, true)
				: undefined);
		// A credit run on after a caption and wrapped inside the name: the surname closes the
		// caption's last line (`…草原。 汪` / `庆英 摄`); or wrapped after its role (`…务点。 本报记者` / `王国凯 摄`).
		const cut =
			(credit ? surnameCut(text.at(-1), line, credit) : undefined) ??
			roleCut(text.at(-1), line) ??
			creditCut(text.at(-1), line);
		if (cut) {
			text[text.length - 1] = cut.caption;
			flush();
			blocks.push({ kind: 'credit', lines: [cut.surname, line], credit: cut.credit });
			return;
		}
		if (credit) {
			flush();
			blocks.push({ kind: 'credit', lines: [line], credit });
			return;
		}
		const label = detectLabel(line.text);
		const signed = label ? signatureUnderMark(line.text, label, text.at(-1)) : undefined;
		if (signed) {
			flush();
			blocks.push({ kind: 'byline', lines: [line], byline: signed });
			return;
		}
		if (label) {
			flush();
			blocks.push({ kind: 'label', lines: [line], label });
			return;
		}
		text.push(line);
	});
	flush();
	return { blocks, furniture };
}

/** A chart's credit with a colon, `制图：王海` (`detectChartCredit`), alone on its line and tight under a sentence's end (`above`): its credit. */
function chartCreditUnder(line: Line, above: Line | undefined): Credit | undefined {
	return above && endsSentence(above.text) ? detectChartCredit(line.text) : undefined;
}

// A chart's unit, alone on its line: `单位：万件`, `单位：%`.
const CHART_UNIT = /^单位\s*[：:]\s*[^\s，,。；;：:]{1,6}$/u;
// A chart's figure: a label (a year, a place of two to four characters) and its number, or the number alone.
const CHART_FIGURE = /^(?:(?:\d{4}年|\p{Script=Han}{2,4})\s*)?\d{1,6}(?:\.\d{1,3})?%?$/u;
const CHART_LABEL = /^(?:\d{4}年|\p{Script=Han}{2,4})$/u;
const CHART_NUMBER = /^\d{1,6}(?:\.\d{1,3})?%?$/u;

/**
 * Where a chart's unit line at `i` and the figures set tight under it end (the index after them):
 * each a label and its number on one line, or the label over its number. `i` when the line is no
 * chart's unit or no figure follows it.
 */
function chartFigures(lines: Line[], i: number): number {
	if (!lines[i].text.startsWith('单位') || !CHART_UNIT.test(lines[i].text)) return i;
	let j = i + 1;
	for (;;) {
		const text = lines[j]?.text ?? '';
		if (CHART_FIGURE.test(text)) j++;
		else if (CHART_LABEL.test(text) && CHART_NUMBER.test(lines[j + 1]?.text ?? '')) j += 2;
		else break;
	}
	return j > i + 1 ? j : i;
}

/**
 * Whether the last line of a text block is a photo's title set over its credit: short, with no
 * punctuation, and first in its block or under a sentence's end or a caption's credit (`…施工高峰期。` / `丰收的喜悦` / `傅荷嘉摄`).
 */
function titleAbove(text: Line[]): boolean {
	const title = text.at(-1);
	if (!title || title.text.length > 12 || /[\p{P}\s]/u.test(title.text)) return false;
	const above = text[text.length - 2]?.text;
	return above === undefined || endsSentence(above) || splitTrailingCredit(above) !== undefined;
}

/**
 * A reporter's byline run on into the first line of its text after a space, where the dump lost
 * the line break (`本报记者　王芳　今年以来，…`, `记者 王芳 通讯员 李强 近日，…`), first in its block
 * (under a line, it is the wrapped rest of a dateline: `…本报驻纽约` / `记者 王芳 据…`): a role opens the
 * line, the words before the space read as a byline naming people (names of four characters at
 * most, a transliterated name's dot aside), and what follows is text (a stop, pause or quote in
 * it), not more names or roles. A dateline's run-on reporters (`本报驻开罗记者 孙强 该国…`,
 * `记者 王芳 报道 近日…`) stay in the text, as the dateline does. Returns the byline's line, the
 * byline, and the text's line (same number, set in as a paragraph's first).
 */
function bylineRunOn(line: Line): { line: Line; byline: Byline; rest: Line } | undefined {
	// Speed: most lines open with no role and hold no space.
	if (!line.text.includes(' ') || !ROLE.test(line.text)) return undefined;
	const words = line.text.split(' ');
	if (words.length < 3 || detectDateline(line.text) !== undefined) return undefined;
	for (let k = Math.min(words.length - 1, 7); k >= 2; k--) {
		const rest = words.slice(k).join(' ');
		if (ROLE.test(words[k]) || !/[，。、；：！？“]/u.test(rest)) continue;
		const head = words.slice(0, k).join(' ');
		const byline = detectByline(head);
		if (!byline || byline.authors.length === 0) continue;
		if (!byline.authors.every((n) => [...n].length <= 4 || /[·・•‧･∙．]/u.test(n))) return undefined;
		return {
			line: { number: line.number, text: head, width: displayWidth(head) },
			byline,
			rest: { number: line.number, text: rest, width: displayWidth(rest), indented: true },
		};
	}
	return undefined;
}

/**
 * A page's number and name on two lines of their own, either way round (`15` / `文化`, `文化` / `15`),
 * with a blank line (or the page's edge) before them and a line of furniture (the date) right
 * under them: the corner of a page header or footer, as `15 文化` on one line reads. A photo's
 * credit is no page name (`新华社发`, `王芳摄`).
 */
/**
 * A byline or credit from line `i` over the lines after it, the block and the index of the last
 * line it takes (a blank line inside it taken too).
 */
function bylineOverLines(lines: Line[], i: number): { block: Block; end: number } | undefined {
	const [line, next, tail, after] = [lines[i], lines[i + 1], lines[i + 2], lines[i + 3]];
	// A credit wrapped over two lines (`新华社记者` / `王芳 摄`, `本报记者 王` / `芳 摄`). Not a 图
	// that ends the credit above, wrapped inside its 供图 (`…宣传部供` / `图` / `王芳 摄`): the next
	// photo's credit stands under it.
	// Speed: the line, 图 alone, is asked first; the line above only under one.
	const finishesAbove = line.text === '图' && (lines[i - 1]?.text ?? '').endsWith('供');
	const wrapped = finishesAbove ? undefined : wrappedCredit(line, next);
	if (wrapped) return { block: { kind: 'credit', lines: [line, next], credit: wrapped }, end: i + 1 };
	// A byline wrapped after a role word (`本报记者 王芳 通讯员` / `李强`, `本报记者` / `王芳 李强`).
	const wrappedBy = wrappedByline(line, next);
	if (wrappedBy) {
		// And wrapped again inside its next role (`□本报记者` / `王芳 通讯` / `员 李强`): the line under
		// completes the role its names follow.
		const role = ROLE.exec(line.text.replace(/^[□◎■◆]\s*/u, ''))?.[0];
		const again =
			continues(tail) && /^\p{Script=Han}+$/u.test(next.text.split(' ').at(-1) as string)
				? joinByline(`${line.text} ${next.text}`, tail.text, role, wrappedBy.authors.length)
				: undefined;
		if (again && again.text !== `${line.text} ${next.text} ${tail.text}`)
			return { block: { kind: 'byline', lines: [line, next, tail], byline: again.byline }, end: i + 2 };
		return { block: { kind: 'byline', lines: [line, next], byline: wrappedBy }, end: i + 1 };
	}
	// A byline wrapped after its role and again inside its last name (`□本报记者` / `王芳 李` / `强`).
	const twice = wrappedTwice(line, next, tail, after);
	if (twice) return { block: { kind: 'byline', lines: [line, next, tail], byline: twice }, end: i + 2 };
	// A byline wrapped inside its last name (`□本报评论员 唐建` / `晨`).
	const wrappedIn = wrappedName(line, next, tail);
	if (wrappedIn) return { block: { kind: 'byline', lines: [line, next], byline: wrappedIn }, end: i + 1 };
	// A photo credit whose 摄 the extraction set apart, a blank line under the name (`王芳` / `` / `摄`).
	const apart = creditApart(line, next, tail);
	if (apart) return { block: { kind: 'credit', lines: [line, tail], credit: apart }, end: i + 2 };
	// A byline or credit the extraction spread over lines a blank line apart, one word a line
	// (`本报记者` / `` / `王芳` / `` / `李强`, `本报记者` / `` / `毛` / `` / `华` / `` / `摄`).
	return spreadByline(lines, i);
}

// A page's name as its corner prints it: a word or two set apart by a middle dot (`要闻`, `思想·理论`).
const PAGE_NAME = /^\p{Script=Han}{2,6}(?:[·・]\p{Script=Han}{2,6})?$/u;

/**
 * The page's name printed on its own first line over the page's number, the next line with text
 * (`要闻` / `` / `第04版`, `思想·理论` / `03`): a page header naming the page, no item's head (a
 * series' kicker reads the same, `走基层·看变化`, but stands over its headline, not a page number).
 */
function pageNameOverNumber(lines: Line[], i: number): Furniture | undefined {
	if (!PAGE_NAME.test(lines[i].text)) return undefined;
	// The next line with text, or the one after a date set between (`体育` / `2024年2月4日` / `第19版`).
	for (let j = i + 1, dates = 0; j < lines.length && dates <= 1; j++) {
		if (lines[j].text === '') continue;
		const number = detectFurniture(lines[j].text, (lines[j + 1]?.text ?? '') === '');
		if (number?.kind === 'page-number' || (number?.kind === 'page-header' && !number.pageName))
			return { kind: 'page-header', pageName: lines[i].text, pageNumber: number.pageNumber ?? Number(lines[j].text) };
		if (number?.kind !== 'date') return undefined;
		dates++;
	}
	return undefined;
}

// What a page's header sets beside its name: the date, the page's number, a header without a name.
const HEADER_KINDS = new Set(['date', 'page-number', 'page-header', 'paper-name']);

/**
 * The page's name set on a line of its own inside the page's header, between lines of it: under
 * the page's number or the date and over the other (`11` / `评论` / `2020年1月20日`, `2020年6月23日 星期二`
 * / `摄影` / `05`), blank lines between or not. A header, no column's label: a label stands over
 * a head, never between the date and the page's number. Only while the page has no name yet.
 */
function pageNameInHeader(lines: Line[], i: number, furniture: FurnitureLine[]): Furniture | undefined {
	// The cheap tests first: this runs on every line of the page.
	const above = furniture.at(-1);
	if (!above || !HEADER_KINDS.has(above.kind) || above.pageName) return undefined;
	let up = i - 1;
	while (up >= 0 && lines[up].text === '') up--;
	if (up < 0 || above.line !== lines[up]) return undefined;
	if (!PAGE_NAME.test(lines[i].text) || furniture.some((f) => f.pageName)) return undefined;
	let down = i + 1;
	while (down < lines.length && lines[down].text === '') down++;
	if (down >= lines.length) return undefined;
	const below = detectFurniture(lines[down].text, true);
	if (!below || !HEADER_KINDS.has(below.kind) || below.pageName) return undefined;
	// One side holds the page's number, the other the date or the paper.
	const numbered = (f: Furniture) =>
		f.kind === 'page-number' || (f.kind === 'page-header' && f.pageNumber !== undefined);
	if (numbered(above) === numbered(below)) return undefined;
	return { kind: 'page-header', pageName: lines[i].text, pageNumber: above.pageNumber ?? below.pageNumber };
}

function cornerLines(lines: Line[], i: number): Furniture | undefined {
	const [line, below] = [lines[i], lines[i + 1]];
	if (below === undefined || line.text.length > 6 || below.text.length > 6) return undefined;
	if (!/^\d{1,3}$/u.test(line.text) && !/^\d{1,3}$/u.test(below.text)) return undefined;
	if ((lines[i - 1]?.text ?? '') !== '') return undefined;
	const after = lines[i + 2]?.text ?? '';
	if (after === '' || detectFurniture(after, false) === undefined) return undefined;
	if (detectCredit(line.text) || detectCredit(below.text)) return undefined;
	const corner = detectFurniture(`${line.text} ${below.text}`, true);
	return corner?.kind === 'page-header' ? corner : undefined;
}

/**
 * A person's name under a label's mark (`■ 王芳`, `◆李强`), set tight under a line that ends a
 * sentence: the signature closing that text, as a commentary's writer signs under it, not a
 * column's label (a label stands over a head, and names no person: `■简讯`, `■观潮`). The name
 * reads as a person's (a common surname, `signatureNames`).
 * @example signatureUnderMark('■ 王芳', '王芳', { text: '…的决心。' }) // a byline of 王芳
 */
function signatureUnderMark(text: string, label: string, above: Line | undefined): Byline | undefined {
	if (above === undefined || !endsSentence(above.text) || !/^[■◆]/u.test(text)) return undefined;
	const authors = signatureNames(label);
	return authors && authors.length > 0 ? { text: label, authors, commentary: true } : undefined;
}

/**
 * Whether a photo report's byline (`…摄影报道`) closes the caption above it: set tight under a
 * line that ends a sentence, with a blank line or the end of the dump under it.
 */
function closesCaptions(line: Line, above: Line | undefined, below: Line | undefined): boolean {
	return (
		/摄影报道$/u.test(line.text) &&
		above !== undefined &&
		/[。！？!?…”]$/u.test(above.text) &&
		(below === undefined || below.text === '')
	);
}

// What a credit wrapped over two lines ends on (摄, 发, 图, 片, a bracket), as UTF-16 codes.
const ENDS_CREDIT = new Set([...'摄发图片）)'].map((mark) => mark.charCodeAt(0)));

/**
 * A photo credit the layout wrapped over two lines: the first line is no credit or byline of its
 * own and holds no sentence, and the two read together as one credit.
 */
function wrappedCredit(line: Line, next: Line | undefined): Credit | undefined {
	// Speed: what the next line ends on (`ENDS_CREDIT`, which every reading below needs) is asked before the line is read.
	if (next === undefined || next.text === '' || !ENDS_CREDIT.has(next.text.charCodeAt(next.text.length - 1)))
		return undefined;
	if (/[。！？；，,：:“”]/.test(line.text)) return undefined;
	// The next role and its names wrapped whole before 摄 (`本报记者 王芳` / `通讯员 李强 摄`): a
	// byline's form on a line of any width, the credit's second role opening the next.
	const nextRole = next.text.endsWith('摄') && ROLE.test(next.text) && ROLE.test(line.text);
	// So does a 摄 alone that wrapped (`本报记者 汤红 通讯员 朱晨` / `摄`): it ends only a credit.
	const she = /^摄(?:[（(][^（()）]{1,12}[）)])?$/u.test(next.text);
	if (line.width > 12 && !nextRole && !she) return undefined;
	if (detectCredit(line.text)) return sourceOverPhotographer(line, next);
	// A byline's form on the first line is a credit's head only when what wraps is short and holds
	// no sentence: `本报记者 王芳` / `摄`.
	if (detectByline(line.text) && !nextRole && (next.text.length > 8 || /[。！？；，,：:“”]/.test(next.text)))
		return undefined;
	// A role standing whole on the first line keeps its space before the name: `新华社记者 王芳 摄`.
	// So do whole names before the `摄` that wrapped: `本报记者 王芳` / `摄`, `王芳` / `摄（人民视觉）`.
	const role = ROLE.exec(line.text);
	const whole = nextRole || role?.[0] === line.text || (/^摄/u.test(next.text) && readNames(line.text) !== undefined);
	const text = whole ? `${line.text} ${next.text}` : joinWrapped(line.text, next.text);
	const credit = detectCredit(text);
	return credit && { ...credit, text };
}

/**
 * A credit naming the source first, wrapped before the photographer (`新华社发` / `王芳摄`): the
 * source alone on its line, the photographer's credit under it, read as one credit
 * (`新华社发 王芳摄`).
 */
function sourceOverPhotographer(line: Line, next: Line): Credit | undefined {
	if (!/发$/u.test(line.text) || !/摄$/u.test(next.text) || next.text.length > 12) return undefined;
	const text = `${line.text} ${next.text}`;
	const credit = detectCredit(text);
	return credit && credit.authors.length > 0 ? { ...credit, text } : undefined;
}

/**
 * Where a photo credit run on after a caption wrapped inside its first name: the caption's line
 * ends a sentence, then a space and one or two Han characters (`…草原。 汪`), and the credit
 * opens with the rest of the name (`庆英 摄`), the two no longer than a name (four characters).
 * Returns the caption's line without the surname, the surname as a line of its own (same number)
 * and the credit read whole.
 */
function surnameCut(above: Line | undefined, line: Line, credit: Credit) {
	const tail = above && /^(.*[。！？!?…”])\s+(\p{Script=Han}{1,2})$/u.exec(above.text);
	const first = /^\p{Script=Han}{1,3}(?=\s|摄)/u.exec(line.text)?.[0];
	if (!tail || !first || credit.authors[0] !== first || tail[2].length + first.length > 4) return undefined;
	const whole = detectCredit(tail[2] + line.text);
	if (!whole || whole.authors[0] !== tail[2] + first) return undefined;
	return {
		caption: { ...above, text: tail[1], width: displayWidth(tail[1]) },
		surname: { number: above.number, text: tail[2], width: displayWidth(tail[2]) },
		credit: whole,
	};
}

/**
 * Where a photo credit run on after a caption wrapped right after its role: the caption's line
 * ends a sentence, then a space and the role (`…服务点。 本报记者`), and the next line is the
 * photographer's name and 摄 alone (`王国凯 摄`). Returns the caption's line without the role, the
 * role as a line of its own (same number) and the credit read whole.
 */
function roleCut(above: Line | undefined, line: Line) {
	// Speed: the name line, short, is asked first; the caption's pattern runs over its whole line.
	if (!line.text.endsWith('摄') || !/^\p{Script=Han}{2,4}\s*摄$/u.test(line.text)) return undefined;
	const tail = above && /^(.*[。！？!?…”])\s+((?:本报|新华社)?(?:记者|通讯员))$/u.exec(above.text);
	if (!tail) return undefined;
	const whole = detectCredit(`${tail[2]} ${line.text}`);
	if (!whole || whole.authors.length === 0) return undefined;
	return {
		caption: { ...above, text: tail[1], width: displayWidth(tail[1]) },
		surname: { number: above.number, text: tail[2], width: displayWidth(tail[2]) },
		credit: { ...whole, text: `${tail[2]} ${line.text}` },
	};
}

/**
 * Where a photo credit run on after a caption wrapped anywhere else: inside its source or role
 * (`…草原。 新华` / `社发 王芳 摄`, `…草原。 经济` / `日报记者 王芳 摄`), inside a transliterated name
 * (`…草原。 阿依` / `古丽·买买提 摄`) or between two names (`…草原。 王芳` / `李强 摄`). The caption's
 * line ends a sentence, then a space and a short run of words with no stop or bracket; the line
 * ends as a credit does, and the two read together as one naming people (names of four
 * characters at most, a transliterated name aside). Cut at a space where the line was set in
 * (`　李强　摄`), else inside a word. Returns the caption's line without the run, the run as a line
 * of its own (same number) and the credit read whole.
 */
function creditCut(above: Line | undefined, line: Line) {
	// Speed: the credit's line is asked first, the caption's pattern only under one.
	if (above === undefined || line.text.length > 24 || !(line.text.endsWith('摄') || line.text.endsWith('供图')))
		return undefined;
	const tail =
		/^(.*[。！？!?…”])\s+([^\s。！？!?…”，,、；;：:（()）]{1,8}(?: [^\s。！？!?…”，,、；;：:（()）]{1,8}){0,2})$/u.exec(
			above.text,
		);
	if (!tail) return undefined;
	// A photographer's credit whole after the caption (`…。 本报记者 王芳摄`) is the caption's own:
	// the credit under it is another photo's (`李强摄`), not the rest of it.
	if (tail[2].endsWith('摄') && (detectCredit(tail[2], true)?.authors.length ?? 0) > 0) return undefined;
	const text = line.indented ? `${tail[2]} ${line.text}` : tail[2] + line.text;
	const whole = detectCredit(text);
	if (!whole || whole.authors.length === 0) return undefined;
	if (!whole.authors.every((n) => [...n].length <= 4 || /[·・•‧･∙．]/u.test(n))) return undefined;
	return {
		caption: { ...above, text: tail[1], width: displayWidth(tail[1]) },
		surname: { number: above.number, text: tail[2], width: displayWidth(tail[2]) },
		credit: { ...whole, text },
	};
}

// The role words a byline's line may end on, its names wrapped onto the next line.
const ROLE_WORDS = ['记者', '通讯员', '评论员', '实习生'];

// The characters the role words end on, as UTF-16 codes (speed: most lines end on none, and are not read further).
const ROLE_LAST = new Set(ROLE_WORDS.map((word) => word.charCodeAt(word.length - 1)));

/** Whether a text ends in a role word (`…记者`, `…通讯员`). Speed: no pattern run from every place in the line. */
function endsWithRoleWord(text: string): boolean {
	return ROLE_LAST.has(text.charCodeAt(text.length - 1)) && ROLE_WORDS.some((word) => text.endsWith(word));
}

/**
 * A byline the layout wrapped right after a role word: the first line ends in a role with no
 * name after it (`本报记者 王芳 通讯员`, `本报记者`), the next holds names only (`李强`). A role
 * is always followed by its names, so the two are one byline.
 */
function wrappedByline(line: Line, next: Line | undefined): Byline | undefined {
	if (next === undefined || next.text === '' || !endsWithRoleWord(line.text)) return undefined;
	const words = line.text.replace(/^[□◎]\s*/u, '').split(/\s+/u);
	// A photo credit under a commentator's role (`◎本报评论员` / `资料图片`) names no one.
	if (!ROLE.test(words.at(-1) as string) || /[。！？；：:，,“”（）()]/u.test(next.text) || detectCredit(next.text))
		return undefined;
	// A name is at most four characters: `本报评论员` / `博物馆推出` is a role signing alone over its text.
	const names = readNames(next.text);
	if (!names || names.roles.length > 0 || names.names.length > 3 || names.names.some((n) => [...n].length > 4))
		return undefined;
	// A commentator's role alone signs a commentary by itself: the line under it is its writer's
	// only where it reads as a signature, a name of a common surname (`本报评论员` / `社区新貌`, a
	// photo's title, or `多一些`, a headline's piece, name no one).
	if (/评论员$/u.test(line.text) && words.length === 1 && !names.names.every(readsAsSignature)) return undefined;
	return detectByline(`${line.text} ${next.text}`);
}

/**
 * A byline the layout wrapped over narrow lines, the rest of it set tight under its first line:
 * after a name, the next line holds the next role and its names (`本报记者　王芳` / `　实习生　李强`:
 * another role than the first, as the stacked bylines of two items repeat theirs) or names only,
 * of common surnames (`本报记者　王芳` / `　李强`); or the wrap cut a name or a role, the line
 * ending in a lone character that the next completes (`本报记者　孙建　陆` / `超`, `…王芳　通` /
 * `讯员　李强`). Up to three more lines are read so. `opened` is the first line read alone as a
 * byline, if it reads so. Returns the byline and the lines it holds.
 */
function continuedByline(
	lines: Line[],
	i: number,
	opened: Byline | undefined,
): { byline: Byline; count: number } | undefined {
	const first = lines[i].text;
	// Speed: most lines are text, over a line of text; the cheap tests first.
	if (first.length > 40 || !continues(lines[i + 1])) return undefined;
	const role = ROLE.exec(first.replace(/^[□◎■◆]\s*/u, ''))?.[0];
	if (!role && !opened) return undefined;
	let text = first;
	let found: Byline | undefined;
	let count = 1;
	for (let k = i + 1; k <= i + 3; k++) {
		const next = lines[k];
		if (!continues(next)) break;
		// A reporter's byline (a role opens it) the layout wrapped where it filled the column.
		const join = (tail: string) =>
			joinByline(
				text,
				tail,
				role,
				found?.authors.length ?? opened?.authors.length ?? 0,
				role !== undefined && fillsColumn(lines, k),
			);
		let joined = join(next.text);
		// The line wrapped again inside its last name, a lone character ending it that the line
		// under it completes (`本报记者　王芳` / `通讯员　李强　刘` / `萍玉`).
		if (!joined && k < i + 3 && /(?:^|\s)\p{Script=Han}$/u.test(next.text) && continues(lines[k + 1])) {
			joined = join(next.text + lines[k + 1].text);
			if (joined) k++;
		}
		if (!joined) break;
		[text, found, count] = [joined.text, joined.byline, k - i + 1];
	}
	return found && { byline: found, count };
}

/**
 * A photo credit whose 摄 the extraction set on a line of its own a blank line under the name
 * (`王芳` / `` / `摄`, `唐 雨` / `` / `摄（人民视觉）`): 摄 alone, or with its agency in brackets,
 * ends only a credit, and the line above holds one or two names and nothing else (no role: a
 * role spread over lines is spreadByline's).
 */
function creditApart(line: Line, blank: Line | undefined, tail: Line | undefined): Credit | undefined {
	if (blank?.text !== '' || tail === undefined || !/^摄(?:[（(][^（()）]{1,12}[）)])?$/u.test(tail.text))
		return undefined;
	if (line.text.length > 9 || !/^[\p{Script=Han} ]+$/u.test(line.text)) return undefined;
	const read = readNames(line.text);
	if (!read || read.roles.length > 0 || read.names.length > 2 || read.names.some((n) => [...n].length > 4))
		return undefined;
	const credit = detectCredit(`${line.text} ${tail.text}`);
	return credit && credit.authors.length > 0 ? credit : undefined;
}

/**
 * A byline or photo credit that the extraction spread over lines a blank line apart, each word
 * on a line of its own: a role alone (`本报记者`), then names (one to three Han characters, a
 * name of two or three opening with a common surname), more roles, and for a credit `摄` last.
 * The longest such run that reads as a byline or a credit is one. Returns its block and the index
 * of its last line.
 */
function spreadByline(lines: Line[], i: number): { block: Block; end: number } | undefined {
	// Speed: the run goes on only to a word that may fit it (see `fits` below: 摄, a role, one to
	// three Han characters). Most lines are set tight over the next, or end a paragraph with a
	// paragraph under the blank: asked before the line's mark and names are read.
	const word = lines[i + 1]?.text === '' ? lines[i + 2]?.text : undefined;
	if (word === undefined || !(word === '摄' || /^\p{Script=Han}{1,3}$/u.test(word) || ROLE.exec(word)?.[0] === word))
		return undefined;
	// A byline's mark may stand before the role (`□本报记者` / `` / `王芳`); the byline keeps it.
	const mark = /^[□◎☆★△○]\s*(?=\p{Script=Han})/u.exec(lines[i].text)?.[0] ?? '';
	const role = lines[i].text.slice(mark.length);
	if (role.length > 12) return undefined;
	// A mark opens a byline only: before a name alone it signs already (`◎王芳`), and no credit opens with one.
	if (mark !== '' && ROLE.exec(role)?.[0] !== role) return undefined;
	// A photographer's credit may open on the name itself, whole or its surname alone (`黄艳慧` / `摄`,
	// `张` / `凯` / `摄`): then it reads only as a credit, 摄 last.
	const named = ROLE.exec(role)?.[0] !== role;
	if (named && !signatureNames(role) && !isSurname(role)) return undefined;
	let found: { block: Block; end: number } | undefined;
	const words = [role];
	const used = [lines[i]];
	for (let k = i + 2; k < lines.length && k <= i + 16 && lines[k - 1].text === ''; k += 2) {
		const word = lines[k].text;
		// A date's weekday (`星期五`) set under a role is furniture, not a name.
		if (detectFurniture(word, true)) break;
		const fits =
			word === '摄' ||
			ROLE.exec(word)?.[0] === word ||
			/^\p{Script=Han}$/u.test(word) ||
			(/^\p{Script=Han}{2,3}$/u.test(word) &&
				(readsAsSignature(word) ||
					((ROLE.exec(words.at(-1) as string)?.[0] === words.at(-1) ||
						/^\p{Script=Han}{2,3}$/u.test(words.at(-1) as string)) &&
						readNames(word) !== undefined)));
		if (!fits) break;
		words.push(word);
		used.push(lines[k]);
		const text = words.join(' ');
		if (word === '摄') {
			if (mark !== '') break;
			const credit = detectCredit(text);
			if (credit && credit.authors.length > 0) found = { block: { kind: 'credit', lines: [...used], credit }, end: k };
			break;
		}
		if (named) continue;
		const byline = detectByline(mark + text);
		if (byline && byline.authors.length > 0) found = { block: { kind: 'byline', lines: [...used], byline }, end: k };
	}
	return found;
}

/**
 * Whether the line above line `k` runs as wide as the column of text set tight under line `k`
 * (the widest of the next four lines, within a character's width either way, each space of the
 * byline counted as the ideographic space it was set as): a line the layout filled, so that what it held went on onto line `k`.
 */
function fillsColumn(lines: Line[], k: number): boolean {
	let column = 0;
	for (let j = k + 1; j <= k + 4 && (lines[j]?.text ?? '') !== ''; j++) column = Math.max(column, lines[j].width);
	const above = lines[k - 1];
	const width = above.width + (above.text.split(' ').length - 1) / 2;
	return column > 0 && Math.abs(width - column) <= 1;
}

/** Whether a line may hold the rest of a byline: Han characters and spaces only, on a narrow line. */
function continues(next: Line | undefined): next is Line {
	return (
		next !== undefined &&
		next.width <= 12 &&
		// Or a role's tail and its colon before a name (`员：李强`), where the wrap cut the role.
		(/^[\p{Script=Han} ]+$/u.test(next.text) ||
			/^\p{Script=Han}{1,4}[：:|｜]\p{Script=Han}[\p{Script=Han} ]*$/u.test(next.text))
	);
}

/**
 * A byline's text and the line wrapped under it read as one (continuedByline), if they read so.
 * `filled`: the line above `next` ran as wide as the column under it (fillsColumn), so the
 * layout wrapped it: names of any surname go on there, and a lone character finishes the last name.
 */
function joinByline(
	text: string,
	next: string,
	role: string | undefined,
	names: number,
	filled = false,
): { text: string; byline: Byline } | undefined {
	if (next.endsWith('摄') || text.endsWith('摄')) return undefined;
	// The last word after a role's colon or bar, where one sets it off (`通讯员：李` / `强`).
	const last = text
		.replace(/^[□◎■◆]\s*/u, '')
		.split(' ')
		.at(-1)
		?.split(/[：:|｜]/u)
		.at(-1) as string;
	// Cut inside a name (a lone character, the two parts no longer than a name) or a role (what
	// the line ends with reads as no name: `本报见习` / `记者 王芳`): the line's last word and the
	// next line's first are one.
	// A role set off from its names by a colon or bar (`本报记者：王芳 通讯` / `员：李强`) ends at it.
	const word = last + (next.split(/[ ：:|｜]/u)[0] as string);
	const cut =
		/^\p{Script=Han}$/u.test(last) || (filled && /^\p{Script=Han}{2,3}$/u.test(last) && /^\p{Script=Han}$/u.test(next))
			? [...word].length <= 4
			: ROLE.exec(word)?.[0] === word && !readsAsSignature(last);
	if (cut) {
		const byline = detectByline(text + next);
		if (byline && byline.authors.length > 0) return { text: text + next, byline };
	}
	// A line ending in a role is wrappedByline's.
	if (ROLE.exec(last)?.[0] === last) return undefined;
	const read = readNames(next);
	if (!read || read.names.length === 0 || read.names.some((n) => [...n].length > 4)) return undefined;
	if (
		read.roles.length > 0
			? ROLE.exec(next)?.[0] !== read.roles[0] || read.roles[0] === role
			: !read.names.every((n) => readsAsSignature(n) || (filled && /^\p{Script=Han}{2,3}$/u.test(n)))
	)
		return undefined;
	const byline = detectByline(`${text} ${next}`);
	return byline && byline.authors.length > names ? { text: `${text} ${next}`, byline } : undefined;
}

/**
 * A byline wrapped twice in a narrow column: after its role (`□本报记者`), then inside the last
 * name (`王芳 李` / `强`), the name's tail alone with a blank line or the end under it.
 */
function wrappedTwice(line: Line, next: Line | undefined, tail: Line | undefined, after: Line | undefined) {
	if (next === undefined || tail === undefined || !endsWithRoleWord(line.text)) return undefined;
	if (wrappedByline(line, next) || !/(?:^|\s)\p{Script=Han}$/u.test(next.text)) return undefined;
	const cut = wrappedName({ ...next, text: `${line.text} ${next.text}` }, tail, after);
	return cut;
}

/**
 * Whether a line that reads as a byline is a posted correspondent's role and name run on into the
 * text (`本报驻日内瓦记者 孙强 双方同` / `意加强…`): the dateline reading names fewer reporters than
 * the byline reading (a word of the text taken for a second name), and the line runs as wide as
 * the text line set tight under it, as a wrapped line of a column does, and that line is no
 * paragraph's first (an indent short of the line under it, as under a byline of two names).
 */
function runsOnAsPosted(line: Line, byline: Byline, next: Line | undefined, after: Line | undefined): boolean {
	if (next === undefined || next.text === '' || !line.text.includes('驻')) return false;
	if (after !== undefined && after.text !== '' && next.width < after.width - 1) return false;
	const posted = detectDateline(line.text);
	return (
		posted !== undefined &&
		posted.authors.length > 0 &&
		posted.authors.length < byline.authors.length &&
		line.width >= next.width - 1.5
	);
}

// The dot joining the parts of a transliterated name (`阿依古丽·买买提`), as fonts and dumps give it.
const NAME_DOT = /[·・•‧･∙．]/u;
// The most a line wrapped inside a name may hold: Han characters and a transliterated name's dots, twelve at most.
const NAME_TAIL = /^[\p{Script=Han}·・•‧･∙．]{1,12}$/u;

/**
 * A byline the layout wrapped inside its last name: the next line holds one or two Han characters
 * alone, with a blank line or the end under it (`□本报评论员 唐建` / `晨`, `新华社记者 戴静` / `刚`,
 * `□本报评论员 邵` / `坤丽`).
 * No paragraph is that short, and a name is two to four characters: the two are one byline.
 */
function wrappedName(line: Line, next: Line | undefined, after: Line | undefined): Byline | undefined {
	if (next === undefined || (after !== undefined && after.text !== '')) return undefined;
	// Speed: the next line is asked first whether it may hold a name's tail at all (Han characters
	// and dots, twelve at most: what either test below allows), before the line is split into words.
	if (!NAME_TAIL.test(next.text)) return undefined;
	const last = line.text.split(/\s+/u).at(-1) as string;
	// A transliterated name, its parts joined by a dot, runs longer (`本报记者 阿依古丽·买买` / `提`,
	// `本报记者 阿依古丽` / `·买买提`): the dot on either side of the cut.
	const dotted = NAME_DOT.test(last) || NAME_DOT.test(next.text);
	if (dotted ? !/^[\p{Script=Han}·・•‧･∙．]{1,12}$/u.test(next.text) : !/^\p{Script=Han}{1,2}$/u.test(next.text))
		return undefined;
	const byline = detectByline(line.text);
	if (ROLE.test(last) || (!dotted && [...last].length + [...next.text].length > 4)) return undefined;
	// Cut right after the surname (`□本报评论员 邵` / `坤丽`), the first line reads as no byline
	// alone: a lone character is no name.
	if (!byline && !dotted && !/^\p{Script=Han}$/u.test(last)) return undefined;
	const joined = detectByline(line.text + next.text);
	// Or inside what the byline says it is (`本报记者 王芳 北京` / `报道`, `… 发自` / `上海`): the
	// word read as a name alone is none.
	const reported = byline !== undefined && isReportWord(last + next.text);
	if (dotted && !joined?.authors.some((name) => NAME_DOT.test(name))) return undefined;
	return joined && (!byline || joined.authors.length === byline.authors.length - Number(reported)) ? joined : undefined;
}
