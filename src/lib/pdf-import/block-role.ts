import { detectByline } from '../importer/detect-byline.ts';
import { detectChartCredit, detectCredit } from '../importer/detect-credit.ts';
import { detectFurniture } from '../importer/detect-furniture.ts';
import { detectLabel } from '../importer/detect-label.ts';
import { isNumberedIntertitle } from '../importer/detect-intertitle.ts';
import type { LayoutBlock } from './layout-blocks.ts';

/** What a block is on the page, read from its type size and weight first, its words second. */
export type BlockRole =
	'head' | 'deck' | 'body' | 'intertitle' | 'byline' | 'label' | 'credit' | 'caption' | 'furniture';

/**
 * The body type size of a page: the smallest size that carries at least two fifths as many
 * characters, in blocks of several lines, as the size most text is set in. A page whose lead
 * story is set larger keeps the size of its other stories as its body size.
 */
export function bodySize(blocks: LayoutBlock[]): number {
	const chars = new Map<number, number>();
	for (const block of blocks) {
		if (block.lines.length < 2) continue;
		for (const line of block.lines) {
			const size = Math.round(line.size * 10) / 10;
			chars.set(size, (chars.get(size) ?? 0) + line.text.length);
		}
	}
	if (chars.size === 0)
		for (const block of blocks) {
			const size = Math.round(block.size * 10) / 10;
			chars.set(size, (chars.get(size) ?? 0) + blockText(block).length);
		}
	const most = Math.max(0, ...chars.values());
	return [...chars].filter(([, n]) => n >= most * 0.4).sort((a, b) => a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * Whether a block is set vertically (竖排): a column of single characters, about one em wide, or
 * characters piled on one spot (a line of several no wider than one: Chromium prints
 * `writing-mode: vertical-rl` so, its glyphs in reading order).
 */
export function isVertical(block: LayoutBlock): boolean {
	if (block.width >= block.size * 1.6) return false;
	const piled = block.lines.some((l) => [...l.text].length >= 3);
	return piled || (block.lines.length >= 2 && block.lines.every((l) => [...l.text].length <= 2));
}

/** How many lines a block reads as: a vertical block is one line. */
function lineCount(block: LayoutBlock): number {
	return isVertical(block) ? 1 : block.lines.length;
}

/** Whether a block reads as a heading: a few short lines with no full stop inside. */
export function headlike(block: LayoutBlock): boolean {
	const text = blockText(block);
	// In a narrow column a short heading wraps onto many lines of a few characters each.
	const lines = lineCount(block) <= 4 || block.width <= block.size * 6;
	return lines && [...text].length <= 48 && !/[。；][^”’）」』]/u.test(text);
}

/** The text of a block, its lines joined as printed. */
export function blockText(block: LayoutBlock): string {
	return block.lines.map((line) => line.text).join('');
}

/**
 * The text of a block read as a byline: its lines joined as printed, or with a space where only
 * that reads as a byline (a byline wrapped in a narrow column breaks at its word spaces:
 * `□本报记者` / `万梅兰` / `通讯员` / `斯琴晨`). Undefined where neither does.
 */
export function bylineText(block: LayoutBlock): string | undefined {
	const text = blockText(block);
	if (detectByline(text)) return text;
	const spaced = block.lines.map((line) => line.text).join(' ');
	return block.lines.length > 1 && detectByline(spaced) ? spaced : undefined;
}

/** A line opening with a dash, as a subheadline does: `——记平安镇党委书记某某`. */
const DASH_OPENING = /^[—－-]{2}/u;

/** A jump line, where a story runs on to or comes from another page: `（下转第14版）`, `上接第5版`. */
export const JUMP_LINE = /^[（(]?\s*(?:紧接|[上下]?[转接])第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)]?$/u;

/**
 * The role of a block by its type against the body size `body`: text in larger type that does not
 * read as a heading (several sentences) is text; half again the body size or more, or bold and a
 * quarter larger, is a headline; a little larger, a kicker or subheadline (deck), or a byline where it reads as one; body size is text (page furniture where it reads as such), bold and
 * short an intertitle; a jump line (`（下转第14版）`) is furniture; smaller type is furniture, a credit, a byline, a label or else a caption,
 * as the importer's text detectors read it.
 */
export function blockRole(block: LayoutBlock, body: number): BlockRole {
	const text = blockText(block);
	if (block.size >= body * 1.08 && !headlike(block)) return 'body';
	const alone = lineCount(block) === 1;
	// A byline may wrap in a narrow column: `□新华社记者 戴静` / `刚`.
	const short = lineCount(block) <= 2;
	// In a column a few ems wide a byline wraps on more lines: `□本报记者万梅兰` / `通讯员` / `斯琴晨`.
	const signed =
		(short || (block.width <= block.size * 6 && [...text].length <= 24)) && bylineText(block) !== undefined;
	// A line opening with a dash (`——记某某`) is a subheadline, however large its type: no headline opens so.
	if (block.size >= body * 1.5 || (block.bold && block.size >= body * 1.25))
		return DASH_OPENING.test(text) ? 'deck' : 'head';
	// The page's editors or sponsors (`责任编辑：某某 版式设计：某某`, `主办：…`) are furniture, also set larger than the
	// body (on a page of photos the body's type is read from the captions); a chart's credit (`制图：某某`) is no editor.
	if (
		lineCount(block) === 1 &&
		['editor', 'sponsor'].includes(detectFurniture(text, true)?.kind ?? '') &&
		chartCredit(text) === undefined
	)
		return 'furniture';
	// A byline set a little larger than the body is still a byline.
	if (block.size >= body * 1.08) return signed && !block.bold ? 'byline' : 'deck';
	// In a narrow column a jump line may wrap: `（下转第` / `3版）`.
	if (short && JUMP_LINE.test(text)) return 'furniture';
	if (block.size > body * 0.96) {
		// Page furniture (`责任编辑：某某`) may be set in the body's type.
		if (furniture(block, text)) return 'furniture';
		if (signed) return 'byline';
		if (alone && detectLabel(text) !== undefined) return 'label';
		if ((block.bold || (alone && isNumberedIntertitle(text))) && text.length <= 30 && !/[。！？]$/.test(text))
			return 'intertitle';
		return 'body';
	}
	if (furniture(block, text)) return 'furniture';
	if (isCredit(text)) return 'credit';
	if (signed) return 'byline';
	if (alone && (detectLabel(text, true) !== undefined || (block.bold && text.length <= 12))) return 'label';
	return 'caption';
}

/**
 * Whether a block is page furniture: a line standing alone that reads as such, or two or three
 * lines each of which does (a chart's source over its maker: `数据来源：市统计局` / `制图：廖勇`).
 */
function furniture(block: LayoutBlock, text: string): boolean {
	if (lineCount(block) === 1) return detectFurniture(text, true) !== undefined && chartCredit(text) === undefined;
	return block.lines.length <= 3 && block.lines.every((line) => detectFurniture(line.text, false) !== undefined);
}

/** A photo credit, also one with an agency in brackets after it: `叶楠芳 摄（人民视觉）`. */
export function isCredit(text: string): boolean {
	return readCredit(text) !== undefined;
}

/**
 * Reads a photo credit: `叶楠芳 摄`, also with an agency in brackets after it (`叶楠芳 摄（人民视觉）`)
 * or with no space before 摄, as a credit set vertically (竖排) prints it (`钟杰霞摄`).
 */
export function readCredit(text: string): ReturnType<typeof detectCredit> {
	return (
		chartCredit(text) ??
		detectCredit(text) ??
		(text.length <= 30 ? detectCredit(text.replace(/[（(][^）)]{1,12}[）)]$/u, '')) : undefined) ??
		(/^\p{Script=Han}{2,4}摄$/u.test(text) ? detectCredit(text.replace(/摄$/u, ' 摄')) : undefined)
	);
}

/**
 * A chart's maker, credited as a photographer is (`detectChartCredit`: `制图/王芳`, `制图：王芳`, `王芳 制图`),
 * also set vertically with its slash before 制图 (`/制图王芳`), as the layout reads it.
 */
function chartCredit(text: string): ReturnType<typeof detectCredit> {
	const t = text.trim();
	const credit = detectChartCredit(t.replace(/^[/／]\s*(?=制图)/u, ''));
	return credit && { ...credit, text: t };
}
