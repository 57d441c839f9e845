import { describe, expect, test } from 'vitest';
import { parseQuery, runWords } from '../../src/lib/search/query-words.ts';

/** A segmenter that knows only the words given, and splits everything else into characters. */
const knowing =
	(...known: string[]) =>
	(run: string) => {
		const out: string[] = [];
		for (let i = 0; i < run.length;) {
			const word = known.find((w) => run.startsWith(w, i));
			out.push(word ?? run[i]);
			i += word ? word.length : 1;
		}
		return out;
	};

const texts = (
	q: string,
	split = knowing('登记', '中心', '民生', '实事', '辅警', '不动', '蒙古', '自治', '党委', '党员', '志愿者'),
) => parseQuery(q, split).words.map((w) => (w.free ? `${w.text}*` : w.text));

describe('splitting a query into words', () => {
	test('keeps the words the segmenter knows apart from each other', () => {
		expect(texts('党员志愿者民生实事')).toEqual(['党员', '志愿者', '民生', '实事']);
	});

	test('joins the characters it splits off alone to the words on either side, free to stand in pieces', () => {
		expect(texts('杭锦旗登记中心')).toEqual(['杭锦旗登记*', '中心']);
		expect(texts('额济纳旗民生实事')).toEqual(['额济纳旗民生*', '实事']);
		expect(texts('不动产登记中心')).toEqual(['不动产登记*', '中心']);
		expect(texts('内蒙古自治区党委')).toEqual(['内蒙古', '自治区党委*']);
	});

	test('keeps a joined word of three characters or fewer exact, and a run of unknown characters whole', () => {
		expect(runWords('王伟芳', knowing())).toMatchObject([{ text: '王伟芳', free: false }]);
		expect(runWords('达拉特旗王伟', knowing())).toMatchObject([{ text: '达拉特旗王伟', free: true }]);
		expect(runWords('党员', knowing('党员'))).toEqual([{ text: '党员', free: false }]);
	});

	test('keeps the pieces of a joined word, for a partial match to count', () => {
		expect(runWords('杭锦旗火星', knowing('火星'))).toEqual([
			{ text: '杭锦旗火星', free: true, parts: ['杭锦旗', '火星'] },
		]);
		expect(runWords('不动产登记', knowing('不动', '登记'))[0].parts).toEqual(['不动产', '登记']);
		expect(runWords('内蒙古', knowing('蒙古'))[0].parts).toEqual(['内蒙古']);
	});

	test('keeps terms with numbers or Latin words whole, and the terms as the reader typed them', () => {
		const q = parseQuery('2021年 杭锦旗登记中心', knowing('登记', '中心'));
		expect(q.terms).toEqual(['2021年', '杭锦旗登记中心']);
		expect(q.words.map((w) => w.text)).toEqual(['2021年', '杭锦旗登记', '中心']);
	});

	test('reads straight or curly quotes as an exact run, with nothing segmented', () => {
		for (const q of ['"杭锦旗 登记中心"', '“杭锦旗登记中心”']) {
			const parsed = parseQuery(q, knowing('登记', '中心'));
			expect(parsed).toEqual({
				terms: ['杭锦旗登记中心'],
				words: [{ text: '杭锦旗登记中心', free: false }],
				phrase: true,
			});
		}
		const mixed = parseQuery('“额济纳旗”民生实事', knowing('民生', '实事'));
		expect([mixed.phrase, mixed.words.map((w) => w.text)]).toEqual([false, ['额济纳旗', '民生', '实事']]);
	});

	test('normalises Traditional characters before segmenting', () => {
		expect(texts('杭錦旗登記中心')).toEqual(['杭锦旗登记*', '中心']);
	});

	test('finds the words of the sample queries with the runtime’s own segmenter', () => {
		expect(parseQuery('杭锦旗登记中心').words).toMatchObject([
			{ text: '杭锦旗登记', free: true },
			{ text: '中心', free: false },
		]);
		expect(
			parseQuery('辅警呼和浩特')
				.words.map((w) => w.text)
				.join(''),
		).toBe('辅警呼和浩特');
	});
});
