import { describe, expect, test } from 'vitest';
// Through the search's entry point, as the index build and the search page import them.
import {
	bucketOf,
	isSingleCharacter,
	normalize,
	queryFilters,
	queryTokens,
	runs,
	textTokens,
	tokenFilters,
	TOKEN_BUCKETS,
} from '../../src/lib/search/index.ts';

describe('token filters', () => {
	test('hold every pair of adjacent Han characters and every number and Latin word, normalised', () => {
		expect([...textTokens('額濟納旗，GDP 2327人')]).toEqual(['额济', '济纳', '纳旗', 'gdp', '2327']);
	});

	test('cover every run of two or more Han characters of a text with its tokens', () => {
		const text = '阿拉善盟额济纳旗苏泊淖尔苏木策克嘎查第一书记唐健来说是个好日子';
		const tokens = textTokens(text);
		for (let i = 0; i < text.length; i++) {
			for (let j = i + 2; j <= text.length; j++) {
				for (const t of queryTokens(text.slice(i, j))) expect(tokens.has(t), text.slice(i, j)).toBe(true);
			}
		}
	});

	test('cover a run typed without the spaces a dump sets between Han characters', () => {
		const tokens = textTokens('干部沉下去 带来新变化 本报记者  宋爽');
		for (const query of ['沉下去带来', '去带', '者宋爽', '干部沉下去带来新变化'])
			for (const t of queryTokens(query)) expect(tokens.has(t), `${query}: ${t}`).toBe(true);
		// Not across other punctuation, nor between a Han character and a number.
		expect(textTokens('精神，阵地').has('神阵')).toBe(false);
	});

	test('tokenise in one pass exactly as the runs of the normalised text, spaces between Han characters dropped', () => {
		// The definition textTokens implements in one pass (tokenize.ts's runs), spelled out.
		const reference = (text: string, singles: boolean) => {
			const into = new Set<string>();
			for (const run of runs(normalize(text).replace(/(\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/gu, '$1'))) {
				if (!run.han) into.add(run.text);
				else {
					const chars = [...run.text];
					chars.forEach((c, i) => {
						if (i > 0) into.add(chars[i - 1] + c);
						if (singles) into.add(c);
					});
				}
			}
			return into;
		};
		// Random texts over characters of every kind the tokeniser tells apart: Han (Traditional,
		// Simplified, beyond the BMP), full width, Latin, digits, spaces of several widths, line
		// breaks, punctuation, a combining mark.
		const alphabet = [...'额濟納旗麼这𠀀𪚥ＡＢ１aBz09 \u3000\u00a0\t\n，。.-·\u0301'];
		let seed = 7;
		const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		for (let n = 0; n < 2000; n++) {
			const text = Array.from(
				{ length: 1 + Math.floor(random() * 12) },
				() => alphabet[Math.floor(random() * alphabet.length)],
			).join('');
			for (const singles of [false, true])
				expect([...textTokens(text, new Set(), singles)], JSON.stringify(text)).toEqual([...reference(text, singles)]);
		}
	});

	test('file each headline character alone too, so one character finds a headline', () => {
		expect([...textTokens('组合拳', new Set(), true)].sort()).toEqual(['合', '合拳', '拳', '组', '组合'].sort());
		expect(isSingleCharacter('拳')).toBe(true);
		expect(isSingleCharacter('组合')).toBe(false);
	});

	test('look a query up by pairs that cover it, Traditional or Simplified alike', () => {
		expect(queryTokens('额济纳旗')).toEqual(['额济', '纳旗']);
		expect(queryTokens('額濟納')).toEqual(['额济', '济纳']);
		expect(queryTokens('济纳')).toEqual(['济纳']);
		expect(queryTokens('拳')).toEqual(['拳']);
		// A lone character beside a number or another word has no pair; the item's text is checked for it.
		expect(queryTokens('2021年')).toEqual(['2021']);
		expect(queryTokens('1.2万')).toEqual(['1', '2']);
		expect(queryTokens('旗 党员')).toEqual(['党员']);
		expect(queryTokens('旗 党')).toEqual(['旗', '党']);
		expect(isSingleCharacter('旗 党')).toBe(true);
		expect(isSingleCharacter('2021年')).toBe(false);
		expect(queryTokens('2327 CPI')).toEqual(['2327', 'cpi']);
	});

	test('file tokens in a fixed number of buckets, the same way for the index and the query', () => {
		const buckets = new Set(['额济', '济纳', '纳旗', '2327', 'a', '巴音'].map((t) => bucketOf(t)));
		for (const b of buckets) expect(Number(b.slice(1))).toBeLessThan(TOKEN_BUCKETS);
		const filters = queryFilters('额济纳旗');
		expect(
			Object.values(filters)
				.flatMap((f) => f.all)
				.sort(),
		).toEqual(['纳旗', '额济'].sort());
		expect(tokenFilters(['额济'])).toEqual({ [bucketOf('额济')]: ['额济'] });
		expect(Object.keys(queryFilters('额济', 'h'))).toEqual([bucketOf('额济', 'h')]);
		expect(bucketOf('额济', 'h').slice(1)).toBe(bucketOf('额济').slice(1));
	});
});
