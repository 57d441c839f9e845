import { describe, expect, test } from 'vitest';
import { parseConserved } from '../support/parse-conserved.ts';

// A headline broken by phrase over two lines, its first of two to four Han characters, against a
// bare column label over a headline: the page's evidence, not the short line's shape, tells them apart.

/** The head fields of the page's last item (the one under test), the conservation check passed. */
function lastHead(dump: string) {
	const { kicker, headline, subheadline, section } = parseConserved(dump).items.at(-1)!;
	return { kicker, headline, section, subheadline };
}

// Text dumps: paragraphs indented.
const TEXT_BEFORE =
	'某县召开秋粮收购工作会议\n\n　　本报讯　入秋以来，某镇组织农机手抢收玉米，\n全镇两万亩玉米已收获过半。\n\n';
const TEXT_BODY = '　　本报讯　今年以来，某县把老旧小区改造作为民生实事来办，\n改造小区三十二个，惠及居民一万余户。\n';
const text = (head: string) => `${TEXT_BEFORE}${head}\n\n${TEXT_BODY}`;

// pdftotext extractions: narrow columns, no indent, a form feed closing the page.
const PDF_BEFORE =
	'某县召开秋粮收购工作会议\n\n本报讯（记者李强）入秋以来，某镇组\n织农机手抢收玉米，全镇两万亩玉米已\n收获过半。\n\n';
const PDF_BODY =
	'本报讯（记者王芳）今年以来，某县把老\n旧小区改造作为民生实事来办，改造小\n区三十二个，惠及居民一万余户。\n\f';
const pdf = (head: string) => `${PDF_BEFORE}${head}\n\n${PDF_BODY}`;

const headline = (h: string, section?: string) => ({ kicker: undefined, headline: h, section, subheadline: undefined });

describe('a headline whose short first line a word runs on from', () => {
	test('one blank line apart in a text dump is one headline, not a label over a headline', () => {
		expect(lastHead(text('南湖推\n\n进老旧小区改造'))).toEqual(headline('南湖推进老旧小区改造'));
		expect(lastHead(text('南湖县推\n\n进老旧小区改造'))).toEqual(headline('南湖县推进老旧小区改造'));
	});

	test('in a pdftotext extraction, tight or one blank line apart, is one headline', () => {
		expect(lastHead(pdf('奥地利推\n进农业技术推广'))).toEqual(headline('奥地利推进农业技术推广'));
		expect(lastHead(pdf('泰国推\n\n进数字经济合作'))).toEqual(headline('泰国推进数字经济合作'));
	});

	test('but a column’s name stays the label over its headline, whatever word its last character makes', () => {
		expect(lastHead(pdf('基层之声\n学用结合做好新时代的组织工作'))).toEqual(
			headline('学用结合做好新时代的组织工作', '基层之声'),
		);
		expect(lastHead(pdf('国际简讯\n维也纳举办技术培训'))).toEqual(headline('维也纳举办技术培训', '国际简讯'));
	});
});

describe('a two-phrase headline set a phrase to a line, its second phrase of three characters or fewer', () => {
	test('over a report is one headline, tight or one blank line apart, in a text dump', () => {
		expect(lastHead(text('老手艺\n新活力'))).toEqual(headline('老手艺新活力'));
		expect(lastHead(text('老手艺\n\n新活力'))).toEqual(headline('老手艺新活力'));
		expect(lastHead(text('文化润\n\n民心'))).toEqual(headline('文化润民心'));
	});

	test('over a reporter’s byline is one headline', () => {
		const dump = `${TEXT_BEFORE}老手艺\n\n新活力\n\n\u3000\u3000本报记者\u3000王芳\n\n${TEXT_BODY}`;
		expect(lastHead(dump)).toEqual(headline('老手艺新活力'));
	});

	test('in a pdftotext extraction, one blank line apart, is one headline, not two labels', () => {
		expect(lastHead(pdf('老手艺\n\n新活力'))).toEqual(headline('老手艺新活力'));
		expect(lastHead(pdf('文化润\n\n民心'))).toEqual(headline('文化润民心'));
	});

	test('over a poem signed by its poet, a photo’s or poem’s short title stays apart', () => {
		const dump = `${TEXT_BEFORE}桥通了\n\n站台\n\n□ 雷凯\n\n一直亮到天明\n就是故乡\n马头琴响了\n`;
		const headlines = parseConserved(dump).items.map((item) => item.headline);
		expect(headlines).not.toContain('桥通了站台');
	});
});

describe('a short line under a marked label, the three lines set tight', () => {
	test('is the headline’s first line: the item has its label', () => {
		expect(lastHead(text('【一线】\n小村庄\n蹚出致富新路子'))).toEqual(headline('小村庄蹚出致富新路子', '一线'));
	});

	test('but not under a marked label set tight under the text before: that label closes the item before', () => {
		const dump = `${TEXT_BEFORE.replace('过半。\n', '过半。\n【草原新闻】\n')}阵地\n代表委员工作室\n\n${TEXT_BODY}`;
		expect(parseConserved(dump).items.map((item) => [item.section, item.headline])).toEqual([
			['草原新闻', '某县召开秋粮收购工作会议'],
			['阵地', '代表委员工作室'],
		]);
	});
});

describe('a bare column label over a headline stays the label', () => {
	test.each([
		['理论视野', '蹚出致富新路子'],
		['走基层', '文化润民心'],
		['新闻特写', '难题有人管'],
	])('%s over %s, tight, in a text dump', (label, head) => {
		expect(lastHead(text(`${label}\n${head}`))).toEqual(headline(head, label));
	});

	test('apart from its headline by a blank line, in a text dump', () => {
		expect(lastHead(text('民生\n\n日子红火了'))).toEqual(headline('日子红火了', '民生'));
		expect(lastHead(text('相关阅读\n\n背景资料'))).toEqual(headline('背景资料', '相关阅读'));
	});

	test('in a pdftotext extraction', () => {
		expect(lastHead(pdf('一线调查\n\n蹚出致富新路子'))).toEqual(headline('蹚出致富新路子', '一线调查'));
	});

	test('a visit to the field over a headline stays its kicker', () => {
		expect(lastHead(text('一线见闻\n蹚出致富新路子'))).toEqual({
			kicker: '一线见闻',
			headline: '蹚出致富新路子',
			section: undefined,
			subheadline: undefined,
		});
	});

	test('a short line over a longer headline with no word across the join and no label above stays a label (a known limit)', () => {
		// Nothing in the text tells `小村庄` / `蹚出致富新路子` (a headline broken by phrase) from
		// `走基层` / `文化润民心` (a bare label over its headline).
		expect(lastHead(text('小村庄\n蹚出致富新路子'))).toEqual(headline('蹚出致富新路子', '小村庄'));
	});
});
