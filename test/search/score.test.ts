import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/lib/search/query-words.ts';
import { lineWeights, scoreText } from '../../src/lib/search/score.ts';

const split = (run: string) => run.match(/登记|中心|杭锦旗|党员|干部|.{1}/gu) ?? [];
const q = (s: string) => parseQuery(s, split);
const lead = '这是一段足够长的导语段落，它介绍了新闻的主要内容，读者由此了解全文要点和背景情况。';

describe('scoring an item against a query', () => {
	test('grades the query as a run in the headline 3, in the text 2, its words apart 1, some of them 0', () => {
		expect(scoreText('杭锦旗登记中心开放\n正文', q('杭锦旗登记中心')).grade).toBe(3);
		expect(scoreText('标题\n杭锦旗登记中心开放', q('杭锦旗登记中心')).grade).toBe(2);
		expect(scoreText('标题\n杭锦旗不动产登记中心开放', q('杭锦旗登记中心')).grade).toBe(1);
		const some = scoreText('标题\n杭锦旗开放', q('杭锦旗登记中心'));
		expect([some.grade, some.held]).toEqual([0, 1]);
	});

	test('says whether the headline holds every word, apart or together', () => {
		expect(scoreText('杭锦旗不动产登记中心开放\n正文', q('杭锦旗登记中心')).inHeadline).toBe(true);
		expect(scoreText('杭锦旗新闻\n登记中心', q('杭锦旗登记中心')).inHeadline).toBe(false);
	});

	test('weighs the headline above the header, the header above the lead, the lead above the body', () => {
		expect(lineWeights(['标题', '引题', lead, '正文'])).toEqual([8, 4, 2, 1]);
		const at = (text: string) => scoreText(text, q('党员干部')).score;
		expect(at(`党员干部\n${lead}\n正文`)).toBeGreaterThan(at(`标题\n党员干部\n${lead}`));
		expect(at(`标题\n引题党员干部\n${lead}`)).toBeGreaterThan(at(`标题\n${lead}党员干部`));
		expect(at(`标题\n${lead}党员干部\n正文`)).toBeGreaterThan(at(`标题\n${lead}\n正文党员干部`));
	});

	test('scores more occurrences higher, and words standing closer together higher', () => {
		const words = q('登记中心');
		expect(scoreText(`标题\n${lead}\n登记……中心……登记`, words).score).toBeGreaterThan(
			scoreText(`标题\n${lead}\n登记……中心`, words).score,
		);
		const near = scoreText(`标题\n${lead}\n登记的中心`, words).score;
		const far = scoreText(`标题\n${lead}\n登记${'很'.repeat(40)}中心`, words).score;
		expect(near).toBeGreaterThan(far);
	});

	test('marks the run and each word the item holds', () => {
		expect(scoreText('标题\n杭锦旗不动产登记中心', q('杭锦旗登记中心')).marks).toEqual(['杭锦旗', '登记', '中心']);
		expect(scoreText('标题\n杭锦旗登记中心', q('杭锦旗登记中心')).marks).toContain('杭锦旗登记中心');
	});
});
