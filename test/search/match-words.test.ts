import { describe, expect, test } from 'vitest';
import { compactText, wordPieces, wordTokens } from '../../src/lib/search/match-words.ts';

describe('matching a word in an item', () => {
	test('finds a word whole, in Traditional or Simplified, across the spaces a dump sets', () => {
		expect(wordPieces(compactText('杭錦旗 不動產'), { text: '杭锦旗', free: false })).toEqual(['杭锦旗']);
		expect(wordPieces(compactText('每月调度 1次'), { text: '调度1次', free: false })).toEqual(['调度1次']);
		expect(wordPieces(compactText('杭锦旗'), { text: '锦旗登', free: false })).toBeUndefined();
	});

	test('finds a free word in the fewest pieces of two or more characters, in order', () => {
		const text = compactText('达拉特旗召开会议。记者王伟报道');
		expect(wordPieces(text, { text: '达拉特旗王伟', free: true })).toEqual(['达拉特旗', '王伟']);
		expect(wordPieces(text, { text: '达拉特旗王伟', free: false })).toBeUndefined();
		expect(wordPieces(compactText('达拉特旗'), { text: '达拉特旗王伟', free: true })).toBeUndefined();
	});

	test('does not let a piece run from one line into the next', () => {
		expect(wordPieces(compactText('精神\n阵地'), { text: '精神阵地', free: true })).toEqual(['精神', '阵地']);
		expect(wordPieces(compactText('精神\n阵地'), { text: '精神阵地', free: false })).toBeUndefined();
	});

	test('looks a free word up by its first and last pair, which every cut keeps', () => {
		expect(wordTokens({ text: '达拉特旗王伟', free: true })).toEqual(['达拉', '王伟']);
		expect(wordTokens({ text: '额济纳旗', free: false })).toEqual(['额济', '纳旗']);
		expect(wordTokens({ text: '旗', free: false })).toEqual([]);
	});
});
