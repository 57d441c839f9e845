import { describe, expect, test } from 'vitest';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { ConverterFactory } from 'opencc-js/core';
import { normalize, normalizeChars, phraseCharacters } from '../../src/lib/search/search-form.ts';
import { queryTerms } from '../../src/lib/search/tokenize.ts';
import { findHits } from '../../src/lib/search/find-hits.ts';
import { excerptParts } from '../../src/lib/search/hit-excerpt.ts';

describe('the shared normalisation', () => {
	test('turns Traditional characters into Simplified ones', () => {
		expect(normalize('額濟納旗 臺灣 裡面')).toBe('额济纳旗 台湾 里面');
	});

	test('turns full-width letters, digits and spaces into half-width, and letters into lower case', () => {
		expect(normalize('ＧＤＰ　２３２７ Pagefind')).toBe('gdp 2327 pagefind');
	});

	test('leaves Simplified text as it is', () => {
		const text = '杭锦旗牧民巴音吉嘎啦笑得合不拢嘴 2327名党员。';
		expect(normalize(text)).toBe(text);
	});

	test('keeps one output character per input character, for every dictionary entry', () => {
		const keys = [CJKCompatibility, HKVariantsRev, TWVariantsRev, TSCharacters, phraseCharacters()].flatMap((d) =>
			d.split('|').map((pair) => pair.split(' ')[0]),
		);
		const text = keys.join('');
		expect(normalizeChars(text)).toHaveLength([...text].length);
	});

	test('converts a text character by character exactly as OpenCC converts it whole, again until nothing changes', () => {
		const keys = [CJKCompatibility, HKVariantsRev, TWVariantsRev, TSCharacters, phraseCharacters()].flatMap((d) =>
			d.split('|').map((pair) => pair.split(' ')[0]),
		);
		const text = `${keys.join('')}${keys.reverse().join('')}`;
		const once = ConverterFactory(
			[CJKCompatibility],
			[HKVariantsRev, TWVariantsRev],
			[TSCharacters],
			[phraseCharacters()],
		);
		let whole = text;
		for (let next = once(whole); next !== whole; next = once(whole)) whole = next;
		expect(normalize(text)).toBe(whole);
	});

	test('gives the characters OpenCC converts only inside phrases the search form of their Simplified counterparts', () => {
		const table = phraseCharacters();
		for (const pair of ['瞭 了', '覆 复', '沈 沉', '藉 借', '彷 仿']) expect(table.split('|')).toContain(pair);
		for (const pair of table.split('|')) expect(pair).toMatch(/^\S \S$/u);
		for (const [traditional, simplified] of [
			['反覆', '反复'],
			['瞭解', '了解'],
			['幹部沈下去', '干部沉下去'],
			['彷彿', '仿佛'],
			['傢俱', '家具'],
			['復甦', '复苏'],
			['憑藉', '凭借'],
		])
			expect(normalize(traditional), traditional).toBe(normalize(simplified));
		// Characters the character tables already convert are left to them (乾 → 干, 麼 → 么).
		expect(table).not.toMatch(/乾|麼/);
	});

	test('gives a character the search form of the character it converts to (麼 → 么 → 幺), for every dictionary entry', () => {
		const chars = [CJKCompatibility, HKVariantsRev, TWVariantsRev, TSCharacters, phraseCharacters()].flatMap((d) =>
			d.split('|').flatMap((pair) => pair.split(' ')),
		);
		const once = normalize(chars.join(''));
		expect(normalize(once)).toBe(once);
		expect(normalize('這麼快')).toBe(normalize('这么快'));
	});
});

describe('query terms', () => {
	test('split a query into normalised Han runs and other words, dropping punctuation', () => {
		expect(queryTerms('“額濟納旗”，2327！GDP')).toEqual(['额济纳旗', '2327', 'gdp']);
		expect(queryTerms('，。！')).toEqual([]);
	});

	test('keep runs that touch, and a number with its decimal point, as one term; spaces and punctuation separate terms', () => {
		expect(queryTerms('2021年 1.2万')).toEqual(['2021年', '1.2万']);
		expect(queryTerms('额济纳旗2327人')).toEqual(['额济纳旗2327人']);
		expect(queryTerms('杭锦旗 党员，办实事')).toEqual(['杭锦旗', '党员', '办实事']);
		expect(queryTerms('v1.2')).toEqual(['v1.2']);
		expect(queryTerms('党员.干部')).toEqual(['党员', '干部']);
	});
});

describe('hits and excerpts', () => {
	test('find a Traditional query in Simplified text, at its place in the original', () => {
		const text = '到额济纳旗的牧民家中';
		expect(findHits(text, queryTerms('額濟納旗'))).toEqual([[1, 5]]);
	});

	test('find a term across the spaces a dump sets around numbers, marking from its first character to its last', () => {
		const text = '每月调度 1次，通报 2 次';
		const [[from, to]] = findHits(text, queryTerms('调度1次'));
		expect(text.slice(from, to)).toBe('调度 1次');
		expect(findHits(text, ['通报2次']).map(([a, b]) => text.slice(a, b))).toEqual(['通报 2 次']);
		expect(findHits(text, ['1次，'])).toEqual([]);
	});

	test('do not find a term running from one line (a block of the item) into the next', () => {
		expect(findHits('传承红色精神\n阵地', ['精神阵地'])).toEqual([]);
		const text = '干部沉下去 带来新变化';
		expect(findHits(text, ['沉下去带来']).map(([a, b]) => text.slice(a, b))).toEqual(['沉下去 带来']);
	});

	test('find every occurrence and merge overlapping ones', () => {
		expect(findHits('党员党员服务', ['党员', '员党'])).toEqual([[0, 4]]);
	});

	test('keep offsets right after characters outside the basic plane', () => {
		const text = '𠀀额济纳旗';
		const [[from, to]] = findHits(text, ['额济']);
		expect(text.slice(from, to)).toBe('额济');
	});

	test('cut the excerpt around the first hit and mark it', () => {
		const text = `${'甲'.repeat(100)}额济纳旗${'乙'.repeat(100)}`;
		const parts = excerptParts(text, findHits(text, ['额济纳旗']), 40);
		expect(parts[0]).toEqual({ text: '…', hit: false });
		expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['额济纳旗']);
		expect(parts.at(-1)).toEqual({ text: '…', hit: false });
	});

	test('cut the excerpt where it shows the most of the query, not around a short term’s first occurrence', () => {
		const text = `问题${'甲'.repeat(100)}群众的“急难愁盼”问题${'乙'.repeat(100)}`;
		const parts = excerptParts(text, findHits(text, queryTerms('“急难愁盼”问题')), 40);
		expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['急难愁盼', '问题']);
		// One term alone: its first occurrence.
		const once = excerptParts(text, findHits(text, ['问题']), 40);
		expect(once[0]).toEqual({ text: '问题', hit: true });
	});

	test('start the excerpt at the beginning when nothing matches', () => {
		expect(excerptParts('第一句。第二句。', [], 4)).toEqual([
			{ text: '第一句。', hit: false },
			{ text: '…', hit: false },
		]);
	});
});
