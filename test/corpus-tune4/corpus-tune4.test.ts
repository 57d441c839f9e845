import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepsPdf } from '../../scripts/corpus-tune4.ts';
import { readGold } from '../../src/lib/corpus-gold/gold.ts';
import { wrap } from '../../src/lib/corpus-tune4/dump.ts';
import {
	fixPdfDates,
	generatePage,
	missingChars,
	missingInText,
	PAGE_TYPES,
} from '../../src/lib/corpus-tune4/index.ts';

const root = 'corpus/tune4';
const ids = existsSync(root)
	? readdirSync(root)
			.filter((name) => /^t4-\d{4}$/.test(name))
			.sort()
	: [];
const read = (id: string, file: string) => readFileSync(join(root, id, file), 'utf8');

describe('the tune4 generator', () => {
	test('is deterministic: the same page, seed and attempt give the same gold, dump and HTML', () => {
		for (const n of [1, 5, 8]) expect(generatePage(n)).toEqual(generatePage(n));
		expect(generatePage(3).text).not.toBe(generatePage(3, 99).text);
		expect(generatePage(3).text).not.toBe(generatePage(3, undefined, 1).text);
	});

	test('every gold field of a generated page reads in its text dump, every character is there', () => {
		for (let n = 1; n <= 2 * PAGE_TYPES.length; n++) {
			const page = generatePage(n);
			expect(missingInText(page.gold, page.text), page.gold.id).toEqual([]);
			expect(readGold(JSON.parse(JSON.stringify(page.gold))).items.length).toBeGreaterThanOrEqual(3);
		}
	});

	test('finds a character the dump lost, and one the PDF text lost', () => {
		const page = generatePage(2);
		const body = page.gold.items[0].paragraphs[0];
		const cut = page.text.replace(body.slice(0, 8), '');
		expect(missingInText(page.gold, cut).length).toBeGreaterThan(0);
		expect(missingChars(page.gold, '')).not.toBe('');
	});

	test('wraps without starting a line with closing punctuation or splitting a number', () => {
		const lines = wrap('今年增长了12.5%，达到了2024年的水平，“我们很满意。”他说。', 5);
		expect(lines.join('')).toBe('今年增长了12.5%，达到了2024年的水平，“我们很满意。”他说。');
		for (const line of lines) expect(line).not.toMatch(/^[，。、”）]|“$/);
		expect(lines.some((l) => l.includes('12.5%'))).toBe(true);
	});

	test('fixes the dates and document ID of a PDF, keeping its length', () => {
		const pdf = Buffer.from("/CreationDate (D:20261207041200+00'00') /ID [<A1B2> <C3D4>]", 'latin1');
		const fixed = Buffer.from(fixPdfDates(pdf)).toString('latin1');
		expect(fixed).toBe("/CreationDate (D:00000000000000+00'00') /ID [<0000> <0000>]");
	});

	test('keeps the PDF of one page in four, every page type some', () => {
		const kept = Array.from({ length: 120 }, (_, i) => i + 1).filter(keepsPdf);
		expect(kept.length).toBe(30);
		expect(new Set(kept.map((n) => (n - 1) % PAGE_TYPES.length)).size).toBe(PAGE_TYPES.length);
	});
});

describe('the committed tune4 corpus', () => {
	test('holds pages numbered from t4-0001 without gaps, each with its files', () => {
		expect(ids.length).toBeGreaterThanOrEqual(100);
		ids.forEach((id, i) => expect(id).toBe(`t4-${String(i + 1).padStart(4, '0')}`));
		for (const id of ids)
			for (const file of ['text.txt', 'pdf.txt', 'gold.json'])
				expect(existsSync(join(root, id, file)), `${id}/${file}`).toBe(true);
		for (const id of ids)
			expect(existsSync(join(root, id, 'page.pdf')), `${id}/page.pdf`).toBe(keepsPdf(Number(id.slice(3))));
	});

	test('every gold field reads in text.txt, every character of the gold bodies is in pdf.txt', () => {
		for (const id of ids) {
			const gold = readGold(JSON.parse(read(id, 'gold.json')));
			expect(gold.id).toBe(id);
			expect(missingInText(gold, read(id, 'text.txt')), `${id}/text.txt`).toEqual([]);
			expect(missingChars(gold, read(id, 'pdf.txt')), `${id}/pdf.txt`).toBe('');
		}
	});

	test('the generator rewrites two committed pages’ gold and text dump', () => {
		for (const id of ids.slice(0, 2)) {
			const page = generatePage(Number(id.slice(3)));
			expect(`${JSON.stringify(page.gold, null, '\t')}\n`).toBe(read(id, 'gold.json'));
			expect(page.text).toBe(read(id, 'text.txt'));
		}
	});
});
