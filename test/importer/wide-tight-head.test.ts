import { describe, expect, test } from 'vitest';
import { parseConserved } from '../support/parse-conserved.ts';

// A narrow column (eleven em) set with no blank line between a head and its text: a line of Han
// characters with no mark, a single em wider than the column, is no text line (text wraps at the
// column's width), so it heads the text under it.

const BEFORE =
	'某县召开秋粮收购工作会议\n\n入秋以来，某镇组织农机\n手抢收玉米，全镇两万亩\n玉米已收获过半，农户们\n的脸上露出了笑容。\n\n';
const BODY = '当下，民生保障正处在爬\n坡过坎的关键阶段。以钉\n钉子精神抓落实，才能积\n小胜为大胜。\n';

describe('a line wider than its narrow column by one em, set tight over text', () => {
	test('under a column label is the headline, not the text’s first line', () => {
		const item = parseConserved(`${BEFORE}记者观察\n别让形式主义挤占实干时间\n${BODY}`).items.at(-1)!;
		expect(item.headline).toBe('别让形式主义挤占实干时间');
		expect(item.paragraphs.join('')).toMatch(/^当下，民生保障/u);
	});

	test('but a line as wide as the column stays text', () => {
		const page = parseConserved(`${BEFORE}记者观察\n别让形式主义挤占实干\n${BODY}`);
		expect(page.items.map((item) => item.headline)).not.toContain('别让形式主义挤占实干');
	});
});
