import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepsPdf, main } from '../../scripts/corpus-tune.ts';
import { corpusFromText } from '../../src/lib/bench/corpus.ts';
import { createRng } from '../../src/lib/bench/prng.ts';
import { readGold } from '../../src/lib/corpus-gold/gold.ts';
import { composeTunePage, dumpTuneText, missingParagraphs, wrap } from '../../src/lib/corpus-tune/index.ts';
import { chromiumNeutral } from '../support/chromium-neutral.ts';

const root = 'corpus/tune';
const ids = existsSync(root)
	? readdirSync(root)
			.filter((name) => /^tu-\d{4}$/.test(name))
			.sort()
	: [];
const read = (id: string, file: string) => readFileSync(join(root, id, file), 'utf8');
const sample = corpusFromText(readFileSync('content/dumps/2021-06-08/01.txt', 'utf8')).sentences;
const silent = { stdout: () => {}, stderr: () => {} };

describe('the committed tune corpus', () => {
	test('holds about 150 pages, numbered from tu-0001 without gaps, each with text.txt, pdf.txt and gold.json', () => {
		expect(ids.length).toBeGreaterThanOrEqual(140);
		ids.forEach((id, i) => expect(id).toBe(`tu-${String(i + 1).padStart(4, '0')}`));
		for (const id of ids)
			for (const file of ['text.txt', 'pdf.txt', 'gold.json'])
				expect(existsSync(join(root, id, file)), `${id}/${file}`).toBe(true);
	});

	test('every gold.json validates and names its own folder', () => {
		for (const id of ids) expect(readGold(JSON.parse(read(id, 'gold.json'))).id).toBe(id);
	});

	test('every gold paragraph occurs, whitespace aside, in both the text dump and the PDF text', () => {
		for (const id of ids) {
			const gold = readGold(JSON.parse(read(id, 'gold.json')));
			expect(missingParagraphs(gold, read(id, 'text.txt')), `${id}/text.txt`).toEqual([]);
			expect(missingParagraphs(gold, read(id, 'pdf.txt')), `${id}/pdf.txt`).toEqual([]);
		}
	});

	test('keeps page.pdf for one page in five, of every page type (but one whose font came out whole), and stays under 9 MB', () => {
		const kept = ids.filter((id) => existsSync(join(root, id, 'page.pdf')));
		const fifths = ids.filter((_, i) => keepsPdf(i + 1));
		expect(
			new Set(kept.map((id) => readGold(JSON.parse(read(id, 'gold.json'))).traits.find((t) => t.startsWith('page:'))))
				.size,
		).toBe(10);
		expect(fifths).toEqual(expect.arrayContaining(kept));
		expect(kept.length).toBeGreaterThanOrEqual(fifths.length - 2);
		const bytes = ids
			.flatMap((id) => readdirSync(join(root, id)).map((file) => statSync(join(root, id, file)).size))
			.reduce((a, b) => a + b, 0);
		expect(bytes).toBeLessThan(9 * 1024 * 1024);
	});

	test('covers every page type, with the traits of real pages', () => {
		const traits = new Set(ids.flatMap((id) => readGold(JSON.parse(read(id, 'gold.json'))).traits));
		for (const trait of ['page:front', 'page:theory', 'page:world', 'page:culture', 'page:pictures', 'page:special'])
			expect(traits, trait).toContain(trait);
		for (const trait of ['kicker', 'subheadline', 'commentary', 'photo-group', 'poem', 'jump-line', 'dateline'])
			expect(traits, trait).toContain(trait);
	});

	test('keeps an interview note (（本报记者 某某 采访整理）) as the story’s last paragraph, naming the author, as the dev gold does', () => {
		const notes = ids.flatMap((id) =>
			readGold(JSON.parse(read(id, 'gold.json'))).items.filter((item) =>
				item.paragraphs.some((p) => p.endsWith('采访整理）')),
			),
		);
		expect(notes.length).toBeGreaterThanOrEqual(5);
		for (const item of notes) {
			const name = /^（本报记者 (\S+) 采访整理）$/.exec(item.paragraphs.at(-1) ?? '')?.[1];
			expect(name, item.headline ?? '').toBeDefined();
			expect(item.authors).toEqual([name]);
			expect(item.byline).toBeUndefined();
		}
	});
});

describe('the tune generator', () => {
	test('composes the same page and dump from the same number', () => {
		const a = composeTunePage(7, sample);
		const b = composeTunePage(7, sample);
		expect(b.gold).toEqual(a.gold);
		expect(dumpTuneText(b, createRng('x'))).toBe(dumpTuneText(a, createRng('x')));
		expect(composeTunePage(8, sample).gold).not.toEqual(a.gold);
	});

	test('hard-wraps a paragraph without losing a character, ASCII counting half a cell, no line opening on a comma', () => {
		const text = '今年以来，全市新开工项目125个，完成投资同比增长12.5%。';
		expect(wrap(text, 10, '\u3000\u3000').join('')).toBe(`\u3000\u3000${text}`);
		expect(wrap('全市新开工项目125个，完成投资。', 10, '')).toEqual(['全市新开工项目125个，', '完成投资。']);
		expect(wrap('今年以来，全市新开工。', 4, '')).toEqual(['今年以来，', '全市新开', '工。']);
	});

	test('reports a gold paragraph the dump lost', () => {
		const gold = composeTunePage(3, sample).gold;
		const first = gold.items[0].paragraphs[0];
		const dump = gold.items.flatMap((item) => item.paragraphs).join('\n');
		expect(missingParagraphs(gold, dump)).toEqual([]);
		expect(missingParagraphs(gold, dump.replace(first, first.slice(2)))).toHaveLength(1);
	});

	test(
		'rewrites two committed pages byte for byte, PDF text and PDF included (but for the Chromium release the PDF stamps)',
		{ timeout: 180_000 },
		async () => {
			const out = mkdtempSync(join(tmpdir(), 'tune-test-'));
			try {
				expect(await main(['--only', 'tu-0001,tu-0002', '--out', out], silent)).toBe(0);
				for (const id of ['tu-0001', 'tu-0002'])
					for (const file of readdirSync(join(root, id)))
						if (file.endsWith('.pdf'))
							expect(
								chromiumNeutral(readFileSync(join(out, id, file))) ===
									chromiumNeutral(readFileSync(join(root, id, file))),
								`${id}/${file}`,
							).toBe(true);
						else
							expect(
								readFileSync(join(out, id, file)).equals(readFileSync(join(root, id, file))),
								`${id}/${file}`,
							).toBe(true);
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
		},
	);

	test('refuses a bad page count with exit code 2', async () => {
		let said = '';
		expect(await main(['--pages', 'many'], { stdout: () => {}, stderr: (t) => void (said += t) })).toBe(2);
		expect(said).toContain('expects --pages to be a whole number');
	});
});
