import type { ParsedItem } from './assemble-items.ts';
import { detectCredit, splitTrailingCredit } from './detect-credit.ts';
import type { ParsedPage } from './parse-page.ts';

/** Why an item is marked for review: a stable code, and the words an editor reads (Chinese). */
export interface ReviewReason {
	/**
	 * `no-headline`: the dump showed no headline, a placeholder stands in;
	 * `heading-tie`: two readings of the page give this item different headlines;
	 * `unplaced-nearby`: text the importer could not place stands within a few lines;
	 * `section-copied`: a photo's section label was printed on a neighbouring photo of its run
	 *   (a column of briefs under its label is the usual layout, not marked);
	 * `short-body`, `long-body`: a body too short or too long for one item (cut off, or two merged);
	 * `long-headline`: a headline long enough to be body text;
	 * `photo-without-credit`: a photo item with neither a credit nor a photographer's byline;
	 * `credit-inside`: a photo credit in the middle of the body (two items merged?);
	 * anything else: a code the parser gave in `uncertain`, shown as it is.
	 */
	code: string;
	/** One short sentence for the editor, as written into the item's `review` field. */
	text: string;
	/** The dump line it concerns, when there is one. */
	line?: number;
}

/** Thresholds of the length checks, in characters (not counting whitespace). */
export const REVIEW_LIMITS = { shortBody: 20, longBody: 6000, longHeadline: 36, nearbyLines: 3 } as const;

// Words for the codes the parser puts in `uncertain`; an unknown code is shown as it is.
const UNCERTAIN_TEXT: Record<string, string> = {
	'heading-tie': '标题归属不确定：它也可能属于相邻的一篇',
	'kicker-or-banner': '引题不确定：它也可能是本版的通栏标题',
	'kicker-or-subheadline': '标题的两行也可能是引题（或副题）和主题',
};

/**
 * Why each item of a parsed page should be checked by an editor, in page order (an empty list
 * for an item the importer is sure of). Computed from what the parser exposes: the placeholder
 * headline, the parser's own `uncertain` codes, unplaced text near the item, a copied section
 * label, lengths out of the usual range, photo credits missing or in the middle of the body.
 * @example reviewReasons(parsePage(text))[0] // [{ code: 'no-headline', text: '没有找到标题', line: 3 }]
 */
export function reviewReasons(page: Pick<ParsedPage, 'items' | 'warnings'>): ReviewReason[][] {
	return page.items.map((item) => reasonsOf(item, page.warnings));
}

function reasonsOf(item: ParsedItem, warnings: ParsedPage['warnings']): ReviewReason[] {
	const reasons: ReviewReason[] = [];
	const add = (code: string, text: string, line?: number) => reasons.push({ code, text, ...(line && { line }) });
	if (item.headlineMissing) add('no-headline', '没有找到标题', item.firstLine);
	for (const code of item.uncertain ?? []) add(code, UNCERTAIN_TEXT[code] ?? code, item.firstLine);
	const near = REVIEW_LIMITS.nearbyLines;
	for (const w of warnings) {
		const end = w.endLine ?? w.line;
		if (w.code !== 'unplaced' || end < item.firstLine - near || w.line > item.lastLine + near) continue;
		add('unplaced-nearby', `第 ${w.line} 行有没能归入任何稿件的文字“${clip(w.text ?? '')}”`, w.line);
	}
	if (item.sectionCopied && item.section && item.kind === 'photo')
		add('section-copied', `栏目“${item.section}”取自同组相邻的稿件`);
	const body = count(item.paragraphs.join(''));
	if (item.kind !== 'photo' && body < REVIEW_LIMITS.shortBody)
		add('short-body', `正文很短（${body} 字），可能缺了后文或本是别篇的标题`);
	if (body > REVIEW_LIMITS.longBody) add('long-body', `正文很长（${body} 字），可能并入了别的稿件`);
	const headline = count(item.headline);
	if (!item.headlineMissing && headline > REVIEW_LIMITS.longHeadline)
		add('long-headline', `标题很长（${headline} 字），可能混进了正文`);
	if (item.kind === 'photo' && !item.credit && !/摄/.test(item.byline ?? ''))
		add('photo-without-credit', '图片稿没有摄影署名');
	const inside = item.paragraphs
		.slice(0, -1)
		.map((p) => splitTrailingCredit(p)?.credit ?? detectCredit(p))
		.find((credit) => credit !== undefined);
	if (inside) add('credit-inside', `正文中间有图片署名“${clip(inside.text)}”，可能把两篇并成了一篇`);
	return reasons;
}

function count(text: string): number {
	return [...text.replace(/\s/g, '')].length;
}

/** A quote short enough for one line: its first 16 characters. */
function clip(text: string): string {
	const chars = [...text];
	return chars.length <= 16 ? text : `${chars.slice(0, 16).join('')}…`;
}
