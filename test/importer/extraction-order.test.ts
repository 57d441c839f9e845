import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { looksExtracted, reorderExtraction } from '../../src/lib/importer/extraction-order.ts';
import { toLines } from '../../src/lib/importer/lines.ts';
import { wordAcross } from '../../src/lib/importer/word-join.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name, 'input.txt'), 'utf8');
const orphaned = fixture('rejoins-a-column-that-pdf-extraction-printed-after-another-story');

// The same two paragraphs hard-wrapped at 12 em as a text dump has them: every line after a
// sentence's end is full, none is short by an indent.
const textDump = [
	'城南社区的老旧小区改造从今',
	'年春天开始，先后完成了屋顶',
	'防水、外墙保温和管网更新。',
	'改造前，居民们多次召开议事',
	'会，把最急的问题一条一条列',
	'出来，再由社区和施工单位逐',
	'项落实。如今，小区里新建了',
	'休闲广场。居民们很满意。老',
	'人们在楼下晒太阳、下象棋。',
].join('\n');

describe('pdftotext extractions', () => {
	test('reads a dump whose paragraphs open an indent short of the column as an extraction', () => {
		expect(looksExtracted(toLines(orphaned))).toBe(true);
	});

	test('reads a hard-wrapped text dump as no extraction and leaves its lines as they are', () => {
		const lines = toLines(textDump);
		expect(looksExtracted(lines)).toBe(false);
		expect(reorderExtraction(lines)).toBe(lines);
	});

	test('reads a dump with indented lines as no extraction: pdftotext drops indents', () => {
		const indented = orphaned.replace('改造前，', '\u3000\u3000改造前，');
		expect(looksExtracted(toLines(indented))).toBe(false);
	});

	test('moves a column printed after another story right after the column it continues', () => {
		const texts = reorderExtraction(toLines(orphaned)).map((l) => l.text);
		const at = texts.indexOf('开议事会，把最急的问题一');
		expect(texts[at + 1]).toBe('条一条列出来，再由社区和');
		expect(texts.indexOf('街角书屋开门迎客')).toBeGreaterThan(texts.indexOf('们在广场上追逐嬉戏。'));
	});

	test('moves lines without changing or losing any: every line once, with its number', () => {
		const lines = toLines(orphaned);
		const reordered = reorderExtraction(lines).filter((l) => l.text !== '');
		expect(reordered).toHaveLength(lines.filter((l) => l.text !== '').length);
		expect(new Set(reordered)).toEqual(new Set(lines.filter((l) => l.text !== '')));
	});
});

describe('words across a join', () => {
	test.each([
		['发展思路逐', '渐清晰', true],
		['交给相关的部', '门限期办结', true],
		['这样的办事速度在包', '渐清晰', false],
		['交给相关的部', '步延长', false],
	])('joining %s and %s makes a word across: %s', (before, after, expected) => {
		expect(wordAcross(before, after)).toBe(expected);
	});
});
