import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/corpus-heldout.ts';
import {
	generateHeldoutPage,
	goldJson,
	goldProblems,
	heldoutSeed,
	type GoldPage,
} from '../../src/lib/corpus-heldout/index.ts';

const root = 'corpus/heldout';
const ids = existsSync(root)
	? readdirSync(root)
			.filter((name) => /^ho-\d{4}$/.test(name))
			.sort()
	: [];
const read = (id: string, file: string) => readFileSync(join(root, id, file), 'utf8');

describe('the committed held-out corpus', () => {
	test('holds at least 80 pages, numbered from ho-0001 without gaps, each with its four files', () => {
		expect(ids.length).toBeGreaterThanOrEqual(80);
		ids.forEach((id, i) => expect(id).toBe(`ho-${String(i + 1).padStart(4, '0')}`));
		for (const id of ids) {
			for (const file of ['text.txt', 'pdf.txt', 'gold.json'])
				expect(existsSync(join(root, id, file)), `${id}/${file}`).toBe(true);
		}
	});

	test('keeps page PDFs for at most 30 pages and under 8 MB in all', () => {
		const pdfs = ids.filter((id) => existsSync(join(root, id, 'page.pdf')));
		expect(pdfs.length).toBeGreaterThan(0);
		expect(pdfs.length).toBeLessThanOrEqual(30);
		const bytes = pdfs.reduce((n, id) => n + statSync(join(root, id, 'page.pdf')).size, 0);
		expect(bytes).toBeLessThan(8 * 1024 * 1024);
	});

	test('has every gold field in its text dump, and every item’s paragraphs in order', () => {
		const problems = ids.flatMap((id) => goldProblems(JSON.parse(read(id, 'gold.json')), read(id, 'text.txt')));
		expect(problems).toEqual([]);
	});

	test('loses no gold character in the text pdftotext extracted from the page PDF', () => {
		// pdftotext interleaves columns and headlines set beside their bodies, so only the characters are compared.
		const counts = (text: string) => {
			const map = new Map<string, number>();
			for (const char of text.replace(/\s/g, '')) map.set(char, (map.get(char) ?? 0) + 1);
			return map;
		};
		const short = ids.flatMap((id) => {
			const gold: GoldPage = JSON.parse(read(id, 'gold.json'));
			const fields = gold.items.flatMap((item) => [
				item.headline ?? '',
				item.kicker ?? '',
				item.subheadline ?? '',
				item.byline ?? '',
				item.credit ?? '',
				...item.paragraphs,
			]);
			const have = counts(read(id, 'pdf.txt'));
			return [...counts([gold.banner ?? '', ...fields].join(''))]
				.filter(([char, n]) => (have.get(char) ?? 0) < n)
				.map(([char]) => `${id}: ${char}`);
		});
		expect(short).toEqual([]);
	});

	test('is exactly what the generator writes for the default seed', () => {
		for (const [i, id] of ids.entries()) {
			const page = generateHeldoutPage(heldoutSeed, i);
			expect(page.text, `${id}/text.txt`).toBe(read(id, 'text.txt'));
			expect(goldJson(page.gold), `${id}/gold.json`).toBe(read(id, 'gold.json'));
		}
	});
});

describe('the held-out generator', () => {
	test('gives the same page for the same seed and another page for another seed', () => {
		const a = generateHeldoutPage(7, 3);
		expect(generateHeldoutPage(7, 3)).toEqual(a);
		expect(generateHeldoutPage(8, 3).text).not.toBe(a.text);
	});

	test('finds a gold paragraph that its dump does not hold', () => {
		const page = generateHeldoutPage(7, 0);
		expect(goldProblems(page.gold, page.text)).toEqual([]);
		const item = page.gold.items[0];
		const altered = { ...page.gold, items: [{ ...item, paragraphs: [...item.paragraphs, '这一段不在版面上。'] }] };
		expect(goldProblems(altered, page.text)).toEqual([
			expect.stringMatching(/item 1: paragraph \d+ “这一段不在版面上。/),
		]);
	});
});

describe('npm run corpus:heldout', () => {
	test('refuses a page count that is not a whole number, naming what it found', async () => {
		let stderr = '';
		const code = await main(['--pages', 'many'], { stdout: () => {}, stderr: (t) => void (stderr += t) });
		expect(code).toBe(2);
		expect(stderr).toMatch(/expects --pages as a whole number but found --pages many/);
		expect(stderr).toMatch(/usage: npm run corpus:heldout/);
	});
});
