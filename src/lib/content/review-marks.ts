import { readFrontmatter } from './read-frontmatter.ts';

/** An item marked for review (its `review` field): where the field is, and the reasons in it. */
export interface ReviewMark {
	file: string;
	/** The line of the `review` field in the file. */
	line: number;
	reasons: string[];
}

// Most items carry no mark: only a file with a `review:` line is parsed.
const REVIEW_LINE = /^review\s*:/m;

/**
 * The review mark of one item file, or undefined when it has none (or its frontmatter does not
 * parse: `npm run check` reports that as a problem of its own).
 * @example reviewMarkOf('a.md', '---\nheadline: x\nreview: [没有找到标题]\n---\n')?.line // 3
 */
export function reviewMarkOf(file: string, text: string): ReviewMark | undefined {
	if (!REVIEW_LINE.test(text)) return undefined;
	const front = readFrontmatter(text);
	if (!front.ok) return undefined;
	const review = (front.doc.data as Record<string, unknown>).review;
	const reasons = (Array.isArray(review) ? review : [review]).filter(
		(r): r is string => typeof r === 'string' && r.trim() !== '',
	);
	if (reasons.length === 0) return undefined;
	return { file, line: front.doc.lineOf(['review']), reasons };
}

/**
 * One mark as one line, as compilers print places, so editors' tools can jump to it.
 * @example formatReviewMark({ file: 'a.md', line: 9, reasons: ['没有找到标题'] }) // 'a.md:9: 待核对：没有找到标题'
 */
export function formatReviewMark(mark: ReviewMark): string {
	return `${mark.file}:${mark.line}: 待核对：${mark.reasons.join('；')}`;
}
