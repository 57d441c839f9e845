import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { decode, parsePage, renderItem, type ParsedItem, type ParsedPage } from '../../src/lib/importer/index.ts';
import { REVIEW_LIMITS, reviewReasons } from '../../src/lib/importer/review-reasons.ts';
import { formatReviewMark, reviewMarkOf } from '../../src/lib/content/review-marks.ts';
import { itemSchema } from '../../src/schemas/item.ts';

const fixture = (name: string) =>
	parsePage(decode(readFileSync(join(import.meta.dirname, 'fixtures', name, 'input.txt'))).text);
const codes = (page: Pick<ParsedPage, 'items' | 'warnings'>) => reviewReasons(page).map((r) => r.map((x) => x.code));

const body = '牧民在草原上剪羊毛，今年羊毛收购价格稳中有升，合作社统一收购。';
const item = (fields: Partial<ParsedItem> = {}): ParsedItem => ({
	headline: '剪羊毛的季节',
	headlineMissing: false,
	authors: [],
	sectionCopied: false,
	kind: 'article',
	paragraphs: [body],
	intertitles: [],
	firstLine: 10,
	lastLine: 20,
	...fields,
});
const page = (items: ParsedItem[], warnings: ParsedPage['warnings'] = []) => ({ items, warnings });

describe('review reasons', () => {
	test('mark nothing on the exact articles of the sample page', () => {
		expect(codes(fixture('imports-the-sample-party-building-page')).slice(0, 5)).toEqual([[], [], [], [], []]);
	});

	test('mark an item for which the dump shows no headline', () => {
		const reasons = reviewReasons(fixture('reads-a-top-down-page-with-briefs-under-datelines'));
		expect(reasons.map((r) => r.map((x) => x.code))).toEqual([[], ['no-headline'], [], [], []]);
		expect(reasons[1][0]).toEqual({ code: 'no-headline', text: '没有找到标题', line: 11 });
	});

	test('word the parser’s heading-tie code, and pass on the reasons it gives for a page it was unsure of', () => {
		expect(reviewReasons(page([item({ uncertain: ['heading-tie'] })]))[0][0].text).toBe(
			'标题归属不确定：它也可能属于相邻的一篇',
		);
		expect(codes(fixture('keeps-unnumbered-intertitles-inside-their-article'))).toEqual([
			['“养殖有了新门路”可能是标题而非小标题', '“种植有了好品种”可能是标题而非小标题'],
		]);
	});

	test('word the parser’s head-block codes: two unmarked head lines, a plain kicker that may be the banner', () => {
		const texts = (name: string) => reviewReasons(fixture(name))[0].map((r) => r.text);
		expect(texts('marks-two-unmarked-head-lines-the-first-narrower-for-review')).toEqual([
			'标题的两行也可能是引题（或副题）和主题',
		]);
		expect(texts('reads-a-plain-kicker-set-apart-above-a-headline-with-a-subheadline')).toEqual([
			'引题不确定：它也可能是本版的通栏标题',
		]);
	});

	test('show a code the parser gives in uncertain as it is when it has no words for it', () => {
		expect(reviewReasons(page([item({ uncertain: ['可能跨栏'] })]))[0]).toEqual([
			{ code: '可能跨栏', text: '可能跨栏', line: 10 },
		]);
	});

	test('mark the items near text the importer could not place, quoting it', () => {
		const unplaced = (line: number) => ({
			code: 'unplaced' as const,
			line,
			message: '',
			text: '■山水之间乡村振兴的好故事',
		});
		const near = reviewReasons(page([item()], [unplaced(20 + REVIEW_LIMITS.nearbyLines)]))[0];
		expect(near).toEqual([
			{ code: 'unplaced-nearby', text: '第 23 行有没能归入任何稿件的文字“■山水之间乡村振兴的好故事”', line: 23 },
		]);
		expect(codes(page([item()], [unplaced(21 + REVIEW_LIMITS.nearbyLines)]))).toEqual([[]]);
		expect(codes(page([item()], [{ ...unplaced(22), code: 'banner' }]))).toEqual([[]]);
	});

	test('mark a section label copied from a neighbouring item of its group', () => {
		const sample = codes(fixture('imports-the-sample-party-building-page'));
		expect(sample[5]).toEqual(['section-copied']);
		expect(sample[6]).toEqual(['section-copied']);
		expect(sample[7]).toEqual([]);
		// A column of briefs under its label is the usual layout: the label covers them all, unmarked.
		const briefs = fixture('reads-a-top-down-page-with-briefs-under-datelines');
		expect(briefs.items.slice(-2).map((i) => i.section)).toEqual(['简讯', '简讯']);
		expect(codes(briefs).slice(-2)).toEqual([[], []]);
	});

	test('mark a body too short or too long for one item and a headline long enough to be body text', () => {
		expect(codes(page([item({ paragraphs: ['剪羊毛。'] })]))).toEqual([['short-body']]);
		expect(codes(page([item({ kind: 'photo', credit: '王海 摄', paragraphs: ['剪羊毛。'] })]))).toEqual([[]]);
		expect(codes(page([item({ paragraphs: [body.repeat(REVIEW_LIMITS.longBody / 20)] })]))).toEqual([['long-body']]);
		expect(codes(page([item({ headline: body.repeat(2) })]))).toEqual([['long-headline']]);
	});

	test('mark a photo without a credit, unless its byline names the photographer', () => {
		expect(codes(page([item({ kind: 'photo' })]))).toEqual([['photo-without-credit']]);
		expect(codes(page([item({ kind: 'photo', byline: '本报记者 王海 摄影报道' })]))).toEqual([[]]);
	});

	test('mark a photo credit in the middle of a body, where two items may have merged', () => {
		const merged = item({ paragraphs: [`${body} 本报记者 王海 摄`, body] });
		expect(reviewReasons(page([merged]))[0]).toEqual([
			{ code: 'credit-inside', text: '正文中间有图片署名“本报记者 王海 摄”，可能把两篇并成了一篇' },
		]);
		expect(codes(page([item({ paragraphs: [body, `${body} 本报记者 王海 摄`] })]))).toEqual([[]]);
	});
});

describe('the review field', () => {
	const place = { date: '2021-06-08', page: 1, order: 1, source: 'content/dumps/2021-06-08/01.txt:10-20' };

	test('is written last, on one line an editor deletes, and the schema accepts it', () => {
		const file = renderItem(item(), place, ['没有找到标题', '第 3 行有没能归入任何稿件的文字“a, b: c”']);
		const lines = file.split('\n');
		expect(lines.filter((l) => l.startsWith('review:'))).toHaveLength(1);
		expect(lines[lines.indexOf('---', 1) - 1]).toMatch(/^review: \[/);
		const data = parse(file.split('---\n')[1]);
		expect(data.review).toEqual(['没有找到标题', '第 3 行有没能归入任何稿件的文字“a, b: c”']);
		expect(itemSchema.safeParse(data).success).toBe(true);
		expect(renderItem(item(), place)).not.toContain('review');
	});

	test('is found with its line, and printed as file:line with the reasons', () => {
		const file = renderItem(item(), place, ['没有找到标题', '正文很短（4 字），可能缺了后文或本是别篇的标题']);
		const mark = reviewMarkOf('a.md', file);
		expect(mark?.line).toBe(file.split('\n').findIndex((l) => l.startsWith('review:')) + 1);
		expect(formatReviewMark(mark!)).toBe(
			`a.md:${mark?.line}: 待核对：没有找到标题；正文很短（4 字），可能缺了后文或本是别篇的标题`,
		);
		expect(reviewMarkOf('a.md', renderItem(item(), place))).toBeUndefined();
	});
});
