import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepsPdf } from '../../scripts/corpus-tune2.ts';
import { readGold } from '../../src/lib/corpus-gold/gold.ts';
import { generatePage, missingChars, missingInText, PAGE_TYPES } from '../../src/lib/corpus-tune2/index.ts';
import { wrapLines } from '../../src/lib/corpus-tune2/wrap.ts';

const root = 'corpus/tune2';
const ids = existsSync(root)
	? readdirSync(root)
			.filter((name) => /^t2-\d{4}$/.test(name))
			.sort()
	: [];
const read = (id: string, file: string) => readFileSync(join(root, id, file), 'utf8');

describe('the tune2 generator', () => {
	test('is deterministic: the same page number and attempt give the same gold, dump and HTML', () => {
		for (const n of [1, 5, 10]) expect(generatePage(n)).toEqual(generatePage(n));
		expect(generatePage(3).text).not.toBe(generatePage(3, 1).text);
	});

	test('every gold field of a generated page reads, whitespace aside, as one run in its text dump', () => {
		for (let n = 1; n <= PAGE_TYPES.length; n++) {
			const page = generatePage(n);
			expect(missingInText(page.gold, page.text), page.gold.id).toEqual([]);
			expect(readGold(JSON.parse(JSON.stringify(page.gold))).items.length).toBeGreaterThan(2);
		}
	});

	test('wraps lines without splitting a number or starting a line with closing punctuation', () => {
		const lines = wrapLines('今年增长了12.5%，达到了2024年的水平，“我们很满意。”他说。', 6, 2);
		expect(lines.join('')).toBe('今年增长了12.5%，达到了2024年的水平，“我们很满意。”他说。');
		for (const line of lines) expect(line).not.toMatch(/^[，。、”）]/);
		expect(lines.some((l) => l.includes('12.5%'))).toBe(true);
		expect(lines.some((l) => l.includes('2024'))).toBe(true);
	});

	test('keeps the PDF of two pages in every cycle of page types, every type some', () => {
		const kept = Array.from({ length: 180 }, (_, i) => i + 1).filter(keepsPdf);
		expect(kept.length).toBe(30);
		expect(new Set(kept.map((n) => (n - 1) % PAGE_TYPES.length)).size).toBe(PAGE_TYPES.length);
	});
});

describe('the committed tune2 corpus', () => {
	test('holds at least 150 pages, numbered from t2-0001 without gaps, each with its files', () => {
		expect(ids.length).toBeGreaterThanOrEqual(150);
		ids.forEach((id, i) => expect(id).toBe(`t2-${String(i + 1).padStart(4, '0')}`));
		for (const id of ids)
			for (const file of ['text.txt', 'pdf.txt', 'gold.json'])
				expect(existsSync(join(root, id, file)), `${id}/${file}`).toBe(true);
	});

	test('every gold field reads in text.txt, and every character of the gold bodies is in pdf.txt', () => {
		for (const id of ids) {
			const gold = readGold(JSON.parse(read(id, 'gold.json')));
			expect(gold.id).toBe(id);
			expect(missingInText(gold, read(id, 'text.txt')), `${id}/text.txt`).toEqual([]);
			expect(missingChars(gold, read(id, 'pdf.txt')), `${id}/pdf.txt`).toBe('');
		}
	});

	test('the generator rewrites two committed pages byte for byte (text and gold)', () => {
		for (const id of [ids[0], ids[7]].filter(Boolean)) {
			const n = Number(id.slice(3));
			const text = read(id, 'text.txt');
			const attempt = [0, 1, 2, 3, 4, 5].find((a) => generatePage(n, a).text === text);
			expect(attempt, id).toBeDefined();
			const page = generatePage(n, attempt);
			expect(`${JSON.stringify(page.gold, null, '\t')}\n`).toBe(read(id, 'gold.json'));
		}
	});
});
